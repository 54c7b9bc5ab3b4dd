import type { Static } from 'typebox'
import type { CreditListDto, CreditListQuery, CreditRecordDto, ListingInput, ListingListDto, ListingQuery, PublicBlacklistDto, RemovalInput, SeriousViolationDto } from '../../../../shared/cases'
import { writeAudit } from '../../../platform/audit'
import { todayOf } from '../../../platform/config'
import type { RequestContext, SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import { addWorkdays } from '../../../platform/working-days'
import { publicIdentities } from '../../entities/service/register'
import * as q from '../queries'
import { creditRepairEligibleOn, toCreditDto, toListingDto } from '../presenter'
import { addYears, CASE_LIMITS, HEAVY_KINDS } from '../rules'
import { findCaseOr404 } from './cases'

// ── credit records (行政处罚信息公示) ─────────────────────────────────────────────────────────────

async function findCreditOr404(db: Executor, ctx: SignedInContext, id: string) {
  const row = await q.findCreditRecord(db, ctx.account, id)
  if (!row) throw notFound('信用记录')
  return row
}

export async function listCreditRecords(ctx: SignedInContext, query: Static<typeof CreditListQuery>): Promise<Static<typeof CreditListDto>> {
  const pageSize = query.pageSize ?? 20
  const where = q.creditWhere(ctx.account, query)
  const [total, rows] = await Promise.all([q.countCreditRecords(ctx.db, where), q.listCreditPage(ctx.db, where, pageSize, ((query.page ?? 1) - 1) * pageSize)])
  return { total, items: rows.map((r) => toCreditDto(r, todayOf(ctx))) }
}

export async function publishCreditRecord(ctx: SignedInContext, id: string, publishedOn: string): Promise<CreditRecordDto> {
  const today = todayOf(ctx)
  const after = await ctx.db.transaction(async (tx) => {
    const r = await findCreditOr404(tx, ctx, id)
    if (r.publishedOn) throw badRequest(`公示日期：该记录已于 ${r.publishedOn} 公示`)
    if (publishedOn < r.recordedOn) throw badRequest(`公示日期：不得早于处罚决定日期（${r.recordedOn}）`)
    if (publishedOn > today) throw badRequest(`公示日期：不得晚于今天（${today}）`)
    const row = await q.updateCreditRecord(tx, id, { publishedOn })
    await writeAudit(tx, ctx, { action: 'credit.publish', entityType: 'credit_record', entityId: id, before: { publishedOn: null }, after: { publishedOn } })
    return row
  })
  return toCreditDto(after, today)
}

/** 信用修复 ends the display early, from 1 year after publication (food, 信用修复管理办法). */
export async function repairCreditRecord(ctx: SignedInContext, id: string, input: { repairedOn: string; note: string }): Promise<CreditRecordDto> {
  const today = todayOf(ctx)
  const after = await ctx.db.transaction(async (tx) => {
    const r = await findCreditOr404(tx, ctx, id)
    const eligible = creditRepairEligibleOn(r)
    if (!eligible) throw badRequest('信用修复日期：该记录尚未公示，无需修复')
    if (r.repairedOn) throw badRequest(`信用修复日期：该记录已于 ${r.repairedOn} 修复`)
    if (r.displayUntil <= input.repairedOn) throw badRequest(`信用修复日期：该记录公示期已于 ${r.displayUntil} 届满，无需修复`)
    if (input.repairedOn < eligible) throw badRequest(`信用修复日期：食品领域处罚信息公示满 1 年后方可修复（最早 ${eligible}）`)
    if (input.repairedOn > today) throw badRequest(`信用修复日期：不得晚于今天（${today}）`)
    const row = await q.updateCreditRecord(tx, id, { repairedOn: input.repairedOn })
    await writeAudit(tx, ctx, { action: 'credit.repair', entityType: 'credit_record', entityId: id, before: { repairedOn: null }, after: { repairedOn: input.repairedOn, note: input.note.trim() } })
    return row
  })
  return toCreditDto(after, today)
}

// ── 严重违法失信名单 ─────────────────────────────────────────────────────────────────────────────

async function findListingOr404(db: Executor, ctx: SignedInContext, id: string) {
  const row = await q.findListing(db, ctx.account, id)
  if (!row) throw notFound('严重违法失信名单记录')
  return row
}

async function listingDto(ctx: SignedInContext, id: string): Promise<SeriousViolationDto> {
  const row = await findListingOr404(ctx.db, ctx, id)
  return toListingDto(row, await publicIdentities(ctx.db, [row.listing.entityId]), todayOf(ctx))
}

/**
 * Lists the entity of a decided case that carries a 较重行政处罚 (licence revoked, suspension, or a fine the
 * office confirms as 从重); early removal from 1 year, expiry at 3 years (总局令第44号). The credit record of
 * the listing is written with it.
 */
export async function listEntity(ctx: SignedInContext, input: ListingInput): Promise<SeriousViolationDto> {
  const today = todayOf(ctx)
  const id = await ctx.db.transaction(async (tx) => {
    const c = await findCaseOr404(tx, ctx, input.caseId)
    if (!c.decidedOn) throw badRequest('案件：尚未作出处罚决定，不能列入严重违法失信名单')
    if (!c.entityId) throw badRequest('案件：当事人不是已登记的经营主体，不能列入名单')
    const penalties = await q.penaltiesOf(tx, [c.id])
    if (!penalties.some((p) => HEAVY_KINDS.has(p.kind))) throw badRequest('案件：处罚内容中没有较重行政处罚（吊销许可证、责令停产停业或从重罚款）')
    if (await q.activeListingOfCase(tx, c.id)) throw conflict('案件：本案当事人已因本案列入严重违法失信名单')
    if (input.listedOn < c.decidedOn) throw badRequest(`列入日期：不得早于处罚决定日期（${c.decidedOn}）`)
    if (input.listedOn > today) throw badRequest(`列入日期：不得晚于今天（${today}）`)
    const expiresOn = addYears(input.listedOn, CASE_LIMITS.listingYears.value)
    const row = await q.insertListing(tx, {
      entityId: c.entityId, regionCode: c.regionCode, caseId: c.id, reason: input.reason.trim(), decisionNumber: input.decisionNumber?.trim() ?? c.caseNumber,
      listedOn: input.listedOn, repairEligibleOn: addYears(input.listedOn, CASE_LIMITS.listingRepairYears.value), expiresOn, createdBy: ctx.account.id,
    })
    await q.insertCreditRecord(tx, {
      entityId: c.entityId, regionCode: c.regionCode, caseId: c.id, kind: 'serious_violation', summary: `列入严重违法失信名单：${row.reason}`.slice(0, 500),
      recordedOn: input.listedOn, publishDueOn: addWorkdays(input.listedOn, CASE_LIMITS.publishWorkdays.value), displayUntil: expiresOn,
    })
    await writeAudit(tx, ctx, { action: 'serious_violation.list', entityType: 'serious_violation', entityId: row.id, after: row })
    return row.id
  })
  return listingDto(ctx, id)
}

export async function publishListing(ctx: SignedInContext, id: string, publishedOn: string): Promise<SeriousViolationDto> {
  const today = todayOf(ctx)
  await ctx.db.transaction(async (tx) => {
    const { listing: l } = await findListingOr404(tx, ctx, id)
    if (l.publishedOn) throw badRequest(`公示日期：该记录已于 ${l.publishedOn} 公示`)
    if (l.removedOn) throw badRequest('公示日期：该记录已移出名单')
    if (publishedOn < l.listedOn) throw badRequest(`公示日期：不得早于列入日期（${l.listedOn}）`)
    if (publishedOn > today) throw badRequest(`公示日期：不得晚于今天（${today}）`)
    await q.updateListing(tx, id, { publishedOn })
    await writeAudit(tx, ctx, { action: 'serious_violation.publish', entityType: 'serious_violation', entityId: id, before: { publishedOn: null }, after: { publishedOn } })
  })
  return listingDto(ctx, id)
}

/** Early removal: 信用修复 from repairEligibleOn, or 决定撤销 at any time; either way with a note. */
export async function removeListing(ctx: SignedInContext, id: string, input: RemovalInput): Promise<SeriousViolationDto> {
  const today = todayOf(ctx)
  await ctx.db.transaction(async (tx) => {
    const { listing: l } = await findListingOr404(tx, ctx, id)
    if (l.removedOn) throw badRequest(`移出日期：该记录已于 ${l.removedOn} 移出`)
    if (l.expiresOn <= input.removedOn) throw badRequest(`移出日期：该记录已于 ${l.expiresOn} 期满，自动移出`)
    if (input.removedOn < l.listedOn) throw badRequest(`移出日期：不得早于列入日期（${l.listedOn}）`)
    if (input.reason === 'repaired' && input.removedOn < l.repairEligibleOn) throw badRequest(`移出日期：列入满 1 年后方可申请信用修复提前移出（最早 ${l.repairEligibleOn}）`)
    if (input.removedOn > today) throw badRequest(`移出日期：不得晚于今天（${today}）`)
    const patch = { removedOn: input.removedOn, removalReason: input.reason, removalNote: input.note.trim() }
    await q.updateListing(tx, id, patch)
    await writeAudit(tx, ctx, { action: 'serious_violation.remove', entityType: 'serious_violation', entityId: id, before: { removedOn: null }, after: patch })
  })
  return listingDto(ctx, id)
}

export async function listListings(ctx: SignedInContext, query: Static<typeof ListingQuery>): Promise<Static<typeof ListingListDto>> {
  const today = todayOf(ctx)
  const pageSize = query.pageSize ?? 20
  const where = q.listingWhere(ctx.account, query, today)
  const [total, rows] = await Promise.all([q.countListings(ctx.db, where), q.listListingPage(ctx.db, where, pageSize, ((query.page ?? 1) - 1) * pageSize)])
  const identities = await publicIdentities(ctx.db, rows.map((r) => r.listing.entityId))
  return { total, items: rows.map((r) => toListingDto(r, identities, today)) }
}

/** The public page: current entries only, and only what the list publishes (no person, no ID number). */
export async function publicBlacklist(ctx: RequestContext, query: { page?: number; pageSize?: number; q?: string }): Promise<PublicBlacklistDto> {
  const today = todayOf(ctx)
  const pageSize = query.pageSize ?? 20
  const where = q.listingWhere(null, { state: 'current' }, today)
  const [total, rows] = await Promise.all([q.countListings(ctx.db, where), q.listListingPage(ctx.db, where, pageSize, ((query.page ?? 1) - 1) * pageSize)])
  const identities = await publicIdentities(ctx.db, rows.map((r) => r.listing.entityId))
  return {
    total, asOf: today,
    items: rows.map(({ listing: l, partyName }) => ({
      entityName: identities.get(l.entityId)?.name ?? partyName, uscc: identities.get(l.entityId)?.uscc ?? null,
      reason: l.reason, decisionNumber: l.decisionNumber, listedOn: l.listedOn, expiresOn: l.expiresOn,
    })),
  }
}
