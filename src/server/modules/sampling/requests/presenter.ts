import type { LinkedSampleDto, PublicResult, PublicTestRequestDto, TestRequestDto } from '../../../../shared/test-requests'
import type { Static } from 'typebox'
import { shanghaiDate } from '../../../platform/config'
import type { SampleResultRow, TestRequestRow } from '../schema'
import type { PublicRow } from './queries'

/** numeric(14,6) comes back as 0.500000: shown as 0.5. */
export const plainNumber = (v: string | null) => (v === null ? null : v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v)

/** The limit as the public reads it on a result notice. */
export function limitText(r: Pick<SampleResultRow, 'limitKind' | 'limitValue' | 'limitMax' | 'planN' | 'planC'>): string {
  const v = plainNumber(r.limitValue)
  switch (r.limitKind) {
    case 'max': return `≤${v ?? '—'}`
    case 'min': return `≥${v ?? '—'}`
    case 'not_detected': return '不得检出'
    case 'microbe': return `n=${r.planN ?? '—'}, c=${r.planC ?? '—'}, m=${v ?? '—'}, M=${plainNumber(r.limitMax) ?? '—'}`
    default: return v ?? '—'
  }
}

export function toPublicFailedItem(r: SampleResultRow) {
  return { itemName: r.itemName, value: r.detected ? plainNumber(r.value) : '未检出', unit: r.unit, limit: limitText(r), standard: r.standard }
}

export function toPublicDto(r: PublicRow, regionName: string, votedToday: boolean, results: PublicResult[]): PublicTestRequestDto {
  return {
    id: r.id, regionCode: r.regionCode, regionName, food: r.food, place: r.place, reason: r.reason, votes: r.votes,
    status: results.length ? 'tested' : r.status, planName: r.status === 'picked' || results.length ? r.planName : null,
    proposedOn: shanghaiDate(r.createdAt), votedToday, results,
  }
}

type LinkedSample = Static<typeof LinkedSampleDto>
export interface SampleLink { id: string; sampleNumber: string; productName: string; sampledOn: string; reportReceivedOn: string | null; verdict: string | null; publishedAt: Date | null }

export const toLinkedSample = (s: SampleLink): LinkedSample => ({
  id: s.id, sampleNumber: s.sampleNumber, productName: s.productName, sampledOn: s.sampledOn,
  reportReceivedOn: s.reportReceivedOn, verdict: s.verdict, published: s.publishedAt !== null,
})

export function toOfficeDto(row: { request: TestRequestRow; status: string; planName: string | null }, regionName: string, linked: SampleLink[]): TestRequestDto {
  const r = row.request
  return {
    id: r.id, regionCode: r.regionCode, regionName, food: r.food, place: r.place, reason: r.reason,
    proposerName: r.proposerName, proposerPhone: r.proposerPhone, votes: r.votes, status: row.status,
    planId: r.planId, planName: row.planName, decisionNote: r.decisionNote, createdAt: r.createdAt.toISOString(),
    samples: linked.map(toLinkedSample),
  }
}

/** What the audit keeps of a request: the proposal and the decision, not the proposer's contact or address hash. */
export const auditView = (r: TestRequestRow) => ({
  regionCode: r.regionCode, food: r.food, place: r.place, reason: r.reason, status: r.status, planId: r.planId,
  decisionNote: r.decisionNote, hasContact: Boolean(r.proposerName || r.proposerPhone),
})
