import { sha256Hex } from '../sha256'
import { canonicalEntities, canonicalInspectors, entityListHash, inspectorListHash, type DrawEntity, type DrawInspector } from './canonical-list'
import { assignInspectorPairs, avoidanceHash, type Assignment, type Avoidance, type Unassigned } from './assign-inspectors'
import { drawEntities, sampleSize, type Selection } from './draw-entities'

/**
 * A whole 双随机 draw as one JSON-serialisable record: what was drawn from (list hashes), with what
 * (seed, parameters, algorithm version), and the result. `verifyDraw` recomputes it from the frozen
 * lists; the algorithm name is versioned so a future change never silently re-reads old records.
 */

export const DRAW_ALGORITHM = 'shian-draw-v1'

export interface DrawInput {
  seed: string
  entities: readonly DrawEntity[]
  inspectors: readonly DrawInspector[]
  avoidance?: Avoidance
  selection: Selection
  sameUnitRequired?: boolean
}

export interface DrawParameters {
  selection: Selection
  /** n: businesses in the frozen 检查对象名录库. */
  entityCount: number
  inspectorCount: number
  /** k after the rounding rule, kept so a reader need not redo it. */
  drawnCount: number
  sameUnitRequired: boolean
}

export interface DrawRecord {
  algorithm: typeof DRAW_ALGORITHM
  seed: string
  entityListHash: string
  inspectorListHash: string
  /** For auditors holding the (unpublished) avoidance list; see avoidanceHash. */
  avoidanceHash: string
  parameters: DrawParameters
  assignments: Assignment[]
  unassigned: Unassigned[]
}

export interface DrawDifference {
  /** 'entityListHash', 'parameters.drawnCount', 'position 3', … */
  where: string
  recorded: unknown
  recomputed: unknown
}

/** Null when the input can be drawn; otherwise the reason in Chinese (for an AppError in the service). */
export function checkDrawInput(input: DrawInput): string | null {
  if (input.seed.length === 0) return '随机种子不能为空'
  try {
    // Both canonical forms refuse duplicate ids; sampleSize refuses a bad count or proportion.
    canonicalEntities(input.entities)
    canonicalInspectors(input.inspectors)
    sampleSize(input.entities.length, input.selection)
  } catch (e) {
    return (e as Error).message
  }
  return null
}

/** Only the selection's own key, so the record holds nothing the caller happened to add. */
const cleanSelection = (s: Selection): Selection => ('count' in s ? { count: s.count } : { proportion: s.proportion })

export function runDraw(input: DrawInput): DrawRecord {
  const problem = checkDrawInput(input)
  if (problem) throw new Error(problem)
  const drawn = drawEntities(input.entities, input.selection, input.seed)
  const sameUnitRequired = input.sameUnitRequired ?? false
  const { assignments, unassigned } = assignInspectorPairs(drawn, input.inspectors, input.avoidance, input.seed, { sameUnitRequired })
  return {
    algorithm: DRAW_ALGORITHM,
    seed: input.seed,
    entityListHash: entityListHash(input.entities),
    inspectorListHash: inspectorListHash(input.inspectors),
    avoidanceHash: avoidanceHash(input.avoidance, input.entities.map((e) => e.id), input.inspectors.map((i) => i.id)),
    parameters: {
      selection: cleanSelection(input.selection),
      entityCount: input.entities.length,
      inspectorCount: input.inspectors.length,
      drawnCount: drawn.length,
      sameUnitRequired,
    },
    assignments,
    unassigned,
  }
}

/** JSON with object keys sorted: a record read back from jsonb has its keys in another order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b)

/**
 * Recomputes the record from the frozen lists it claims and lists every place it differs. A list-hash
 * difference means these are not the lists that were drawn from; the rows are still compared so the
 * page can show what the tampering or mistake changed.
 */
export function verifyDraw(
  record: DrawRecord,
  entities: readonly DrawEntity[],
  inspectors: readonly DrawInspector[],
  avoidance?: Avoidance,
): { matches: boolean; differences: DrawDifference[] } {
  if (record.algorithm !== DRAW_ALGORITHM) {
    return { matches: false, differences: [{ where: 'algorithm', recorded: record.algorithm, recomputed: DRAW_ALGORITHM }] }
  }
  let again: DrawRecord
  try {
    again = runDraw({
      seed: record.seed, entities, inspectors, avoidance,
      selection: record.parameters.selection, sameUnitRequired: record.parameters.sameUnitRequired,
    })
  } catch (e) {
    return { matches: false, differences: [{ where: 'input', recorded: null, recomputed: (e as Error).message }] }
  }
  const differences: DrawDifference[] = []
  for (const key of ['entityListHash', 'inspectorListHash', 'avoidanceHash'] as const) {
    if (record[key] !== again[key]) differences.push({ where: key, recorded: record[key], recomputed: again[key] })
  }
  for (const key of Object.keys(again.parameters) as (keyof DrawParameters)[]) {
    if (!same(record.parameters[key], again.parameters[key])) {
      differences.push({ where: `parameters.${key}`, recorded: record.parameters[key], recomputed: again.parameters[key] })
    }
  }
  const rows = (r: DrawRecord) => new Map<number, Assignment | Unassigned>([...r.assignments, ...r.unassigned].map((row) => [row.position, row]))
  const recordedRows = rows(record)
  const recomputedRows = rows(again)
  const positions = [...new Set([...recordedRows.keys(), ...recomputedRows.keys()])].sort((a, b) => a - b)
  for (const p of positions) {
    const a = recordedRows.get(p) ?? null
    const b = recomputedRows.get(p) ?? null
    if (!same(a, b)) differences.push({ where: `position ${p}`, recorded: a, recomputed: b })
  }
  // Rows per position match, yet the record could still list one row twice or out of order.
  if (differences.length === 0 && !same([record.assignments, record.unassigned], [again.assignments, again.unassigned])) {
    const digest = (r: DrawRecord) => sha256Hex(stableJson([r.assignments, r.unassigned]))
    differences.push({ where: 'rows', recorded: digest(record), recomputed: digest(again) })
  }
  return { matches: differences.length === 0, differences }
}
