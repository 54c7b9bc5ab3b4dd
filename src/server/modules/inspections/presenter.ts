import type { InspectionDetailDto, InspectionListItemDto, OrderDto } from '../../../shared/inspections'
import { CHECKLIST_TEMPLATES, type ChecklistCode } from '../../../shared/inspection-checklists'
import type { OrderWithName } from './queries'
import type { InspectionRow } from './schema'

const CLOSED = new Set(['passed', 'failed'])

/** Overdue: the business has not reported back by the deadline. On time: passed, reported or verified by it. */
export function toOrderDto({ o, entityName }: OrderWithName, today: string): OrderDto {
  const doneOn = o.reportedOn ?? o.verifiedOn
  return {
    id: o.id, inspectionId: o.inspectionId, entityId: o.entityId, entityName, regionCode: o.regionCode, kind: o.kind, documentNumber: o.documentNumber,
    itemCodes: o.itemCodes, requirements: o.requirements, issuedOn: o.issuedOn, dueOn: o.dueOn, status: o.status,
    overdue: o.status === 'open' && o.dueOn < today,
    onTime: CLOSED.has(o.status) ? o.status === 'passed' && doneOn !== null && doneOn <= o.dueOn : null,
    reportedOn: o.reportedOn, reportNote: o.reportNote, verifiedOn: o.verifiedOn, verificationNote: o.verificationNote,
    followUpInspectionId: o.followUpInspectionId, caseId: o.caseId,
  }
}

export const toListItem = (r: Omit<InspectionListItemDto, 'inspectorNames' | 'entityName' | 'entityType'> & { entityName: string; entityType: string; inspectorNames: string[] | null }): InspectionListItemDto => ({
  id: r.id, entityId: r.entityId, entityName: r.entityName, entityType: r.entityType, regionCode: r.regionCode, kind: r.kind, inspectedOn: r.inspectedOn,
  result: r.result, keyFailures: r.keyFailures, generalFailures: r.generalFailures, handling: r.handling, inspectorNames: r.inspectorNames ?? [],
})

export function toDetail(
  found: { i: InspectionRow; entityName: string; entityType: string; entityAddress: string | null; inspectorNames: string[] | null },
  orders: OrderDto[], caseId: string | null,
): InspectionDetailDto {
  const { i } = found
  const names = found.inspectorNames ?? []
  return {
    id: i.id, entityId: i.entityId, entityName: found.entityName, entityType: found.entityType, entityAddress: found.entityAddress,
    regionCode: i.regionCode, kind: i.kind, campaign: i.campaign, drawId: i.drawId, checklistCode: i.checklistCode,
    checklistTitle: CHECKLIST_TEMPLATES[i.checklistCode as ChecklistCode]?.title ?? i.checklistCode, inspectedOn: i.inspectedOn,
    inspectors: i.inspectorIds.map((id, k) => ({ id, name: names[k] ?? '' })),
    answers: Object.entries(i.answers).map(([code, a]) => ({ code, outcome: a.outcome, note: a.note ?? null })),
    keyFailures: i.keyFailures, generalFailures: i.generalFailures, notApplicable: i.notApplicable, result: i.result,
    handling: i.handling, findings: i.findings, operationsHalted: i.operationsHalted, photoIds: i.photoIds, signatureSha256: i.signatureSha256, signerName: i.signerName,
    signatureRefused: i.signatureRefused, publishDueOn: i.publishDueOn, publishedAt: i.publishedAt?.toISOString() ?? null,
    verifiesOrderId: i.verifiesOrderId, orders, caseId, createdAt: i.createdAt.toISOString(),
  }
}
