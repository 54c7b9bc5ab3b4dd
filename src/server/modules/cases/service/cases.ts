import type { CaseDetailDto, CaseListDto, CaseListQuery, ClueInput, FileInput, NotFileInput, StepInput } from '../../../../shared/cases'
import { todayOf } from '../../../platform/config'
import { CASE_SOURCES, CASE_STATUS } from '../../../../shared/cases'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Executor, Transaction } from '../../../platform/db'
import { badRequest, conflict, isUniqueViolation, notFound } from '../../../platform/errors'
import { findEntityOr404, publicIdentities } from '../../entities/service/register'
import { findRegionInScope, regionNames } from '../../regions/service'
import * as q from '../queries'
import { timelineOf, toCaseSummary, toCreditDto, toListingDto, toPenaltyDto, toTransferDto } from '../presenter'
import { decisionDueOf, filingDueOf, stepProblem } from '../rules'
import type { CaseRow } from '../schema'

const countyOf = (ctx: SignedInContext) => ctx.account.regionCode.slice(0, 6)

export async function findCaseOr404(db: Executor, ctx: SignedInContext, id: string) {
  const row = await q.findCase(db, ctx.account, id)
  if (!row) throw notFound('案件')
  return row
}

/** A business without a USCC (a stall) or with a 92… code (个体工商户) is an individual party. */
const partyKindOf = (uscc: string | null) => (!uscc || uscc.startsWith('92') ? 'individual' : 'organisation')

async function partyOf(db: Executor, ctx: SignedInContext, input: ClueInput) {
  if (input.entityId) {
    const e = await findEntityOr404(db, ctx, input.entityId)
    return { entityId: e.id, partyName: e.name, partyKind: partyKindOf(e.uscc), regionCode: e.regionCode }
  }
  if (!input.partyName) throw badRequest('当事人名称：未选择经营主体时须填写当事人名称')
  if (!input.partyKind) throw badRequest('当事人类型：未选择经营主体时须选择当事人类型')
  if (!input.regionCode) throw badRequest('案发地：未选择经营主体时须选择案发地')
  if (!(await findRegionInScope(ctx, input.regionCode))) throw badRequest('案发地：不在本账号管辖范围内，或区划代码不存在')
  return { entityId: null, partyName: input.partyName.trim(), partyKind: input.partyKind, regionCode: input.regionCode }
}

/** Case officers are enabled inspector or office accounts of the caller's county. */
async function checkOfficers(db: Executor, ctx: SignedInContext, ids: string[]) {
  if (!ids.length) return
  const found = await q.officersIn(db, countyOf(ctx), ids)
  if (found.length !== ids.length) throw badRequest('办案人员：须为本县在岗的执法人员账号')
}

export const listOfficers = (ctx: SignedInContext) => q.officersIn(ctx.db, countyOf(ctx))

function notFuture(on: string, today: string, field: string) {
  if (on > today) throw badRequest(`${field}：不得晚于今天（${today}）`)
}

export async function createClue(ctx: SignedInContext, input: ClueInput): Promise<CaseDetailDto> {
  notFuture(input.clueReceivedOn, todayOf(ctx), '线索受理日期')
  const id = await ctx.db.transaction(async (tx) => {
    const party = await partyOf(tx, ctx, input)
    await checkOfficers(tx, ctx, input.officerIds)
    const row = await q.insertCase(tx, {
      ...party, source: input.source, sourceRef: input.sourceRef, cause: input.cause.trim(), status: 'clue',
      clueReceivedOn: input.clueReceivedOn, filingDueOn: filingDueOf(input.clueReceivedOn), officerIds: input.officerIds,
      unitId: ctx.account.unitId, createdBy: ctx.account.id,
    })
    await writeAudit(tx, ctx, { action: 'case.create', entityType: 'case', entityId: row.id, after: row })
    return row.id
  })
  return getCase(ctx, id)
}

/**
 * For modules whose record finds an offence (an inspection, a failed sample): opens a clue with the record
 * as its source inside the caller's transaction, with its audit row. The caller has already checked the
 * entity and the officers; the party kind still comes from the register.
 */
