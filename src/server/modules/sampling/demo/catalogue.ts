import { FOOD_CATEGORIES, type FoodCategory } from '../../../../shared/sampling-catalogue'

/** What the demo samples: categories with their 环节 and products, labs, and the random stream. */

/** mulberry32: a small seeded PRNG, so the demo is the same on every load (never Math.random). */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    weighted: <T>(xs: readonly (readonly [T, number])[]): T => {
      let r = next() * xs.reduce((s, [, w]) => s + w, 0)
      for (const [x, w] of xs) { if ((r -= w) < 0) return x }
      return xs[xs.length - 1][0]
    },
  }
}
export type Rng = ReturnType<typeof prng>

/** Market supervision plan: category, share of the plan, the 环节 it is mostly sampled at. */
export const MARKET_CATEGORIES: readonly (readonly [FoodCategory, number, 'production' | 'circulation' | 'catering'])[] = [
  ['vegetables', 16, 'circulation'], ['fruits', 6, 'circulation'], ['livestock_meat', 10, 'circulation'], ['aquatic', 6, 'circulation'],
  ['fresh_eggs', 4, 'circulation'], ['grain_products', 9, 'production'], ['edible_oil', 6, 'production'], ['condiments', 6, 'production'],
  ['meat_products', 8, 'production'], ['pastry', 9, 'production'], ['beverages', 5, 'circulation'], ['bean_products', 5, 'production'],
  ['catering_food', 6, 'catering'], ['tableware', 4, 'catering'],
]
/** Agriculture's routine monitoring (例行监测) at farms: 种养殖环节. */
export const FARM_CATEGORIES: readonly (readonly [FoodCategory, number])[] = [['vegetables', 50], ['fruits', 20], ['livestock_meat', 20], ['fresh_eggs', 10]]

export const PRODUCTS: Partial<Record<FoodCategory, string[]>> = {
  vegetables: ['韭菜', '芹菜', '豇豆', '菠菜', '大白菜', '黄瓜', '番茄', '辣椒', '油麦菜', '茄子'],
  fruits: ['苹果', '香蕉', '葡萄', '梨', '桃', '西瓜'],
  livestock_meat: ['猪肉', '牛肉', '鸡肉', '猪肝', '羊肉'],
  aquatic: ['草鱼', '鲤鱼', '鲫鱼', '鲈鱼', '基围虾'],
  fresh_eggs: ['鸡蛋', '鸭蛋'],
  grain_products: ['小麦粉', '大米', '挂面', '玉米粉'],
  edible_oil: ['花生油', '大豆油', '菜籽油', '芝麻油'],
  condiments: ['酱油', '食醋', '辣椒酱', '鸡精调味料'],
  meat_products: ['卤猪肉', '火腿肠', '熟牛肉', '烧鸡'],
  pastry: ['蛋糕', '面包', '月饼', '桃酥'],
  beverages: ['饮用纯净水', '果汁饮料', '茶饮料'],
  bean_products: ['豆腐', '腐竹', '豆干'],
  catering_food: ['凉拌菜', '卤菜', '油条', '馒头'],
  tableware: ['复用餐饮具（碗）', '复用餐饮具（盘）'],
}
export const productOf = (rng: Rng, category: FoodCategory) => rng.pick(PRODUCTS[category] ?? [FOOD_CATEGORIES[category].label])

export const MARKET_LABS = ['驻马店市食品药品检验检测中心', '河南省产品质量监督检验院', '河南省食品检验研究院'] as const
export const FARM_LAB = '西平县农产品质量安全检测站'
export const OPERATORS = ['张敏', '李强', '王磊', '赵丽', '刘洋'] as const
