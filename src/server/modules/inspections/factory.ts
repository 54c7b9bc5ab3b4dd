import type { InspectionInput } from '../../../shared/inspections'
import { applicableItems, checklistFor } from '../../../shared/inspection-checklists'
import type { Caller, TestApp } from '../../platform/testing/test-app'

/** Test-data builders for inspections: a complete checklist, all 符合 unless a test names failing items. */

/** Every applicable item of the entity type's checklist answered; `fail` codes 不符合, `na` codes 不适用. */
export function answersFor(entityType: string, over: { fail?: string[]; na?: string[] } = {}): InspectionInput['answers'] {
  return applicableItems(checklistFor(entityType), entityType).map((it) => ({
    code: it.code,
    outcome: over.fail?.includes(it.code) ? 'nonconform' : over.na?.includes(it.code) ? 'na' : 'conform',
    ...(over.fail?.includes(it.code) ? { note: `${it.code} 现场发现问题` } : {}),
  }))
}

/** The first key and first general item of the entity type's checklist, for tests that fail one of each. */
export function sampleItems(entityType: string) {
  const items = applicableItems(checklistFor(entityType), entityType)
  return { key: items.find((i) => i.key)!.code, general: items.filter((i) => !i.key).map((i) => i.code) }
}

export const inspectionInput = (entityId: string, entityType: string, inspectorIds: string[], over: Partial<InspectionInput> = {}): InspectionInput => ({
  entityId, kind: 'daily', campaign: null, drawId: null, verifiesOrderId: null, inspectedOn: '2026-03-10', inspectorIds,
  answers: answersFor(entityType), handling: 'none', findings: null, photoIds: [], signatureSha256: null, signerName: '张三', signatureRefused: false,
  rectification: null, ...over,
})

export async function makeInspection(t: TestApp, caller: Caller, input: InspectionInput) {
  const res = await t.as(caller).post('/api/inspections', input)
  if (res.statusCode !== 201) throw new Error(`makeInspection: ${res.body}`)
  return res.json() as { id: string; result: string; orders: { id: string; dueOn: string; status: string }[] }
}