export async function openCaseFromSource(tx: Transaction, ctx: SignedInContext, input: {
  source: keyof typeof CASE_SOURCES; sourceRef: string; entityId: string; regionCode: string; partyName: string; cause: string; clueReceivedOn: string; officerIds: string[]
}): Promise<string> {
  const entity = await findEntityOr404(tx, ctx, input.entityId)
  const row = await q.insertCase(tx, {
    entityId: entity.id, partyName: input.partyName.slice(0, 128), partyKind: partyKindOf(entity.uscc), regionCode: input.regionCode,
    source: input.source, sourceRef: input.sourceRef, cause: input.cause.slice(0, 300), status: 'clue',
    clueReceivedOn: input.clueReceivedOn, filingDueOn: filingDueOf(input.clueReceivedOn), officerIds: input.officerIds,
    unitId: ctx.account.unitId, createdBy: ctx.account.id,
  })
  await writeAudit(tx, ctx, { action: 'case.create', entityType: 'case', entityId: row.id, after: row })
  return row.id
}

/** An inspection that found an offence opens a clue (source inspection, sourceRef = the inspection). */
export function openCaseFromInspection(tx: Transaction, ctx: SignedInContext, input: {
  inspectionId: string; entityId: string; regionCode: string; partyName: string; cause: string; clueReceivedOn: string; officerIds: string[]
}): Promise<string> {
  const { inspectionId, ...rest } = input
  return openCaseFromSource(tx, ctx, { ...rest, source: 'inspection', sourceRef: inspectionId })
}

/** The cases opened from given records (inspections, samples …), in the caller's scope: sourceRef → the first one. */
export async function casesForSources(db: Executor, ctx: SignedInContext, sourceRefs: string[]): Promise<Map<string, { id: string; status: string }>> {
  const result = new Map<string, { id: string; status: string }>()
  if (!sourceRefs.length) return result
  for (const r of await q.casesBySourceRefs(db, ctx.account, [...new Set(sourceRefs)])) {
    if (r.sourceRef && !result.has(r.sourceRef)) result.set(r.sourceRef, { id: r.id, status: r.status })
  }
  return result
}

/** Writes one change of a case inside a transaction, turning a duplicate case number into a 409. */
export async function change(ctx: SignedInContext, id: string, write: (tx: Transaction, row: CaseRow) => Promise<void>) {
  try {
    await ctx.db.transaction(async (tx) => write(tx, await findCaseOr404(tx, ctx, id)))
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('立案号：已被其他案件使用')
    throw e
  }
  return getCase(ctx, id)
}

export function fileCase(ctx: SignedInContext, id: string, input: FileInput) {
  return change(ctx, id, async (tx, row) => {
    if (row.status !== 'clue') throw badRequest(`立案：该案件当前为“${CASE_STATUS[row.status as keyof typeof CASE_STATUS]}”，只有线索可以立案`)
    if (input.filedOn < row.clueReceivedOn) throw badRequest(`立案日期：不得早于线索受理日期（${row.clueReceivedOn}）`)
    notFuture(input.filedOn, todayOf(ctx), '立案日期')
    const caseNumber = input.caseNumber.trim()
    if (await q.findCaseIdByNumber(tx, caseNumber)) throw conflict(`立案号：${caseNumber} 已被其他案件使用`)
    await checkOfficers(tx, ctx, input.officerIds)
    const after = await q.updateCase(tx, id, {
      status: 'filed', filedOn: input.filedOn, caseNumber, officerIds: input.officerIds, decisionDueOn: decisionDueOf(input.filedOn, 0),
    })
    await writeAudit(tx, ctx, { action: 'case.file', entityType: 'case', entityId: id, before: { status: row.status }, after })
  })
}

export function notFileCase(ctx: SignedInContext, id: string, input: NotFileInput) {
  return change(ctx, id, async (tx, row) => {
    if (row.status !== 'clue') throw badRequest(`不予立案：该案件当前为“${CASE_STATUS[row.status as keyof typeof CASE_STATUS]}”，只有线索可以决定不予立案`)
    if (input.decidedOn < row.clueReceivedOn) throw badRequest(`不予立案日期：不得早于线索受理日期（${row.clueReceivedOn}）`)
    notFuture(input.decidedOn, todayOf(ctx), '不予立案日期')
    // A declined clue is finished: its date is kept as closedOn (no other column fits, and it ends the clue).
    const after = await q.updateCase(tx, id, { status: 'not_filed', notFiledReason: input.reason.trim(), closedOn: input.decidedOn })
    await writeAudit(tx, ctx, { action: 'case.not_file', entityType: 'case', entityId: id, before: { status: row.status }, after })
  })
}

