import type { Sector } from './entity-catalogue'

/**
 * 企业自查 (monthly business self-inspection). Items follow the duties of 《企业落实食品安全主体责任监督
 * 管理规定》 (2022 总局令第60号: 日管控、周排查、月调度) and the groups of the national 日常监督检查要点表
 * (CHECKLISTS.md §1–2). A business answers each item 是 / 否 / 不适用; every 否 needs a rectification
 * measure. Submitting the month's form with its summary is the 自查报告.
 * 自查率 = businesses that self-inspected in the period ÷ businesses obliged to;
 * 自查报告率 = businesses that submitted the report ÷ businesses obliged to.
 */

export interface SelfCheckItem { code: string; text: string }

const COMMON: SelfCheckItem[] = [
  { code: 'C01', text: '营业执照、许可证（登记证）在有效期内并在显著位置公示' },
  { code: 'C02', text: '配备食品安全总监或食品安全员，本年度考核合格' },
  { code: 'C03', text: '从业人员持有效健康证明，上岗前晨检并记录' },
  { code: 'C04', text: '按日开展食品安全检查并填写《每日食品安全检查记录》' },
  { code: 'C05', text: '本月每周开展排查并形成《每周食品安全排查治理报告》' },
  { code: 'C06', text: '主要负责人本月听取食品安全总监（安全员）汇报并形成调度纪要' },
  { code: 'C07', text: '进货查验、索证索票，进货记录完整可追溯' },
  { code: 'C08', text: '场所环境整洁，防鼠、防蝇、防虫设施完好' },
]

const BY_SECTOR: Record<Sector, SelfCheckItem[]> = {
  production: [
    { code: 'P01', text: '原辅料、食品添加剂按规定使用并记录' },
    { code: 'P02', text: '关键控制点受控，生产过程记录完整' },
    { code: 'P03', text: '出厂检验按批次开展并留存记录' },
    { code: 'P04', text: '不合格品及召回按制度处置' },
  ],
  circulation: [
    { code: 'S01', text: '不销售超过保质期、变质或标签不合格的食品' },
    { code: 'S02', text: '冷藏冷冻食品温度控制符合要求' },
    { code: 'S03', text: '散装食品标明名称、生产日期、保质期等信息' },
    { code: 'S04', text: '食用农产品有合格证明或检验（快检）记录' },
  ],
  catering: [
    { code: 'R01', text: '加工制作区域布局合理，生熟分开' },
    { code: 'R02', text: '餐用具清洗消毒并保洁存放' },
    { code: 'R03', text: '食品留样符合要求（集中用餐单位每餐留样）' },
    { code: 'R04', text: '食品添加剂专人专柜专册管理' },
    { code: 'R05', text: '明厨亮灶设施正常运转' },
  ],
  stall: [],
  agriculture: [
    { code: 'A01', text: '农药、兽药使用遵守安全间隔期（休药期）并记录' },
    { code: 'A02', text: '上市农产品开具承诺达标合格证' },
  ],
}

export const selfCheckItems = (sector: Sector): SelfCheckItem[] => [...COMMON, ...BY_SECTOR[sector]]

export const SELF_CHECK_ANSWERS = { yes: '是', no: '否', na: '不适用' } as const
export type SelfCheckAnswer = keyof typeof SELF_CHECK_ANSWERS

/** 'YYYY-MM' of a date, the period a self-inspection belongs to. */
export const monthOf = (isoDate: string) => isoDate.slice(0, 7)
