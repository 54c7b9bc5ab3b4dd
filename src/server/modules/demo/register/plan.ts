// How many businesses of each type the demo county has and where they sit. Counts follow the 2021
// self-inspection report where it gives them (93 producers, 7 of them meat; 198 school and kindergarten
// canteens; 23 standard rural dining points; 110 large and medium restaurants; 2 delivery platforms)
// and otherwise the usual make-up of a Henan county register of about 6,000 businesses.
import type { CanteenKind, EntityType } from '../../../../shared/entity-catalogue'
import { placementTables, type County, type Profile, type Village } from './context'
import { ADDITIVE_CATEGORIES, CHINESE_NUMERALS, FOOD_CATEGORIES, GOVERNMENT_CANTEENS, WORKSHOP_PRODUCTS } from './names'
import type { Rng, WeightedTable } from './util'

export type SchoolCategory = 'primary' | 'junior' | 'senior' | 'nine_year' | 'vocational' | 'special'

export interface Draft {
  type: EntityType
  village: Village
  canteenKind: CanteenKind | null
  schoolCategory: SchoolCategory | null
  /** Production licence category (2 digits) and its certificate text, or a workshop's product. */
  category: { code: string; text: string; words: string[]; highRisk: boolean } | null
  /** 50+ staff or 500+ meals: the largeScale static factor, a 食品安全总监, more certifications. */
  large: boolean
  /** One of the units the report holds up (standard rural dining points, meat producers with 6S). */
  model: boolean
  /** Institutions are named by the plan (schools, hospitals); businesses get a name later. */
  name: string | null
  /** Run by the state (schools, 卫生院, 机关): decides the USCC kind. */
  publicBody: boolean
}

/** Types placed by population alone: [type, count, profile]. */
const BY_POPULATION: [EntityType, number, Profile][] = [
  ['supermarket', 260, 'urban'], ['convenience_store', 300, 'urban'], ['grocery', 1480, 'general'],
  ['online_seller', 15, 'urban'], ['large_restaurant', 24, 'urban'], ['medium_restaurant', 86, 'urban'],
  ['small_restaurant', 720, 'general'], ['snack_shop', 900, 'general'], ['central_kitchen', 2, 'industrial'],
  ['group_meal_delivery', 3, 'industrial'], ['food_stall', 600, 'general'], ['cooperative', 360, 'rural'],
  ['family_farm', 240, 'rural'], ['livestock_farm', 170, 'rural'], ['wholesale_market', 3, 'industrial'],
]