const STEP_COLUMN = { investigated: 'investigatedOn', notified: 'notifiedOn', executed: 'executedOn', closed: 'closedOn' } as const

export function recordStep(ctx: SignedInContext, id: string, input: StepInput) {
  return change(ctx, id, async (tx, row) => {
    const step = input.step as keyof typeof STEP_COLUMN
    const problem = stepProblem(row, step, input.on, todayOf(ctx))
    if (problem) throw badRequest(problem)
    await q.updateCase(tx, id, { status: step, [STEP_COLUMN[step]]: input.on })
    await writeAudit(tx, ctx, {
      action: step === 'closed' ? 'case.close' : 'case.step', entityType: 'case', entityId: id,
      before: { status: row.status }, after: { status: step, [STEP_COLUMN[step]]: input.on },
    })
  })
}

export async function listCases(ctx: SignedInContext, query: CaseListQuery): Promise<CaseListDto> {
  const today = todayOf(ctx)
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const where = q.caseWhere(ctx.account, query, today)
  const [total, rows] = await Promise.all([q.countCases(ctx.db, where), q.listCasePage(ctx.db, where, pageSize, (page - 1) * pageSize)])
  const [names, transferred] = await Promise.all([regionNames(ctx, rows.map((r) => r.regionCode)), q.transferredCaseIds(ctx.db, rows.map((r) => r.id))])
  return { total, page, pageSize, items: rows.map((r) => toCaseSummary(r, names, transferred, today)) }
}

export async function getCase(ctx: SignedInContext, id: string): Promise<CaseDetailDto> {
  const c = await findCaseOr404(ctx.db, ctx, id)
  const today = todayOf(ctx)
  const [names, penalties, transfers, credit, listings, officers] = await Promise.all([
    regionNames(ctx, [c.regionCode]), q.penaltiesOf(ctx.db, [c.id]), q.transfersOfCase(ctx.db, c.id), q.creditRecordsOfCase(ctx.db, c.id),
    q.listingsOfCase(ctx.db, c.id), q.accountNames(ctx.db, c.officerIds),
  ])
  const identities = await publicIdentities(ctx.db, listings.map((l) => l.listing.entityId))
  const officerName = new Map(officers.map((o) => [o.id, o.name]))
  const activeTransfer = transfers.some((t) => ['transferred', 'accepted', 'filed'].includes(t.transfer.status))
  return {
    ...toCaseSummary(c, names, new Set(transfers.length ? [c.id] : []), today),
    sourceRef: c.sourceRef, officers: c.officerIds.map((o) => ({ id: o, name: officerName.get(o) ?? '（账号已删除）' })),
    investigatedOn: c.investigatedOn, notifiedOn: c.notifiedOn, executedOn: c.executedOn, notFiledReason: c.notFiledReason,
    goodsValue: c.goodsValue, decisionExtendedDays: c.decisionExtendedDays, timeline: timelineOf(c),
    penalties: penalties.map((p) => toPenaltyDto(p, c.decidedOn)), transfers: transfers.map((t) => toTransferDto(t, today)),
    creditRecords: credit.map((r) => toCreditDto(r, today)), seriousViolations: listings.map((l) => toListingDto(l, identities, today)),
    next: nextActions(c, activeTransfer, listings.some((l) => !l.listing.removedOn), today),
  }
}

function nextActions(c: CaseRow, activeTransfer: boolean, listed: boolean, today: string): string[] {
  const next: string[] = []
  const step: Record<string, string> = { clue: 'file', filed: 'investigated', investigated: 'notified', notified: 'decided', decided: 'executed', executed: 'closed' }
  if (step[c.status]) next.push(step[c.status])
  if (c.status === 'clue') next.push('not_file')
  if (['filed', 'investigated', 'notified'].includes(c.status) && c.decisionExtendedDays === 0 && c.decisionDueOn && c.decisionDueOn >= today) next.push('extend')
  if (c.filedOn && c.status !== 'not_filed' && !activeTransfer) next.push('transfer')
  if (c.decidedOn && c.entityId && !listed) next.push('list')
  return next
}
