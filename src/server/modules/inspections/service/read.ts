import type { Static } from 'typebox'
import { todayOf } from '../../../platform/config'
import type { InspectionDetailDto, InspectionFiguresDto, InspectionFiguresQuery, InspectionListDto, InspectionListQuery, InspectionStatsDto } from '../../../../shared/inspections'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import { readStoredFile } from '../../../platform/files'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import { casesForSources } from '../../cases/service/cases'
import { findEntityOr404, ownEntityIdOf } from '../../entities/service/register'
import { isWithinRegion } from '../../../platform/scope'
import * as q from '../queries'
import { toDetail, toListItem, toOrderDto } from '../presenter'

/** Staff read their region subtree; the caller has no business account behind it. */
export const staffViewer = (ctx: SignedInContext): q.Viewer => ({ account: ctx.account, ownEntityId: null })

/** The viewer for reads: a business account sees its own entity only. */
export async function viewerOf(ctx: SignedInContext): Promise<q.Viewer> {
  if (ctx.account.role !== 'business') return staffViewer(ctx)
  return { account: ctx.account, ownEntityId: (await ownEntityIdOf(ctx)) ?? null }
}

export async function listInspections(ctx: SignedInContext, query: InspectionListQuery): Promise<InspectionListDto> {
  const viewer = await viewerOf(ctx)
  const pageSize = query.pageSize ?? 20
  const offset = ((query.page ?? 1) - 1) * pageSize
  const [rows, total] = await Promise.all([q.listInspections(ctx.db, viewer, query, pageSize, offset), q.countInspectionsFast(ctx.db, viewer, query)])
  return { items: rows.map(toListItem), total }
}

/** Counts by result for a region subtree and a year (the report's 检查户次 and 不符合 figures). */
export async function inspectionStats(ctx: SignedInContext, query: { region?: string; year?: number }): Promise<InspectionStatsDto> {
  const year = query.year ?? Number(todayOf(ctx).slice(0, 4))
  const regionCode = query.region ?? ctx.account.regionCode
  const rows = await q.countByResultFast(ctx.db, await viewerOf(ctx), { region: regionCode, from: `${year}-01-01`, to: `${year}-12-31` })
  const byResult = { conform: 0, basic: 0, nonconform: 0 }
  for (const r of rows) byResult[r.result as keyof typeof byResult] = r.n
  return { year, regionCode, total: rows.reduce((s, r) => s + r.n, 0), byResult }
}

/** The self-inspection report's inspection figures for a region subtree, period, 环节 and kind. */
export async function inspectionFigures(ctx: SignedInContext, query: Static<typeof InspectionFiguresQuery>): Promise<InspectionFiguresDto> {
  const today = todayOf(ctx)
  const from = query.from ?? `${today.slice(0, 4)}-01-01`
  const to = query.to ?? today
  if (from > to) throw badRequest('开始日期：不能晚于结束日期')
  return { from, to, ...(await q.figures(ctx.db, await viewerOf(ctx), { region: query.region, kind: query.kind, sector: query.sector, from, to })) }
}

export async function getInspection(ctx: SignedInContext, id: string): Promise<InspectionDetailDto> {
  const viewer = await viewerOf(ctx)
  const found = await q.findInspection(ctx.db, viewer, id)
  if (!found) throw notFound('检查记录')
  const today = todayOf(ctx)
  // Orders come only from 限期整改: the other inspections skip the round trip (see bench/inspections-api).
  const orders = found.i.handling === 'rectification' ? (await q.listOrders(ctx.db, viewer, { inspectionId: id }, 50, 0)).map((o) => toOrderDto(o, today)) : []
  // Only an inspection handed to investigation (or an order that failed into a case) has a case to show.
  const mayHaveCase = found.i.handling === 'investigation'
  const caseId = mayHaveCase && ctx.account.permissions.has('cases.read') ? ((await casesForSources(ctx.db, ctx, [id])).get(id)?.id ?? null) : null
  return toDetail(found, orders, caseId)
}

/** 第三十九条: the result is published (on the portal) within 20 working days. */
export async function publishInspection(ctx: SignedInContext, id: string): Promise<InspectionDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const found = await q.findInspection(tx, staffViewer(ctx), id)
    if (!found) throw notFound('检查记录')
    if (found.i.publishedAt) throw conflict('该检查结果已公示')
    const at = ctx.config.now()
    await q.markPublished(tx, id, at)
    await writeAudit(tx, ctx, { action: 'inspection.publish', entityType: 'inspection', entityId: id, after: { publishedAt: at.toISOString(), publishDueOn: found.i.publishDueOn } })
  })
  return getInspection(ctx, id)
}

/** A photo or the signature of an inspection: readable by whoever may read the inspection, nothing else by hash. */
export async function inspectionFile(ctx: SignedInContext, id: string, sha256: string) {
  const found = await q.findInspection(ctx.db, await viewerOf(ctx), id)
  if (!found || ![...found.i.photoIds, found.i.signatureSha256].includes(sha256)) throw notFound('文件')
  const file = await readStoredFile(ctx.db, sha256)
  if (!file) throw notFound('文件')
  return { buffer: file.content, fileName: `${sha256.slice(0, 12)}.${file.mimeType === 'image/png' ? 'png' : 'jpg'}`, mimeType: file.mimeType }
}

/**
 * The officers who may sign an inspection of this entity (enabled inspectors whose region covers it), or,
 * without an entity, those covering any part of the caller's region.
 */
export async function listOfficers(ctx: SignedInContext, entityId: string | undefined) {
  const all = await q.enabledInspectors(ctx.db)
  if (!entityId) return all.filter((o) => isWithinRegion(o.regionCode, ctx.account.regionCode) || isWithinRegion(ctx.account.regionCode, o.regionCode)).map(({ id, name }) => ({ id, name }))
  const entity = await findEntityOr404(ctx.db, ctx, entityId)
  return all.filter((o) => isWithinRegion(entity.regionCode, o.regionCode)).map(({ id, name }) => ({ id, name }))
}
