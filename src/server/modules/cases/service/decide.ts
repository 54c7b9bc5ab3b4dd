import type { DecisionInput } from '../../../../shared/cases'
import { todayOf } from '../../../platform/config'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import { badRequest } from '../../../platform/errors'
import { addWorkdays } from '../../../platform/working-days'
import * as q from '../queries'
import { CASE_LIMITS, creditSummary, decisionDueOf, displayUntilOf, needsCreditRecord, penaltyProblems, stepProblem } from '../rules'
import { change } from './cases'

/**
 * 决定: the penalties (on the business and on persons), and — unless the business is only warned — its
 * credit record with the publication deadline (20 working days) and the display period (3 months / 3 years).
 */
export function decideCase(ctx: SignedInContext, id: string, input: DecisionInput) {
  return change(ctx, id, async (tx, row) => {
    const problem = stepProblem(row, 'decided', input.decidedOn, todayOf(ctx)) ?? penaltyProblems(input.penalties)
    if (problem) throw badRequest(problem)
    const penalties = await q.insertPenalties(tx, input.penalties.map((p) => ({
      caseId: id, regionCode: row.regionCode, kind: p.kind, amount: p.amount, personName: p.personName?.trim() ?? null, personRole: p.personRole,
      personIdNumber: p.personIdNumber?.toUpperCase() ?? null, banYears: p.banYears, note: p.note,
    })))
    await q.updateCase(tx, id, { status: 'decided', decidedOn: input.decidedOn, goodsValue: input.goodsValue })
    const credit = row.entityId && needsCreditRecord(input.penalties)
      ? await q.insertCreditRecord(tx, {
        entityId: row.entityId, regionCode: row.regionCode, caseId: id, kind: 'penalty', recordedOn: input.decidedOn,
        summary: creditSummary(row.caseNumber, row.cause, input.penalties),
        publishDueOn: addWorkdays(input.decidedOn, CASE_LIMITS.publishWorkdays.value),
        displayUntil: displayUntilOf(input.decidedOn, row.partyKind, input.penalties),
      })
      : null
    await writeAudit(tx, ctx, {
      action: 'case.decide', entityType: 'case', entityId: id, before: { status: row.status },
      after: { status: 'decided', decidedOn: input.decidedOn, goodsValue: input.goodsValue, penalties, creditRecord: credit },
    })
  })
}

/** 延期: +30 days once, with a reason, while the case is still before its decision and in time. */
export function extendCase(ctx: SignedInContext, id: string, reason: string) {
  return change(ctx, id, async (tx, row) => {
    if (!['filed', 'investigated', 'notified'].includes(row.status)) throw badRequest('延长办案期限：只有已立案、尚未作出决定的案件可以延期')
    if (row.decisionExtendedDays > 0) throw badRequest('延长办案期限：本案已延期一次，不能再次延期')
    if (row.decisionDueOn && row.decisionDueOn < todayOf(ctx)) throw badRequest(`延长办案期限：办案期限已于 ${row.decisionDueOn} 届满，不能再延期`)
    const days = CASE_LIMITS.extensionDays.value
    const decisionDueOn = decisionDueOf(row.filedOn!, days)
    await q.updateCase(tx, id, { decisionExtendedDays: days, decisionDueOn })
    await writeAudit(tx, ctx, {
      action: 'case.extend', entityType: 'case', entityId: id,
      before: { decisionDueOn: row.decisionDueOn }, after: { decisionDueOn, decisionExtendedDays: days, reason: reason.trim() },
    })
  })
}
