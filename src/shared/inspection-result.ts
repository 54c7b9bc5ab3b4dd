import type { ChecklistTemplate, ResultRuleCode, SourceNote } from './checklists/types'
import { templateItems } from './inspection-checklists'
import type { DynamicAnswer, DynamicItemCode } from './risk-rules'

/**
 * Judging an inspection from its item results (CHECKLISTS.md §2, §3): the overall result
 * 符合 / 基本符合 / 不符合 by a published rule (never typed by the inspector), the catering 量化分级
 * dynamic and annual grades, and the answers the inspection gives to the dynamic risk items D01–D10.
 * Every threshold is data with its source and status; unconfirmed ones are configurable and an
 * inspection records the rule version it was judged by.
 */

export type ItemOutcome = 'conform' | 'nonconform' | 'na'
/** 合理缺项 (不适用) is neither 符合 nor 不符合 and never counts as a failure. */
export const ITEM_OUTCOME_LABELS: Record<ItemOutcome, string> = { conform: '符合', nonconform: '不符合', na: '不适用' }
export interface ItemResult { code: string; key: boolean; outcome: ItemOutcome }

export type OverallResult = 'conform' | 'basic' | 'nonconform'
export const RESULT_LABELS: Record<OverallResult, string> = { conform: '符合', basic: '基本符合', nonconform: '不符合' }

export interface ResultRule {
  code: ResultRuleCode
  version: number
  title: string
  /** Key-item failures still judged 基本符合; more is 不符合. */
  basicMaxKeyFailures: number
  /** General-item failures still judged 符合 (0 in every source: 符合 = no problem found). */
  conformMaxGeneralFailures: number
  /** General-item failures still judged 基本符合; more is 不符合. Null: no count limit. */
  basicMaxGeneralFailures: number | null
  /** Lowest general-item pass rate (%) still judged 基本符合; lower is 不符合. Null: no rate limit. */
  basicMinGeneralPassRate: number | null
  sources: SourceNote[]
}

const NOTICE_2016 = '《总局关于印发食品生产经营日常监督检查有关表格的通知》（食药监食监一〔2016〕58号）'

/** The 2016 notice's rule, for production and sales tables (and, by analogy, this system's own tables). */
export const DEFAULT_RESULT_RULE: ResultRule = {
  code: 'notice_2016',
  version: 1,
  title: '2016 年日常监督检查结果判定规则',
  basicMaxKeyFailures: 0,
  conformMaxGeneralFailures: 0,
  basicMaxGeneralFailures: 8,
  basicMinGeneralPassRate: null,
  sources: [
    { item: '符合：未发现问题；基本符合：一般项不符合 ≤ 8 项且重点项均符合；不符合：一般项不符合 > 8 项，或重点项不符合 ≥ 1 项', source: NOTICE_2016, status: 'S' },
    { item: '合理缺项不勾选是否、在备注说明，不计入不符合项数', source: `${NOTICE_2016}表1-1 说明`, status: 'S' },
    { item: '2022 年起（2021 办法）全国要点表是否改变判定规则', source: '《食品生产经营监督检查管理办法》（2021 总局令第49号）', status: 'U' },
    { item: '三小、农产品主体检查表沿用本规则', source: '本系统类推', status: 'U' },
  ],
}

/** 表1-3 catering rule: by key failures and the general-item pass rate. */
export const CATERING_RESULT_RULE: ResultRule = {
  code: 'catering_2016',
  version: 1,
  title: '餐饮服务日常监督检查结果判定规则（表1-3）',
  basicMaxKeyFailures: 1,
  conformMaxGeneralFailures: 0,
  basicMaxGeneralFailures: null,
  basicMinGeneralPassRate: 70,
  sources: [
    { item: '符合：未发现问题；基本符合：重点项不符合 ≤ 1 项且 70% ≤ 一般项合格率 < 100%；不符合：重点项不符合 ≥ 2 项，或一般项合格率 < 70%', source: `${NOTICE_2016}表1-3 说明；据地方监管系统转录的表文，未见官方原文（CHECKLISTS.md §2 记为 U）`, status: 'U' },
    { item: '一般项合格率 = 合格项数 ÷（检查项数 − 合理缺项数）× 100%', source: '同上', status: 'U' },
    { item: '重点项 1 项不符合而一般项全部符合，原文两档均未覆盖，判为基本符合', source: '本系统解释', status: 'U' },
  ],
}

