// One register entry from a planned draft: identity, place, licence, staff, certificates and the
// latest risk assessment, all from the shared seeded stream.
import type { EntityInput } from '../../../../shared/entities'
import { ENTITY_TYPES, type CATERING_GRADES, type CertificationKind, type OpenKitchen, type RiskGrade } from '../../../../shared/entity-catalogue'
import type { EntitySeed } from '../../entities/seed-types'
import { addressIn, pointIn } from './context'
import type { Identifiers, UsccKind } from './identifiers'
import { licenceFor, type LicenceDraw } from './licences'
import { businessName, personName, uniqueName } from './naming'
import { certificate, FOUR_D_SHARE, peopleFor, phone, SIX_S_SHARE } from './people'
import type { Draft } from './plan'
import { assessmentFor, gradeWeights, type StaticFactors } from './risk'
import { addDays, type Rng } from './util'

export interface SeedContext {
  rng: Rng
  ids: Identifiers
  today: string
  usedNames: Set<string>
  ordinals: Map<string, number>
  certSerial: { n: number }
}

/** What the caller decided for the draft beforehand (the producers' report-fixed grades and certificates). */
export interface Fixed {
  grade?: RiskGrade
  certifications?: CertificationKind[]
}

function usccKind(d: Draft, name: string, rng: Rng): UsccKind | null {
  const noCode = rng.chance(0.12)
  if (d.type === 'food_stall') return null
  if (d.publicBody) return d.canteenKind === 'government' ? '11' : '12'
  if (d.type === 'cooperative') return '93'
  if (d.type === 'rural_dining_point') return 'N2'
  // Some family farms are only on the agriculture bureau's list: their 小摊点 filing card is their key.
  if (d.type === 'family_farm') return noCode ? null : '92'
  if (d.canteenKind === 'kindergarten' || d.canteenKind === 'elderly_care' || d.canteenKind === 'hospital') return '52'
  if (name.includes('公司') || ['farmers_market', 'large_restaurant', 'slaughterhouse'].includes(d.type)) return '91'
  if (d.type === 'medium_restaurant') return rng.chance(0.6) ? '91' : '92'
  return '92'
}

function openKitchenOf(d: Draft, rng: Rng): OpenKitchen {
  const pick = (internet: number, traditional: number): OpenKitchen => rng.weighted({ internet, traditional, none: 1 - internet - traditional })
  if (ENTITY_TYPES[d.type].sector !== 'catering') return 'none'
  switch (d.type) {
    case 'canteen': return d.canteenKind === 'school' || d.canteenKind === 'kindergarten' ? 'internet' : pick(0.55, 0.4)
    case 'large_restaurant': case 'medium_restaurant': return pick(0.6, 0.35)
    case 'central_kitchen': case 'group_meal_delivery': return 'internet'
    case 'small_restaurant': return pick(0.25, 0.65)
    case 'snack_shop': return pick(0.1, 0.75)
    case 'rural_dining_point': return d.model ? 'internet' : pick(0, 0.55)
    default: return 'none'
  }
}

function staticFactorsOf(d: Draft): StaticFactors {
  const f: StaticFactors = {}
  if (d.category?.highRisk || d.type === 'central_kitchen') f.highRiskProducts = true
  if (d.type === 'group_meal_delivery' || ['school', 'kindergarten', 'elderly_care', 'hospital'].includes(d.canteenKind ?? '')) f.vulnerableConsumers = true
  if (d.large) f.largeScale = true
  return f
}

function certificationsOf(d: Draft, fixed: Fixed, ctx: SeedContext) {
  const { rng } = ctx
  const kinds = new Set<CertificationKind>(fixed.certifications ?? [])
  const school = d.canteenKind === 'school' || d.canteenKind === 'kindergarten'
  const sixS = d.type === 'canteen' ? (school ? 0.8 : 0.35) : SIX_S_SHARE[d.type] ?? 0
  const fourD = d.type === 'canteen' ? (school ? 0.35 : 0.15) : FOUR_D_SHARE[d.type] ?? 0
  if (rng.chance(sixS) || (d.model && d.type !== 'food_producer')) kinds.add('six_s')
  if (rng.chance(fourD)) kinds.add('four_d')
  return [...kinds].map((k) => certificate(k, rng, ctx.today, ++ctx.certSerial.n))
}

type CateringGrade = keyof typeof CATERING_GRADES

