import { describe, expect, it } from 'vitest'
import { CHECKLIST_TEMPLATES, templateItems, type ChecklistTemplate } from './inspection-checklists'
import {
  addMonths, CATERING_RESULT_RULE, cateringAnnualGrade, cateringDynamicGrade, checkCateringGradeRule, checkResultRule, DEFAULT_CATERING_GRADE_RULE,
  DEFAULT_RESULT_RULE, dynamicRiskAnswersFromInspection, overallResult, RESULT_LABELS, resultRuleFor, riskItemMapping, type ItemResult,
} from './inspection-result'
import { DEFAULT_RISK_RULES, dynamicScore } from './risk-rules'

const catering = CHECKLIST_TEMPLATES.catering

/** Results for every item of a template: the listed codes fail or are 不适用, the rest conform. */
function answer(t: ChecklistTemplate, fail: string[] = [], na: string[] = []): ItemResult[] {
  return templateItems(t).map((i) => ({ code: i.code, key: i.key, outcome: fail.includes(i.code) ? 'nonconform' : na.includes(i.code) ? 'na' : 'conform' }))
}
/** `n` general and `k` key items, the first `gf` general and `kf` key failing, `na` more general items 不适用. */
function synthetic(n: number, gf: number, k = 0, kf = 0, na = 0): ItemResult[] {
  return [
    ...Array.from({ length: n }, (_, i) => ({ code: `g${i}`, key: false, outcome: i < gf ? 'nonconform' : 'conform' }) as ItemResult),
    ...Array.from({ length: k }, (_, i) => ({ code: `k${i}`, key: true, outcome: i < kf ? 'nonconform' : 'conform' }) as ItemResult),
    ...Array.from({ length: na }, (_, i) => ({ code: `n${i}`, key: false, outcome: 'na' }) as ItemResult),
  ]
}

describe('overall result, 2016 notice rule (production, sales)', () => {
  const judge = (items: ItemResult[]) => RESULT_LABELS[overallResult(items, DEFAULT_RESULT_RULE)]

  it('is 符合 when nothing fails', () => {
    expect(judge(synthetic(30, 0, 21, 0))).toBe('符合')
  })

  it('is 基本符合 for 1 to 8 general failures and 不符合 from 9', () => {
    expect(judge(synthetic(30, 1, 21, 0))).toBe('基本符合')
    expect(judge(synthetic(30, 8, 21, 0))).toBe('基本符合')
    expect(judge(synthetic(30, 9, 21, 0))).toBe('不符合')
  })

  it('is 不符合 for any key failure, however few general failures', () => {
    expect(judge(synthetic(30, 0, 21, 1))).toBe('不符合')
  })

  it('does not count 不适用 items, and finds no problem when all are 不适用', () => {
    expect(judge(synthetic(0, 0, 0, 0, 40))).toBe('符合')
    expect(judge(synthetic(8, 8, 0, 0, 30))).toBe('基本符合')
  })

  it('judges with whatever thresholds the office sets', () => {
    const strict = { ...DEFAULT_RESULT_RULE, basicMaxGeneralFailures: 3 }
    expect(overallResult(synthetic(30, 3), strict)).toBe('basic')
    expect(overallResult(synthetic(30, 4), strict)).toBe('nonconform')
    expect(overallResult(synthetic(30, 2), { ...DEFAULT_RESULT_RULE, conformMaxGeneralFailures: 2 })).toBe('conform')
  })
})

describe('overall result, 表1-3 catering rule', () => {
  const judge = (items: ItemResult[]) => overallResult(items, CATERING_RESULT_RULE)

  it('is the rule the catering template names', () => {
    expect(resultRuleFor(catering)).toBe(CATERING_RESULT_RULE)
    expect(resultRuleFor(CHECKLIST_TEMPLATES.production)).toBe(DEFAULT_RESULT_RULE)
    expect(resultRuleFor(CHECKLIST_TEMPLATES.sales)).toBe(DEFAULT_RESULT_RULE)
  })

  it('allows one key failure but not two', () => {
    expect(judge(answer(catering))).toBe('conform')
    expect(judge(answer(catering, ['4.2', '5.1']))).toBe('basic')
    // One key failure and every general item conforming: the table's wording covers neither band; 基本符合.
    expect(judge(answer(catering, ['4.2']))).toBe('basic')
    expect(judge(answer(catering, ['4.2', '6.1']))).toBe('nonconform')
  })

  it('needs a general pass rate of at least 70 %, 不适用 items left out of the rate', () => {
    expect(judge(synthetic(10, 3))).toBe('basic') // 70 %
    expect(judge(synthetic(10, 4))).toBe('nonconform') // 60 %
    expect(judge(synthetic(23, 6))).toBe('basic') // 73.9 %
    expect(judge(synthetic(23, 7))).toBe('nonconform') // 69.6 %
    expect(judge(synthetic(7, 3, 0, 0, 16))).toBe('nonconform') // 4 of 7 checked, not 20 of 23
    expect(judge(synthetic(0, 0, 7, 1, 23))).toBe('basic')
    expect(judge(synthetic(0, 0, 0, 0, 30))).toBe('conform')
  })
})

