import { item, keyItem, type ChecklistTemplate } from './types'

/**
 * 表1-2 食品销售日常监督检查要点表 (2016), also used for the circulation types. CHECKLISTS.md §2.4 has
 * group names 1–6 from local copies (S) and says national counts and key marks are U. The items here
 * follow a local inspection system's transcription of the table: 食品通用检查项目 重点项 12 + 一般项 23
 * = 35 (groups 1–6) and 特殊场所和特殊食品检查项目 19 (groups 7–11, no key/general split, so general
 * here). Another local copy counts 37 general items and CHECKLISTS.md's copy names group 7 进货查验, so
 * versions differ; wording is a close paraphrase written as the compliant state.
 */

const GENERAL_PART = '食品通用检查项目'
const SPECIAL_PART = '特殊场所和特殊食品检查项目'

export const SALES_CHECKLIST: ChecklistTemplate = {
  code: 'sales',
  version: 1,
  title: '食品销售日常监督检查要点表',
  source: { document: '《总局关于印发食品生产经营日常监督检查有关表格的通知》（食药监食监一〔2016〕58号）表1-2', date: '2016' },
  status: 'S',
  notes: [
    { item: '第 1–6 组名称（经营资质、经营条件、食品标签等外观质量状况、食品安全管理机构和人员、从业人员管理、经营过程控制）', source: 'CHECKLISTS.md §2.4（地方转录件）', status: 'S' },
    { item: '通用项目重点项 12、一般项 23、共 35 项，特殊场所和特殊食品项目 19 项，及各项内容', source: '地方监管系统转录的表1-2；另一地方转录件为 37 项，版本不一；文字为意译', status: 'S' },
    { item: '特殊场所和特殊食品项目不分重点项和一般项，本系统按一般项计', source: '同上（表说明）', status: 'S' },
  ],
  resultRule: 'notice_2016',
  groups: [
    {
      code: '1', title: '经营资质', section: GENERAL_PART, riskItem: 'D01', items: [
        item('1.1', '营业执照合法有效'),
        item('1.2', '食品经营许可证合法有效'),
        item('1.3', '食品经营许可证载明的事项与实际经营相符'),
      ],
    },
    {
      code: '2', title: '经营条件', section: GENERAL_PART, riskItem: 'D03', items: [
        item('2.1', '具有与经营的食品品种、数量相适应的场所'),
        item('2.2', '经营场所环境整洁，与污染源保持规定的距离'),
        item('2.3', '具有与经营的食品品种、数量相适应的设备或者设施', { riskItem: 'D04' }),
      ],
    },
    {
      code: '3', title: '食品标签等外观质量状况', section: GENERAL_PART, riskItem: 'D05', items: [
        keyItem('3.1', '检查的食品在保质期内'),
        keyItem('3.2', '检查的食品感官性状正常'),
        keyItem('3.3', '经营的肉及肉制品具有检验检疫证明'),
        item('3.4', '食品符合国家为防病等特殊需要的要求'),
        keyItem('3.5', '预包装食品、食品添加剂的包装上有标签，标签内容符合法律法规规定'),
        item('3.6', '标签、说明书清楚、明显，生产日期、保质期等事项显著标注、容易辨识'),
        keyItem('3.7', '散装食品的容器、外包装上标明名称、生产日期或者生产批号、保质期以及生产经营者名称、地址、联系方式'),
        item('3.8', '食品标签、说明书不涉及疾病预防、治疗功能'),
        item('3.9', '经营场所设置或摆放的食品广告不涉及疾病预防、治疗功能'),
        keyItem('3.10', '进口预包装食品有中文标签，载明原产地以及境内代理商的名称、地址、联系方式'),
        keyItem('3.11', '进口预包装食品有出入境检验检疫部门出具的入境货物检验检疫证明'),
      ],
    },
    {
      code: '4', title: '食品安全管理机构和人员', section: GENERAL_PART, riskItem: 'D02', items: [
        item('4.1', '有专职或者兼职的食品安全专业技术人员、管理人员和保证食品安全的规章制度'),
        item('4.2', '配有食品安全管理人员'),
        item('4.3', '无经监管部门抽查考核不合格的食品安全管理人员在岗从事管理工作'),
      ],
    },
    {
      code: '5', title: '从业人员管理', section: GENERAL_PART, riskItem: 'D02', items: [
        item('5.1', '建立从业人员健康管理制度'),
        item('5.2', '在岗从事接触直接入口食品工作的人员取得健康证明'),
        item('5.3', '在岗从事接触直接入口食品工作的人员未患有国务院卫生行政部门规定的有碍食品安全的疾病'),
        item('5.4', '对职工进行食品安全知识培训和考核'),
      ],
    },
    {
      code: '6', title: '经营过程控制', section: GENERAL_PART, riskItem: 'D07', items: [
        keyItem('6.1', '按要求贮存食品'),
        item('6.2', '定期检查库存食品，及时清理变质或者超过保质期的食品', { riskItem: 'D09' }),
        keyItem('6.3', '按标签标示的警示标志、警示说明或注意事项贮存和销售；有温度、湿度要求的食品具备相应设备并按要求贮存'),
        item('6.4', '建立食品安全自查制度，定期对食品安全状况检查评价', { riskItem: 'D10' }),
        item('6.5', '发生食品安全事故的，建立和保存处置记录，并按规定报告', { riskItem: 'D10' }),
        keyItem('6.6', '采购食品（食品添加剂）查验供货者的许可证和食品出厂检验合格证或者其他合格证明', { riskItem: 'D05' }),
        keyItem('6.7', '建立食用农产品进货查验记录制度，如实记录名称、数量、进货日期以及供货者名称、地址、联系方式，记录和凭证保存不少于六个月', { riskItem: 'D05' }),
        keyItem('6.8', '建立并严格执行食品进货查验记录制度', { riskItem: 'D05' }),
        item('6.9', '建立并执行不安全食品处置制度', { riskItem: 'D09' }),
        item('6.10', '从事食品批发业务的，建立并严格执行食品销售记录制度', { riskItem: 'D09' }),
        item('6.11', '张贴并保持上次监督检查结果记录', { riskItem: 'D01' }),
      ],
    },
    {
      code: '7', title: '市场开办者、柜台出租者和展销会举办者', section: SPECIAL_PART, applicableTo: ['wholesale_market', 'farmers_market', 'supermarket'], riskItem: 'D10', items: [
        item('7.1', '依法审查入场食品经营者的许可证，明确其食品安全管理责任'),
        item('7.2', '定期对入场食品经营者的经营环境和条件进行检查'),
      ],
    },
    {
      code: '8', title: '网络食品交易第三方平台提供者', section: SPECIAL_PART, applicableTo: ['online_seller'], riskItem: 'D01', items: [
        item('8.1', '对入网食品经营者进行许可审查或实行实名登记'),
        item('8.2', '明确入网食品经营者的食品安全管理责任'),
      ],
    },
    {
      code: '9', title: '食品贮存和运输经营者', section: SPECIAL_PART, riskItem: 'D07', items: [
        item('9.1', '贮存、运输和装卸食品的容器、工具和设备安全、无害，保持清洁'),
        item('9.2', '容器、工具和设备符合保证食品安全所需的温度、湿度等特殊要求'),
        item('9.3', '食品未与有毒、有害物品一同贮存、运输'),
      ],
    },
    {
      code: '10', title: '食用农产品批发市场', section: SPECIAL_PART, applicableTo: ['wholesale_market'], riskItem: 'D08', items: [
        item('10.1', '配备检验设备和检验人员或委托食品检验机构，对进场销售的食用农产品抽样检验'),
        item('10.2', '发现不符合食品安全标准的食用农产品，要求销售者立即停止销售并向监管部门报告', { riskItem: 'D09' }),
      ],
    },
    {
      code: '11', title: '特殊食品', section: SPECIAL_PART, riskItem: 'D05', items: [
        item('11.1', '未经营未按规定注册或备案的保健食品、特殊医学用途配方食品、婴幼儿配方乳粉'),
        item('11.2', '保健食品标签、说明书不涉及疾病预防、治疗功能，内容真实，载明适宜人群、不适宜人群、功效成分或标志性成分及含量，声明“本品不能代替药物”，与注册或备案内容一致'),
        item('11.3', '保健食品设专柜销售，并在专柜显著位置标明“保健食品”字样'),
        item('11.4', '未在经营场所及其周边通过发放、张贴、悬挂虚假宣传资料推销保健食品'),
        item('11.5', '索取并留存保健食品批准证明文件以及企业产品质量标准'),
        item('11.6', '保健食品广告真实合法，不涉及疾病预防、治疗功能，声明“本品不能代替药物”，并取得广告批准文件'),
        item('11.7', '经营的进口保健食品按规定注册或备案'),
        item('11.8', '特殊医学用途配方食品经国务院食品安全监督管理部门注册'),
        item('11.9', '特殊医学用途配方食品广告符合广告法和其他法律、行政法规关于药品广告管理的规定'),
        item('11.10', '专供婴幼儿和其他特定人群的主辅食品，标签标明主要营养成分及其含量'),
      ],
    },
  ],
}
