import { Value } from 'typebox/value'
import { describe, expect, it } from 'vitest'
import { checkLicenceNumber, checkUscc } from '../../../../shared/codes'
import { CertificationInput, EntityInput, LicenceInput, PersonInput, RiskAssessmentInput } from '../../../../shared/entities'
import { ENTITY_TYPES, entityTypeDef } from '../../../../shared/entity-catalogue'
import { DEFAULT_RISK_RULES, dynamicScore, gradeOf, staticScore } from '../../../../shared/risk-rules'
import { naturalKeyOf, type EntitySeed } from '../../entities/seed-types'
import { buildDemoCounty } from '../county-data'
import { buildDemoRegister } from './index'
import { addDays } from './util'

const TODAY = '2026-03-15'
const county = buildDemoCounty()
const seeds = buildDemoRegister(county.regions, TODAY)
const villages = new Map(county.regions.filter((r) => r.level === 'village').map((r) => [r.code, r]))
const ofType = (...types: string[]) => seeds.filter((s) => types.includes(s.entity.type))
const gradeOfSeed = (s: EntitySeed) => {
  const a = s.assessment!
  const total = staticScore({ type: s.entity.type, factors: a.staticFactors }, DEFAULT_RISK_RULES) + dynamicScore(a.answers, DEFAULT_RISK_RULES)
  return gradeOf(total, DEFAULT_RISK_RULES)
}
const countBy = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((m, t) => ((m[key(t)] = (m[key(t)] ?? 0) + 1), m), {})

