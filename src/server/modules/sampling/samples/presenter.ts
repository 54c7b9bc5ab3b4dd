import { limitText } from '../../../../shared/sample-verdict'
import type { SampleDetailDto, SampleListItemDto, SampleResultDto } from '../../../../shared/sampling'
import { TIME_LIMITS, type TimeLimitCode } from '../../../../shared/sampling-catalogue'
import type { SampleResultRow, SampleRow } from '../schema'

export interface ListExtras { entityName: string; regionName: string; failedItems: string[]; disposalId: string | null }

export const toListItem = (r: SampleRow, x: ListExtras): SampleListItemDto => ({
  id: r.id, sampleNumber: r.sampleNumber, entityId: r.entityId, entityName: x.entityName, regionCode: r.regionCode, regionName: x.regionName,
  level: r.level, department: r.department, purpose: r.purpose, category: r.category, stage: r.stage, productName: r.productName,
  sampledOn: r.sampledOn, lab: r.lab, sentDueOn: r.sentDueOn, sentOn: r.sentOn, reportDueOn: r.reportDueOn, reportReceivedOn: r.reportReceivedOn,
  verdict: r.verdict, failedItems: x.failedItems, disposalId: x.disposalId,
})

export const toResultDto = (r: SampleResultRow): SampleResultDto => ({
  id: r.id, testItemId: r.testItemId, itemName: r.itemName, detected: r.detected, value: r.value, lod: r.lod, unitValues: r.unitValues,
  unit: r.unit, limitKind: r.limitKind, limitValue: r.limitValue, limitMax: r.limitMax, planN: r.planN, planC: r.planC,
  limitText: limitText(r), standard: r.standard, verdict: r.verdict,
})

const deadline = (code: TimeLimitCode, dueOn: string, doneOn: string | null) => {
  const def = TIME_LIMITS[code]
  return { code, label: def.label, dueOn, doneOn, source: def.source, unconfirmed: def.status === 'U' }
}

/** The two deadlines of a sample; the disposal file carries the ones after a failed report. */
export function deadlinesOf(r: SampleRow): SampleDetailDto['deadlines'] {
  return [
    deadline('send_to_lab', r.sentDueOn, r.sentOn),
    ...(r.reportDueOn ? [deadline('lab_report', r.reportDueOn, r.reportReceivedOn)] : []),
  ]
}

export interface DetailExtras extends ListExtras { planName: string | null; samplers: { id: string; name: string }[]; results: SampleResultRow[] }

export const toDetail = (r: SampleRow, x: DetailExtras): SampleDetailDto => ({
  ...toListItem(r, x),
  planId: r.planId, planName: x.planName, requestId: r.requestId, agricultural: r.agricultural, brand: r.brand, specification: r.specification,
  batchNumber: r.batchNumber, productionDate: r.productionDate, manufacturer: r.manufacturer, samplers: x.samplers, quantity: r.quantity,
  price: r.price, photoIds: r.photoIds, reportNumber: r.reportNumber, results: x.results.map(toResultDto),
  publishedAt: r.publishedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(), deadlines: deadlinesOf(r),
})
