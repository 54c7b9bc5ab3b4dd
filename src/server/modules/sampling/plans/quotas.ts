/**
 * Quota arithmetic of a sampling plan, pure. The county total is round(population × per-thousand ÷ 1000);
 * townships share it in proportion to their population by the largest-remainder (Hamilton) method, so
 * the township quotas always add up to the county total (rounding each township on its own can miss it
 * by one or two batches).
 */

/** "4.0" → 400 (hundredths), exact for the at-most-2-decimal strings the schema allows. */
export function hundredths(decimal: string): number {
  const [whole, frac = ''] = decimal.split('.')
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2))
}

/** round(population × perThousand ÷ 1000), half up, in integers (no float rounding drift). */
export function countyTotal(population: number, perThousand: string): number {
  const scaled = population * hundredths(perThousand) // ÷ 100 000 = batches
  return Math.floor((scaled + 50_000) / 100_000)
}

export interface Part { code: string; population: number }

/** Shares `total` out in proportion to population; remainders go to the largest fractions (then the larger population, then the code). */
export function shareOut(total: number, parts: Part[]): Map<string, number> {
  const sum = parts.reduce((s, p) => s + p.population, 0)
  const out = new Map(parts.map((p) => [p.code, 0]))
  if (sum <= 0 || total <= 0) return out
  const shares = parts.map((p) => ({ ...p, floor: Math.floor((total * p.population) / sum), rest: (total * p.population) % sum }))
  let left = total - shares.reduce((s, p) => s + p.floor, 0)
  const order = [...shares].sort((a, b) => b.rest - a.rest || b.population - a.population || a.code.localeCompare(b.code))
  for (const s of shares) out.set(s.code, s.floor)
  for (const s of order) {
    if (left <= 0) break
    out.set(s.code, s.floor + 1)
    left--
  }
  return out
}

/** done ÷ quota × 100 to one decimal; null for a zero quota. */
export const percentOf = (done: number, quota: number) => (quota > 0 ? Math.round((done / quota) * 1000) / 10 : null)