export const RESULT_RULES: Record<ResultRuleCode, ResultRule> = { notice_2016: DEFAULT_RESULT_RULE, catering_2016: CATERING_RESULT_RULE }
export const resultRuleFor = (template: ChecklistTemplate, rules: Record<ResultRuleCode, ResultRule> = RESULT_RULES): ResultRule => rules[template.resultRule]

export interface ResultCounts { keyChecked: number; keyFailures: number; generalChecked: number; generalFailures: number; notApplicable: number }

export function resultCounts(items: ItemResult[]): ResultCounts {
  const c: ResultCounts = { keyChecked: 0, keyFailures: 0, generalChecked: 0, generalFailures: 0, notApplicable: 0 }
  for (const it of items) {
    if (it.outcome === 'na') { c.notApplicable++; continue }
    const failed = it.outcome === 'nonconform' ? 1 : 0
    if (it.key) { c.keyChecked++; c.keyFailures += failed } else { c.generalChecked++; c.generalFailures += failed }
  }
  return c
}

/** 符合 / 基本符合 / 不符合 from the item results. Items all 不适用 find no problem: 符合. */
export function overallResult(items: ItemResult[], rule: ResultRule = DEFAULT_RESULT_RULE): OverallResult {
  const c = resultCounts(items)
  if (c.keyFailures > rule.basicMaxKeyFailures) return 'nonconform'
  if (rule.basicMaxGeneralFailures !== null && c.generalFailures > rule.basicMaxGeneralFailures) return 'nonconform'
  const passed = c.generalChecked - c.generalFailures
  if (rule.basicMinGeneralPassRate !== null && c.generalChecked > 0 && passed * 100 < rule.basicMinGeneralPassRate * c.generalChecked) return 'nonconform'
  if (c.keyFailures === 0 && c.generalFailures <= rule.conformMaxGeneralFailures) return 'conform'
  return 'basic'
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0

/** Null when the rule hangs together; otherwise the Chinese reason naming the field. */
export function checkResultRule(rule: ResultRule): string | null {
  if (!isCount(rule.basicMaxKeyFailures)) return '重点项：基本符合允许的不符合项数应为不小于 0 的整数'
  if (!isCount(rule.conformMaxGeneralFailures)) return '一般项：符合允许的不符合项数应为不小于 0 的整数'
  if (rule.basicMaxGeneralFailures !== null) {
    if (!isCount(rule.basicMaxGeneralFailures)) return '一般项：基本符合允许的不符合项数应为不小于 0 的整数'
    if (rule.basicMaxGeneralFailures < rule.conformMaxGeneralFailures) return '一般项：基本符合允许的不符合项数不能小于符合允许的项数'
  }
  if (rule.basicMinGeneralPassRate !== null && !(rule.basicMinGeneralPassRate > 0 && rule.basicMinGeneralPassRate <= 100)) return '一般项：基本符合的最低合格率应大于 0% 且不超过 100%'
  if (rule.basicMaxGeneralFailures === null && rule.basicMinGeneralPassRate === null) return '一般项：应设定不符合项数上限或最低合格率，否则一般项永不判为不符合'
  return null
}

// ——— Catering 量化分级 (CHECKLISTS.md §3) ———

export type CateringGrade = 'excellent' | 'good' | 'fair'
export const CATERING_GRADE_LABELS: Record<CateringGrade, string> = { excellent: '优秀', good: '良好', fair: '一般' }
/** Dynamic grade sign (each inspection). */
export const DYNAMIC_GRADE_FACES: Record<CateringGrade, string> = { excellent: '大笑', good: '微笑', fair: '平脸' }
/** Annual grade sign; entity-catalogue.ts CATERING_GRADES has the labels. */
export const ANNUAL_GRADE_LETTERS: Record<CateringGrade, 'A' | 'B' | 'C'> = { excellent: 'A', good: 'B', fair: 'C' }

export interface CateringGradeRule {
  version: number
  /** Lowest score (100-point scale) of each grade; below `fair` the inspection is not rated. */
  bands: Record<CateringGrade, number>
  /** Key-item failures that still allow a grade; more and the inspection is not rated. */
  maxKeyFailures: number
  /** Points of an item without its own weight. */
  keyWeight: number
  generalWeight: number
  /** No dynamic grade in the first months after a new licence / after a food-safety incident. */
  noGradeMonthsAfterLicence: number
  noGradeMonthsAfterIncident: number
  /** Months of inspections the annual grade averages. */
  annualWindowMonths: number
  sources: SourceNote[]
}

const GRADING_2012 = '《关于实施餐饮服务食品安全监督量化分级管理工作的指导意见》（国食药监食〔2012〕5号）'

export const DEFAULT_CATERING_GRADE_RULE: CateringGradeRule = {
  version: 1,
  bands: { excellent: 90, good: 75, fair: 60 },
  maxKeyFailures: 1,
  keyWeight: 1,
  generalWeight: 1,
  noGradeMonthsAfterLicence: 3,
  noGradeMonthsAfterIncident: 6,
  annualWindowMonths: 12,
  sources: [
    { item: '动态等级优秀/良好/一般（大笑/微笑/平脸），年度等级 A/B/C；新取得许可 3 个月内、发生食品安全事故后 6 个月内不评定动态等级', source: GRADING_2012, status: 'S' },
    { item: '≥ 90 优秀、75–89 良好、60–74 一般（百分制）', source: '2011 年征求意见稿；海南 2012 年实施办法十分制同比例；全国最终分界未见', status: 'U' },
    { item: '得分 < 60 或重点项不符合 ≥ 2 项不评定等级', source: '海南 2012 年实施办法（地方）', status: 'U' },
    { item: '得分 = 符合项分值 ÷（总分值 − 合理缺项分值）× 100，保留一位小数；各项等分', source: '本系统拟定（江苏地方评分表按业态给各项不同分值，未采用）', status: 'U' },
    { item: '年度等级 = 近 12 个月动态评分的平均', source: '2011 年征求意见稿', status: 'U' },
  ],
}

export function checkCateringGradeRule(rule: CateringGradeRule): string | null {
  const { excellent, good, fair } = rule.bands
  if (!(fair >= 0 && fair < good && good < excellent && excellent <= 100)) return '等级分界：应满足 0 ≤ 一般 < 良好 < 优秀 ≤ 100'
  if (!isCount(rule.maxKeyFailures)) return '重点项：允许评级的不符合项数应为不小于 0 的整数'
  if (!(rule.keyWeight > 0 && rule.generalWeight > 0)) return '分值：重点项和一般项的分值应大于 0'
  if (!isCount(rule.noGradeMonthsAfterLicence) || !isCount(rule.noGradeMonthsAfterIncident)) return '不评级期限：月数应为不小于 0 的整数'
  if (!(isCount(rule.annualWindowMonths) && rule.annualWindowMonths >= 1)) return '年度等级：统计月数应为正整数'
  return null
}

const pad = (n: number) => String(n).padStart(2, '0')
/** 'YYYY-MM-DD' plus whole months, the day clamped to the month's end. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number)
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = total - year * 12 + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`
}

export interface GradeContext {
  /** 'YYYY-MM-DD' of the inspection; needed for the no-grade periods. */
  inspectedOn?: string
  licenceIssuedOn?: string | null
  lastIncidentOn?: string | null
}
export interface DynamicGradeResult { grade: CateringGrade | null; score: number | null; reason: string | null }

