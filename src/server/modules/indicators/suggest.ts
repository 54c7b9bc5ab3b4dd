import { INDICATORS, type IndicatorDef } from './catalogue'

/**
 * Which indicator a plan target most likely means, from its metric text and unit: the indicator whose
 * keywords cover most of the text (longer matches weigh more), among those whose unit can express the
 * target (a % target is never bound to a count). Null when nothing matches: the office picks by hand.
 */

type UnitClass = 'percent' | 'per-thousand' | 'count' | 'amount' | 'other'

function unitClass(unit: string): UnitClass {
  if (unit === '%') return 'percent'
  if (unit.includes('/千人')) return 'per-thousand'
  if (unit === '元' || unit === '万元') return 'amount'
  if (/^(个|批次|件|家|次|户次|人|份|起|所|户)$/.test(unit)) return 'count'
  return 'other'
}

export function scoreOf(def: IndicatorDef, metric: string): number {
  return def.keywords.filter((k) => metric.includes(k)).reduce((sum, k) => sum + k.length, 0)
}

export function suggestIndicator(target: { metric: string; unit: string }): IndicatorDef | null {
  const wanted = unitClass(target.unit)
  let best: { def: IndicatorDef; score: number } | null = null
  for (const def of INDICATORS) {
    if (unitClass(def.unit) !== wanted) continue
    const score = scoreOf(def, target.metric)
    // Ties keep the catalogue's order: the general indicator comes before its narrower variants.
    if (score > 0 && (!best || score > best.score)) best = { def, score }
  }
  return best?.def ?? null
}
