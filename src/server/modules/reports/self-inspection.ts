import type { IndicatorsDto } from '../../../shared/indicators'
import { blank, figure, type OfficialDoc } from '../../platform/official-docx/write-official-docx'
import { count, d, heading, paragraph, rate, v, valuesOf, type Values } from './doc-parts'

/**
 * The 自查报告 in the structure of the seed (../shared/seeds/xiping-2021-self-inspection-report.txt): the same
 * chapters and the kinds of figures in each. Every figure Shian holds comes from the indicators for the year;
 * what Shian cannot know (leadership, meetings, campaigns, highlights, problems) is a marked blank.
 */

export function selfInspectionReport(data: IndicatorsDto, year: number, issuer: string, names: Map<string, { name: string; unit: string }>): OfficialDoc {
  const x: Values = valuesOf(data)
  const region = data.regionName
  return {
    title: `${region}${year}年食品安全工作\n自 查 报 告`,
    issuer,
    blocks: [
      paragraph(`${year}年，`, blank('上级部署、指导思想与总体成效（一段）'), '主要做法如下：'),

      heading(1, '高度重视，健全机制，夯实工作基础'),
      heading(2, '加强领导，落实责任。', blank('党政同责、考核、食安委会议与文件')),
      heading(2, '重心下移，建立体系。', blank('乡镇监管所、协管员与网格化体系')),
      heading(2, '持续推进，巩固提升。', blank('创建工作推进情况')),

      heading(1, '对标落实，全程监管，工作扎实开展'),
      heading(2, '严格落实源头治理。', blank('环境治理、农业投入品与粮食质量安全监管'),
        '食用农产品例行监测已出结果 ', figure(d(x, 'sampling.routine_pass_rate'), { label: '例行监测批次' }),
        ' 批次，合格 ', count(x, 'sampling.routine_pass_rate', '例行监测合格批次'), ' 批次，合格率 ', rate(x, 'sampling.routine_pass_rate', '例行监测合格率'), '%。'),
      heading(2, '严格食品生产监管。', '全县在业食品生产企业 ', figure(d(x, 'entities.haccp_rate'), { label: '生产企业数' }), ' 家，',
        '通过 HACCP 认证 ', count(x, 'entities.haccp_rate', 'HACCP'), ' 家、ISO22000 认证 ', count(x, 'entities.iso22000_rate', 'ISO22000'), ' 家，实施 6S 管理 ',
        count(x, 'entities.six_s_rate', '6S'), ' 家。在业经营主体按动态风险分级，A 级 ', count(x, 'entities.grade_a', 'A级'), ' 家、B 级 ', count(x, 'entities.grade_b', 'B级'),
        ' 家、C 级 ', count(x, 'entities.grade_c', 'C级'), ' 家、D 级 ', count(x, 'entities.grade_d', 'D级'), ' 家。', blank('专项整治与提升行动')),
      heading(2, '加强食品销售环节监管。', blank('农贸市场、超市、校园周边等专项检查')),
      heading(2, '加强餐饮环节监管。', '全县在业餐饮服务单位 ', figure(d(x, 'entities.open_kitchen_rate'), { label: '餐饮单位数' }), ' 家，实施明厨亮灶 ',
        count(x, 'entities.open_kitchen_rate', '明厨亮灶'), ' 家，覆盖率 ', rate(x, 'entities.open_kitchen_rate', '明厨亮灶覆盖率'), '%；学校（含幼儿园）食堂 ',
        figure(d(x, 'entities.school_internet_kitchen_rate'), { label: '学校食堂数' }), ' 家，实施“互联网+明厨亮灶” ', count(x, 'entities.school_internet_kitchen_rate', '学校互联网明厨亮灶'),
        ' 家，占 ', rate(x, 'entities.school_internet_kitchen_rate', '学校互联网明厨亮灶比例'), '%。', blank('餐饮质量安全提升、集体聚餐管理')),
      heading(2, '加大检验检测力度，强化技术支撑。', `${year}年，共抽检食品及食用农产品 `, count(x, 'sampling.batches', '抽检批次'), ' 批次，折合 ',
        rate(x, 'sampling.batches_per_thousand', '抽检量'), ' 批次/千人，其中市场监管部门 ', rate(x, 'sampling.market_per_thousand', '市场监管抽检量'), ' 批次/千人、农药兽药残留检验 ',
        rate(x, 'sampling.residue_per_thousand', '农残兽残检验量'), ' 份/千人；监督抽检合格率 ', rate(x, 'sampling.pass_rate', '抽检合格率'), '%。抽检不合格 ',
        count(x, 'sampling.failed', '不合格批次'), ' 批次，核查处置率 ', rate(x, 'disposal.start_rate', '核查处置率'), '%，处置完成率 ', rate(x, 'disposal.completion_rate', '处置完成率'),
        '%，按时完成率 ', rate(x, 'disposal.on_time_rate', '按时完成率'), '%。开展快检 ', count(x, 'rapid.tests', '快检批次'), ' 批次，其中“瘦肉精”快检 ',
        count(x, 'rapid.lean_meat', '瘦肉精快检'), ' 批次，阳性 ', count(x, 'rapid.positives', '快检阳性'), ' 批次。'),
      heading(2, '严格日常监督检查。', '全年开展监督检查 ', count(x, 'inspections.count', '检查户次'), ' 户次，检查经营主体 ', count(x, 'inspections.entities', '检查家数'),
        ' 家，覆盖率 ', rate(x, 'inspections.coverage', '检查覆盖率'), '%；发现问题 ', figure(d(x, 'inspections.problem_disposal_rate'), { label: '发现问题户次' }), ' 户次，已处置 ',
        count(x, 'inspections.problem_disposal_rate', '已处置'), ' 户次，问题发现处置率 ', rate(x, 'inspections.problem_disposal_rate', '问题发现处置率'), '%；责令停止生产经营 ',
        count(x, 'inspections.halted', '停止生产经营'), ' 户次。'),
      heading(2, '严厉打击食品安全违法犯罪行为。', blank('专项打击行动'), '全年共查处食品案件 ', count(x, 'cases.filed', '立案数'), ' 件，罚没款 ',
        figure(v(x, 'cases.money'), { decimals: 2, label: '罚没款' }), ' 元，处罚到人 ', count(x, 'cases.persons_penalized', '处罚到人'), ' 人；移送公安机关 ',
        count(x, 'police.transfers', '移送'), ' 件，立食品安全刑事案件 ', count(x, 'police.criminal_cases', '刑事案件'), ' 起，刑事拘留 ', count(x, 'police.detained', '刑拘'),
        ' 人，移送起诉 ', count(x, 'police.prosecuted', '起诉'), ' 人；严重违法失信名单在列 ', count(x, 'credit.serious_violations', '黑名单'), ' 家。'),
      heading(2, '提升食源性疾病监测报告能力。', blank('哨点医院、病例报告与聚集性事件（系统尚无数据来源）')),
      heading(2, '加大食品安全宣传教育力度，营造社会共治氛围。', blank('宣传周、培训、投诉举报与你点我检')),

      heading(1, '改革创新，提升能力，工作亮点纷呈'),
      paragraph(blank('机构改革、应急体系、智慧监管、追溯体系等亮点')),
      heading(1, '存在问题及下一步打算'),
      paragraph(blank('存在的问题')),
      paragraph(blank('下一步工作打算')),

      { kind: 'pageBreak' },
      {
        kind: 'table', title: `附表 ${year}年主要指标完成情况（系统按记录计算）`, header: ['指标', '单位', '数值', '分子', '分母'], widths: [5, 2, 2, 2, 2],
        rows: data.values.filter((r) => r.value !== null && names.has(r.id)).map((r) => [names.get(r.id)!.name, names.get(r.id)!.unit, r.value, r.numerator, r.denominator]),
        note: `数据截至 ${data.period.to}，${region}（含下级）；分母为人口的指标按行政区划资料人口计算。`,
      },
    ],
  }
}
