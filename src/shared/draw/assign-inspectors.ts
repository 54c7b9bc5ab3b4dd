import { sha256Hex } from '../sha256'
import { compareIds, sortById, type DrawInspector } from './canonical-list'
import { randomStream, STREAM_KEYS, uniformInt, type RandomStream } from './random-stream'

/**
 * Step 2 of the draw: two 执法人员 for each drawn business, never one who must recuse (回避) from it.
 *
 * Rule (documented publicly): inspectors in canonical order (sorted by id). For each drawn business in
 * draw order: the eligible are those without an avoidance entry for it. First officer: among the
 * eligible with the fewest assignments so far in this draw, the one at index uniformInt(count) of the
 * ":inspectors" stream. Second officer: the same among the eligible minus the first. With
 * `sameUnitRequired`, the first is chosen only among officers who have an eligible colleague of the same
 * unit, and the second among those colleagues. Fewer than two → the business is listed as unassigned
 * (no random number is read for it) and the draw goes on.
 *
 * "Fewest so far" keeps the spread of workloads at most 1 when nothing is avoided. Since nobody has a
 * cap, an earlier choice never takes an officer away from a later business: a business is unassigned
 * only because of its own avoidance entries.
 */

export interface AvoidancePair { inspectorId: string; entityId: string }
/** inspectorId → entity ids they must not inspect, or the same as pairs (extra fields, e.g. a reason, are ignored). */
export type Avoidance = ReadonlyMap<string, ReadonlySet<string>> | readonly AvoidancePair[]

export interface Assignment { position: number; entityId: string; inspectorIds: [string, string] }
export interface Unassigned { position: number; entityId: string; reason: string; eligibleCount: number }

export const UNASSIGNED_REASONS = {
  tooFew: '可选执法人员不足两名（回避后）',
  tooFewSameUnit: '同一执法单位内可选执法人员不足两名（回避后）',
} as const

export function avoidanceMap(avoidance: Avoidance | undefined): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  if (!avoidance) return map
  const pairs: AvoidancePair[] = Array.isArray(avoidance)
    ? avoidance
    : [...(avoidance as ReadonlyMap<string, ReadonlySet<string>>)].flatMap(([inspectorId, set]) => [...set].map((entityId) => ({ inspectorId, entityId })))
  for (const { inspectorId, entityId } of pairs) {
    const set = map.get(inspectorId) ?? new Set<string>()
    set.add(entityId)
    map.set(inspectorId, set)
  }
  return map
}

/**
 * SHA-256 of the avoidance pairs that matter to these lists ("inspectorId entityId" lines, sorted in
 * code-point order, joined by "\n"). It lets an auditor who holds the avoidance list confirm the one
 * used; the list itself is personal data (relatives) and is not published.
 */
export function avoidanceHash(avoidance: Avoidance | undefined, entityIds: readonly string[], inspectorIds: readonly string[]): string {
  const entities = new Set(entityIds)
  const inspectors = new Set(inspectorIds)
  const lines: string[] = []
  for (const [inspectorId, set] of avoidanceMap(avoidance)) {
    if (!inspectors.has(inspectorId)) continue
    for (const entityId of set) if (entities.has(entityId)) lines.push(`${inspectorId} ${entityId}`)
  }
  return sha256Hex(lines.sort(compareIds).join('\n'))
}

/** Random pick among the least-loaded candidates (candidates already in canonical order). */
function pickLeastLoaded(candidates: readonly DrawInspector[], load: Map<string, number>, stream: RandomStream): DrawInspector {
  const min = Math.min(...candidates.map((c) => load.get(c.id) ?? 0))
  const least = candidates.filter((c) => (load.get(c.id) ?? 0) === min)
  return least[uniformInt(stream, least.length)]
}

export function assignInspectorPairs(
  drawnEntities: readonly { position: number; entity: { id: string } }[],
  frozenInspectors: readonly DrawInspector[],
  avoidance: Avoidance | undefined,
  seed: string,
  options: { sameUnitRequired?: boolean } = {},
): { assignments: Assignment[]; unassigned: Unassigned[] } {
  const inspectors = sortById(frozenInspectors)
  const avoid = avoidanceMap(avoidance)
  const stream = randomStream(STREAM_KEYS.inspectors(seed))
  const load = new Map<string, number>()
  const assignments: Assignment[] = []
  const unassigned: Unassigned[] = []

  for (const { position, entity } of drawnEntities) {
    const eligible = inspectors.filter((i) => !avoid.get(i.id)?.has(entity.id))
    const firstPool = options.sameUnitRequired
      ? eligible.filter((i) => eligible.some((o) => o.id !== i.id && o.unit === i.unit))
      : eligible
    if (firstPool.length < 2) {
      const reason = options.sameUnitRequired && eligible.length >= 2 ? UNASSIGNED_REASONS.tooFewSameUnit : UNASSIGNED_REASONS.tooFew
      unassigned.push({ position, entityId: entity.id, reason, eligibleCount: eligible.length })
      continue
    }
    const first = pickLeastLoaded(firstPool, load, stream)
    const second = pickLeastLoaded(firstPool.filter((i) => i.id !== first.id && (!options.sameUnitRequired || i.unit === first.unit)), load, stream)
    for (const chosen of [first, second]) load.set(chosen.id, (load.get(chosen.id) ?? 0) + 1)
    assignments.push({ position, entityId: entity.id, inspectorIds: [first.id, second.id] })
  }
  return { assignments, unassigned }
}
