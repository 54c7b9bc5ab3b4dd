/**
 * The one catalogue of indicators (issue 8): every rate and count the seed plans and the self-inspection
 * report use (DESIGN.md) that Shian's records can compute, each a formula over the measures the modules
 * declare (`<module>/indicator-sources.ts`), and the rest listed with what is missing rather than faked.
 * Rates aggregate up the region tree as sums of numerators over sums of denominators, counts as sums.
 */

/** `<source>.<measure>`, e.g. 'samples.batches' (see sources.ts). */
export type MeasureRef = `${string}.${string}`

interface Common {
  id: string
  name: string
  group: string
  definition: string
  unit: string
  typicalTarget?: string
  /** Words in a plan target's metric text that suggest this indicator (binding suggestions). */
  keywords: string[]
}
export interface LiveIndicator extends Common {
  numerator: MeasureRef
  /** A measure, or the region's population (per 1,000 people). Absent: a count or sum. */
  denominator?: MeasureRef | 'population'
  /**
   * The denominator is owed once a month: a state (e.g. the businesses that must self-inspect) times the months
   * of the period up to the day states are read — 企业自查率 counts 户·月.
   */
  perMonth?: boolean
  factor: 1 | 100 | 1000
}
export interface UnsourcedIndicator extends Common { noSource: string }
export type IndicatorDef = LiveIndicator | UnsourcedIndicator

export const isLive = (d: IndicatorDef): d is LiveIndicator => !('noSource' in d)

const SAMPLING = '抽检监测'
const INSPECTION = '监督检查'
const CASES = '案件查办'
const DUTY = '主体责任'
const PLAN = '工作落实'

const perThousand = (id: string, name: string, numerator: MeasureRef, unit: string, definition: string, typicalTarget: string, keywords: string[]): LiveIndicator =>
  ({ id, name, group: SAMPLING, definition, unit, numerator, denominator: 'population', factor: 1000, typicalTarget, keywords })