/** Dynamic grade of one catering inspection from its checklist score; `reason` says why there is none. */
export function cateringDynamicGrade(
  items: { code: string; outcome: ItemOutcome }[], template: ChecklistTemplate,
  rule: CateringGradeRule = DEFAULT_CATERING_GRADE_RULE, context: GradeContext = {},
): DynamicGradeResult {
  if (template.code !== 'catering') return { grade: null, score: null, reason: '非餐饮服务检查表，不评定量化等级' }
  const outcome = new Map(items.map((i) => [i.code, i.outcome]))
  let total = 0
  let got = 0
  let keyFailures = 0
  for (const it of templateItems(template)) {
    const o = outcome.get(it.code)
    if (!o || o === 'na') continue
    const w = it.weight ?? (it.key ? rule.keyWeight : rule.generalWeight)
    total += w
    if (o === 'conform') got += w
    else if (it.key) keyFailures++
  }
  const score = total > 0 ? Math.round((got / total) * 1000) / 10 : null
  const on = context.inspectedOn
  if (on && context.licenceIssuedOn && on < addMonths(context.licenceIssuedOn, rule.noGradeMonthsAfterLicence)) {
    return { grade: null, score, reason: `新取得许可未满 ${rule.noGradeMonthsAfterLicence} 个月，不评定动态等级` }
  }
  if (on && context.lastIncidentOn && on >= context.lastIncidentOn && on < addMonths(context.lastIncidentOn, rule.noGradeMonthsAfterIncident)) {
    return { grade: null, score, reason: `发生食品安全事故后未满 ${rule.noGradeMonthsAfterIncident} 个月，不评定动态等级` }
  }
  if (score === null) return { grade: null, score, reason: '没有检查的项目，不评定动态等级' }
  if (keyFailures > rule.maxKeyFailures) return { grade: null, score, reason: `重点项不符合 ${keyFailures} 项，不评定动态等级` }
  const grade = gradeOfScore(score, rule)
  return grade ? { grade, score, reason: null } : { grade: null, score, reason: `得分 ${score} 低于 ${rule.bands.fair} 分，不评定动态等级` }
}

