import type { Static } from 'typebox'
import { todayOf } from '../../../platform/config'
import type { OrderDto, OrderListQuery, OrderReportInput, OrderVerifyInput, RectificationRatesDto, RectificationRatesQuery } from '../../../../shared/inspections'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Transaction } from '../../../platform/db'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import { openCaseFromInspection } from '../../cases/service/cases'
import * as q from '../queries'
import { toOrderDto } from '../presenter'
import type { InspectionRow } from '../schema'
import { staffViewer, viewerOf } from './read'

export async function listOrders(ctx: SignedInContext, query: Static<typeof OrderListQuery>) {
  const viewer = await viewerOf(ctx)
  const today = todayOf(ctx)
  const filters = { region: query.region, status: query.status, entityId: query.entityId, overdueBefore: query.overdue ? today : undefined }
  const pageSize = query.pageSize ?? 20
  const [rows, total] = await Promise.all([
    q.listOrders(ctx.db, viewer, filters, pageSize, ((query.page ?? 1) - 1) * pageSize),
    q.countOrders(ctx.db, viewer, filters),
  ])
  return { items: rows.map((r) => toOrderDto(r, today)), total }
}

export async function getOrder(ctx: SignedInContext, id: string): Promise<OrderDto> {
  const found = await q.findOrder(ctx.db, await viewerOf(ctx), id)
  if (!found) throw notFound('整改通知')
  return toOrderDto(found, todayOf(ctx))
}

/** The business reports back that it has rectified (第三十三条: 经营者整改后报告). */
export async function reportOrder(ctx: SignedInContext, id: string, input: Static<typeof OrderReportInput>): Promise<OrderDto> {
  const today = todayOf(ctx)
  await ctx.db.transaction(async (tx) => {
    const found = await q.findOrder(tx, await viewerOf(ctx), id)
    if (!found) throw notFound('整改通知')
    if (found.o.status !== 'open') throw conflict('这份整改通知已回复或已验证，不能再回复')
    if (input.photoIds?.length) {
      const have = await q.existingFiles(tx, input.photoIds)
      if (input.photoIds.some((p) => !have.has(p))) throw badRequest('照片：有照片尚未上传成功，请重新上传')
    }
    const note = input.photoIds?.length ? `${input.note}\n[照片 ${input.photoIds.join(',')}]` : input.note
    await q.updateOrder(tx, id, { status: 'reported', reportedOn: today, reportNote: note.slice(0, 2000) })
    await writeAudit(tx, ctx, { action: 'rectification.report', entityType: 'rectification_order', entityId: id, before: { status: found.o.status }, after: { status: 'reported', reportedOn: today } })
  })
  return getOrder(ctx, id)
}

async function closeOrder(tx: Transaction, ctx: SignedInContext, { o: order, entityName }: q.OrderWithName, v: { passed: boolean; verifiedOn: string; note: string; followUpInspectionId: string | null; toCase: boolean }) {
  let caseId: string | null = null
  if (!v.passed && v.toCase) {
    caseId = await openCaseFromInspection(tx, ctx, {
      inspectionId: order.inspectionId, entityId: order.entityId, regionCode: order.regionCode, partyName: entityName,
      cause: `逾期未整改或整改不合格（整改通知 ${order.documentNumber ?? order.id}）`, clueReceivedOn: v.verifiedOn, officerIds: [],
    })
  }
  const status = v.passed ? 'passed' : 'failed'
  await q.updateOrder(tx, order.id, { status, verifiedOn: v.verifiedOn, verifiedBy: ctx.account.id, verificationNote: v.note, followUpInspectionId: v.followUpInspectionId, caseId })
  await writeAudit(tx, ctx, {
    action: 'rectification.verify', entityType: 'rectification_order', entityId: order.id,
    before: { status: order.status }, after: { status, verifiedOn: v.verifiedOn, followUpInspectionId: v.followUpInspectionId, caseId },
  })
  if (caseId) await writeAudit(tx, ctx, { action: 'rectification.to_case', entityType: 'rectification_order', entityId: order.id, after: { caseId } })
}

/** The office's verification: passed, or failed (and, when warranted, handed to a case). */
export async function verifyOrder(ctx: SignedInContext, id: string, input: Static<typeof OrderVerifyInput>): Promise<OrderDto> {
  const today = todayOf(ctx)
  await ctx.db.transaction(async (tx) => {
    const found = await q.findOrder(tx, staffViewer(ctx), id)
    if (!found) throw notFound('整改通知')
    if (found.o.status === 'passed' || found.o.status === 'failed') throw conflict('这份整改通知已验证')
    if (input.verifiedOn > today) throw badRequest('验证日期：不能晚于今天')
    if (input.verifiedOn < found.o.issuedOn) throw badRequest('验证日期：不能早于整改通知下达日期')
    if (input.passed && input.toCase) throw badRequest('转立案调查：整改合格的不转立案')
    if (input.followUpInspectionId) {
      const f = await q.findInspection(tx, staffViewer(ctx), input.followUpInspectionId)
      if (!f || f.i.entityId !== found.o.entityId) throw badRequest('复查记录：该主体没有这条检查记录')
    }
    await closeOrder(tx, ctx, found, { ...input })
  })
  return getOrder(ctx, id)
}

/** A follow-up inspection verifies its order: passed when every item the order named now conforms. */
export async function verifyByFollowUp(tx: Transaction, ctx: SignedInContext, found: q.OrderWithName, followUp: InspectionRow) {
  const order = found.o
  const stillFailing = order.itemCodes.filter((code) => followUp.answers[code]?.outcome === 'nonconform')
  const unchecked = order.itemCodes.filter((code) => !followUp.answers[code])
  const passed = stillFailing.length === 0 && unchecked.length === 0
  const note = passed ? '复查：整改项目均已符合' : `复查：${[...stillFailing.map((c) => `${c} 仍不符合`), ...unchecked.map((c) => `${c} 未复查`)].join('；')}`
  await closeOrder(tx, ctx, found, { passed, verifiedOn: followUp.inspectedOn, note, followUpInspectionId: followUp.id, toCase: false })
}

const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10000) / 100)

/**
 * 问题发现处置率: inspections in the period that found a problem, and how many of those were handled —
 * rectified on the spot, every order verified (or failed into a case), or investigation opened.
 * On-time rate: orders issued in the period and closed, passed by their deadline.
 */
export async function rectificationRates(ctx: SignedInContext, query: Static<typeof RectificationRatesQuery>): Promise<RectificationRatesDto> {
  const today = todayOf(ctx)
  const from = query.from ?? `${today.slice(0, 4)}-01-01`
  const to = query.to ?? today
  if (from > to) throw badRequest('开始日期：不能晚于结束日期')
  const viewer = await viewerOf(ctx)
  const [findings, orders] = await Promise.all([
    q.findingsInPeriod(ctx.db, viewer, { region: query.region, from, to }),
    q.ordersIssuedIn(ctx.db, viewer, { region: query.region, from, to }),
  ])
  const handled = findings.filter((f) => f.handling !== 'rectification' || f.openOrders === 0).length
  const dtos = orders.map((o) => toOrderDto({ o, entityName: '' }, today))
  const verified = dtos.filter((o) => o.onTime !== null)
  const onTime = verified.filter((o) => o.onTime).length
  return {
    from, to, problemsFound: findings.length, problemsHandled: handled, disposalRate: rate(handled, findings.length),
    ordersIssued: dtos.length, ordersVerified: verified.length, ordersOnTime: onTime, ordersOverdue: dtos.filter((o) => o.overdue).length,
    onTimeRate: rate(onTime, verified.length),
  }
}
