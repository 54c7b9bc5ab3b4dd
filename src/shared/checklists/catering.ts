import type { EntityType } from '../entity-catalogue'
import { item, keyItem, type ChecklistTemplate } from './types'

/**
 * 表1-3 餐饮服务日常监督检查要点表 (2016): 9 groups, 30 items, 7 key (CHECKLISTS.md §2.2).
 * Items 1–15 (groups 一–六 up to *15) are those CHECKLISTS.md lists. Group names 七–九 and items 16–30
 * follow two local inspection systems' transcriptions of the table, which agree with each other and with
 * CHECKLISTS.md on items 1–15 and on the key items (sequence numbers 5, 6, 7, 8, 15, 27, 30); the wording
 * here is a close paraphrase written as the compliant state, not the table's verbatim questions.
 * The 56-item table in local use (CHECKLISTS.md §2.3) is a different, later version and is not modelled.
 */

/** Catering types that hold a 食品经营许可证 (rural collective dining points hold none). */
const LICENSED: EntityType[] = ['large_restaurant', 'medium_restaurant', 'small_restaurant', 'central_kitchen', 'group_meal_delivery', 'canteen', 'online_catering']

export const CATERING_CHECKLIST: ChecklistTemplate = {
  code: 'catering',
  version: 1,
  title: '餐饮服务日常监督检查要点表',
  source: { document: '《总局关于印发食品生产经营日常监督检查有关表格的通知》（食药监食监一〔2016〕58号）表1-3', date: '2016' },
  status: 'S',
  notes: [
    { item: '表中重点项 7 项、一般项 23 项，共 30 项；第 1–15 项内容', source: 'CHECKLISTS.md §2.2（58号通知表1-3）', status: 'S' },
    { item: '第七至九组名称、第 16–30 项内容及重点项序号 27、30', source: '两个地方监管系统转录的表1-3（相互一致，且与第 1–15 项一致）；文字为意译', status: 'S' },
    { item: '许可、公示类项目不适用于农村集体聚餐场所；配送项目仅适用于中央厨房、集体用餐配送单位', source: '本系统按项目内容设定', status: 'U' },
  ],
  resultRule: 'catering_2016',
  groups: [
    {
      code: '1', title: '许可管理', riskItem: 'D01', items: [
        item('1.1', '营业执照、食品经营许可证合法有效，经营场所、主体业态、经营项目等与许可证一致', { applicableTo: LICENSED }),
      ],
    },
    {
      code: '2', title: '信息公示', riskItem: 'D01', items: [
        item('2.1', '在经营场所醒目位置公示食品经营许可证', { applicableTo: LICENSED }),
        item('2.2', '监督检查结果记录表公示的时间、位置等符合要求', { applicableTo: LICENSED }),
        item('2.3', '在经营场所醒目位置公示量化等级标识', { applicableTo: LICENSED }),
      ],
    },
    {
      code: '3', title: '制度管理', riskItem: 'D10', items: [
        keyItem('3.1', '建立从业人员健康管理、食品安全自查、进货查验记录、食品召回等食品安全管理制度'),
        keyItem('3.2', '制定食品安全事故处置方案'),
      ],
    },
    {
      code: '4', title: '人员管理', riskItem: 'D02', items: [
        keyItem('4.1', '主要负责人知晓食品安全责任，配有食品安全管理人员'),
        keyItem('4.2', '从事接触直接入口食品工作的从业人员持有有效的健康证明'),
        item('4.3', '有从业人员食品安全培训记录'),
        item('4.4', '从业人员穿戴清洁的工作衣帽，双手清洁，保持个人卫生'),
      ],
    },
    {
      code: '5', title: '环境卫生', riskItem: 'D03', items: [
        item('5.1', '食品经营场所保持清洁、卫生'),
        item('5.2', '烹调场所配置排风设备并定期清洁'),
        item('5.3', '用水符合生活饮用水卫生标准'),
        item('5.4', '卫生间保持清洁、卫生并定期清理'),
      ],
    },
    {
      code: '6', title: '原料控制（含食品添加剂）', riskItem: 'D05', items: [
        keyItem('6.1', '查验供货者的许可证和食品出厂检验合格证或其他合格证明，如实记录有关信息并保存凭证'),
        item('6.2', '原料外包装标识符合要求，按标识的条件贮存，定期检查并及时清理变质或超过保质期的食品', { riskItem: 'D07' }),
        item('6.3', '食品添加剂由专人负责保管、领用、登记，并有记录', { riskItem: 'D06' }),
      ],
    },
    {
      code: '7', title: '加工制作过程', riskItem: 'D06', items: [
        item('7.1', '食品原料、半成品与成品在盛放、贮存时相互分开'),
        item('7.2', '制作食品的设施设备及加工工具、容器有显著标识，按标识区分使用'),
        item('7.3', '专间内由明确的专人操作，使用专用的加工工具'),
        item('7.4', '食品留样符合规范', { riskItem: 'D09' }),
        item('7.5', '配送食品的标识、贮存、运输等符合要求', { applicableTo: ['central_kitchen', 'group_meal_delivery'], riskItem: 'D07' }),
        item('7.6', '有毒有害物质未与食品一同贮存、运输', { riskItem: 'D07' }),
      ],
    },
    {
      code: '8', title: '设施设备及维护', riskItem: 'D04', items: [
        item('8.1', '专间内配备专用的消毒（含空气消毒）、冷藏、冷冻、空调等设施，运转正常'),
        item('8.2', '食品处理区配备运转正常的洗手消毒设施'),
        item('8.3', '食品处理区配备带盖的餐厨废弃物存放容器'),
        keyItem('8.4', '食品加工、贮存、陈列等设施设备运转正常，并保持清洁'),
      ],
    },
    {
      code: '9', title: '餐饮具清洗消毒', riskItem: 'D04', items: [
        item('9.1', '采购的集中消毒餐具、饮具符合要求'),
        item('9.2', '具有餐具、饮具的清洗、消毒、保洁设备设施，并运转正常'),
        keyItem('9.3', '餐具、饮具和盛放直接入口食品的容器用后洗净、消毒，炊具、用具用后洗净并保持清洁', { riskItem: 'D06' }),
      ],
    },
  ],
}
