import type { LightMyRequestResponse } from 'fastify'
import type { PublicTestRequestInput } from '../../../../shared/test-requests'
import type { TestApp } from '../../../platform/testing/test-app'
import { sampleResults, samples, samplingPlans } from '../schema'

/** Test-data builders for 你点我检: requests through the public API from a given address; plans and samples as rows. */

let seq = Math.floor(Math.random() * 1e5)
/** A fresh client address for each caller, so that tests never share a throttle. */
export const freshIp = () => { seq++; return `10.${(seq >> 16) & 255}.${(seq >> 8) & 255}.${seq & 255}` }

export const requestInput = (regionCode: string, over: Partial<PublicTestRequestInput> = {}): PublicTestRequestInput => ({
  food: `散装豆腐${seq++}`, place: '城关农贸市场 12 号摊', reason: '最近买的豆腐发酸', proposerName: '王女士', proposerPhone: '13912345678', regionCode, ...over,
})

/** A public call (no login) from `ip`. */
export const fromIp = (t: TestApp, ip: string, method: 'GET' | 'POST', url: string, body?: unknown): Promise<LightMyRequestResponse> =>
  t.app.inject({ method, url, remoteAddress: ip, ...(body === undefined ? {} : { payload: body as object }) })

export async function makeRequest(t: TestApp, regionCode: string, over: Partial<PublicTestRequestInput> = {}, ip = freshIp()) {
  const res = await fromIp(t, ip, 'POST', '/api/public/test-requests', requestInput(regionCode, over))
  if (res.statusCode !== 201) throw new Error(`makeRequest: ${res.body}`)
  return res.json() as { id: string; food: string }
}

/** A sampling plan of the county, published unless asked (only a published plan takes a request). */
export async function makePlan(t: TestApp, county: string, name = `2026 年县级食品安全抽检计划 ${seq++}`, status: 'draft' | 'published' = 'published') {
  const [plan] = await t.db.insert(samplingPlans).values({
    regionCode: county, year: 2026, name, level: 'county', department: 'market', batchesPerThousand: '4.00', status,
  }).returning()
  return plan
}

interface SampleOptions { entityId: string; regionCode: string; requestId: string; reported?: boolean; published?: boolean; failed?: boolean }

/** A sample recorded for a request; reported (lab report in, verdict set) and published on demand. */
export async function makeSample(t: TestApp, o: SampleOptions) {
  const verdict = o.reported ? (o.failed ? 'fail' : 'pass') : null
  const [sample] = await t.db.insert(samples).values({
    sampleNumber: `NCP2026${String(seq++).padStart(8, '0')}`, requestId: o.requestId, entityId: o.entityId, regionCode: o.regionCode,
    level: 'county', department: 'market', purpose: 'supervision', category: 'bean_products', agricultural: false, stage: 'circulation',
    productName: '散装豆腐', sampledOn: '2026-06-10', samplerIds: [crypto.randomUUID(), crypto.randomUUID()], quantity: '2 kg', lab: '县食品检验检测中心',
    sentDueOn: '2026-06-17', reportReceivedOn: o.reported ? '2026-06-12' : null, verdict, publishedAt: o.published ? new Date('2026-06-13T02:00:00Z') : null,
  }).returning()
  if (o.reported) {
    await t.db.insert(sampleResults).values([
      { sampleId: sample.id, itemName: '苯甲酸及其钠盐', detected: true, value: o.failed ? '1.200000' : '0.100000', unit: 'g/kg', limitKind: 'max', limitValue: '1.000000', standard: 'GB 2760-2024', verdict: o.failed ? 'fail' : 'pass', sortOrder: 1 },
      { sampleId: sample.id, itemName: '脱氢乙酸及其钠盐', detected: false, value: null, unit: 'g/kg', limitKind: 'not_detected', limitValue: null, standard: 'GB 2760-2024', verdict: 'pass', sortOrder: 2 },
    ])
  }
  return sample
}
