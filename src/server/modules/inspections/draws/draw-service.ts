import type { CancelDrawInput, DrawDetailDto, DrawInput, DrawListDto, DrawListQuery, RunDrawInput } from '../../../../shared/draws'
import { writeAudit } from '../../../platform/audit'
import { shanghaiDate } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import { listDrawCandidates } from '../../entities/service/register'
import { findRegionInScope, regionNames, unitNames } from '../../regions/service'
import {
  avoidanceHash, canonicalEntities, canonicalInspectors, entityListHash, inspectorListHash, runDraw as computeDraw, sampleSize, seedFromPublicSource,
  type DrawInspector, type Selection,
} from '../../../../shared/draw'
import type { InspectionDrawRow } from '../schema'
import { frozenEntities, frozenInspectors, toDrawDetail, toDrawSummary } from './presenter'
import * as q from './queries'

/**
 * A 双随机 draw's life: freeze (both lists and their hashes, published before any seed exists) → run
 * (a seed entered or built from public parts, over the frozen lists only) → publish. A frozen or drawn
 * draw may be cancelled; a published one stands.
 */

const STATUS_REFUSALS: Record<string, string> = {
  drawn: '本次抽取已执行，不能重复抽取',
  published: '本次抽取已公示，不能再输入随机种子或重新抽取',
  cancelled: '本次抽取已作废',
}

export async function drawOr404(db: Executor, ctx: SignedInContext, id: string, forUpdate = false) {
  const row = forUpdate ? await q.findDrawForUpdate(db, ctx.account, id) : await q.findDraw(db, ctx.account, id)
  if (!row) throw notFound('双随机抽查')
  return row
}

function selectionOf(input: DrawInput['selection']): Selection {
  const hasCount = input.count !== undefined
  const hasProportion = input.proportion !== undefined
  if (hasCount === hasProportion) throw badRequest('抽取数量：请填写抽取数量或抽取比例，二者选一')
  return hasCount ? { count: input.count! } : { proportion: input.proportion! }
}

/** The roster as the draw sees it: name, unit name (what "same unit" compares) and 执法证号. */
async function officersInScope(ctx: SignedInContext): Promise<DrawInspector[]> {
  const roster = await q.listActiveRoster(ctx.db, ctx.account)
  const units = await unitNames(ctx, roster.map((r) => r.unitId).filter((id): id is string => !!id))
  return roster.map((r) => ({ id: r.accountId, name: r.name, unit: (r.unitId && units.get(r.unitId)) || '', certificateNumber: r.certificateNumber }))
}

/** The avoidance pairs among these officers, as the draw uses them (those outside the lists drop out of the hash). */
const currentAvoidance = (db: Executor, officers: readonly { id: string }[]) => q.avoidancePairsOf(db, officers.map((o) => o.id))

export async function freezeDraw(ctx: SignedInContext, input: DrawInput): Promise<DrawDetailDto> {
  const selection = selectionOf(input.selection)
  const region = await findRegionInScope(ctx, input.entityFilter.regionCode)
  if (!region) throw badRequest('抽查区域：区划不存在或不在本账号管辖范围内')
  const entities = await listDrawCandidates(ctx, input.entityFilter)
  if (entities.length === 0) throw badRequest('抽取范围：没有符合条件的在业经营主体，检查对象名录库为空')
  try {
    sampleSize(entities.length, selection)
  } catch (e) {
    throw badRequest(`抽取数量：${(e as Error).message}`)
  }
  const officers = await officersInScope(ctx)
  if (officers.length < 2) throw badRequest('执法检查人员名录库：在岗执法人员不足两名，无法两人一组检查')
  if (input.sameUnitRequired && !officers.some((o) => officers.some((p) => p.id !== o.id && p.unit === o.unit))) {
    throw badRequest('两名执法人员须同一单位：名录库中没有哪个执法单位有两名在岗执法人员')
  }
  const avoidance = await currentAvoidance(ctx.db, officers)
  const id = await ctx.db.transaction(async (tx) => {
    const row = await q.insertDraw(tx, {
      regionCode: region.code, title: input.title.trim(), matter: input.matter.trim(), year: input.year,
      entityFilter: { regionCode: region.code, types: input.entityFilter.types, grades: input.entityFilter.grades },
      selection, sameUnitRequired: input.sameUnitRequired,
      entityList: canonicalEntities(entities), inspectorList: canonicalInspectors(officers),
      entityListHash: entityListHash(entities), inspectorListHash: inspectorListHash(officers),
      avoidanceHash: avoidanceHash(avoidance, entities.map((e) => e.id), officers.map((o) => o.id)),
      avoidancePairs: withinLists(avoidance, entities, officers),
      status: 'frozen', createdBy: ctx.account.id,
    })
    await writeAudit(tx, ctx, {
      action: 'draw.freeze', entityType: 'inspection_draw', entityId: row.id,
      after: { title: row.title, entityCount: entities.length, inspectorCount: officers.length, selection, entityListHash: row.entityListHash, inspectorListHash: row.inspectorListHash, avoidanceHash: row.avoidanceHash },
    })
    return row.id
  })
  return getDraw(ctx, id)
}

