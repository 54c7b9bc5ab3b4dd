import type { AssignmentListDto, PublicDrawDto, PublicDrawSummaryDto, VerifyResultDto } from '../../../../shared/draws'
import type { RequestContext, SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { notFound } from '../../../platform/errors'
import { regionNames } from '../../regions/service'
import { sha256Hex, verifyDraw, type DrawDifference, type DrawRecord } from '../../../../shared/draw'
import type { InspectionDrawRow } from '../schema'
import { drawOr404 } from './draw-service'
import { frozenEntities, frozenInspectors, resultRows, toPublicDraw } from './presenter'
import * as q from './queries'

/**
 * Reading a draw's outcome: the public record (published draws only, no login), the server-side check
 * that recomputes it, and the work it gives (each drawn business, its officers, done or not).
 */

type Reader = Pick<RequestContext, 'db'>

async function publishedOr404(db: Executor, id: string) {
  const row = await q.findPublishedDraw(db, id)
  // A draw that exists but is not published answers exactly like a missing one.
  if (!row) throw notFound('公示的双随机抽查')
  return row
}

export async function getPublicDraw(ctx: Reader, id: string): Promise<PublicDrawDto> {
  const row = await publishedOr404(ctx.db, id)
  return toPublicDraw(row, await regionNames(ctx, [row.regionCode]))
}

export async function listPublicDraws(ctx: Reader): Promise<PublicDrawSummaryDto[]> {
  const rows = await q.listPublishedDraws(ctx.db, 200)
  const regions = await regionNames(ctx, rows.map((r) => r.regionCode))
  return rows.map((r) => ({
    id: r.id, title: r.title, matter: r.matter, year: r.year, regionName: regions.get(r.regionCode) ?? r.regionCode,
    drawnCount: (r.record as DrawRecord).parameters.drawnCount, publishedAt: r.publishedAt!.toISOString(),
  }))
}

/**
 * Recomputes the stored record from the stored list texts and the avoidance pairs frozen with them
 * (kept private, never returned: only its hash can appear in a difference); a later change to the
 * avoidance list does not alter a finished draw. Also checks that each stored
 * text still hashes to the hash published at freezing.
 */
function verifyRow(row: InspectionDrawRow): VerifyResultDto {
  const record = row.record as DrawRecord
  const entities = frozenEntities(row)
  const inspectors = frozenInspectors(row)
  const avoidance = row.avoidancePairs
  const differences: DrawDifference[] = []
  for (const [where, text, hash] of [['entityList', row.entityList, row.entityListHash], ['inspectorList', row.inspectorList, row.inspectorListHash]] as const) {
    if (sha256Hex(text) !== hash) differences.push({ where, recorded: hash, recomputed: sha256Hex(text) })
  }
  if (row.seed !== record.seed) differences.push({ where: 'seed', recorded: row.seed, recomputed: record.seed })
  differences.push(...verifyDraw(record, entities, inspectors, avoidance).differences)
  const matches = differences.length === 0
  return { matches, verdict: matches ? '一致' : '不一致', differences }
}

export async function verifyPublicDraw(ctx: Reader, id: string): Promise<VerifyResultDto> {
  return verifyRow(await publishedOr404(ctx.db, id))
}

export async function verifyDrawInScope(ctx: SignedInContext, id: string): Promise<VerifyResultDto> {
  const row = await drawOr404(ctx.db, ctx, id)
  if (!row.record) return { matches: false, verdict: '尚未抽取，无可复核的结果', differences: [] }
  return verifyRow(row)
}

export async function listAssignments(ctx: SignedInContext, id: string): Promise<AssignmentListDto> {
  const row = await drawOr404(ctx.db, ctx, id)
  const done = new Map<string, { id: string; inspectedOn: string }>()
  for (const i of await q.inspectionsOfDraw(ctx.db, ctx.account, id)) if (!done.has(i.entityId)) done.set(i.entityId, i)
  const items = resultRows(row).map((r) => {
    const inspection = done.get(r.entity.id)
    return {
      position: r.position, entityId: r.entity.id, entityName: r.entity.name, regionCode: r.entity.regionCode,
      inspectors: r.inspectors.map((p) => ({ id: p.id, name: p.name })), unassignedReason: r.unassignedReason,
      done: !!inspection, inspectionId: inspection?.id ?? null, inspectedOn: inspection?.inspectedOn ?? null,
    }
  })
  return { drawId: id, total: items.length, done: items.filter((i) => i.done).length, items }
}