const gradeOfScore = (score: number, rule: CateringGradeRule): CateringGrade | null =>
  score >= rule.bands.excellent ? 'excellent' : score >= rule.bands.good ? 'good' : score >= rule.bands.fair ? 'fair' : null

/** Annual grade (A/B/C): the average score of the inspections in the window ending on `asOf`. */
export function cateringAnnualGrade(
  inspections: { inspectedOn: string; score: number | null }[], asOf: string, rule: CateringGradeRule = DEFAULT_CATERING_GRADE_RULE,
): { grade: CateringGrade | null; score: number | null; count: number } {
  const from = addMonths(asOf, -rule.annualWindowMonths)
  const scores = inspections.filter((i) => i.score !== null && i.inspectedOn > from && i.inspectedOn <= asOf).map((i) => i.score as number)
  if (scores.length === 0) return { grade: null, score: null, count: 0 }
  const score = Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 10) / 10
  return { grade: gradeOfScore(score, rule), score, count: scores.length }
}

// ——— Feeding the dynamic risk items (risk-rules.ts D01–D10) ———

/** What a group's worst finding makes of its dynamic risk item. */
export const RISK_ANSWER_BY_FINDING: Record<'keyFailure' | 'generalFailure' | 'noFailure', DynamicAnswer> = {
  keyFailure: 'noncompliant', generalFailure: 'partial', noFailure: 'compliant',
}

/** Item codes feeding each dynamic risk item (the mapping in the template data, as a table). */
export function riskItemMapping(template: ChecklistTemplate): Partial<Record<DynamicItemCode, string[]>> {
  const map: Partial<Record<DynamicItemCode, string[]>> = {}
  for (const it of templateItems(template)) (map[it.riskItem] ??= []).push(it.code)
  return map
}

const SEVERITY: Record<DynamicAnswer, number> = { compliant: 0, partial: 1, noncompliant: 2 }

/**
 * Answers to D01–D10 from an inspection: per risk item, the worst of its answered items (key failure →
 * 不符合, general failure → 部分符合, else 符合). Risk items with no answered item stay unanswered. Whether
 * an item is key comes from the template, not from the results.
 */
export function dynamicRiskAnswersFromInspection(
  items: { code: string; outcome: ItemOutcome }[], template: ChecklistTemplate,
): Partial<Record<DynamicItemCode, DynamicAnswer>> {
  const byCode = new Map(templateItems(template).map((it) => [it.code, it]))
  const answers: Partial<Record<DynamicItemCode, DynamicAnswer>> = {}
  for (const r of items) {
    const it = byCode.get(r.code)
    if (!it || r.outcome === 'na') continue
    const a = RISK_ANSWER_BY_FINDING[r.outcome === 'conform' ? 'noFailure' : it.key ? 'keyFailure' : 'generalFailure']
    const prev = answers[it.riskItem]
    if (!prev || SEVERITY[a] > SEVERITY[prev]) answers[it.riskItem] = a
  }
  return answers
}