/** The seed as typed, or SHA-256 of the public parts (draw date, lottery number, both list hashes), one per line. */
function seedOf(draw: InspectionDrawRow, input: RunDrawInput): { seed: string; parts: string[] | null } {
  const fromParts = input.drawDate !== undefined || input.lotteryNumber !== undefined
  if (input.seed !== undefined && fromParts) throw badRequest('随机种子：请只填写随机种子，或只填写抽取日期和开奖号码')
  if (input.seed !== undefined) return { seed: input.seed, parts: null }
  if (!input.drawDate || !input.lotteryNumber?.trim()) throw badRequest('随机种子：请填写随机种子，或同时填写抽取日期和开奖号码')
  const frozenOn = shanghaiDate(draw.frozenAt)
  if (input.drawDate < frozenOn) throw badRequest(`抽取日期：不能早于名录冻结日期 ${frozenOn}（开奖须在名录哈希公示之后）`)
  const parts = [input.drawDate, input.lotteryNumber.trim(), draw.entityListHash, draw.inspectorListHash]
  return { seed: seedFromPublicSource(parts), parts }
}

/** The pairs the draw can use: both the officer and the business are on the frozen lists. */
function withinLists(pairs: { inspectorId: string; entityId: string }[], entities: readonly { id: string }[], officers: readonly { id: string }[]) {
  const e = new Set(entities.map((x) => x.id))
  const o = new Set(officers.map((x) => x.id))
  return pairs.filter((p) => e.has(p.entityId) && o.has(p.inspectorId)).map((p) => ({ inspectorId: p.inspectorId, entityId: p.entityId }))
}

export async function runDraw(ctx: SignedInContext, id: string, input: RunDrawInput): Promise<DrawDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const draw = await drawOr404(tx, ctx, id, true)
    if (draw.status !== 'frozen') throw conflict(STATUS_REFUSALS[draw.status] ?? '本次抽取不能执行')
    const { seed, parts } = seedOf(draw, input)
    // Only the frozen lists: the register may have changed since, the draw must not see it.
    const entities = frozenEntities(draw)
    const inspectors = frozenInspectors(draw)
    const avoidance = await currentAvoidance(tx, inspectors)
    if (avoidanceHash(avoidance, entities.map((e) => e.id), inspectors.map((i) => i.id)) !== draw.avoidanceHash) {
      throw conflict('名录冻结后回避名单有变动，不能按冻结时的名录抽取；请作废本次抽取后重新冻结名录')
    }
    const record = computeDraw({ seed, entities, inspectors, avoidance, selection: draw.selection as Selection, sameUnitRequired: draw.sameUnitRequired })
    await q.updateDraw(tx, id, { status: 'drawn', seed, seedSource: parts ? parts.join('\n') : null, record, drawnAt: new Date() })
    await writeAudit(tx, ctx, {
      action: 'draw.run', entityType: 'inspection_draw', entityId: id,
      after: { seed, seedParts: parts, drawnCount: record.parameters.drawnCount, assigned: record.assignments.length, unassigned: record.unassigned.length },
    })
  })
  return getDraw(ctx, id)
}

export async function publishDraw(ctx: SignedInContext, id: string): Promise<DrawDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const draw = await drawOr404(tx, ctx, id, true)
    if (draw.status === 'frozen') throw conflict('尚未抽取，不能公示：请先输入随机种子执行抽取')
    if (draw.status === 'published') throw conflict('本次抽取已公示')
    if (draw.status === 'cancelled') throw conflict('本次抽取已作废，不能公示')
    const publishedAt = new Date()
    await q.updateDraw(tx, id, { status: 'published', publishedAt })
    await writeAudit(tx, ctx, { action: 'draw.publish', entityType: 'inspection_draw', entityId: id, before: { status: draw.status }, after: { status: 'published', publishedAt } })
  })
  return getDraw(ctx, id)
}

export async function cancelDraw(ctx: SignedInContext, id: string, input: CancelDrawInput): Promise<DrawDetailDto> {
  const reason = input.reason.trim()
  if (!reason) throw badRequest('作废原因：不能为空')
  await ctx.db.transaction(async (tx) => {
    const draw = await drawOr404(tx, ctx, id, true)
    if (draw.status === 'published') throw conflict('本次抽取已公示，不能作废')
    if (draw.status === 'cancelled') throw conflict('本次抽取已作废')
    await q.updateDraw(tx, id, { status: 'cancelled' })
    // The reason lives in the audit row: the table has no column for it.
    await writeAudit(tx, ctx, { action: 'draw.cancel', entityType: 'inspection_draw', entityId: id, before: { status: draw.status }, after: { status: 'cancelled', reason } })
  })
  return getDraw(ctx, id)
}

export async function getDraw(ctx: SignedInContext, id: string): Promise<DrawDetailDto> {
  const row = await drawOr404(ctx.db, ctx, id)
  const filter = row.entityFilter as { regionCode: string }
  return toDrawDetail(row, await regionNames(ctx, [row.regionCode, filter.regionCode]))
}

export async function listDraws(ctx: SignedInContext, query: DrawListQuery): Promise<DrawListDto> {
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const where = q.drawWhere(ctx.account, query)
  const [total, rows] = await Promise.all([q.countDraws(ctx.db, where), q.listDrawPage(ctx.db, where, pageSize, (page - 1) * pageSize)])
  const regions = await regionNames(ctx, rows.map((r) => r.regionCode))
  return { total, page, pageSize, items: rows.map((r) => toDrawSummary(r, regions)) }
}
