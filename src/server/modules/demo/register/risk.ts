// Risk assessments that land on an intended grade. The grade is chosen first (the report fixes it for
// the 93 producers) and the dynamic answers are then built to hit a score inside that grade's band, so
// gradeOf(staticScore + dynamicScore) under DEFAULT_RISK_RULES gives exactly the chosen grade.
import type { RiskGrade } from '../../../../shared/entity-catalogue'
import {
  DEFAULT_RISK_RULES, DYNAMIC_ITEMS, dynamicItemPoints, dynamicScore, gradeOf, staticScore,
  type DynamicAnswer, type StaticFactor,
} from '../../../../shared/risk-rules'
import type { Rng } from './util'

const RULES = DEFAULT_RISK_RULES
const GRADES: RiskGrade[] = ['A', 'B', 'C', 'D']

export type StaticFactors = Partial<Record<StaticFactor, boolean>>

/** Dynamic scores reachable with the answers: multiples of half an item's points. */
const STEP = dynamicItemPoints(RULES) / 2

/** The dynamic scores that put a business with this static score into `grade` (empty when none do). */
function dynamicRange(staticPoints: number, grade: RiskGrade): [number, number] | null {
  const { A, B, C } = RULES.thresholds
  const bounds: Record<RiskGrade, [number, number]> = { A: [-Infinity, A], B: [A, B], C: [B, C], D: [C, Infinity] }
  const [above, upTo] = bounds[grade]
  // A total strictly above `above` and at most `upTo`, as a multiple of STEP within 0..dynamicMax.
  const lo = Math.max(0, (Math.floor((above - staticPoints) / STEP) + 1) * STEP)
  const hi = Math.min(RULES.dynamicMax, Math.floor((upTo - staticPoints) / STEP) * STEP)
  return lo <= hi ? [lo, hi] : null
}

/** The wanted grade if reachable, else the nearest reachable one (a very high static score rules out A). */
function reachable(staticPoints: number, wanted: RiskGrade): { grade: RiskGrade; range: [number, number] } {
  const i = GRADES.indexOf(wanted)
  const order = [i, i + 1, i - 1, i + 2, i - 2, i + 3, i - 3].filter((j) => j >= 0 && j < GRADES.length)
  for (const j of order) {
    const range = dynamicRange(staticPoints, GRADES[j])
    if (range) return { grade: GRADES[j], range }
  }
  throw new Error(`no grade reachable from static score ${staticPoints}`)
}

/**
 * Answers worth exactly `target` points: n items 不符合 and p items 部分符合 with 2n + p = target/STEP,
 * spread over randomly chosen items. `first` (e.g. D01 when the licence lapsed) is hit first.
 */
function answersFor(target: number, rng: Rng, first?: string): Record<string, DynamicAnswer> {
  const halves = Math.round(target / STEP)
  const items = DYNAMIC_ITEMS.length
  const nMin = Math.max(0, halves - items)
  const nMax = Math.floor(halves / 2)
  // Mostly 部分符合: outright failures are the fewer.
  const n = rng.int(nMin, nMax, 2)
  const p = halves - 2 * n
  const codes = rng.shuffle(DYNAMIC_ITEMS.map((d) => d.code as string))
  if (first) codes.sort((a, b) => (a === first ? -1 : b === first ? 1 : 0))
  const answers: Record<string, DynamicAnswer> = {}
  codes.forEach((code, k) => {
    answers[code] = k < n ? 'noncompliant' : k < n + p ? 'partial' : 'compliant'
  })
  return Object.fromEntries(DYNAMIC_ITEMS.map((d) => [d.code, answers[d.code]]))
}

export interface Assessment {
  assessedOn: string
  staticFactors: StaticFactors
  answers: Record<string, DynamicAnswer>
}

/** An assessment of a business of `type` that grades as `wanted` (or the nearest reachable grade). */
export function assessmentFor(type: string, factors: StaticFactors, wanted: RiskGrade, assessedOn: string, rng: Rng, first?: string): { assessment: Assessment; grade: RiskGrade } {
  const s = staticScore({ type, factors }, RULES)
  const { grade, range } = reachable(s, wanted)
  const steps = Math.round((range[1] - range[0]) / STEP)
  // Lean towards the lower end of the band: most businesses are not borderline.
  const target = range[0] + STEP * rng.int(0, steps, 1.4)
  const answers = answersFor(target, rng, target > 0 ? first : undefined)
  const check = gradeOf(s + dynamicScore(answers, RULES), RULES)
  if (check !== grade) throw new Error(`assessment for ${type} graded ${check}, meant ${grade}`)
  return { assessment: { assessedOn, staticFactors: { ...factors }, answers }, grade }
}

/**
 * The grade mix outside the report's producers: mostly B and C, some A and D. A low-risk type (a 食杂店,
 * static 8) needs many failed items to reach C, so the mix leans towards A and B the lower the static score.
 */
export function gradeWeights(type: string, factors: StaticFactors): Record<RiskGrade, number> {
  const s = staticScore({ type, factors }, RULES)
  if (s < 12) return { A: 0.35, B: 0.42, C: 0.18, D: 0.05 }
  if (s < 24) return { A: 0.15, B: 0.5, C: 0.28, D: 0.07 }
  return { A: 0.05, B: 0.47, C: 0.35, D: 0.13 }
}
