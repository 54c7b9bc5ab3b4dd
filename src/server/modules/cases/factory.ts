import type { ClueInput, DecisionInput, PenaltyInput } from '../../../shared/cases'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'

/** Test-data builders for cases: valid unless a test says otherwise, never colliding. */

let seq = Math.floor(Math.random() * 1e6)
export const caseNumber = () => `西市监立〔2026〕${seq++}号`

export const clueInput = (over: Partial<ClueInput> = {}): ClueInput => ({
  source: 'complaint', sourceRef: null, entityId: null, partyName: null, partyKind: null, regionCode: null,
  cause: '涉嫌经营超过保质期的食品', clueReceivedOn: '2026-03-02', officerIds: [], ...over,
})

export const penalty = (over: Partial<PenaltyInput> = {}): PenaltyInput => ({
  kind: 'fine', amount: '5000.00', personName: null, personRole: null, personIdNumber: null, banYears: null, note: null, ...over,
})

export const decision = (over: Partial<DecisionInput> = {}): DecisionInput => ({ decidedOn: '2026-04-20', goodsValue: '1200.00', penalties: [penalty()], ...over })

/** The cases tests' world: an app whose today is fixed, a township, an inspector there, two case officers, and an inspector of another township. */
export async function startCasesFixture(today: string): Promise<{ t: TestApp; town: TestTownship; inspector: TestAccount; officers: string[]; stranger: TestAccount }> {
  const t = await startTestApp({ config: { now: () => new Date(`${today}T04:00:00Z`) } })
  const town = await makeTownship(t)
  const inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  const officers = [inspector.id, (await makeAccount(t, { role: 'inspector', regionCode: town.code })).id]
  const stranger = await makeAccount(t, { role: 'inspector', regionCode: (await makeTownship(t)).code })
  return { t, town, inspector, officers, stranger }
}

/** The dates a case goes through when a test does not care: all before the tests' fixed today (2026-06-15). */
export const DATES = { clue: '2026-03-02', filed: '2026-03-10', investigated: '2026-04-01', notified: '2026-04-10', decided: '2026-04-20', executed: '2026-05-06', closed: '2026-05-12' }

type Stage = 'clue' | 'filed' | 'notified' | 'decided' | 'closed'

/**
 * A case taken through its steps up to `stage` over HTTP, failing loudly on any refusal.
 * `officers` are two account ids that may act as case officers; an unregistered party lies in the caller's region.
 */
export async function makeCase(t: TestApp, caller: TestAccount, officers: string[], options: {
  entityId?: string; regionCode?: string; stage?: Stage; clue?: Partial<ClueInput>; decision?: Partial<DecisionInput>; dates?: Partial<typeof DATES>
} = {}) {
  const d = { ...DATES, ...options.dates }
  const api = t.as(caller)
  const ok = async (res: Awaited<ReturnType<typeof api.post>>) => {
    if (res.statusCode >= 300) throw new Error(`makeCase: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const party = options.entityId ? { entityId: options.entityId } : { partyName: '无证摊贩王某', partyKind: 'individual', regionCode: options.regionCode ?? caller.regionCode }
  let c = await ok(await api.post('/api/cases', clueInput({ ...party, clueReceivedOn: d.clue, ...options.clue })))
  const stages: Stage[] = ['clue', 'filed', 'notified', 'decided', 'closed']
  const upTo = stages.indexOf(options.stage ?? 'closed')
  if (upTo >= 1) c = await ok(await api.post(`/api/cases/${c.id}/file`, { filedOn: d.filed, caseNumber: caseNumber(), officerIds: officers }))
  if (upTo >= 2) {
    await ok(await api.post(`/api/cases/${c.id}/steps`, { step: 'investigated', on: d.investigated }))
    c = await ok(await api.post(`/api/cases/${c.id}/steps`, { step: 'notified', on: d.notified }))
  }
  if (upTo >= 3) c = await ok(await api.post(`/api/cases/${c.id}/decision`, decision({ decidedOn: d.decided, ...options.decision })))
  if (upTo >= 4) {
    await ok(await api.post(`/api/cases/${c.id}/steps`, { step: 'executed', on: d.executed }))
    c = await ok(await api.post(`/api/cases/${c.id}/steps`, { step: 'closed', on: d.closed }))
  }
  return c as { id: string; caseNumber: string | null; status: string }
}
