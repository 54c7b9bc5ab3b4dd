import { sql } from 'drizzle-orm'
import type { LightMyRequestResponse } from 'fastify'
import type { ReportInput, ResultInput, SampleInput } from '../../../../shared/sampling'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import type { Caller, TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { syncTestItemCatalogue } from '../catalogue/sync'

/** Test-data builders for samples: valid unless a test says otherwise, never colliding. */

let seq = Math.floor(Math.random() * 1e6)
export const sampleNumber = () => `T-${Date.now().toString(36).toUpperCase()}-${seq++}`

export interface SamplingSetup { town: TestTownship; office: TestAccount; inspectors: [TestAccount, TestAccount]; entityId: string; entityName: string }

/** A fresh township with an office account, two inspectors and a business to sample (and the seeded catalogue). */
export async function samplingSetup(t: TestApp): Promise<SamplingSetup> {
  await syncTestItemCatalogue(t.db)
  const town = await makeTownship(t)
  const office = await makeAccount(t, { role: 'office', regionCode: town.code })
  const inspectors: [TestAccount, TestAccount] = [
    await makeAccount(t, { role: 'inspector', regionCode: town.code }), await makeAccount(t, { role: 'inspector', regionCode: town.code }),
  ]
  const entity = await makeEntity(t, office, town.villageCodes[0])
  return { town, office, inspectors, entityId: entity.id, entityName: entity.name }
}

export const sampleInput = (entityId: string, samplerIds: string[], over: Partial<SampleInput> = {}): SampleInput => ({
  sampleNumber: sampleNumber(), planId: null, requestId: null, entityId, level: 'county', department: 'market', purpose: 'supervision',
  category: 'vegetables', stage: 'circulation', productName: '韭菜', brand: null, specification: '散装', batchNumber: null, productionDate: '2026-03-01',
  manufacturer: null, sampledOn: '2026-03-02', samplerIds, quantity: '2 kg', price: '12.50', lab: '驻马店市食品药品检验检测中心', ...over,
})

export async function makeSample(t: TestApp, caller: Caller, input: SampleInput) {
  const res = await t.as(caller).post('/api/samples', input)
  if (res.statusCode !== 201) throw new Error(`makeSample: ${res.body}`)
  return res.json() as { id: string; sampleNumber: string; sampledOn: string; sentDueOn: string }
}

/** The id of a seeded catalogue row (e.g. 'chlorpyrifos-chinese-chives'). */
export async function catalogueItemId(t: TestApp, seedKey: string): Promise<string> {
  const { rows } = await t.db.execute<{ id: string }>(sql`SELECT id FROM test_items WHERE seed_key = ${seedKey}`)
  if (!rows[0]) throw new Error(`no catalogue row ${seedKey}`)
  return rows[0].id
}

/** A result for a catalogue item: a value, or 未检出 when value is null. */
export const catalogueResult = (testItemId: string, value: string | null, over: Partial<ResultInput> = {}): ResultInput => ({
  testItemId, itemName: null, detected: value !== null, value, lod: null, unitValues: null, unit: null, limitKind: null,
  limitValue: null, limitMax: null, planN: null, planC: null, standard: null, ...over,
})

/** Sends the sample to the lab (if not yet) and records the report; returns the sample's detail. */
export async function reportSample(t: TestApp, caller: Caller, sampleId: string, results: ResultInput[], over: Partial<ReportInput> & { sentOn?: string } = {}) {
  const { sentOn = '2026-03-03', ...report } = over
  const sent = await t.as(caller).post(`/api/samples/${sampleId}/send`, { sentOn })
  if (sent.statusCode !== 200 && sent.statusCode !== 409) throw new Error(`send: ${sent.body}`)
  const res = await t.as(caller).post(`/api/samples/${sampleId}/report`, { reportReceivedOn: '2026-03-20', reportNumber: `BG-${seq++}`, results, ...report })
  if (res.statusCode !== 200) throw new Error(`reportSample: ${res.body}`)
  return res.json()
}

/** A multipart upload (field `file`) as the browser sends it. */
export const uploadFile = (t: TestApp, caller: Caller, url: string, file: Buffer, name: string): Promise<LightMyRequestResponse> => t.app.inject({
  method: 'POST', url,
  headers: { authorization: `Bearer ${caller.token}`, 'content-type': 'multipart/form-data; boundary=----upload' },
  payload: Buffer.concat([Buffer.from(`------upload\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(name)}"\r\n\r\n`), file, Buffer.from('\r\n------upload--\r\n')]),
})