export function planRegister(county: County, rng: Rng): Draft[] {
  const tables = placementTables(county)
  const drafts: Draft[] = []
  const add = (type: EntityType, village: Village, extra: Partial<Draft> = {}) =>
    drafts.push({ type, village, canteenKind: null, schoolCategory: null, category: null, large: false, model: false, name: null, publicBody: false, ...extra })
  const city = county.townships.filter((t) => t.type === 'street').flatMap((t) => t.villages.filter((v) => !v.isVillage))
  const rural = county.townships.filter((t) => t.type !== 'street')
  const villagesOnly = county.villages.filter((v) => v.isVillage)
  const inCity = () => rng.pick(city)

  // Production: the report's 93 enterprises, by licence category.
  for (const c of FOOD_CATEGORIES) {
    for (let i = 0; i < c.count; i++) add('food_producer', tables.industrial.draw(rng), { category: { ...c, highRisk: !!c.highRisk }, large: rng.chance(0.25), model: c.code === '04' })
  }
  ADDITIVE_CATEGORIES.forEach((c) => add('additive_producer', tables.industrial.draw(rng), { category: { code: c.code, text: c.text, words: [c.form], highRisk: false } }))
  for (let i = 0; i < 2; i++) add('health_food_producer', tables.industrial.draw(rng), { category: { code: '27', text: '保健食品', words: ['生物科技'], highRisk: true } })
  for (let i = 0; i < 2; i++) add('special_food_producer', tables.industrial.draw(rng), { category: { code: '30', text: '特殊膳食食品', words: ['营养食品'], highRisk: true } })

  const plainProducts = WORKSHOP_PRODUCTS.filter((p) => !p.meat)
  const meat = WORKSHOP_PRODUCTS.find((p) => p.meat)!
  for (let i = 0; i < 300; i++) {
    const p = i < 2 ? meat : rng.pick(plainProducts)
    add('small_workshop', tables.general.draw(rng), { category: { code: '', text: p.text, words: [p.product], highRisk: !!p.meat }, model: i < 2 })
  }

  for (const [type, count, profile] of BY_POPULATION) {
    for (let i = 0; i < count; i++) {
      const village = tables[profile].draw(rng)
      const urbanCentre = ['111', '112', '121'].includes(village.cls)
      const large = type === 'large_restaurant' || type === 'wholesale_market' || type === 'central_kitchen' || type === 'group_meal_delivery' ||
        (type === 'supermarket' && urbanCentre && rng.chance(0.2)) || (type === 'medium_restaurant' && rng.chance(0.15))
      add(type, village, { large })
    }
  }

  // Markets: one in each town and 乡 seat, five in the county town.
  for (const t of rural) add('farmers_market', t.seat, { large: true })
  for (const v of rng.shuffle([...city]).slice(0, 5)) add('farmers_market', v, { large: true })
  for (let i = 0; i < 2; i++) add('online_catering', inCity())

  // Slaughterhouses: two 生猪定点 and the 清真 one in the Hui township.
  const hui = county.townships.find((t) => t.base === '蔡寨') ?? rural[0]
  add('slaughterhouse', tables.rural.draw(rng), { large: true, name: '西平县生猪定点屠宰厂' })
  add('slaughterhouse', tables.industrial.draw(rng), { large: true })
  add('slaughterhouse', rng.pick(hui.villages), { large: true, name: `西平县${hui.base}清真牛羊定点屠宰场` })

  planCanteens(county, rng, add, tables.urban, tables.industrial)
  planRuralDining(county, rng, add, villagesOnly)
  return drafts
}

type Add = (type: EntityType, village: Village, extra?: Partial<Draft>) => void

