// The licence (or 三小 registration, or 小摊点 filing) a business holds. Dates are offsets from `today`
// drawn from the seeded stream, so the same share is expiring or lapsed whatever day the demo loads,
// while the numbers themselves never depend on `today`.
import type { LicenceInput } from '../../../../shared/entities'
import { LICENCE_KINDS, type EntityType, type LicenceKind } from '../../../../shared/entity-catalogue'
import type { Identifiers, JyCategory } from './identifiers'
import { LOCAL_ISSUER } from './names'
import type { Draft } from './plan'
import { addDays, addYears, daysBetween, type Rng } from './util'

/** 经营项目 as a JY certificate or a 登记证 words them. */
const SCOPE: Partial<Record<EntityType, string>> = {
  supermarket: '预包装食品（含冷藏冷冻食品）销售；散装食品（含冷藏冷冻食品、熟食）销售；保健食品销售',
  convenience_store: '预包装食品（含冷藏冷冻食品）销售；散装食品（不含熟食）销售',
  grocery: '预包装食品、散装食品销售',
  wholesale_market: '预包装食品（含冷藏冷冻食品）批发；散装食品批发；食用农产品批发',
  farmers_market: '食用农产品集中交易市场开办；散装食品（含冷藏冷冻食品）销售',
  online_seller: '预包装食品（不含冷藏冷冻食品）销售（含网络经营）',
  large_restaurant: '热食类食品制售；冷食类食品制售；糕点类食品（含裱花蛋糕）制售；自制饮品制售',
  medium_restaurant: '热食类食品制售；冷食类食品制售',
  small_restaurant: '热食类食品制售',
  snack_shop: '小餐饮：热食类食品制售',
  central_kitchen: '热食类食品制售；冷食类食品制售；生食类食品制售（中央厨房）',
  group_meal_delivery: '热食类食品制售（集体用餐配送）',
  canteen: '热食类食品制售（单位食堂）',
  online_catering: '热食类食品制售（网络餐饮服务）',
  food_stall: '食品现制现售',
  family_farm: '自产食用农产品销售',
}

const JY: Partial<Record<string, JyCategory>> = { circulation: 1, catering: 2 }

export interface LicenceDraw {
  licence: LicenceInput
  /** 'expiring' within 30 days of today, 'expired' before it, else 'valid'. */
  state: 'valid' | 'expiring' | 'expired'
}

export function licenceFor(d: Draft, kind: LicenceKind, sector: string, ids: Identifiers, rng: Rng, today: string): LicenceDraw {
  const number =
    kind === 'production' ? ids.production(d.category!.code, d.type === 'additive_producer')
      : kind === 'operation' ? ids.operation(d.type === 'canteen' ? 3 : JY[sector] ?? 2)
        : ids.registration(kind === 'workshop_registration' ? 'workshop' : kind === 'shop_registration' ? 'shop' : 'stall')
  const years = LICENCE_KINDS[kind].validityYears
  const r = rng.next()
  const state = years === null ? 'valid' : r < 0.03 ? 'expiring' : r < 0.05 ? 'expired' : 'valid'
  // Days from today to expiry; a filing card never expires, so it gets an age instead.
  const offset = state === 'expiring' ? rng.int(1, 30) : state === 'expired' ? -rng.int(1, 240) : rng.int(31, (years ?? 6) * 365 - 31)
  const expiresOn = years === null ? null : addDays(today, offset)
  const issuedOn = expiresOn === null ? addDays(today, 31 - offset) : addDays(addYears(expiresOn, -years!), 1)
  const recent = daysBetween(issuedOn, today) < 4 * 365
  const electronic = rng.chance(kind === 'stall_filing' ? 0.3 : recent ? 0.95 : 0.3)
  const issuer = kind !== 'production' ? LOCAL_ISSUER
    : d.type === 'health_food_producer' || d.type === 'special_food_producer' ? '河南省市场监督管理局' : '驻马店市市场监督管理局'
  const category = kind === 'production' || kind === 'workshop_registration' ? d.category!.text : SCOPE[d.type] ?? null
  return { licence: { kind, number, category, issuedOn, expiresOn, electronic, issuer }, state }
}
