import type { Static } from 'typebox'
import { todayOf } from '../../../platform/config'
import { TRANSFER_STATUS, type TransferCountsInput, type TransferDto, type TransferInput, type TransferListDto, type TransferListQuery, type TransferProgressInput } from '../../../../shared/cases'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import * as q from '../queries'
import { toTransferDto } from '../presenter'
import { policeDecisionDueOf } from '../rules'
import { findCaseOr404 } from './cases'


/** 行刑衔接: a filed case goes to the police (移送); they accept it, then open a criminal case, decline or return it. */
export async function transferCase(ctx: SignedInContext, caseId: string, input: TransferInput): Promise<TransferDto> {
  const id = await ctx.db.transaction(async (tx) => {
    const c = await findCaseOr404(tx, ctx, caseId)
    if (!c.filedOn || c.status === 'not_filed') throw badRequest('移送公安：案件立案后才能移送')
    if (await q.activeTransferOfCase(tx, caseId)) throw conflict('移送公安：本案已移送，公安机关尚在办理')
    if (input.transferredOn < c.filedOn) throw badRequest(`移送日期：不得早于立案日期（${c.filedOn}）`)
    if (input.transferredOn > todayOf(ctx)) throw badRequest(`移送日期：不得晚于今天（${todayOf(ctx)}）`)
    const row = await q.insertTransfer(tx, {
      caseId, regionCode: c.regionCode, policeUnit: input.policeUnit.trim(), transferredOn: input.transferredOn, status: 'transferred',
      decisionDueOn: policeDecisionDueOf(input.transferredOn), note: input.note,
    })
    await writeAudit(tx, ctx, { action: 'transfer.create', entityType: 'police_transfer', entityId: row.id, after: row })
    return row.id
  })
  return getTransfer(ctx.db, ctx, id)
}

async function findTransferOr404(db: Executor, ctx: SignedInContext, id: string) {
  const row = await q.findTransfer(db, ctx.account, id)
  if (!row) throw notFound('移送记录')
  return row
}

export const getTransfer = async (db: Executor, ctx: SignedInContext, id: string) => toTransferDto(await findTransferOr404(db, ctx, id), todayOf(ctx))

/** Which police decision may follow which, and the date it may not precede. */
const NEXT: Record<string, string[]> = { transferred: ['accepted', 'returned'], accepted: ['filed', 'declined', 'returned'] }

export async function progressTransfer(ctx: SignedInContext, id: string, input: TransferProgressInput): Promise<TransferDto> {
  await ctx.db.transaction(async (tx) => {
    const { transfer: t } = await findTransferOr404(tx, ctx, id)
    const label = TRANSFER_STATUS[input.status as keyof typeof TRANSFER_STATUS]
    if (!NEXT[t.status]?.includes(input.status)) {
      throw badRequest(`办理结果：当前为“${TRANSFER_STATUS[t.status as keyof typeof TRANSFER_STATUS]}”，不能记为“${label}”${t.status === 'transferred' ? '（须先受理）' : ''}`)
    }
    const previous = t.acceptedOn ?? t.transferredOn
    if (input.on < previous) throw badRequest(`${label}日期：不得早于${t.acceptedOn ? '受理' : '移送'}日期（${previous}）`)
    if (input.on > todayOf(ctx)) throw badRequest(`${label}日期：不得晚于今天（${todayOf(ctx)}）`)
    const patch = input.status === 'accepted' ? { status: 'accepted', acceptedOn: input.on } : { status: input.status, decidedOn: input.on }
    await q.updateTransfer(tx, id, patch)
    await writeAudit(tx, ctx, { action: 'transfer.update', entityType: 'police_transfer', entityId: id, before: { status: t.status }, after: patch })
  })
  return getTransfer(ctx.db, ctx, id)
}

/**
 * People the criminal case reached. Rules kept: only once the police opened a criminal case (刑事立案);
 * counts are whole and non-negative (schema); no more sentenced than prosecuted. Detention and arrest are
 * not ordered against each other (an arrest may follow 取保候审 without detention).
 */
export async function updateTransferCounts(ctx: SignedInContext, id: string, input: TransferCountsInput): Promise<TransferDto> {
  await ctx.db.transaction(async (tx) => {
    const { transfer: t } = await findTransferOr404(tx, ctx, id)
    if (t.status !== 'filed') throw badRequest('刑事拘留人数：公安机关刑事立案后才能填写涉案人数')
    if (input.sentencedCount > input.prosecutedCount) throw badRequest('判决人数：不能多于起诉人数')
    const patch = { detainedCount: input.detainedCount, arrestedCount: input.arrestedCount, bailedCount: input.bailedCount ?? t.bailedCount, prosecutedCount: input.prosecutedCount, sentencedCount: input.sentencedCount, note: input.note }
    await q.updateTransfer(tx, id, patch)
    await writeAudit(tx, ctx, {
      action: 'transfer.update', entityType: 'police_transfer', entityId: id,
      before: { detainedCount: t.detainedCount, arrestedCount: t.arrestedCount, bailedCount: t.bailedCount, prosecutedCount: t.prosecutedCount, sentencedCount: t.sentencedCount, note: t.note }, after: patch,
    })
  })
  return getTransfer(ctx.db, ctx, id)
}

export async function listTransfers(ctx: SignedInContext, query: Static<typeof TransferListQuery>): Promise<Static<typeof TransferListDto>> {
  const today = todayOf(ctx)
  const pageSize = query.pageSize ?? 20
  const where = q.transferWhere(ctx.account, query)
  const [total, rows] = await Promise.all([q.countTransfers(ctx.db, where), q.listTransferPage(ctx.db, where, pageSize, ((query.page ?? 1) - 1) * pageSize)])
  return { total, items: rows.map((r) => toTransferDto(r, today)) }
}
