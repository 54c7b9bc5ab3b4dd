import { sha256Hex } from '../sha256'

/**
 * The frozen lists of a 双随机 draw and their canonical text. The hash of that text is published before
 * the seed is known, so the office commits to the lists first; anyone can re-hash the text shown on the
 * public page with any SHA-256 tool (`sha256sum`, no trailing newline) and check it.
 *
 * Canonical text: a JSON array, no whitespace, UTF-8, items sorted by id in Unicode code-point order
 * (= UTF-8 byte order; for lowercase UUIDs plain ASCII order), each item an object with exactly the
 * fields below in this order, missing values as null. Only these fields are hashed: a richer row passed
 * in hashes the same as its canonical projection.
 */

/** One row of the 检查对象名录库 after the upstream filters (type, region, grade). */
export interface DrawEntity {
  id: string
  name: string
  uscc?: string | null
  licenceNumber?: string | null
  regionCode: string
  type: string
  grade?: string | null
}

/** One row of the 执法检查人员名录库: only officers holding a 执法证 are on it. */
export interface DrawInspector {
  id: string
  name: string
  /** 执法单位; `sameUnitRequired` compares this text. */
  unit: string
  /** 执法证号. */
  certificateNumber: string
}

export const ENTITY_FIELDS = ['id', 'name', 'uscc', 'licenceNumber', 'regionCode', 'type', 'grade'] as const
export const INSPECTOR_FIELDS = ['id', 'name', 'unit', 'certificateNumber'] as const

const utf8 = new TextEncoder()

/**
 * Code-point order, not JS `<` (UTF-16 units), so other languages sort ids the same way: UTF-8 bytes
 * compare in code-point order, and a prefix sorts first. Returns −1, 0 or 1.
 */
export function compareIds(a: string, b: string): number {
  const x = utf8.encode(a)
  const y = utf8.encode(b)
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1
}

/** Sorted copy by id; a duplicate id would make the order (and the hash) ambiguous, so it is refused. */
export function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => compareIds(a.id, b.id))
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id) throw new Error(`名录库中有重复的 id：${sorted[i].id}`)
  }
  return sorted
}

export function canonicalList<T extends { id: string }>(items: readonly T[], fields: readonly string[]): string {
  const rows = sortById(items).map((item) => {
    const record = item as unknown as Record<string, unknown>
    // Build each object key by key so the field order is the declared one, whatever the input's.
    const row: Record<string, string | null> = {}
    for (const f of fields) {
      const v = record[f]
      row[f] = v === undefined || v === null ? null : String(v)
    }
    return row
  })
  return JSON.stringify(rows)
}

export const canonicalListHash = <T extends { id: string }>(items: readonly T[], fields: readonly string[]) =>
  sha256Hex(canonicalList(items, fields))

export const canonicalEntities = (entities: readonly DrawEntity[]) => canonicalList(entities, ENTITY_FIELDS)
export const canonicalInspectors = (inspectors: readonly DrawInspector[]) => canonicalList(inspectors, INSPECTOR_FIELDS)
export const entityListHash = (entities: readonly DrawEntity[]) => sha256Hex(canonicalEntities(entities))
export const inspectorListHash = (inspectors: readonly DrawInspector[]) => sha256Hex(canonicalInspectors(inspectors))
