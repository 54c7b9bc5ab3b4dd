// Seeded randomness and calendar arithmetic for the demo register. Dates are plain 'YYYY-MM-DD'
// strings computed in UTC so the output never depends on the machine's time zone.

/** mulberry32, as in county-data.ts: tiny, fast and identical on every platform. */
export class Rng {
  private a: number
  constructor(seed: number) {
    this.a = seed >>> 0
  }

  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0
    let t = this.a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [lo, hi]; skew > 1 leans towards lo. */
  int(lo: number, hi: number, skew = 1): number {
    return lo + Math.floor((hi - lo + 1) * Math.pow(this.next(), skew))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }

  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Partial<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][]
    const total = entries.reduce((s, [, w]) => s + w, 0)
    let r = this.next() * total
    for (const [k, w] of entries) {
      r -= w
      if (r < 0) return k
    }
    return entries[entries.length - 1][0]
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[items[i], items[j]] = [items[j], items[i]]
    }
    return items
  }

  /** Sub-stream: a separate sequence, so adding draws in one part leaves the others unchanged. */
  fork(salt: number): Rng {
    return new Rng(Math.imul(this.a ^ salt, 0x9e3779b1) ^ salt)
  }
}

/** A sampler over items with fixed weights (binary search over the running sum). */
export class WeightedTable<T> {
  private readonly sums: number[] = []
  constructor(private readonly items: T[], weight: (item: T) => number) {
    let s = 0
    for (const item of items) this.sums.push((s += Math.max(0, weight(item))))
  }

  get size(): number {
    return this.items.length
  }

  draw(rng: Rng): T {
    const r = rng.next() * this.sums[this.sums.length - 1]
    let lo = 0
    let hi = this.sums.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.sums[mid] > r) hi = mid
      else lo = mid + 1
    }
    return this.items[lo]
  }
}

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`)
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10)


/** Same month and day `years` later; 29 February falls back to the 28th. */
export function addYears(date: string, years: number): string {
  const d = new Date(toTime(date))
  const target = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()))
  if (target.getUTCDate() !== d.getUTCDate()) target.setUTCDate(0)
  return fromTime(target.getTime())
}

export { addDays, daysBetween } from '../../../platform/working-days'

export const pad = (n: number, width: number) => String(n).padStart(width, '0')
