import { CASE_STEPS, type CaseSummaryDto, type CreditRecordDto, type PenaltyDto, type SeriousViolationDto, type TransferDto } from '../../../shared/cases'
import { addYears, CASE_LIMITS } from './rules'
import type { CasePenaltyRow, CaseRow, CreditRecordRow, PoliceTransferRow, SeriousViolationRow } from './schema'

const OPEN_FILED = new Set(['filed', 'investigated', 'notified'])

export const isOverdue = (c: Pick<CaseRow, 'status' | 'filingDueOn' | 'decisionDueOn'>, today: string) =>
  (c.status === 'clue' && c.filingDueOn < today) || (OPEN_FILED.has(c.status) && !!c.decisionDueOn && c.decisionDueOn < today)

export const toCaseSummary = (c: CaseRow, regionNames: Map<string, string>, transferred: Set<string>, today: string): CaseSummaryDto => ({
  id: c.id, caseNumber: c.caseNumber, regionCode: c.regionCode, regionName: regionNames.get(c.regionCode) ?? c.regionCode,
  entityId: c.entityId, partyName: c.partyName, partyKind: c.partyKind, source: c.source, cause: c.cause, status: c.status,
  clueReceivedOn: c.clueReceivedOn, filingDueOn: c.filingDueOn, filedOn: c.filedOn, decisionDueOn: c.decisionDueOn,
  decidedOn: c.decidedOn, closedOn: c.closedOn, overdue: isOverdue(c, today), transferred: transferred.has(c.id),
})

/** The dated steps, reached or not; a clue declined shows only the clue and the refusal. */
export function timelineOf(c: CaseRow) {
  if (c.status === 'not_filed') {
    return [{ key: 'clue', label: '线索受理', on: c.clueReceivedOn, dueOn: null }, { key: 'not_filed', label: '不予立案', on: c.closedOn, dueOn: c.filingDueOn }]
  }
  const on: Record<string, string | null> = { investigated: c.investigatedOn, notified: c.notifiedOn, decided: c.decidedOn, executed: c.executedOn, closed: c.closedOn }
  return [
    { key: 'clue', label: '线索受理', on: c.clueReceivedOn, dueOn: null },
    { key: 'filed', label: '立案', on: c.filedOn, dueOn: c.filingDueOn },
    ...Object.entries(CASE_STEPS).map(([key, label]) => ({ key, label, on: on[key], dueOn: key === 'decided' ? c.decisionDueOn : null })),
  ]
}

export const toPenaltyDto = (p: CasePenaltyRow, decidedOn: string | null): PenaltyDto => ({
  id: p.id, kind: p.kind, amount: p.amount, personName: p.personName, personRole: p.personRole, personIdNumber: p.personIdNumber,
  banYears: p.banYears, note: p.note,
  banUntil: p.kind === 'employment_ban' && p.banYears && decidedOn ? addYears(decidedOn, p.banYears) : null,
})

export const toTransferDto = (r: { transfer: PoliceTransferRow; caseNumber: string | null; partyName: string }, today: string): TransferDto => {
  const t = r.transfer
  return {
    id: t.id, caseId: t.caseId, caseNumber: r.caseNumber, partyName: r.partyName, regionCode: t.regionCode, policeUnit: t.policeUnit,
    transferredOn: t.transferredOn, status: t.status, acceptedOn: t.acceptedOn, decidedOn: t.decidedOn, decisionDueOn: t.decisionDueOn,
    overdue: (t.status === 'transferred' || t.status === 'accepted') && t.decisionDueOn < today,
    detainedCount: t.detainedCount, arrestedCount: t.arrestedCount, bailedCount: t.bailedCount, prosecutedCount: t.prosecutedCount, sentencedCount: t.sentencedCount, note: t.note,
  }
}

export const creditRepairEligibleOn = (r: Pick<CreditRecordRow, 'publishedOn'>) =>
  r.publishedOn ? addYears(r.publishedOn, CASE_LIMITS.creditRepairYears.value) : null

export const toCreditDto = (r: CreditRecordRow, today: string): CreditRecordDto => ({
  id: r.id, entityId: r.entityId, caseId: r.caseId, kind: r.kind, summary: r.summary, recordedOn: r.recordedOn, publishDueOn: r.publishDueOn,
  publishedOn: r.publishedOn, displayUntil: r.displayUntil, repairedOn: r.repairedOn, repairEligibleOn: creditRepairEligibleOn(r),
  showing: !!r.publishedOn && !r.repairedOn && r.displayUntil > today, publishOverdue: !r.publishedOn && r.publishDueOn < today,
})

export function listingState(l: SeriousViolationRow, today: string) {
  if (l.removedOn && l.removedOn <= today) return 'removed'
  if (l.expiresOn <= today) return 'expired'
  return l.publishedOn ? 'current' : 'listed'
}

export const toListingDto = (
  r: { listing: SeriousViolationRow; caseNumber: string | null; partyName: string }, identities: Map<string, { name: string; uscc: string | null }>, today: string,
): SeriousViolationDto => {
  const l = r.listing
  const who = identities.get(l.entityId)
  return {
    id: l.id, entityId: l.entityId, entityName: who?.name ?? r.partyName, uscc: who?.uscc ?? null, regionCode: l.regionCode, caseId: l.caseId,
    caseNumber: r.caseNumber, reason: l.reason, decisionNumber: l.decisionNumber, listedOn: l.listedOn, publishedOn: l.publishedOn,
    repairEligibleOn: l.repairEligibleOn, expiresOn: l.expiresOn, removedOn: l.removedOn, removalReason: l.removalReason, removalNote: l.removalNote,
    state: listingState(l, today),
  }
}