describe('demo register (西平县)', () => {
  it('has about 6,000 entities of every catalogue type', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5500)
    expect(seeds.length).toBeLessThanOrEqual(6500)
    for (const s of seeds) expect(entityTypeDef(s.entity.type), s.entity.type).toBeDefined()
    expect(new Set(seeds.map((s) => s.entity.type))).toEqual(new Set(Object.keys(ENTITY_TYPES)))
    expect(new Set(seeds.map((s) => s.entity.name)).size).toBe(seeds.length)
  })

  it('has the report\'s 93 producers graded B 41 · C 15 · D 37 by the shared rules', () => {
    const producers = ofType('food_producer', 'additive_producer', 'health_food_producer', 'special_food_producer')
    expect(producers).toHaveLength(93)
    expect(producers.every((s) => s.assessment)).toBe(true)
    expect(countBy(producers, gradeOfSeed)).toEqual({ B: 41, C: 15, D: 37 })
    const certs = countBy(producers.flatMap((s) => s.certifications), (c) => c.kind)
    expect(certs).toMatchObject({ iso22000: 14, haccp: 5, iso9001: 7, iso14001: 7 })
  })

  it('keeps realistic proportions', () => {
    const n = countBy(seeds, (s) => s.entity.type)
    expect(n.food_producer).toBeGreaterThan(n.additive_producer + n.health_food_producer + n.special_food_producer)
    expect(n.small_workshop).toBeGreaterThanOrEqual(200)
    expect(n.grocery).toBeGreaterThan(n.supermarket + n.convenience_store)
    expect(n.farmers_market).toBeGreaterThanOrEqual(15)
    expect(n.farmers_market).toBeLessThanOrEqual(30)
    expect(n.wholesale_market).toBeGreaterThanOrEqual(2)
    expect(n.wholesale_market).toBeLessThanOrEqual(3)
    expect(n.central_kitchen).toBeLessThanOrEqual(2)
    expect(n.group_meal_delivery).toBeLessThanOrEqual(3)
    expect(n.slaughterhouse).toBeLessThanOrEqual(3)
    expect(n.small_restaurant + n.snack_shop).toBeGreaterThan(5 * (n.large_restaurant + n.medium_restaurant))
    expect(n.food_stall).toBeGreaterThanOrEqual(300)
    const schools = seeds.filter((s) => s.entity.canteenKind === 'school' || s.entity.canteenKind === 'kindergarten')
    expect(schools.length).toBeGreaterThanOrEqual(190)
    expect(schools.length).toBeLessThanOrEqual(210)
    expect(schools.every((s) => s.entity.openKitchen === 'internet' && s.entity.staticFactors.vulnerableConsumers)).toBe(true)
    expect(schools.filter((s) => s.entity.principalAccompanies).length / schools.length).toBeGreaterThan(0.8)
    expect(schools.filter((s) => s.entity.canteenKind === 'school').every((s) => s.entity.schoolCategory)).toBe(true)
  })

  it('puts urban types in towns and farms in the countryside', () => {
    const share = (list: EntitySeed[], classes: string[]) =>
      list.filter((s) => classes.includes(villages.get(s.entity.regionCode)!.urbanRuralClass!)).length / list.length
    expect(share(ofType('supermarket', 'large_restaurant', 'medium_restaurant'), ['111', '112', '121'])).toBeGreaterThan(0.7)
    expect(share(ofType('rural_dining_point', 'family_farm', 'cooperative', 'livestock_farm'), ['210', '220'])).toBeGreaterThan(0.8)
  })

  it('gives every entity a valid, unique USCC or licence key, in a village of the county', () => {
    const usccs = seeds.flatMap((s) => (s.entity.uscc ? [s.entity.uscc] : []))
    for (const u of usccs) expect(checkUscc(u), u).toEqual({ error: null, orgCodeWarning: null })
    expect(new Set(usccs).size).toBe(usccs.length)
    const keys = seeds.map(naturalKeyOf)
    expect(keys.every(Boolean)).toBe(true)
    expect(new Set(keys).size).toBe(keys.length)
    expect(ofType('food_stall').every((s) => s.entity.uscc === null)).toBe(true)
    expect(ofType('family_farm').some((s) => s.entity.uscc === null)).toBe(true)
    for (const s of seeds) expect(villages.has(s.entity.regionCode), s.entity.regionCode).toBe(true)
  })

  it('gives licences of the right kind and format, unique across the register', () => {
    const numbers: string[] = []
    for (const s of seeds) {
      const def = ENTITY_TYPES[s.entity.type as keyof typeof ENTITY_TYPES]
      for (const l of s.licences) {
        expect(checkLicenceNumber(l.kind, l.number), l.number).toBeNull()
        expect(l.kind).toBe(def.licence ?? 'stall_filing')
        if (l.kind === 'production') expect(l.number).toMatch(s.entity.type === 'additive_producer' ? /^SC2\d{13}$/ : /^SC1\d{13}$/)
        if (l.kind === 'operation') expect(l.number[2]).toBe(s.entity.type === 'canteen' ? '3' : def.sector === 'circulation' ? '1' : '2')
        numbers.push(l.number)
      }
      if (!s.licences.length) expect(s.entity.uscc).not.toBeNull()
    }
    expect(new Set(numbers).size).toBe(numbers.length)
    const unlicensed = seeds.filter((s) => entityTypeDef(s.entity.type)!.licence && !s.licences.length).length
    expect(unlicensed).toBeGreaterThan(0)
    expect(unlicensed / seeds.length).toBeLessThan(0.03)
  })

  it('has some licences expiring within 30 days and some already expired', () => {
    const dated = seeds.flatMap((s) => s.licences).filter((l) => l.expiresOn)
    const soon = dated.filter((l) => l.expiresOn! >= TODAY && l.expiresOn! <= addDays(TODAY, 30)).length / dated.length
    const expired = dated.filter((l) => l.expiresOn! < TODAY).length / dated.length
    expect(soon).toBeGreaterThan(0.015)
    expect(soon).toBeLessThan(0.05)
    expect(expired).toBeGreaterThan(0.01)
    expect(expired).toBeLessThan(0.04)
    expect(seeds.flatMap((s) => s.certifications).some((c) => c.expiresOn! >= TODAY && c.expiresOn! <= addDays(TODAY, 30))).toBe(true)
  })

  it('validates against the shared input schemas', () => {
    for (const s of seeds) {
      const { lastInspectedOn, ...entity } = s.entity
      expect(Value.Check(EntityInput, entity), JSON.stringify(entity)).toBe(true)
      expect(lastInspectedOn === null || lastInspectedOn! <= TODAY).toBe(true)
      for (const l of s.licences) expect(Value.Check(LicenceInput, l), JSON.stringify(l)).toBe(true)
      for (const p of s.people) expect(Value.Check(PersonInput, p), JSON.stringify(p)).toBe(true)
      for (const c of s.certifications) expect(Value.Check(CertificationInput, c), JSON.stringify(c)).toBe(true)
      if (s.assessment) {
        const a = { ...s.assessment, note: null }
        expect(Value.Check(RiskAssessmentInput, a), JSON.stringify(a)).toBe(true)
        expect(a.assessedOn < TODAY && a.assessedOn >= addDays(TODAY, -365)).toBe(true)
        expect(a.staticFactors).toEqual(s.entity.staticFactors)
      }
    }
  })

  it('keeps catering-only fields to catering and grades mostly B and C', () => {
    for (const s of seeds) {
      const catering = entityTypeDef(s.entity.type)!.sector === 'catering'
      if (!catering) expect([s.entity.openKitchen, s.entity.cateringGrade]).toEqual(['none', null])
      expect(s.entity.openKitchenUrl === null).toBe(s.entity.openKitchen !== 'internet')
    }
    const graded = seeds.filter((s) => s.assessment)
    expect(graded.length / seeds.filter((s) => s.licences.length).length).toBeGreaterThan(0.6)
    const grades = countBy(graded, gradeOfSeed)
    expect((grades.B + grades.C) / graded.length).toBeGreaterThan(0.55)
    expect(grades.A).toBeGreaterThan(0)
    expect(grades.D).toBeGreaterThan(0)
    expect(ofType('health_food_producer', 'special_food_producer').every((s) => s.entity.staticFactors.highRiskProducts)).toBe(true)
    expect(ofType('group_meal_delivery').every((s) => s.entity.staticFactors.vulnerableConsumers)).toBe(true)
  })

  // Its speed is not asserted here (tests check behaviour, not wall-clock time; a loaded CI machine is slow).
  it('is deterministic and keeps its keys whatever the day', () => {
    const again = buildDemoRegister(county.regions, TODAY)
    expect(again).toEqual(seeds)
    const later = buildDemoRegister(county.regions, '2027-01-01')
    expect(later.map(naturalKeyOf)).toEqual(seeds.map(naturalKeyOf))
    expect(later.map((s) => s.entity.name)).toEqual(seeds.map((s) => s.entity.name))
  })
})
