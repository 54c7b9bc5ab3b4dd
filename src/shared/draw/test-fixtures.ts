import type { DrawEntity, DrawInspector } from './canonical-list'
import { randomStream, uniformInt } from './random-stream'

// Builders for the draw tests. Any "random" test data comes from a seeded stream too, so every test is
// the same on every run (no Math.random anywhere).

export const entity = (i: number, extra: Partial<DrawEntity> = {}): DrawEntity => ({
  id: `e${String(i).padStart(3, '0')}`, name: `经营主体${i}`, uscc: null, licenceNumber: `JY141000000${String(i).padStart(5, '0')}`,
  regionCode: '410122100001', type: 'restaurant', grade: 'B', ...extra,
})
export const entities = (n: number) => Array.from({ length: n }, (_, i) => entity(i + 1))

export const inspector = (i: number, unit = '城关市场监管所'): DrawInspector => ({
  id: `p${String(i).padStart(3, '0')}`, name: `执法人员${i}`, unit, certificateNumber: `41012210${String(i).padStart(4, '0')}`,
})
export const inspectors = (n: number) => Array.from({ length: n }, (_, i) => inspector(i + 1))

/** A reordered copy (the draw must not depend on the order rows come from the database). */
export function shuffled<T>(items: readonly T[], key: string): T[] {
  const copy = [...items]
  const stream = randomStream(`test-shuffle:${key}`)
  for (let i = copy.length - 1; i > 0; i--) {
    const j = uniformInt(stream, i + 1)
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}
