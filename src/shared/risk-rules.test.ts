import { describe, expect, it } from 'vitest'
import { checkRiskRules, DEFAULT_RISK_RULES as RULES, dynamicScore, gradeOf, staticScore } from './risk-rules'

describe('risk grading rules', () => {
  it('adds the type\'s static base and its factors, capped at the static maximum', () => {
    expect(staticScore({ type: 'grocery', factors: {} }, RULES)).toBe(8)
    expect(staticScore({ type: 'canteen', factors: { vulnerableConsumers: true } }, RULES)).toBe(28)
    expect(staticScore({ type: 'health_food_producer', factors: { highRiskProducts: true, largeScale: true, vulnerableConsumers: true } }, RULES)).toBe(40)
    expect(staticScore({ type: 'no_such_type', factors: {} }, RULES)).toBe(0)
  })

  it('scores each dynamic item 0, half or all of its points', () => {
    expect(dynamicScore({}, RULES)).toBe(0)
    expect(dynamicScore({ D01: 'noncompliant', D02: 'partial', D03: 'compliant' }, RULES)).toBe(9)
    const all = Object.fromEntries(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10'].map((c) => [c, 'noncompliant' as const]))
    expect(dynamicScore(all, RULES)).toBe(60)
  })

  it('grades by the thresholds, bounds included in the lower grade', () => {
    expect([0, 30, 30.5, 45, 45.5, 60, 60.5, 100].map((s) => gradeOf(s, RULES))).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D'])
    expect(gradeOf(40, { ...RULES, thresholds: { A: 40, B: 50, C: 70 } })).toBe('A')
  })

  it('refuses thresholds out of order and frequencies whose minimum exceeds the maximum', () => {
    expect(checkRiskRules(RULES)).toBeNull()
    expect(checkRiskRules({ ...RULES, thresholds: { A: 45, B: 30, C: 60 } })).toContain('等级分界')
    expect(checkRiskRules({ ...RULES, frequency: { ...RULES.frequency, C: { min: 3, max: 2 } } })).toContain('C 级检查频次')
  })

  it('keeps the unconfirmed values marked as such with their source', () => {
    expect(RULES.frequency).toEqual({ A: { min: 1, max: 1 }, B: { min: 1, max: 2 }, C: { min: 2, max: 3 }, D: { min: 3, max: 4 } })
    expect(RULES.sources.filter((s) => s.status === 'U').map((s) => s.item)).toEqual(expect.arrayContaining([expect.stringContaining('等级分界')]))
  })
})