export const INDICATORS: IndicatorDef[] = [
  perThousand('sampling.batches_per_thousand', '食品抽检量', 'samples.batches', '批次/千人', '期间内抽样的批次数 ÷ 辖区人口 × 1000。', '≥ 4.0', ['抽检量', '抽检', '批次/千人']),
  perThousand('sampling.market_per_thousand', '市场监管部门抽检量', 'samples.market', '批次/千人', '市场监管部门抽样批次 ÷ 辖区人口 × 1000。', '≥ 3.2', ['市场监管', '抽检量']),
  perThousand('sampling.residue_per_thousand', '农药兽药残留检验量', 'samples.residue', '份/千人', '检验了农药或兽药残留项目的食用农产品批次 ÷ 辖区人口 × 1000。', '≥ 2', ['农药兽药残留', '残留', '份/千人']),
  perThousand('sampling.planting_per_thousand', '种养殖环节定量检测量', 'samples.planting', '批次/千人', '种植养殖环节抽样批次 ÷ 辖区人口 × 1000。', '≥ 1.7', ['种养殖', '定量检测']),
  { id: 'sampling.batches', name: '抽检批次', group: SAMPLING, definition: '期间内抽样的批次数（各级各部门）。', unit: '批次', numerator: 'samples.batches', factor: 1, keywords: ['抽检批次', '抽样'] },
  { id: 'sampling.pass_rate', name: '食品抽检合格率', group: SAMPLING, definition: '监督抽检已出结果批次中合格的比例。', unit: '%', numerator: 'samples.supervisionPassed', denominator: 'samples.supervisionJudged', factor: 100, typicalTarget: '≥ 98%', keywords: ['抽检合格率', '合格率', '监督抽检'] },
  { id: 'sampling.routine_pass_rate', name: '食用农产品例行监测合格率', group: SAMPLING, definition: '例行监测已出结果批次中合格的比例。', unit: '%', numerator: 'samples.routinePassed', denominator: 'samples.routineJudged', factor: 100, typicalTarget: '≥ 97%', keywords: ['例行监测', '监测', '合格率'] },
  { id: 'sampling.failed', name: '抽检不合格批次', group: SAMPLING, definition: '期间内抽样、检验结论为不合格的批次。', unit: '批次', numerator: 'samples.failed', factor: 1, keywords: ['不合格'] },
  { id: 'disposal.start_rate', name: '不合格食品核查处置率', group: SAMPLING, definition: '收到不合格报告的样品中已启动核查处置（告知或控制）的比例；复检合格的不计入。', unit: '%', numerator: 'disposals.started', denominator: 'disposals.failed', factor: 100, typicalTarget: '100%', keywords: ['核查处置率', '不合格食品处置率', '核查处置', '处置率'] },
  { id: 'disposal.completion_rate', name: '不合格食品处置完成率', group: SAMPLING, definition: '收到不合格报告的样品中核查处置已办结的比例。', unit: '%', numerator: 'disposals.closed', denominator: 'disposals.failed', factor: 100, typicalTarget: '≥ 95%', keywords: ['处置完成率', '完成率'] },
  { id: 'disposal.on_time_rate', name: '不合格食品处置按时完成率', group: SAMPLING, definition: '已办结的核查处置中在办结期限（含批准延期）内办结的比例。', unit: '%', numerator: 'disposals.closedOnTime', denominator: 'disposals.closed', factor: 100, typicalTarget: '≥ 90%', keywords: ['按时完成率', '核查处置', '按时'] },
  { id: 'rapid.tests', name: '快检批次', group: SAMPLING, definition: '期间内农贸市场、快检室、种养殖基地等开展的快速检测批次。', unit: '批次', numerator: 'rapid-tests.tests', factor: 1, keywords: ['快检', '快速检测'] },
  { id: 'rapid.lean_meat', name: '瘦肉精快检批次', group: SAMPLING, definition: '克伦特罗、莱克多巴胺、沙丁胺醇快检批次之和。', unit: '批次', numerator: 'rapid-tests.leanMeat', factor: 1, keywords: ['瘦肉精'] },
  { id: 'rapid.positives', name: '快检阳性批次', group: SAMPLING, definition: '快检结果为阳性的批次（须送实验室确证）。', unit: '批次', numerator: 'rapid-tests.positives', factor: 1, keywords: ['阳性'] },

  { id: 'inspections.count', name: '监督检查户次', group: INSPECTION, definition: '期间内各类监督检查（日常、专项、飞行、双随机、复查）的户次。', unit: '户次', numerator: 'inspections.inspections', factor: 1, keywords: ['检查户次', '监督检查', '家次'] },
  { id: 'inspections.entities', name: '检查经营主体家数', group: INSPECTION, definition: '期间内至少检查一次的经营主体家数。', unit: '家', numerator: 'inspections.entitiesInspected', factor: 1, keywords: ['检查家数'] },
  { id: 'inspections.coverage', name: '日常监督检查覆盖率', group: INSPECTION, definition: '期间内检查过的经营主体家数 ÷ 在业经营主体家数（现状）。', unit: '%', numerator: 'inspections.entitiesInspected', denominator: 'entities.active', factor: 100, typicalTarget: '100%', keywords: ['检查覆盖率', '监督检查覆盖率', '全覆盖'] },
  { id: 'inspections.problem_disposal_rate', name: '问题发现处置率', group: INSPECTION, definition: '发现问题的检查中已处置（当场整改、整改验证完毕或立案）的比例。', unit: '%', numerator: 'inspections.problemsHandled', denominator: 'inspections.problemsFound', factor: 100, typicalTarget: '≥ 90%', keywords: ['问题发现处置率', '处置率'] },
  { id: 'rectification.on_time_rate', name: '整改按时完成率', group: INSPECTION, definition: '已验证的整改通知中按期整改到位的比例。', unit: '%', numerator: 'rectifications.onTime', denominator: 'rectifications.verified', factor: 100, keywords: ['整改', '按时'] },
  { id: 'inspections.halted', name: '责令停止生产经营户次', group: INSPECTION, definition: '检查中责令立即停止食品生产经营活动的户次。', unit: '户次', numerator: 'inspections.operationsHalted', factor: 1, keywords: ['停止生产经营', '停产'] },

  { id: 'cases.filed', name: '立案查处案件数', group: CASES, definition: '期间内立案的食品安全案件。', unit: '件', numerator: 'cases-filed.filed', factor: 1, keywords: ['立案', '案件'] },
  { id: 'cases.closed', name: '结案数', group: CASES, definition: '期间内结案的案件。', unit: '件', numerator: 'cases-closed.closed', factor: 1, keywords: ['结案'] },
  { id: 'cases.money', name: '罚没款金额', group: CASES, definition: '期间内作出处罚决定的罚款与没收违法所得（含处罚到人）金额之和。', unit: '元', numerator: 'penalties.moneyYuan', factor: 1, keywords: ['罚没款', '罚款'] },
  { id: 'cases.persons_penalized', name: '处罚到人人数', group: CASES, definition: '期间内作出决定的对责任人员罚款或从业禁止的人数。', unit: '人', numerator: 'penalties.personsPenalized', factor: 1, keywords: ['处罚到人'] },
  { id: 'police.transfers', name: '移送公安机关案件数', group: CASES, definition: '期间内移送公安机关的涉嫌犯罪案件。', unit: '件', numerator: 'police-transfers.transfers', factor: 1, keywords: ['移送', '行刑衔接'] },
  { id: 'police.criminal_cases', name: '刑事案件数', group: CASES, definition: '期间内移送并经公安机关立案的案件。', unit: '件', numerator: 'police-transfers.criminalCases', factor: 1, keywords: ['刑事案件'] },
  { id: 'police.detained', name: '刑事拘留人数', group: CASES, definition: '期间内移送案件的刑事拘留人数之和。', unit: '人', numerator: 'police-transfers.detained', factor: 1, keywords: ['刑拘', '拘留'] },
  { id: 'police.prosecuted', name: '提起公诉人数', group: CASES, definition: '期间内移送案件的提起公诉人数之和。', unit: '人', numerator: 'police-transfers.prosecuted', factor: 1, keywords: ['起诉', '公诉'] },
  { id: 'credit.serious_violations', name: '严重违法失信名单在列主体', group: CASES, definition: '期末已公示、未移出且未到期的严重违法失信名单条目。', unit: '家', numerator: 'serious-violations.current', factor: 1, keywords: ['黑名单', '严重违法失信'] },

  { id: 'entities.active', name: '在业经营主体', group: DUTY, definition: '登记在业的食品生产经营主体（现状）。', unit: '家', numerator: 'entities.active', factor: 1, keywords: ['经营主体'] },
  { id: 'entities.open_kitchen_rate', name: '餐饮明厨亮灶覆盖率', group: DUTY, definition: '在业餐饮服务单位中实施明厨亮灶（传统或互联网+）的比例（现状）。', unit: '%', numerator: 'entities.cateringOpenKitchen', denominator: 'entities.catering', factor: 100, typicalTarget: '≥ 90%', keywords: ['明厨亮灶', '餐饮'] },
  { id: 'entities.catering_internet_kitchen_rate', name: '餐饮单位“互联网+明厨亮灶”实施率', group: DUTY, definition: '在业餐饮服务单位中实施互联网+明厨亮灶的比例（现状）。', unit: '%', numerator: 'entities.cateringInternet', denominator: 'entities.catering', factor: 100, typicalTarget: '重点餐饮单位 100%', keywords: ['互联网+明厨亮灶', '餐饮单位', '餐饮'] },
  { id: 'entities.school_internet_kitchen_rate', name: '学校食堂“互联网+明厨亮灶”覆盖率', group: DUTY, definition: '学校（含幼儿园）食堂中实施互联网+明厨亮灶的比例（现状）。', unit: '%', numerator: 'entities.schoolCanteensInternet', denominator: 'entities.schoolCanteens', factor: 100, typicalTarget: '≥ 80%（幼儿园、小学 100%）', keywords: ['互联网+明厨亮灶', '学校食堂', '学校', '幼儿园', '供餐'] },
  { id: 'entities.haccp_rate', name: '生产企业 HACCP 认证率', group: DUTY, definition: '在业食品生产企业中持有效 HACCP 认证的比例（登记簿未记企业规模，按全部生产企业计）。', unit: '%', numerator: 'entities.productionHaccp', denominator: 'entities.production', factor: 100, typicalTarget: '≥ 70%（中型以上）', keywords: ['HACCP'] },
  { id: 'entities.iso22000_rate', name: '生产企业 ISO22000 认证率', group: DUTY, definition: '在业食品生产企业中持有效 ISO22000 认证的比例（按全部生产企业计）。', unit: '%', numerator: 'entities.productionIso22000', denominator: 'entities.production', factor: 100, typicalTarget: '100%（大型企业）', keywords: ['ISO22000'] },
  { id: 'entities.six_s_rate', name: '6S 管理覆盖率', group: DUTY, definition: '在业食品生产企业中实施 6S 管理的比例。', unit: '%', numerator: 'entities.production6s', denominator: 'entities.production', factor: 100, typicalTarget: '≥ 90%', keywords: ['6S', '6S标准化', '6S管理'] },
  { id: 'entities.safety_staff_rate', name: '食品安全总监、安全员配备率', group: DUTY, definition: '在业经营主体中登记了食品安全总监或食品安全员的比例。', unit: '%', numerator: 'entities.withSafetyStaff', denominator: 'entities.active', factor: 100, typicalTarget: '100%', keywords: ['食品安全总监', '安全员', '配备'] },
  { id: 'duty.self_inspection_rate', name: '企业自查率', group: DUTY, definition: '应自查的在业经营主体（按主体类型）每月填写一次自查表：已填写的户·月 ÷ 应自查的户·月（统计到本月），与“企业自查率”页面一致。', unit: '%', numerator: 'self-inspections.inspected', denominator: 'entities.selfInspecting', perMonth: true, factor: 100, typicalTarget: '100%', keywords: ['自查率', '自查'] },
  { id: 'duty.self_inspection_report_rate', name: '企业自查报告率', group: DUTY, definition: '应自查的在业经营主体每月提交自查报告的比例：已提交的户·月 ÷ 应自查的户·月（统计到本月）。', unit: '%', numerator: 'self-inspections.reported', denominator: 'entities.selfInspecting', perMonth: true, factor: 100, typicalTarget: '100%', keywords: ['自查报告率', '自查报告'] },
  { id: 'entities.staff_assessment_rate', name: '管理人员抽查考核覆盖率', group: DUTY, definition: '期间内抽查考核的食品安全管理人员 ÷ 登记的食品安全管理人员。', unit: '%', numerator: 'staff-assessments.assessed', denominator: 'safety-staff.staff', factor: 100, typicalTarget: '≥ 95%', keywords: ['抽查考核', '管理人员'] },
  { id: 'licences.electronic_rate', name: '电子证书发放率', group: DUTY, definition: '有效许可证（登记证）中电子证书的比例。', unit: '%', numerator: 'licences.validElectronic', denominator: 'licences.valid', factor: 100, typicalTarget: '100%', keywords: ['电子证书', '电子证照'] },
  ...(['A', 'B', 'C', 'D'] as const).map((g): LiveIndicator => ({
    id: `entities.grade_${g.toLowerCase()}`, name: `风险等级 ${g} 级主体`, group: DUTY, definition: `在业经营主体中动态风险等级为 ${g} 级的家数（现状）。`, unit: '家',
    numerator: `entities.grade${g}`, factor: 1, keywords: ['风险分级'],
  })),

  { id: 'workplans.report_on_time_rate', name: '任务进展按时报送率', group: PLAN, definition: '期间内报送的任务进展中按期报送的比例。', unit: '%', numerator: 'progress-reports.onTime', denominator: 'progress-reports.submitted', factor: 100, typicalTarget: '≥ 90%', keywords: ['按时完成率', '按时报送', '报送'] },

  ...unsourced(),
]

