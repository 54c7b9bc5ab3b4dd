import type { EntityType } from '../entity-catalogue'
import { item, keyItem, type ChecklistTemplate } from './types'

/**
 * 三小 (小作坊 · 小经营店 · 小摊点) checklist. No national table covers them: the 2021 办法 第五十四条
 * leaves 小作坊、食品摊贩、小餐饮 to provincial rules. The groups and items are this system's own,
 * written from the duties of the Henan regulation as REGULATIONS.md §10 lists them (registration or
 * filing, health certificates, purchase records, products a workshop may not make, label contents) and
 * the 食品安全法 duties common to all food businesses; all paraphrased, key marks set here (U).
 */

const WORKSHOP: EntityType[] = ['small_workshop']
const MAKES_FOOD: EntityType[] = ['small_workshop', 'snack_shop', 'food_stall']
const REGULATION = '《河南省食品小作坊、小经营店和小摊点管理条例》'

export const SMALL_THREE_CHECKLIST: ChecklistTemplate = {
  code: 'small_three',
  version: 1,
  title: '食品小作坊、小经营店和小摊点监督检查要点表',
  source: { document: REGULATION, date: '2017-12-01' },
  status: 'U',
  notes: [
    { item: '登记证 3 年有效、备案卡、健康证明、进货记录保存期限、小作坊禁止生产品种、预包装标签标注登记证编号', source: `${REGULATION} 第十六、十九至二十八、三十一条（REGULATIONS.md §10）`, status: 'P' },
    { item: '分组、项目文字、重点项标记、小摊点划定区域经营', source: '本系统依上列条款及《食品安全法》经营者义务拟定，未见官方检查表', status: 'U' },
  ],
  resultRule: 'notice_2016',
  groups: [
    {
      code: '1', title: '登记备案与公示', riskItem: 'D01', items: [
        keyItem('1.1', '持有有效的登记证（小作坊、小经营店）或备案卡（小摊点），生产经营场所、品种与登记备案内容一致'),
        item('1.2', '登记证或备案卡在经营场所醒目位置公示'),
        item('1.3', '上次监督检查结果记录表在醒目位置张贴'),
      ],
    },
    {
      code: '2', title: '从业人员', riskItem: 'D02', items: [
        keyItem('2.1', '从事接触直接入口食品工作的人员持有有效的健康证明'),
        item('2.2', '从业人员穿戴清洁的工作衣帽，保持个人卫生'),
        item('2.3', '负责人和从业人员参加食品安全知识培训'),
      ],
    },
    {
      code: '3', title: '场所与设施', riskItem: 'D03', items: [
        item('3.1', '生产经营场所整洁，与有毒、有害场所及其他污染源保持距离'),
        item('3.2', '具有与品种相适应的防尘、防蝇、防鼠、冷藏等设施并正常使用', { riskItem: 'D04' }),
        item('3.3', '生产经营用水符合生活饮用水卫生标准'),
        item('3.4', '在县级人民政府划定的区域和时段内经营', { applicableTo: ['food_stall'] }),
      ],
    },
    {
      code: '4', title: '原料与进货查验', riskItem: 'D05', items: [
        keyItem('4.1', '查验供货者资质和产品合格证明，如实记录进货信息；记录保存至保质期满后不少于六个月，没有保质期的不少于一年'),
        keyItem('4.2', '未使用非食品原料、回收食品、超过保质期或来源不明的原料，未使用食品添加剂以外的化学物质', { applicableTo: MAKES_FOOD }),
        keyItem('4.3', '未超范围、超限量使用食品添加剂', { applicableTo: MAKES_FOOD, riskItem: 'D06' }),
      ],
    },
    {
      code: '5', title: '生产加工过程', riskItem: 'D06', items: [
        keyItem('5.1', '未生产禁止品种（乳制品、非传统工艺白酒、罐头、果冻，保健食品、特殊医学用途配方食品、婴幼儿配方食品，食品添加剂等）', { applicableTo: WORKSHOP }),
        item('5.2', '生产工艺与登记时提交的工艺流程一致', { applicableTo: WORKSHOP }),
        item('5.3', '原料、半成品与成品分开存放，生熟分开，防止交叉污染', { applicableTo: MAKES_FOOD }),
        item('5.4', '餐饮具和盛放直接入口食品的容器用后洗净、消毒', { applicableTo: ['snack_shop', 'food_stall'] }),
      ],
    },
    {
      code: '6', title: '贮存与销售', riskItem: 'D07', items: [
        keyItem('6.1', '未销售超过保质期、腐败变质或感官性状异常的食品', { riskItem: 'D09' }),
        item('6.2', '食品分类存放、离地离墙，有温度要求的按要求冷藏冷冻'),
        item('6.3', '食品未与有毒、有害物品一同贮存'),
      ],
    },
    {
      code: '7', title: '标签标识', riskItem: 'D09', items: [
        item('7.1', '预包装食品标签标明名称、配料、生产者名称、地址、联系方式、生产日期、保质期、贮存条件和登记证编号', { applicableTo: WORKSHOP }),
        item('7.2', '散装食品标明名称、生产日期或批号、保质期及生产经营者名称、联系方式', { applicableTo: ['grocery'] }),
      ],
    },
    {
      code: '8', title: '自查整改', riskItem: 'D10', items: [
        item('8.1', '开展食品安全自查，上次检查发现的问题已整改'),
      ],
    },
  ],
}
