import type { EntityType } from '../entity-catalogue'
import { item, keyItem, type ChecklistTemplate } from './types'

/**
 * 表1-1 食品生产日常监督检查要点表 (2016): 食品通用检查项目 groups 1–8, 重点项 21 + 一般项 30 = 51
 * (CHECKLISTS.md §2, §2.1); group 9 only for additive producers. CHECKLISTS.md has the group names and
 * counts but not the items (U); the items and key marks here follow a county system's transcription of
 * the table (2017), whose counts match the document exactly, as a close paraphrase.
 * Groups 10–12 are not from the 2016 table: they add the special-food groups of the 2021 办法 第十八条
 * (注册备案要求执行 · 生产质量管理体系运行 · 原辅料管理, 保健食品 also 原料前处理); their items are
 * paraphrased from the article's headings (U). The 2016 表1-4 保健食品 table is not modelled.
 */

const SPECIAL: EntityType[] = ['health_food_producer', 'special_food_producer']
const GENERAL_PART = '食品通用检查项目'

export const PRODUCTION_CHECKLIST: ChecklistTemplate = {
  code: 'production',
  version: 1,
  title: '食品生产日常监督检查要点表',
  source: { document: '《总局关于印发食品生产经营日常监督检查有关表格的通知》（食药监食监一〔2016〕58号）表1-1', date: '2016' },
  status: 'U',
  notes: [
    { item: '第 1–8 组名称，重点项 21、一般项 30、共 51 项；第 9 组仅适用于食品添加剂生产者', source: 'CHECKLISTS.md §2、§2.1（58号通知表1-1）', status: 'S' },
    { item: '第 1–9 组各项内容及重点项标记', source: '地方监管系统转录的表1-1（2017），项数与上列一致；文字为意译', status: 'S' },
    { item: '第 10–12 组（特殊食品）及其项目', source: '《食品生产经营监督检查管理办法》（2021 总局令第49号）第十八条的检查要点名称；项目为本系统意译，重点项为本系统设定', status: 'U' },
  ],
  resultRule: 'notice_2016',
  groups: [
    {
      code: '1', title: '生产环境条件', section: GENERAL_PART, riskItem: 'D03', items: [
        item('1.1', '厂区无扬尘、无积水，厂区、车间卫生整洁'),
        keyItem('1.2', '厂区、车间与有毒、有害场所及其他污染源保持规定的距离'),
        keyItem('1.3', '卫生间保持清洁，设有洗手设施，未与食品生产、包装或贮存等区域直接连通'),
        item('1.4', '更衣、洗手、干手、消毒设备设施齐全，满足正常使用', { riskItem: 'D04' }),
        item('1.5', '通风、防尘、照明、存放垃圾和废弃物等设备设施正常运行', { riskItem: 'D04' }),
        item('1.6', '车间内洗涤剂、消毒剂等化学品与原料、半成品、成品、包装材料分隔放置，并有使用记录'),
        item('1.7', '定期检查防鼠、防蝇、防虫害装置并有记录，生产场所无虫害迹象'),
      ],
    },
    {
      code: '2', title: '进货查验结果', section: GENERAL_PART, riskItem: 'D05', items: [
        keyItem('2.1', '查验原辅料、食品添加剂、食品相关产品供货者的许可证和产品合格证明文件；无法提供合格证明的食品原料有检验记录'),
        keyItem('2.2', '进货查验记录及证明材料真实、完整，保存期限不少于产品保质期满后六个月，没有明确保质期的不少于二年'),
        item('2.3', '建立和保存原辅料、食品添加剂、食品相关产品的贮存、保管记录和领用出库记录'),
      ],
    },
    {
      code: '3', title: '生产过程控制', section: GENERAL_PART, riskItem: 'D06', items: [
        item('3.1', '有食品安全自查制度文件，定期自查并记录和处置', { riskItem: 'D10' }),
        keyItem('3.2', '使用的原辅料、食品添加剂、食品相关产品的品种与索证索票、进货查验记录一致', { riskItem: 'D05' }),
        keyItem('3.3', '建立和保存生产投料记录（投料种类、品名、生产日期或批号、使用数量等）'),
        keyItem('3.4', '未使用非食品原料、回收食品、食品添加剂以外的化学物质、超过保质期的食品原料和食品添加剂生产食品'),
        keyItem('3.5', '未超范围、超限量使用食品添加剂'),
        item('3.6', '生产或使用的新食品原料限于国务院卫生行政部门公告的范围'),
        keyItem('3.7', '未使用药品、仅用于保健食品的原料生产食品'),
        keyItem('3.8', '生产记录中的生产工艺和参数与申请许可时提供的工艺流程一致'),
        keyItem('3.9', '建立和保存生产加工过程关键控制点的控制情况记录'),
        item('3.10', '生产现场无人流、物流交叉污染'),
        item('3.11', '原辅料、半成品与直接入口食品无交叉污染'),
        item('3.12', '有温度、湿度等生产环境监测要求的，定期监测并记录'),
        item('3.13', '生产设备、设施定期维护保养并记录', { riskItem: 'D04' }),
        keyItem('3.14', '未标注虚假生产日期或批号'),
        item('3.15', '工作人员穿戴工作衣帽、洗手消毒后进入车间，车间内无与生产无关的人员和物品'),
      ],
    },
    {
      code: '4', title: '产品检验结果', section: GENERAL_PART, riskItem: 'D08', items: [
        item('4.1', '自行检验的，具备与所检项目相适应的检验室、检验能力和设备试剂，检验仪器按期检定'),
        item('4.2', '不能自行检验的，委托有资质的检验机构检验'),
        keyItem('4.3', '有与所生产产品相适应的食品安全标准文本，按照食品安全标准规定检验'),
        keyItem('4.4', '建立和保存原始检验数据和检验报告记录，检验记录真实、完整'),
        item('4.5', '按规定时限保存检验留存样品并记录留样情况'),
      ],
    },
    {
      code: '5', title: '贮存及交付控制', section: GENERAL_PART, riskItem: 'D07', items: [
        keyItem('5.1', '原辅料贮存有专人管理，贮存条件符合要求'),
        keyItem('5.2', '食品添加剂专门贮存、明显标示、专人管理'),
        item('5.3', '不合格品在划定区域存放'),
        item('5.4', '建立和执行与产品特点相适应的贮存、运输及交付控制制度和记录'),
        item('5.5', '仓库温度、湿度符合要求'),
        item('5.6', '生产的产品在许可范围内', { riskItem: 'D01' }),
        item('5.7', '有销售台账，记录真实、完整', { riskItem: 'D09' }),
        item('5.8', '销售台账如实记录名称、规格、数量、生产日期或批号、检验合格证明、销售日期以及购货者名称、地址、联系方式', { riskItem: 'D09' }),
      ],
    },
    {
      code: '6', title: '不合格品管理和食品召回', section: GENERAL_PART, riskItem: 'D09', items: [
        item('6.1', '建立和保存不合格品处置记录，不合格品的批次、数量与记录一致'),
        keyItem('6.2', '对不安全食品实施召回，有召回计划、公告等记录'),
        keyItem('6.3', '召回食品有处置记录'),
        item('6.4', '未使用召回食品重新加工食品（因标签瑕疵召回的除外）'),
      ],
    },
    {
      code: '7', title: '从业人员管理', section: GENERAL_PART, riskItem: 'D02', items: [
        item('7.1', '配有食品安全管理人员、检验人员和负责人'),
        item('7.2', '有食品安全管理人员、检验人员、负责人的培训和考核记录'),
        keyItem('7.3', '未聘用禁止从事食品安全管理工作的人员'),
        item('7.4', '企业负责人在制度制定、过程控制、安全培训、安全检查以及事故调查等环节履职并有记录'),
        keyItem('7.5', '建立从业人员健康管理制度，直接接触食品的人员持有健康证明'),
        item('7.6', '有从业人员食品安全知识培训制度和培训记录'),
      ],
    },
    {
      code: '8', title: '食品安全事故处置', section: GENERAL_PART, riskItem: 'D10', items: [
        item('8.1', '有定期排查食品安全风险隐患的记录'),
        item('8.2', '按食品安全事故处置方案定期演练，落实防范措施并记录'),
        keyItem('8.3', '发生食品安全事故的，有处置记录'),
      ],
    },
    {
      code: '9', title: '食品添加剂生产者管理', applicableTo: ['additive_producer'], riskItem: 'D06', items: [
        keyItem('9.1', '原料和生产工艺符合产品标准规定'),
        item('9.2', '复配食品添加剂配方发生变化的，按规定报告'),
        item('9.3', '产品标签载明“食品添加剂”字样，并标明贮存条件、生产者名称和地址、使用范围、用量和使用方法'),
      ],
    },
    {
      code: '10', title: '注册备案要求执行', section: '特殊食品', applicableTo: SPECIAL, riskItem: 'D01', items: [
        keyItem('10.1', '产品按规定取得注册证书或完成备案，证书、凭证在有效期内'),
        keyItem('10.2', '按经注册或备案的产品配方、生产工艺等技术要求组织生产', { riskItem: 'D06' }),
        item('10.3', '注册或备案内容发生变化的，按规定办理变更'),
      ],
    },
    {
      code: '11', title: '生产质量管理体系运行', section: '特殊食品', applicableTo: SPECIAL, riskItem: 'D10', items: [
        keyItem('11.1', '建立与所生产食品相适应的生产质量管理体系并有效运行'),
        item('11.2', '定期自查体系运行情况，并按规定提交自查报告'),
      ],
    },
    {
      code: '12', title: '原辅料管理', section: '特殊食品', applicableTo: SPECIAL, riskItem: 'D05', items: [
        item('12.1', '原辅料按待检、合格、不合格分区存放，标识清楚，账、物、卡相符'),
        item('12.2', '原辅料领用量、实际使用量与注册或备案的配方和批生产记录一致'),
        keyItem('12.3', '原料提取、纯化等前处理自行完成，场所和设备与生产规模、工艺要求相适应', { applicableTo: ['health_food_producer'] }),
      ],
    },
  ],
}
