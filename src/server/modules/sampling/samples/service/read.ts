import type { SampleDetailDto, SampleListDto, SampleListQuery } from '../../../../../shared/sampling'
import type { SignedInContext } from '../../../../platform/context'
import type { Executor } from '../../../../platform/db'
import { notFound } from '../../../../platform/errors'
import { readStoredFile } from '../../../../platform/files'
import { listOfficers } from '../../../inspections/service/read'
import { regionNames } from '../../../regions/service'
import type { SampleRow } from '../../schema'
import { toDetail, toListItem } from '../presenter'
import * as q from '../queries'

/** A sample in the caller's scope, or the 404 a missing one gets. */
export async function findSampleOr404(db: Executor, ctx: SignedInContext, id: string) {
  const row = await q.findSample(db, ctx.account, id)
  if (!row) throw notFound('抽样记录')
  return row
}

async function extrasOf(ctx: SignedInContext, rows: SampleRow[]) {
  const ids = rows.map((r) => r.id)
  const [entityNames, names, failed, disposals] = await Promise.all([
    q.entityNamesOf(ctx.db, rows.map((r) => r.entityId)), regionNames(ctx, [...new Set(rows.map((r) => r.regionCode))]),
    q.failedItemsOf(ctx.db, ids), q.disposalsOf(ctx.db, ids),
  ])
  return (r: SampleRow) => ({
    entityName: entityNames.get(r.entityId) ?? '',
    regionName: names.get(r.regionCode) ?? r.regionCode,
    failedItems: failed.filter((f) => f.sampleId === r.id).map((f) => f.itemName),
    disposalId: disposals.find((d) => d.sampleId === r.id)?.id ?? null,
  })
}

/** Newest first (by sampling date), in the caller's region subtree. */
export async function listSamples(ctx: SignedInContext, query: SampleListQuery): Promise<SampleListDto> {
  const pageSize = query.pageSize ?? 20
  const offset = ((query.page ?? 1) - 1) * pageSize
  const [rows, total] = await Promise.all([q.listSamples(ctx.db, ctx.account, query, pageSize, offset), q.countSamples(ctx.db, ctx.account, query)])
  const extras = await extrasOf(ctx, rows)
  return { items: rows.map((r) => toListItem(r, extras(r))), total }
}

/** The detail of a sample already read in scope (after the write's transaction has committed). */
export async function sampleDetail(ctx: SignedInContext, row: SampleRow): Promise<SampleDetailDto> {
  const [extras, results, samplers, plan] = await Promise.all([
    extrasOf(ctx, [row]), q.resultsOf(ctx.db, row.id), q.accountNames(ctx.db, row.samplerIds),
    row.planId ? q.findPlan(ctx.db, ctx.account, row.planId) : undefined,
  ])
  return toDetail(row, {
    ...extras(row), planName: plan?.name ?? null, results,
    samplers: row.samplerIds.map((id) => ({ id, name: samplers.find((s) => s.id === id)?.name ?? '' })),
  })
}

export async function getSample(ctx: SignedInContext, id: string): Promise<SampleDetailDto> {
  return sampleDetail(ctx, await findSampleOr404(ctx.db, ctx, id))
}

/** The officers the form offers: enabled inspectors whose region covers the entity (inspections' roster rule). */
export const listSamplers = (ctx: SignedInContext, entityId: string | undefined) => listOfficers(ctx, entityId)

/** A photo of a sample: readable by whoever may read the sample (in scope), never by its hash alone. */
export async function sampleFile(ctx: SignedInContext, id: string, sha256: string) {
  const sample = await q.findSample(ctx.db, ctx.account, id)
  if (!sample?.photoIds.includes(sha256)) throw notFound('文件')
  const file = await readStoredFile(ctx.db, sha256)
  if (!file) throw notFound('文件')
  return { buffer: file.content, fileName: `${sha256.slice(0, 12)}.${file.mimeType === 'image/png' ? 'png' : 'jpg'}`, mimeType: file.mimeType }
}
