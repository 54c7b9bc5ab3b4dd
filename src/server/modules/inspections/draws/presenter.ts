import { DRAW_STATUS, type AvoidanceDto, type DrawDetailDto, type DrawResultRowDto, type DrawSummaryDto, type PublicDrawDto, type RosterEntryDto } from '../../../../shared/draws'
import { ALGORITHM_DESCRIPTION_ZH, type DrawEntity, type DrawInspector, type DrawRecord } from '../../../../shared/draw'
import type { InspectionDrawRow } from '../schema'
import type { DrawSummaryRow, RosterView } from './queries'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export const toRosterEntryDto = (r: RosterView, units: Map<string, string>, regions: Map<string, string>): RosterEntryDto => ({
  accountId: r.accountId, name: r.name, username: r.username, regionCode: r.regionCode, regionName: regions.get(r.regionCode) ?? r.regionCode,
  unitId: r.unitId, unitName: (r.unitId && units.get(r.unitId)) || '', certificateNumber: r.certificateNumber, active: r.active,
  accountDisabled: r.accountDisabled, avoidanceCount: r.avoidanceCount, updatedAt: r.updatedAt.toISOString(),
})

export const toAvoidanceDto = (r: { accountId: string; entityId: string; reason: string; createdAt: Date }, names: Map<string, string>): AvoidanceDto => ({
  accountId: r.accountId, entityId: r.entityId, entityName: names.get(r.entityId) ?? '', reason: r.reason, createdAt: r.createdAt.toISOString(),
})

type Selection = { count?: number; proportion?: number }

export function toDrawSummary(r: DrawSummaryRow, regions: Map<string, string>): DrawSummaryDto {
  return {
    id: r.id, title: r.title, matter: r.matter, year: r.year, regionCode: r.regionCode, regionName: regions.get(r.regionCode) ?? r.regionCode,
    status: r.status, statusLabel: DRAW_STATUS[r.status as keyof typeof DRAW_STATUS] ?? r.status,
    entityCount: r.entityCount, inspectorCount: r.inspectorCount, drawnCount: r.drawnCount, selection: r.selection as Selection,
    frozenAt: r.frozenAt.toISOString(), drawnAt: iso(r.drawnAt), publishedAt: iso(r.publishedAt),
  }
}

/** The frozen lists as stored: canonical JSON, parsed back into the rows the algorithm drew from. */
export const frozenEntities = (row: Pick<InspectionDrawRow, 'entityList'>) => JSON.parse(row.entityList) as DrawEntity[]
export const frozenInspectors = (row: Pick<InspectionDrawRow, 'inspectorList'>) => JSON.parse(row.inspectorList) as DrawInspector[]
export const seedPartsOf = (row: Pick<InspectionDrawRow, 'seedSource'>) => (row.seedSource ? row.seedSource.split('\n') : null)

/** The result table: each drawn business, in draw order, with its officers (or the reason it has none). */
export function resultRows(row: InspectionDrawRow): DrawResultRowDto[] {
  const record = row.record as DrawRecord | null
  if (!record) return []
  const entities = new Map(frozenEntities(row).map((e) => [e.id, e]))
  const officers = new Map(frozenInspectors(row).map((p) => [p.id, p]))
  const entityOf = (id: string) => {
    const e = entities.get(id)
    return { id, name: e?.name ?? '', uscc: e?.uscc ?? null, licenceNumber: e?.licenceNumber ?? null, regionCode: e?.regionCode ?? '', type: e?.type ?? '', grade: e?.grade ?? null }
  }
  const officer = (id: string) => {
    const p = officers.get(id)
    return { id, name: p?.name ?? '', unit: p?.unit ?? '', certificateNumber: p?.certificateNumber ?? '' }
  }
  return [
    ...record.assignments.map((a) => ({ position: a.position, entity: entityOf(a.entityId), inspectors: a.inspectorIds.map(officer), unassignedReason: null })),
    ...record.unassigned.map((u) => ({ position: u.position, entity: entityOf(u.entityId), inspectors: [], unassignedReason: u.reason })),
  ].sort((a, b) => a.position - b.position)
}

export function toDrawDetail(row: InspectionDrawRow, regions: Map<string, string>): DrawDetailDto {
  const filter = row.entityFilter as { regionCode: string; types: string[]; grades: string[] }
  const record = row.record as DrawRecord | null
  return {
    ...toDrawSummary({
      ...row, entityCount: frozenEntities(row).length, inspectorCount: frozenInspectors(row).length, drawnCount: record?.parameters.drawnCount ?? null,
    }, regions),
    entityFilter: { ...filter, regionName: regions.get(filter.regionCode) ?? filter.regionCode },
    sameUnitRequired: row.sameUnitRequired,
    entityListHash: row.entityListHash, inspectorListHash: row.inspectorListHash, avoidanceHash: row.avoidanceHash,
    seed: row.seed, seedParts: seedPartsOf(row), rows: resultRows(row),
  }
}

/** What is published: the lists' texts, hashes, seed, record and algorithm. The avoidance list itself is not stored here at all. */
export function toPublicDraw(row: InspectionDrawRow, regions: Map<string, string>): PublicDrawDto {
  return {
    id: row.id, title: row.title, matter: row.matter, year: row.year, regionName: regions.get(row.regionCode) ?? row.regionCode,
    frozenAt: row.frozenAt.toISOString(), drawnAt: iso(row.drawnAt) ?? '', publishedAt: iso(row.publishedAt) ?? '',
    entityList: row.entityList, inspectorList: row.inspectorList,
    entityListHash: row.entityListHash, inspectorListHash: row.inspectorListHash, avoidanceHash: row.avoidanceHash,
    seed: row.seed ?? '', seedParts: seedPartsOf(row),
    record: row.record as DrawRecord, rows: resultRows(row), algorithmText: ALGORITHM_DESCRIPTION_ZH,
  }
}