describe('result rule validation', () => {
  it('accepts the defaults and names the field at fault', () => {
    expect(checkResultRule(DEFAULT_RESULT_RULE)).toBeNull()
    expect(checkResultRule(CATERING_RESULT_RULE)).toBeNull()
    expect(checkResultRule({ ...DEFAULT_RESULT_RULE, basicMaxKeyFailures: -1 })).toContain('重点项')
    expect(checkResultRule({ ...DEFAULT_RESULT_RULE, basicMaxGeneralFailures: 2.5 })).toContain('一般项')
    expect(checkResultRule({ ...DEFAULT_RESULT_RULE, conformMaxGeneralFailures: 3, basicMaxGeneralFailures: 2 })).toContain('不能小于')
    expect(checkResultRule({ ...CATERING_RESULT_RULE, basicMinGeneralPassRate: 120 })).toContain('合格率')
    expect(checkResultRule({ ...CATERING_RESULT_RULE, basicMinGeneralPassRate: null })).toContain('永不判为不符合')
  })

  it('keeps the unconfirmed catering rule marked U with its source', () => {
    expect(CATERING_RESULT_RULE.sources.every((s) => s.status === 'U')).toBe(true)
    expect(DEFAULT_RESULT_RULE.sources[0]).toMatchObject({ status: 'S', source: expect.stringContaining('食药监食监一〔2016〕58号') })
  })
})

describe('catering dynamic grade (量化分级)', () => {
  const grade = (fail: string[], na: string[] = [], ctx = {}) => cateringDynamicGrade(answer(catering, fail, na), catering, DEFAULT_CATERING_GRADE_RULE, ctx)
  const general = templateItems(catering).filter((i) => !i.key).map((i) => i.code)

  it('scores the share of conforming items and grades 优秀 ≥ 90, 良好 ≥ 75, 一般 ≥ 60', () => {
    expect(grade([])).toEqual({ grade: 'excellent', score: 100, reason: null })
    expect(grade(general.slice(0, 3))).toMatchObject({ grade: 'excellent', score: 90 })
    expect(grade(general.slice(0, 4))).toMatchObject({ grade: 'good', score: 86.7 })
    expect(grade(general.slice(0, 7))).toMatchObject({ grade: 'good', score: 76.7 })
    expect(grade(general.slice(0, 8))).toMatchObject({ grade: 'fair', score: 73.3 })
    expect(grade(general.slice(0, 12))).toMatchObject({ grade: 'fair', score: 60 })
    expect(grade(general.slice(0, 13))).toMatchObject({ grade: null, score: 56.7, reason: expect.stringContaining('低于 60 分') })
  })

  it('does not rate two or more key failures, and leaves 不适用 items out of the score', () => {
    expect(grade(['4.2'])).toMatchObject({ grade: 'excellent', score: 96.7 })
    expect(grade(['4.2', '6.1'])).toMatchObject({ grade: null, score: 93.3, reason: expect.stringContaining('重点项不符合 2 项') })
    expect(grade(general.slice(0, 3), general.slice(3, 13))).toMatchObject({ grade: 'good', score: 85 })
    expect(grade([], templateItems(catering).map((i) => i.code))).toMatchObject({ grade: null, score: null })
  })

  it('does not rate within 3 months of a new licence or 6 months of an incident', () => {
    expect(grade([], [], { inspectedOn: '2025-03-31', licenceIssuedOn: '2025-01-01' }).reason).toContain('新取得许可未满 3 个月')
    expect(grade([], [], { inspectedOn: '2025-04-01', licenceIssuedOn: '2025-01-01' }).grade).toBe('excellent')
    expect(grade([], [], { inspectedOn: '2025-06-30', lastIncidentOn: '2025-01-01' }).reason).toContain('事故后未满 6 个月')
    expect(grade([], [], { inspectedOn: '2025-07-01', lastIncidentOn: '2025-01-01' }).grade).toBe('excellent')
  })

  it('rates catering checklists only', () => {
    expect(cateringDynamicGrade(answer(CHECKLIST_TEMPLATES.sales), CHECKLIST_TEMPLATES.sales)).toMatchObject({ grade: null, reason: expect.stringContaining('非餐饮服务') })
  })

  it('uses configurable bands and weights, and checks them', () => {
    const rule = { ...DEFAULT_CATERING_GRADE_RULE, bands: { excellent: 95, good: 85, fair: 70 }, keyWeight: 3 }
    // 7 key × 3 + 23 general = 44 points; one general failure leaves 43.
    expect(cateringDynamicGrade(answer(catering, ['5.1']), catering, rule)).toMatchObject({ grade: 'excellent', score: 97.7 })
    expect(cateringDynamicGrade(answer(catering, ['4.2']), catering, rule)).toMatchObject({ grade: 'good', score: 93.2 })
    expect(checkCateringGradeRule(DEFAULT_CATERING_GRADE_RULE)).toBeNull()
    expect(checkCateringGradeRule({ ...rule, bands: { excellent: 80, good: 85, fair: 70 } })).toContain('等级分界')
    expect(checkCateringGradeRule({ ...rule, generalWeight: 0 })).toContain('分值')
    expect(checkCateringGradeRule({ ...rule, noGradeMonthsAfterLicence: -3 })).toContain('不评级期限')
  })

  it('averages the past 12 months for the annual grade', () => {
    const inspections = [
      { inspectedOn: '2024-06-30', score: 40 }, // outside the window
      { inspectedOn: '2024-07-01', score: 92 },
      { inspectedOn: '2025-01-15', score: 80 },
      { inspectedOn: '2025-05-01', score: null },
      { inspectedOn: '2025-06-30', score: 86 },
      { inspectedOn: '2025-07-01', score: 10 }, // after asOf
    ]
    expect(cateringAnnualGrade(inspections, '2025-06-30')).toEqual({ grade: 'good', score: 86, count: 3 })
    expect(cateringAnnualGrade([], '2025-06-30')).toEqual({ grade: null, score: null, count: 0 })
  })

  it('adds months, clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15')
    expect(addMonths('2025-06-30', -12)).toBe('2024-06-30')
  })
})

