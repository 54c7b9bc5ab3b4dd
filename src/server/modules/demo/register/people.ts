// Food-safety staff (食品安全总监, 食品安全员) and management-system certificates. Gaps are deliberate:
// some businesses have no 安全员, some staff were never assessed or failed, some certificates lapse,
// so the platform's defect lists have something to show.
import type { CertificationInput, PersonInput } from '../../../../shared/entities'
import type { CertificationKind, EntityType } from '../../../../shared/entity-catalogue'
import { CERT_BODIES, LOCAL_ISSUER } from './names'
import { personName } from './naming'
import type { Draft } from './plan'
import { addDays, addYears, daysBetween, pad, type Rng } from './util'

export const phone = (rng: Rng) => `1${rng.pick(['3', '5', '7', '8', '9'])}${pad(rng.int(0, 999_999_999), 9)}`

/** Chance of a 安全员 by type (1 = always); types not listed have none (stalls, farms). */
const OFFICER: Partial<Record<EntityType, number>> = {
  food_producer: 1, additive_producer: 1, health_food_producer: 1, special_food_producer: 1, small_workshop: 0.9,
  supermarket: 0.95, convenience_store: 0.8, wholesale_market: 1, farmers_market: 1, grocery: 0.65, online_seller: 0.9,
  large_restaurant: 1, medium_restaurant: 0.95, small_restaurant: 0.85, snack_shop: 0.7, central_kitchen: 1,
  group_meal_delivery: 1, canteen: 0.97, online_catering: 1, rural_dining_point: 0.9, cooperative: 0.4, slaughterhouse: 1,
}

/** Who needs a 食品安全总监: producers and large or high-risk caterers and markets. */
function needsDirector(d: Draft, rng: Rng): boolean {
  switch (d.type) {
    case 'health_food_producer': case 'special_food_producer': case 'central_kitchen': case 'group_meal_delivery':
    case 'wholesale_market': case 'slaughterhouse': return true
    case 'food_producer': case 'additive_producer': return d.large || rng.chance(0.45)
    case 'canteen': return d.large || (d.canteenKind === 'school' && rng.chance(0.4))
    case 'large_restaurant': case 'supermarket': case 'farmers_market': return d.large
    default: return false
  }
}

function person(role: 'director' | 'officer', rng: Rng, openedOn: string, today: string): PersonInput {
  const since = Math.max(0, daysBetween(openedOn, today))
  const appointedOn = addDays(openedOn, rng.int(0, since))
  const assessed = rng.chance(0.87)
  const score = rng.chance(0.93) ? 100 - rng.int(0, 40, 1.6) : rng.int(30, 59)
  return {
    role, name: personName(rng).full, phone: phone(rng), appointedOn,
    assessedOn: assessed ? addDays(today, -rng.int(0, Math.min(700, daysBetween(appointedOn, today)))) : null,
    assessmentScore: assessed ? score : null,
    assessmentPassed: assessed ? score >= 60 : null,
  }
}

export function peopleFor(d: Draft, rng: Rng, openedOn: string, today: string): PersonInput[] {
  const people: PersonInput[] = []
  if (needsDirector(d, rng)) people.push(person('director', rng, openedOn, today))
  if (rng.chance(OFFICER[d.type] ?? 0)) people.push(person('officer', rng, openedOn, today))
  if (d.large && people.length && rng.chance(0.4)) people.push(person('officer', rng, openedOn, today))
  return people
}

const CERT_CODES: Record<CertificationKind, string> = { haccp: 'H', iso22000: 'FSMS', iso9001: 'Q', iso14001: 'E', six_s: '6S', four_d: '4D' }

/**
 * One certificate valid for three years. About 4% run out within 30 days of `today` and 3% have
 * already lapsed. 6S and 4D are the county bureau's own acceptance, so it issues them.
 */
export function certificate(kind: CertificationKind, rng: Rng, today: string, serial: number): CertificationInput {
  const r = rng.next()
  const expiresOn = r < 0.04 ? addDays(today, rng.int(1, 30)) : r < 0.07 ? addDays(today, -rng.int(1, 150)) : addDays(today, rng.int(31, 3 * 365 - 30))
  const issuedOn = addDays(addYears(expiresOn, -3), 1)
  const local = kind === 'six_s' || kind === 'four_d'
  const yy = issuedOn.slice(2, 4)
  return {
    kind,
    number: local ? `西市监${CERT_CODES[kind]}验字〔20${yy}〕${pad(serial % 1000, 3)}号` : `${rng.pick(['001', '002', '005', '018'])}${yy}${CERT_CODES[kind]}${pad(serial, 4)}R${rng.int(0, 2)}M`,
    issuer: local ? LOCAL_ISSUER : rng.pick(CERT_BODIES),
    issuedOn,
    expiresOn,
  }
}

/** Shares of 6S and 4D outside production (the report pushes both in schools and catering). */
export const SIX_S_SHARE: Partial<Record<EntityType, number>> = {
  large_restaurant: 0.5, medium_restaurant: 0.35, small_restaurant: 0.08, central_kitchen: 1, group_meal_delivery: 1,
  supermarket: 0.15, wholesale_market: 0.67, farmers_market: 0.2,
}
export const FOUR_D_SHARE: Partial<Record<EntityType, number>> = {
  large_restaurant: 0.3, medium_restaurant: 0.2, small_restaurant: 0.04, central_kitchen: 1, group_meal_delivery: 0.67, supermarket: 0.08,
}
