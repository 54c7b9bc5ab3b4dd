import { randomUUID } from 'node:crypto'
import type { SignedInContext } from '../../../platform/context'
import type { TestAccount } from '../../../platform/testing/factories'
import type { TestApp } from '../../../platform/testing/test-app'
import { sampleResults, samples } from '../schema'
import { openDisposal } from './service'

/**
 * Failed samples for the disposal tests, written straight into the database and opened the way the
 * samples module opens them (openDisposal in the report's transaction): these tests are about the file.
 */
let seq = 0

export function contextOf(t: TestApp, who: TestAccount): SignedInContext {
  const account = { id: who.id, username: who.username, displayName: '测试用户', role: who.role, regionCode: who.regionCode, unitId: null, permissions: new Set<string>(), mustChangePassword: false, sessionTokenHash: '' }
  return { db: t.db, config: t.config, account, ip: '127.0.0.1', userAgent: 'test' }
}

export async function insertSample(t: TestApp, s: { entityId: string; regionCode: string; sampledOn: string; reportReceivedOn?: string | null; verdict?: 'pass' | 'fail' | null }) {
  const [row] = await t.db.insert(samples).values({
    id: randomUUID(), sampleNumber: `DSP-${Date.now().toString(36)}-${(seq++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.slice(0, 40),
    entityId: s.entityId, regionCode: s.regionCode, level: 'county', department: 'market', purpose: 'supervision', category: 'vegetables', agricultural: true,
    stage: 'circulation', productName: '韭菜', sampledOn: s.sampledOn, samplerIds: [], quantity: '2 kg', lab: '西平县食品检验所',
    sentDueOn: s.sampledOn, sentOn: s.sampledOn, reportReceivedOn: s.reportReceivedOn ?? null, reportNumber: s.reportReceivedOn ? `R${seq}` : null, verdict: s.verdict ?? null,
  }).returning()
  return row
}

/** A sample whose lab report (received on `reportReceivedOn`) failed on 腐霉利, with its disposal file opened. */
export async function failedSample(t: TestApp, ctx: SignedInContext, s: { entityId: string; regionCode: string; reportReceivedOn: string }) {
  const sample = await insertSample(t, { ...s, sampledOn: s.reportReceivedOn, verdict: 'fail' })
  await t.db.insert(sampleResults).values({
    sampleId: sample.id, itemName: '腐霉利', value: '0.520000', detected: true, unit: 'mg/kg', limitKind: 'max', limitValue: '0.200000', standard: 'GB 2763-2021', verdict: 'fail',
  })
  const disposalId = await t.db.transaction((tx) => openDisposal(tx, ctx, sample))
  return { sample, disposalId }
}
