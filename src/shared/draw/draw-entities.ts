import { sortById } from './canonical-list'
import { randomStream, STREAM_KEYS, uniformInt } from './random-stream'

/**
 * Step 1 of the draw: which businesses are inspected, in which order.
 *
 * Canonical order (sorted by id), then a forward Fisher–Yates (Durstenfeld) shuffle driven by the
 * ":entities" stream: for i = 0 … k−1, r = uniformInt(n − i), swap items i and i + r. The first k items
 * are the draw, position i + 1. Running the shuffle on to the end would not move them, so this is the
 * full shuffle's first k, with only k random numbers to check by hand.
 */

export type Selection = { count: number } | { proportion: number }

export interface DrawnEntity<T> {
  /** 1-based draw order (第 1 位 …). */
  position: number
  entity: T
}

/**
 * How many to draw. `count` is used as is (0 ≤ count ≤ n). `proportion` p (0 < p ≤ 1) gives
 * k = ⌈p × n⌉ (round up: a 5 % draw of 30 businesses inspects 2, never fewer than asked for), computed
 * exactly on the decimal p as written, so 7 % of 100 is 7 — binary floating point would make it 8.
 */
export function sampleSize(n: number, selection: Selection): number {
  if ('count' in selection) {
    const { count } = selection
    if (!Number.isInteger(count) || count < 0) throw new RangeError('抽取数量应为非负整数')
    if (count > n) throw new RangeError(`抽取数量 ${count} 超过名录库中的检查对象数 ${n}`)
    return count
  }
  const p = selection.proportion
  if (!Number.isFinite(p) || p <= 0 || p > 1) throw new RangeError('抽取比例应大于 0 且不超过 1')
  return ceilDecimalTimes(p, n)
}

/** ⌈p × n⌉ on p's shortest decimal form (what JS prints: 0.1 → "0.1", 1e-7 → "1e-7"). */
function ceilDecimalTimes(p: number, n: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(p))
  if (!m) throw new RangeError(`无法识别的抽取比例：${p}`)
  const digits = BigInt(m[1] + (m[2] ?? ''))
  const exponent = Number(m[3] ?? 0) - (m[2]?.length ?? 0) // p = digits × 10^exponent
  const product = digits * BigInt(n)
  if (exponent >= 0) return Number(product * 10n ** BigInt(exponent))
  const denominator = 10n ** BigInt(-exponent)
  return Number((product + denominator - 1n) / denominator)
}

export function drawEntities<T extends { id: string }>(frozenEntities: readonly T[], selection: Selection, seed: string): DrawnEntity<T>[] {
  const order = sortById(frozenEntities)
  const n = order.length
  const k = sampleSize(n, selection)
  const stream = randomStream(STREAM_KEYS.entities(seed))
  for (let i = 0; i < k; i++) {
    const j = i + uniformInt(stream, n - i)
    const picked = order[j]
    order[j] = order[i]
    order[i] = picked
  }
  return order.slice(0, k).map((entity, i) => ({ position: i + 1, entity }))
}