const cateringGradeOf = (grade: RiskGrade | null, rng: Rng): CateringGrade | null => {
  if (rng.chance(0.04)) return null // opened this year, not yet rated
  if (grade === 'A') return 'A'
  if (grade === 'B') return rng.chance(0.8) ? 'B' : 'A'
  if (grade) return rng.chance(0.7) ? 'C' : 'B'
  return rng.weighted({ A: 0.2, B: 0.55, C: 0.25 })
}

export function buildSeed(d: Draft, fixed: Fixed, ctx: SeedContext): EntitySeed {
  const { rng, ids, today } = ctx
  const def = ENTITY_TYPES[d.type]
  const owner = personName(rng)
  const ordinal = ctx.ordinals.get(d.type) ?? 0
  ctx.ordinals.set(d.type, ordinal + 1)
  const name = uniqueName(d.name ?? businessName(d, owner, rng, ordinal), d.village, ctx.usedNames)
  const kind = usccKind(d, name, rng)
  const ageDays = d.publicBody ? rng.int(3000, 15000) : rng.int(40, 9000, 1.7)
  // Codes issued before the 2015 reform kept the old numeric organisation code (companies and institutions).
  const legacy = ageDays > 9 * 365 && ['91', '11', '12'].includes(kind ?? '') && rng.chance(0.7)
  const uscc = kind ? ids.uscc(kind, legacy) : null
  let openedOn = addDays(today, -ageDays)

  // A business without a code must be keyed by its licence, so only coded ones may lack one (~1%).
  const licenceKind = def.licence ?? (uscc === null ? 'stall_filing' : null)
  const missing = licenceKind !== null && uscc !== null && def.sector !== 'production' && rng.chance(0.01)
  const draw: LicenceDraw | null = licenceKind && !missing ? licenceFor(d, licenceKind, def.sector, ids, rng, today) : null
  if (draw?.licence.issuedOn && draw.licence.issuedOn < openedOn) openedOn = draw.licence.issuedOn

  const status = rng.weighted({ active: 0.975, suspended: 0.02, closed: 0.005 })
  const factors = staticFactorsOf(d)
  const gradable = draw !== null && draw.licence.kind !== 'stall_filing' && def.sector !== 'agriculture'
  const wanted = fixed.grade ?? (gradable && rng.chance(0.85) ? rng.weighted(gradeWeights(d.type, factors)) : null)
  const assessedOn = addDays(today, -rng.int(1, 364))
  const graded = wanted ? assessmentFor(d.type, factors, wanted, assessedOn, rng, draw?.state === 'expired' ? 'D01' : undefined) : null

  const openKitchen = openKitchenOf(d, rng)
  const people = peopleFor(d, rng, openedOn, today)
  const contact = people.length && rng.chance(0.5) ? people[people.length - 1] : null
  const legalRepresentative = d.publicBody || d.type === 'rural_dining_point' ? personName(rng).full : owner.full
  const point = pointIn(d.village, rng)
  const inspected = draw !== null && status === 'active' && rng.chance(0.75)
  const cateringGrade = def.sector === 'catering' && def.licence !== null && d.type !== 'online_catering' ? cateringGradeOf(graded?.grade ?? null, rng) : null
  const school = d.canteenKind === 'school' || d.canteenKind === 'kindergarten'

  const entity: EntityInput & { lastInspectedOn: string | null } = {
    name,
    uscc,
    type: d.type,
    canteenKind: d.canteenKind,
    schoolCategory: d.schoolCategory,
    principalAccompanies: school ? rng.chance(0.93) : null,
    legalRepresentative,
    address: addressIn(d.village, rng),
    regionCode: d.village.region.code,
    ...point,
    contactName: contact?.name ?? legalRepresentative,
    contactPhone: contact?.phone ?? phone(rng),
    status,
    openedOn,
    openKitchen,
    openKitchenUrl: openKitchen === 'internet' ? `https://mclz.xiping.example/live/${uscc ?? draw?.licence.number}` : null,
    cateringGrade,
    staticFactors: factors,
    lastInspectedOn: inspected ? addDays(today, -rng.int(1, 330)) : null,
  }
  return {
    entity,
    licences: draw ? [draw.licence] : [],
    people,
    certifications: certificationsOf(d, fixed, ctx),
    assessment: graded?.assessment ?? null,
  }
}
