import type { PickInput, RejectInput, TestRequestDto, TestRequestListDto, TestRequestListQuery } from '../../../../../shared/test-requests'
import { writeAudit } from '../../../../platform/audit'
import type { SignedInContext } from '../../../../platform/context'
import type { Executor } from '../../../../platform/db'
import { badRequest, conflict, notFound } from '../../../../platform/errors'
import { regionNames } from '../../../regions/service'
import { auditView, toOfficeDto } from '../presenter'
import * as q from '../queries'

/**
 * 你点我检, the office half: triage (pick into a published plan of the county, or decline with a reason). "Tested" is
 * never stored: a request is tested once a sample recorded for it (samples.requestId) has its report.
 */

const MISSING = '你点我检建议'
const countyOf = (code: string) => `${code.slice(0, 6)}000000`

async function present(ctx: SignedInContext, rows: Awaited<ReturnType<typeof q.listForOffice>>): Promise<TestRequestDto[]> {
  const [names, linked] = await Promise.all([
    regionNames(ctx, rows.map((r) => r.request.regionCode)),
    q.samplesOfRequests(ctx.db, ctx.account, rows.map((r) => r.request.id)),
  ])
  return rows.map((r) => toOfficeDto(r, names.get(r.request.regionCode) ?? r.request.regionCode, linked.filter((s) => s.requestId === r.request.id)))
}

export async function listRequests(ctx: SignedInContext, query: TestRequestListQuery): Promise<TestRequestListDto> {
  const where = q.officeWhere(ctx.account, query)
  const pageSize = query.pageSize ?? 20
  const [total, rows] = await Promise.all([
    q.countForOffice(ctx.db, where),
    q.listForOffice(ctx.db, where, pageSize, ((query.page ?? 1) - 1) * pageSize),
  ])
  return { total, items: await present(ctx, rows) }
}

export async function getRequest(ctx: SignedInContext, id: string): Promise<TestRequestDto> {
  const row = await q.findInScope(ctx.db, ctx.account, id)
  if (!row) throw notFound(MISSING)
  return (await present(ctx, [row]))[0]
}

/** Loads and locks the request for a decision; a tested one is settled. */
async function decidable(ctx: SignedInContext, tx: Executor, id: string) {
  const row = await q.findInScope(tx, ctx.account, id, true)
  if (!row) throw notFound(MISSING)
  if (row.status === 'tested') throw conflict('这条建议已有检验报告，不能再调整')
  return row
}

export async function pickRequest(ctx: SignedInContext, id: string, input: PickInput): Promise<TestRequestDto> {
  await ctx.db.transaction(async (tx) => {
    const row = await decidable(ctx, tx, id)
    const plan = await q.findCountyPlan(tx, input.planId, countyOf(row.request.regionCode))
    if (!plan) throw notFound('抽检计划')
    // The public sees the plan's name beside its proposal: only a plan the county has published may be promised.
    if (plan.status !== 'published') throw badRequest(`抽检计划：“${plan.name}”尚未发布，发布后才能列入`)
    if (row.request.status === 'picked' && row.request.planId === plan.id) throw conflict(`这条建议已列入“${plan.name}”`)
    const note = input.note?.trim() || null
    const saved = await q.updateRequest(tx, id, { status: 'picked', planId: plan.id, decisionNote: note })
    await writeAudit(tx, ctx, { action: 'test_request.pick', entityType: 'test_request', entityId: id, before: auditView(row.request), after: auditView(saved) })
  })
  return getRequest(ctx, id)
}

export async function rejectRequest(ctx: SignedInContext, id: string, input: RejectInput): Promise<TestRequestDto> {
  const note = input.note.trim()
  if (!note) throw badRequest('不采纳理由：不能为空')
  await ctx.db.transaction(async (tx) => {
    const row = await decidable(ctx, tx, id)
    if (row.request.status === 'rejected') throw conflict('这条建议已是“未采纳”')
    if (await q.countSamplesOf(tx, id) > 0) throw conflict('已按这条建议抽样，不能再标为未采纳')
    const saved = await q.updateRequest(tx, id, { status: 'rejected', planId: null, decisionNote: note })
    await writeAudit(tx, ctx, { action: 'test_request.reject', entityType: 'test_request', entityId: id, before: auditView(row.request), after: auditView(saved) })
  })
  return getRequest(ctx, id)
}