/** 198 school and kindergarten canteens (the report's figure) and the other unit canteens. */
function planCanteens(county: County, rng: Rng, add: Add, urban: WeightedTable<Village>, industrial: WeightedTable<Village>) {
  const city = county.townships.filter((t) => t.type === 'street').flatMap((t) => t.villages.filter((v) => !v.isVillage))
  const rural = county.townships.filter((t) => t.type !== 'street')
  const usedVillages = new Set<Village>()
  const freeVillage = (pool: Village[]) => {
    const free = pool.filter((v) => !usedVillages.has(v))
    const v = rng.pick(free.length ? free : pool)
    usedVillages.add(v)
    return v
  }
  const cn = (i: number) => CHINESE_NUMERALS[i % CHINESE_NUMERALS.length]
  const school = (category: SchoolCategory, village: Village, name: string, large = false) =>
    add('canteen', village, { canteenKind: 'school', schoolCategory: category, name: `${name}食堂`, publicBody: true, large })
  const kinder = (village: Village, name: string | null, publicBody: boolean) =>
    add('canteen', village, { canteenKind: 'kindergarten', name: name && `${name}食堂`, publicBody })

  for (let i = 0; i < 12; i++) school('primary', rng.pick(city), `西平县第${cn(i)}小学`, true)
  for (const name of ['西平县实验小学', '西平县解放路小学', '西平县南湖小学', '西平县柏苑小学']) school('primary', rng.pick(city), name, true)
  const ruralVillages = county.villages.filter((v) => v.isVillage && v.township.type !== 'street')
  for (let i = 0; i < 85; i++) {
    const v = freeVillage(ruralVillages)
    school('primary', v, `西平县${v.township.region.name}${v.stem}小学`)
  }
  for (const t of rural) school('junior', t.seat, `西平县${t.region.name}第一初级中学`, true)
  for (let i = 0; i < 8; i++) school('junior', rng.pick(city), `西平县第${cn(i)}初级中学`, true)
  for (const name of ['西平县实验中学', '西平县城关中学', '西平县柏苑中学']) school('junior', rng.pick(city), name, true)
  for (let i = 0; i < 10; i++) {
    const v = freeVillage(ruralVillages)
    school('nine_year', v, `西平县${v.township.region.name}${v.stem}九年一贯制学校`)
  }
  for (const name of ['西平县高级中学', '西平县第二高级中学', '西平县第三高级中学']) school('senior', rng.pick(city), name, true)
  for (const t of rng.shuffle([...rural]).slice(0, 2)) school('senior', t.seat, `西平县${t.base}高级中学`, true)
  for (const name of ['西平县职业教育中心', '西平县中等专业学校', '西平县技工学校']) school('vocational', rng.pick(city), name, true)
  school('special', rng.pick(city), '西平县特殊教育学校')

  for (const t of rural) kinder(t.seat, `西平县${t.region.name}中心幼儿园`, true)
  for (let i = 0; i < 10; i++) kinder(rng.pick(city), `西平县第${cn(i)}幼儿园`, true)
  for (const name of ['西平县实验幼儿园', '西平县机关幼儿园', '西平县教育幼儿园']) kinder(rng.pick(city), name, true)
  for (let i = 0; i < 20; i++) kinder(urban.draw(rng), null, false) // private: named later

  // Other unit canteens: 敬老院 and 卫生院 in every township seat, county hospitals and bodies in town.
  for (const t of rural) add('canteen', t.seat, { canteenKind: 'elderly_care', name: `西平县${t.region.name}敬老院食堂`, publicBody: true })
  add('canteen', inCityOf(city, rng), { canteenKind: 'elderly_care', name: '西平县社会福利中心食堂', publicBody: true, large: true })
  for (let i = 0; i < 6; i++) add('canteen', urban.draw(rng), { canteenKind: 'elderly_care' })
  for (const name of ['西平县人民医院', '西平县中医院', '西平县妇幼保健院', '西平县第二人民医院']) {
    add('canteen', inCityOf(city, rng), { canteenKind: 'hospital', name: `${name}职工食堂`, publicBody: true, large: true })
  }
  for (const t of rural) add('canteen', t.seat, { canteenKind: 'hospital', name: `西平县${t.region.name}卫生院食堂`, publicBody: true })
  for (let i = 0; i < 3; i++) add('canteen', urban.draw(rng), { canteenKind: 'hospital' })
  for (let i = 0; i < 40; i++) add('canteen', industrial.draw(rng), { canteenKind: 'enterprise', large: rng.chance(0.2) })
  for (const name of GOVERNMENT_CANTEENS) add('canteen', inCityOf(city, rng), { canteenKind: 'government', name: `${name}机关食堂`, publicBody: true })
  for (const t of county.townships) {
    const office = t.type === 'street' ? `${t.region.name}办事处` : `${t.region.name}人民政府`
    add('canteen', t.seat, { canteenKind: 'government', name: `西平县${office}机关食堂`, publicBody: true })
  }
}

const inCityOf = (city: Village[], rng: Rng) => rng.pick(city)

/**
 * Collective dining points in 110 villages; 23 of them are the report's standard points (one in every
 * township with villages, the rest in the largest), with 互联网+明厨亮灶 and 6S.
 */
function planRuralDining(county: County, rng: Rng, add: Add, villagesOnly: Village[]) {
  const chosen = new Set<Village>()
  for (const t of county.townships) {
    const own = t.villages.filter((v) => v.isVillage)
    if (own.length) chosen.add(own.reduce((a, b) => (b.region.population > a.region.population ? b : a)))
  }
  const rest = rng.shuffle(villagesOnly.filter((v) => !chosen.has(v)))
  while (chosen.size < 23) chosen.add(rest.shift()!)
  for (const v of chosen) add('rural_dining_point', v, { model: true })
  const ordinary = rest.filter((v) => v.cls === '220' || v.cls === '210').slice(0, 110 - chosen.size)
  for (const v of ordinary) add('rural_dining_point', v)
}