describe('dynamic risk answers from an inspection', () => {
  it('maps every item of every template to one of D01–D10', () => {
    for (const t of Object.values(CHECKLIST_TEMPLATES)) {
      const mapped = Object.values(riskItemMapping(t)).flat()
      expect(mapped.sort(), t.code).toEqual(templateItems(t).map((i) => i.code).sort())
    }
  })

  it('documents the catering mapping', () => {
    expect(riskItemMapping(catering)).toEqual({
      D01: ['1.1', '2.1', '2.2', '2.3'],
      D10: ['3.1', '3.2'],
      D02: ['4.1', '4.2', '4.3', '4.4'],
      D03: ['5.1', '5.2', '5.3', '5.4'],
      D05: ['6.1'],
      D07: ['6.2', '7.5', '7.6'],
      D06: ['6.3', '7.1', '7.2', '7.3', '9.3'],
      D09: ['7.4'],
      D04: ['8.1', '8.2', '8.3', '8.4', '9.1', '9.2'],
    })
  })

  it('answers 不符合 for a key failure, 部分符合 for a general one, 符合 otherwise', () => {
    const all = dynamicRiskAnswersFromInspection(answer(catering), catering)
    expect(all).toEqual({ D01: 'compliant', D02: 'compliant', D03: 'compliant', D04: 'compliant', D05: 'compliant', D06: 'compliant', D07: 'compliant', D09: 'compliant', D10: 'compliant' })
    const mixed = dynamicRiskAnswersFromInspection(answer(catering, ['4.3', '4.2', '5.1', '6.3']), catering)
    expect(mixed).toMatchObject({ D02: 'noncompliant', D03: 'partial', D06: 'partial', D05: 'compliant' })
  })

  it('takes key marks from the template, skips 不适用 and unknown codes', () => {
    const results = [
      { code: '4.2', key: false, outcome: 'nonconform' as const }, // key in the template
      { code: '2.1', key: false, outcome: 'na' as const },
      { code: 'X9', key: true, outcome: 'nonconform' as const },
    ]
    expect(dynamicRiskAnswersFromInspection(results, catering)).toEqual({ D02: 'noncompliant' })
  })

  it('feeds the dynamic risk score', () => {
    const answers = dynamicRiskAnswersFromInspection(answer(catering, ['4.2', '5.1']), catering)
    // D02 noncompliant (6 points) + D03 partial (3 points) of 60.
    expect(dynamicScore(answers, DEFAULT_RISK_RULES)).toBe(9)
  })
})
