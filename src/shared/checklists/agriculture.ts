import type { EntityType } from '../entity-catalogue'
import { item, keyItem, type ChecklistTemplate } from './types'

/**
 * Checklist for agricultural producers (农业农村: cooperatives, family farms, livestock farms,
 * slaughterhouses). No national 要点表 exists in the domain documents; groups and items are this
 * system's own, paraphrased from the 农产品质量安全法 (2022) duties on 承诺达标合格证 (REGULATIONS.md §12),
 * the 2025 合格证 办法 (per batch, records ≥ 6 months), the two-high-courts food-crime interpretation on
 * banned pesticides and veterinary drugs (REGULATIONS.md §6), and the self-inspection items A01–A02 of
 * self-inspection.ts. Licences and quarantine of farms and slaughterhouses come from laws the documents
 * do not cover (动物防疫法, 生猪屠宰管理条例); all U.
 */

const ANIMALS: EntityType[] = ['livestock_farm', 'cooperative', 'family_farm']
const CROPS: EntityType[] = ['cooperative', 'family_farm']

export const AGRICULTURE_CHECKLIST: ChecklistTemplate = {
  code: 'agriculture',
  version: 1,
  title: '农产品生产经营主体监督检查要点表',
  source: { document: '《中华人民共和国农产品质量安全法》（2022 年修订）', date: '2022' },
  status: 'U',
  notes: [
    { item: '承诺达标合格证：企业、合作社应开具，收购后混装、分装重新开具；未开具、收取、保存的处罚', source: '《农产品质量安全法》（2022）第三十八、三十九、七十三条（REGULATIONS.md §12）', status: 'P' },
    { item: '合格证按批次开具，内容（品名、数量、产地、开具日期、承诺主体、联系方式），记录保存不少于六个月', source: '《农产品质量安全承诺达标合格证管理办法》（农业农村部令2025年第4号，2026-02-01 施行）', status: 'S' },
    { item: '禁用农药、兽药用于食用农产品按有毒有害食品论处', source: '两高《关于办理危害食品安全刑事案件适用法律若干问题的解释》（2021）第九、十一条', status: 'P' },
    { item: '分组、项目文字、重点项标记；生产记录保存二年、动物防疫条件合格证、定点屠宰证书、屠宰检疫与品质检验', source: '本系统拟定，相关法规条文未核对', status: 'U' },
  ],
  resultRule: 'notice_2016',
  groups: [
    {
      code: '1', title: '主体与资质', riskItem: 'D01', items: [
        item('1.1', '主体名称、负责人、地址、生产品种和规模等信息登记准确'),
        item('1.2', '取得动物防疫条件合格证', { applicableTo: ['livestock_farm', 'slaughterhouse'] }),
        keyItem('1.3', '取得定点屠宰证书，在证载范围内屠宰', { applicableTo: ['slaughterhouse'] }),
      ],
    },
    {
      code: '2', title: '投入品管理', riskItem: 'D05', items: [
        keyItem('2.1', '未购买、贮存、使用国家禁用的农药、兽药及其他化合物'),
        item('2.2', '农药、兽药、饲料和饲料添加剂从合法经营者购进，保存购货凭证'),
        item('2.3', '投入品专区存放、标识清楚，与农产品分开'),
        item('2.4', '农药包装废弃物、病死畜禽按规定回收或无害化处理', { riskItem: 'D03' }),
      ],
    },
    {
      code: '3', title: '投入品使用与生产记录', riskItem: 'D06', items: [
        keyItem('3.1', '按标签规定的范围和剂量使用农药，遵守安全间隔期', { applicableTo: CROPS }),
        keyItem('3.2', '按规定使用兽药，遵守休药期', { applicableTo: ANIMALS }),
        item('3.3', '建立生产记录（投入品名称、来源、用法、用量、使用和停用日期，病虫害、疫病防治，收获或出栏日期），保存不少于二年', { riskItem: 'D09' }),
      ],
    },
    {
      code: '4', title: '承诺达标合格证', riskItem: 'D09', items: [
        keyItem('4.1', '上市农产品按批次开具承诺达标合格证'),
        item('4.2', '合格证载明品名、数量、产地、开具日期、承诺主体和联系方式'),
        item('4.3', '合格证开具记录保存不少于六个月'),
        item('4.4', '收购的农产品收取、保存合格证，混装或分装后重新开具'),
      ],
    },
    {
      code: '5', title: '产品质量与检测', riskItem: 'D08', items: [
        item('5.1', '开展自检或委托检测，保存检测记录'),
        keyItem('5.2', '不符合农产品质量安全标准的农产品未销售，并按规定处置', { riskItem: 'D09' }),
        item('5.3', '包装、保鲜、贮存、运输中使用的保鲜剂、防腐剂、添加剂等符合规定', { riskItem: 'D07' }),
      ],
    },
    {
      code: '6', title: '屠宰检疫与肉品品质检验', applicableTo: ['slaughterhouse'], riskItem: 'D06', items: [
        keyItem('6.1', '入场畜禽附有动物检疫证明，出厂肉品附有检疫证明和检疫标志'),
        item('6.2', '按规定开展肉品品质检验并记录', { riskItem: 'D08' }),
        item('6.3', '病害畜禽及其产品按规定无害化处理并记录', { riskItem: 'D09' }),
      ],
    },
  ],
}
