import { entityTypeDef, type RiskGrade } from './entity-catalogue'

/**
 * 食品生产经营风险分级 (REGULATIONS.md §4, CHECKLISTS.md §4). Total score = static (type and product risk,
 * ≤ 40) + dynamic (compliance, ≤ 60); a higher score is riskier; the grade follows from thresholds, and
 * each grade sets the minimum and maximum inspections a year. The weights and thresholds are marked
 * unconfirmed in the sources, so they are data: the office edits them (a new version each time) and
 * every assessment records the version it used.
 */

export type Status = 'P' | 'S' | 'U'

export interface RiskRules {
  staticMax: number
  dynamicMax: number
  /** Upper bounds (inclusive) of A, B and C; above C's bound is D. */
  thresholds: { A: number; B: number; C: number }
  frequency: Record<RiskGrade, { min: number; max: number }>
  /** Points added to the type's static base for product and consumer risk. */
  staticFactors: Record<StaticFactor, number>
  sources: { item: string; source: string; status: Status }[]
}

export const STATIC_FACTORS = {
  highRiskProducts: '高风险食品（乳制品、肉制品、婴幼儿及特殊食品、保健食品、冷链即食食品等）',
  vulnerableConsumers: '服务特定人群（学生、幼儿、老人、病人）',
  largeScale: '规模较大（从业人员 50 人以上或供餐 500 人以上）',
} as const
export type StaticFactor = keyof typeof STATIC_FACTORS

/** The manual compliance form (动态风险因素): each item scores 0 (符合), half (部分符合) or all (不符合) of its points. */
export const DYNAMIC_ITEMS = [
  { code: 'D01', label: '资质管理', hint: '许可证或登记备案证件齐全有效，亮证经营，与实际一致' },
  { code: 'D02', label: '人员管理', hint: '食品安全总监、安全员配备并考核合格；从业人员健康证明、培训' },
  { code: 'D03', label: '场所环境', hint: '场所整洁，远离污染源，布局合理' },
  { code: 'D04', label: '设施设备', hint: '防鼠防虫、清洗消毒、冷藏冷冻等设施齐全并正常运转' },
  { code: 'D05', label: '原料控制', hint: '进货查验、索证索票、进货记录完整' },
  { code: 'D06', label: '过程控制', hint: '生产加工或制作过程符合规范，食品添加剂使用规范' },
  { code: 'D07', label: '贮存运输', hint: '分类存放、离地离墙、温度控制，运输条件符合要求' },
  { code: 'D08', label: '检验检测', hint: '出厂检验、进货检验或快检按要求开展' },
  { code: 'D09', label: '追溯召回', hint: '追溯记录完整，不合格食品停止经营、召回和处置' },
  { code: 'D10', label: '自查整改', hint: '按日管控、周排查、月调度开展自查，问题整改到位' },
] as const
export type DynamicItemCode = (typeof DYNAMIC_ITEMS)[number]['code']
export const DYNAMIC_ANSWERS = { compliant: '符合', partial: '部分符合', noncompliant: '不符合' } as const
export type DynamicAnswer = keyof typeof DYNAMIC_ANSWERS

export const DEFAULT_RISK_RULES: RiskRules = {
  staticMax: 40,
  dynamicMax: 60,
  thresholds: { A: 30, B: 45, C: 60 },
  frequency: { A: { min: 1, max: 1 }, B: { min: 1, max: 2 }, C: { min: 2, max: 3 }, D: { min: 3, max: 4 } },
  staticFactors: { highRiskProducts: 6, vulnerableConsumers: 4, largeScale: 4 },
  sources: [
    { item: '分级 A<B<C<D 及每年最少检查次数 A 1、B 1–2、C 2–3、D 3–4', source: '《食品生产经营风险分级管理办法（试行）》（食药监食监一〔2016〕115号）', status: 'S' },
    { item: '静态 40 分 + 动态 60 分', source: '同上（权重未见原文）', status: 'U' },
    { item: '等级分界 A ≤30、B 30–45、C 45–60、D >60', source: '同上（分界未见原文，河南省分界未确认）', status: 'U' },
    { item: '高风险品类（乳制品、肉制品、婴幼儿及特殊食品、保健食品）、特定人群餐饮、中央厨房、集体用餐配送列最高档', source: '同上', status: 'S' },
  ],
}

export interface StaticInput { type: string; factors: Partial<Record<StaticFactor, boolean>> }

export function staticScore(input: StaticInput, rules: RiskRules): number {
  const base = entityTypeDef(input.type)?.staticBase ?? 0
  const extra = (Object.keys(STATIC_FACTORS) as StaticFactor[]).reduce((s, f) => s + (input.factors[f] ? rules.staticFactors[f] : 0), 0)
  return Math.min(rules.staticMax, base + extra)
}

/** Points of one dynamic item: the maximum split evenly over the items. */
export const dynamicItemPoints = (rules: RiskRules) => rules.dynamicMax / DYNAMIC_ITEMS.length

export function dynamicScore(answers: Partial<Record<string, DynamicAnswer>>, rules: RiskRules): number {
  const points = dynamicItemPoints(rules)
  const total = DYNAMIC_ITEMS.reduce((s, item) => {
    const a = answers[item.code]
    return s + (a === 'noncompliant' ? points : a === 'partial' ? points / 2 : 0)
  }, 0)
  return Math.round(total * 10) / 10
}

export function gradeOf(total: number, rules: RiskRules): RiskGrade {
  if (total <= rules.thresholds.A) return 'A'
  if (total <= rules.thresholds.B) return 'B'
  if (total <= rules.thresholds.C) return 'C'
  return 'D'
}

/** Null when the rules hang together; otherwise the Chinese reason naming the field. */
export function checkRiskRules(rules: RiskRules): string | null {
  const { A, B, C } = rules.thresholds
  if (!(A >= 0 && A < B && B < C && C <= rules.staticMax + rules.dynamicMax)) return '等级分界：应满足 0 ≤ A < B < C ≤ 总分'
  for (const g of ['A', 'B', 'C', 'D'] as const) {
    const f = rules.frequency[g]
    if (!(f.min >= 0 && f.max >= f.min && f.max <= 52)) return `${g} 级检查频次：最少次数不能大于最多次数，且不超过 52 次`
  }
  return null
}