function unsourced(): UnsourcedIndicator[] {
  const none = (id: string, name: string, group: string, unit: string, noSource: string, typicalTarget: string, keywords: string[]): UnsourcedIndicator =>
    ({ id, name, group, definition: noSource, unit, noSource, typicalTarget, keywords })
  return [
    none('duty.small_workshop_registration_rate', '“三小”登记备案率', DUTY, '%', '无数据来源：登记簿只有已登记的主体，应登记而未登记的数量需网格排查模块。', '100%', ['三小', '登记备案']),
    none('duty.rural_shop_standard_rate', '农村食品经营店规范化达标率', DUTY, '%', '无数据来源：规范化评定尚无记录模块。', '≥ 70%', ['规范化', '农村食品经营店']),
    none('grid.village_coordinator_coverage', '协管员覆盖行政村比例', PLAN, '%', '无数据来源：网格与协管员模块尚未建设。', '≥ 80%', ['协管员', '网格']),
    none('training.regulator_hours', '监管人员培训学时', PLAN, '学时/人', '无数据来源：培训模块尚未建设。', '≥ 40 学时/年（新入职 ≥ 90）', ['监管人员培训', '学时']),
    none('training.staff_training_rate', '食品安全管理人员、从业人员培训率', DUTY, '%', '无数据来源：培训模块尚未建设。', '100%', ['培训率', '从业人员培训', '培训']),
    none('complaints.on_time_rate', '12315 投诉举报按时核查率', PLAN, '%', '无数据来源：投诉举报模块尚未建设。', '≥ 90%', ['12315', '投诉', '举报']),
    none('licences.online_rate', '许可网上办理率', DUTY, '%', '无数据来源：许可办理渠道未记录。', '100%', ['网上办理']),
    none('emergency.drills', '应急演练次数', PLAN, '次', '无数据来源：应急模块尚未建设。', '每两年 ≥ 1 次', ['应急演练', '演练']),
    none('plan.meetings', '会议、简报、会商次数', PLAN, '次', '无数据来源：会议与简报尚无记录模块。', '全年不少于 2 次', ['会议', '简报', '会商']),
  ]
}

export const indicatorById = new Map(INDICATORS.map((d) => [d.id, d]))
