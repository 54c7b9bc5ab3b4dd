// Names of people and businesses. A 个体工商户 is usually registered as 西平县 + place + trade name,
// often the owner's given name; companies as 西平县/河南 + trade name + trade + 有限公司.
import type { Village } from './context'
import type { Draft } from './plan'
import {
  BRANDS, CONVENIENCE, GROCERY, GIVEN_FEMALE, GIVEN_MALE, INDUSTRIES, LARGE_RESTAURANT, LIVESTOCK, LIVESTOCK_COMPANY,
  MEDIUM_RESTAURANT, SMALL_RESTAURANT, SNACK_SHOP, STALL_PRODUCTS, SUPERMARKET, SURNAMES, COOPERATIVE_PRODUCTS,
} from './names'
import type { Rng } from './util'

export interface PersonName { full: string; surname: string; given: string }

export function personName(rng: Rng): PersonName {
  const surname = rng.pick(SURNAMES)
  const given = rng.pick(rng.chance(0.55) ? GIVEN_MALE : GIVEN_FEMALE)
  return { full: surname + given, surname, given }
}

/** The place word in a shop's name: nothing in the county town, the town or the village elsewhere. */
function area(v: Village, rng: Rng): string {
  if (v.township.type === 'street' && !v.isVillage) return ''
  return v.isVillage && rng.chance(0.6) ? v.stem : v.township.base
}

/** Types whose first few names are fixed (the report names 郑航配餐 as the county's main meal supplier). */
const FIXED_NAMES: Partial<Record<string, string[]>> = {
  group_meal_delivery: ['西平县郑航配餐有限公司'],
  wholesale_market: ['西平县农副产品批发市场有限公司', '西平县蔬菜水果批发市场有限公司'],
}

/** A candidate name for the draft; `owner` is the legal representative of a 个体工商户. */
export function businessName(d: Draft, owner: PersonName, rng: Rng, ordinal: number): string {
  const fixed = FIXED_NAMES[d.type]?.[ordinal]
  if (fixed) return fixed
  const brand = rng.pick(BRANDS)
  const v = d.village
  const a = area(v, rng)
  const trade = (list: string[]) => rng.pick(list)
  // 个体户 trade names: 李记, the owner's given name (李涛 in full when it is one character), or a 字号.
  const ownerWord = rng.chance(0.5) ? `${owner.surname}记` : rng.chance(0.5) ? (owner.given.length > 1 ? owner.given : owner.full) : brand
  const lead = rng.chance(0.75) ? '西平县' : rng.chance(0.7) ? '河南' : '驻马店市'
  switch (d.type) {
    case 'food_producer': return `${lead}${brand}${trade(d.category!.words)}有限公司`
    case 'additive_producer': return `西平县${brand}${d.category!.words[0]}`
    case 'health_food_producer': return `河南${brand}${d.category!.words[0]}有限公司`
    case 'special_food_producer': return `西平县${brand}${d.category!.words[0]}有限公司`
    case 'small_workshop': {
      const product = d.category!.words[0]
      return rng.chance(0.6) ? `西平县${v.township.base}${owner.surname}记${product}坊` : `西平县${a}${brand}${product}加工坊`
    }
    case 'supermarket':
      return d.large ? `西平县${brand}${trade(['购物广场有限公司', '商贸有限公司', '超市有限公司'])}` : `西平县${a}${brand}${trade(SUPERMARKET)}`
    case 'convenience_store': return `西平县${a}${brand}${trade(CONVENIENCE)}`
    case 'grocery': return `西平县${a}${ownerWord}${trade(GROCERY)}`
    case 'wholesale_market': return `西平县${brand}食品批发市场有限公司`
    case 'farmers_market': return v.township.type === 'street' ? `西平县${v.stem}农贸市场` : `西平县${v.township.base}农贸市场`
    case 'online_seller': return `西平县${brand}${trade(['电子商务有限公司', '农产品电子商务有限公司', '网络科技有限公司'])}`
    case 'large_restaurant': return `西平县${brand}${trade(LARGE_RESTAURANT)}`
    case 'medium_restaurant': return `西平县${a}${brand}${trade(MEDIUM_RESTAURANT)}`
    case 'small_restaurant': return `西平县${a}${ownerWord}${trade(SMALL_RESTAURANT)}`
    case 'snack_shop': return `西平县${a}${ownerWord}${trade(SNACK_SHOP)}`
    case 'central_kitchen': return `西平县${brand}餐饮管理有限公司中央厨房`
    case 'group_meal_delivery': return `西平县${brand}${trade(['营养配餐有限公司', '餐饮配送有限公司', '团餐管理有限公司'])}`
    case 'online_catering': return `西平县${brand}网络科技有限公司`
    case 'canteen': return canteenName(d, brand, rng)
    case 'rural_dining_point': return `西平县${v.township.region.name}${v.region.name}集体聚餐点`
    case 'food_stall': return `${owner.full}${trade(STALL_PRODUCTS)}摊`
    case 'cooperative': return `西平县${rng.chance(0.5) ? v.stem : brand}${trade(COOPERATIVE_PRODUCTS)}专业合作社`
    case 'family_farm': return rng.chance(0.6) ? `西平县${owner.full}家庭农场` : `西平县${v.stem}${brand}家庭农场`
    case 'livestock_farm':
      return rng.chance(0.4) ? `西平县${brand}${trade(LIVESTOCK_COMPANY)}` : `西平县${v.stem}${owner.full}${trade(LIVESTOCK)}`
    case 'slaughterhouse': return `西平县${brand}肉类加工有限公司`
  }
}

/** Canteens the plan did not name: private kindergartens, care homes and hospitals, company canteens. */
function canteenName(d: Draft, brand: string, rng: Rng): string {
  switch (d.canteenKind) {
    case 'kindergarten': return `西平县${brand}幼儿园食堂`
    case 'elderly_care': return `西平县${brand}${rng.pick(['养老院', '颐养中心', '老年公寓'])}食堂`
    case 'hospital': return `西平县${brand}${rng.pick(['医院', '中西医结合医院', '骨科医院'])}食堂`
    default:
      return rng.chance(0.8)
        ? `西平县${brand}${rng.pick(INDUSTRIES)}有限公司职工食堂`
        : `河南${brand}建设集团有限公司西平项目部工地食堂`
  }
}

/** Makes names unique the way registers do: add the village, then a branch number. */
export function uniqueName(candidate: string, v: Village, used: Set<string>): string {
  let name = candidate
  if (used.has(name)) name = candidate.replace(/^西平县/, `西平县${v.township.base}${v.stem}`)
  for (let n = 2; used.has(name); n++) name = `${candidate}（${n}号店）`
  used.add(name)
  return name
}
