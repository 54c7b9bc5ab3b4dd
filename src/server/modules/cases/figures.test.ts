import { afterAll, beforeAll, expect, it } from 'vitest'
import type { CaseDetailDto, FiguresDto } from '../../../shared/cases'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'
import { makeCase, penalty } from './factory'

/** The self-inspection report's case figures from a known data set, computed by hand below. */

let t: TestApp
let town: TestTownship
let inspector: TestAccount
let officers: string[]

beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } })
  town = await makeTownship(t)
  inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  officers = [inspector.id, (await makeAccount(t, { role: 'inspector', regionCode: town.code })).id]
})
afterAll(async () => { await t.close() })

const api = () => t.as(inspector)
async function transfer(caseId: string, on: string, accepted: string, result: 'filed' | 'declined', decided: string, counts?: number[]) {
  const tr = (await api().post(`/api/cases/${caseId}/transfers`, { policeUnit: '县公安局', transferredOn: on, note: null })).json()
  await api().post(`/api/case-transfers/${tr.id}/progress`, { status: 'accepted', on: accepted })
  await api().post(`/api/case-transfers/${tr.id}/progress`, { status: result, on: decided })
  if (counts) {
    const [detainedCount, arrestedCount, prosecutedCount, sentencedCount, bailedCount] = counts
    const res = await api().put(`/api/case-transfers/${tr.id}/counts`, { detainedCount, arrestedCount, bailedCount, prosecutedCount, sentencedCount, note: null })
    expect(res.statusCode).toBe(200)
  }
}

it('counts 立案, 结案, 罚没款, 处罚到人, 移送, 刑事立案, people and the blacklist for a township and a period', async () => {
  const entity = await makeEntity(t, inspector, town.villageCodes[0])
  // A: closed in the period; fine 20000 + income 350.50 + person fine 3000 (王某, also banned: one person) = 23350.50; goods 1000
  const a = await makeCase(t, inspector, officers, {
    entityId: entity.id, decision: {
      penalties: [penalty({ amount: '20000' }), penalty({ kind: 'confiscate_income', amount: '350.50' }), penalty({ kind: 'confiscate_goods', amount: '1000' }),
        penalty({ kind: 'licence_revoked', amount: null }), penalty({ kind: 'person_fine', amount: '3000', personName: '王某', personRole: 'principal' }),
        penalty({ kind: 'employment_ban', amount: null, personName: '王某', personRole: 'principal', banYears: 5 })],
    },
  })
  // B: decided 05-10, not closed; 1234.56 + 500 (李某) + 600 (张某) = 2334.56, two persons; transferred 05-12 → 刑事立案, 3 detained / 2 arrested / 2 prosecuted / 1 sentenced / 1 bailed
  const b = await makeCase(t, inspector, officers, {
    stage: 'decided', dates: { clue: '2026-03-25', filed: '2026-04-01', investigated: '2026-04-20', notified: '2026-04-28', decided: '2026-05-10' },
    decision: { penalties: [penalty({ amount: '1234.56' }), penalty({ kind: 'person_fine', amount: '500', personName: '李某', personRole: 'responsible' }), penalty({ kind: 'person_fine', amount: '600', personName: '张某', personRole: 'other_responsible' })] },
  })
  await transfer(b.id, '2026-05-12', '2026-05-13', 'filed', '2026-05-20', [3, 2, 2, 1, 1])
  // C: all in 2025 (outside the period): its fine, closing and transfer (5 detained) must not count
  const c = await makeCase(t, inspector, officers, {
    dates: { clue: '2025-11-03', filed: '2025-11-05', investigated: '2025-11-20', notified: '2025-11-25', decided: '2025-12-01', executed: '2025-12-05', closed: '2025-12-10' },
    decision: { penalties: [penalty({ amount: '99999' })] },
  })
  await transfer(c.id, '2025-12-20', '2025-12-21', 'filed', '2025-12-25', [5, 5, 5, 5])
  // D: a clue only; E: filed 02-02, transferred 02-10 and declined by the police
  await makeCase(t, inspector, officers, { stage: 'clue', dates: { clue: '2026-04-01' } })
  const e = await makeCase(t, inspector, officers, { stage: 'filed', dates: { clue: '2026-01-20', filed: '2026-02-02' } })
  await transfer(e.id, '2026-02-10', '2026-02-12', 'declined', '2026-02-20')
  // blacklist: A's entity listed and published (counts); a second listing never published (does not)
  const listed = (await api().post('/api/serious-violations', { caseId: a.id, reason: '吊销许可证', decisionNumber: null, listedOn: '2026-05-13', heavyPenaltyConfirmed: true })).json()
  await api().post(`/api/serious-violations/${listed.id}/publish`, { publishedOn: '2026-05-14' })
  const other = await makeEntity(t, inspector, town.villageCodes[1])
  const unpublished = await makeCase(t, inspector, officers, { entityId: other.id, stage: 'decided', decision: { penalties: [penalty({ kind: 'suspension', amount: null })] } })
  expect((await api().post('/api/serious-violations', { caseId: unpublished.id, reason: '停产停业', decisionNumber: null, listedOn: '2026-05-13', heavyPenaltyConfirmed: true })).statusCode).toBe(201)
  // another township's fined case stays out of this township's figures
  const elsewhere = await makeTownship(t)
  const stranger = await makeAccount(t, { role: 'inspector', regionCode: elsewhere.code })
  await makeCase(t, stranger, [stranger.id, (await makeAccount(t, { role: 'inspector', regionCode: elsewhere.code })).id], { decision: { penalties: [penalty({ amount: '7777' })] } })

  const res = await api().get(`/api/cases/figures?from=2026-01-01&to=2026-06-15&region=${town.code}`)
  expect(res.statusCode).toBe(200)
  // filed: A 03-10, B 04-01, E 02-02 (and the unpublished-listing case, filed 03-10) = 4; closed: A = 1
  // 罚没款: A 23350.50 + B 2334.56 + the suspension case 0 = 25685.06
  expect(res.json() as FiguresDto).toEqual({
    regionCode: town.code, from: '2026-01-01', to: '2026-06-15', filed: 4, closed: 1, finesAndConfiscations: '25685.06', goodsConfiscatedValue: '1000.00',
    personsPenalised: 3, transfers: 2, criminalCases: 1, detained: 3, arrested: 2, bailed: 1, prosecuted: 2, sentenced: 1, blacklistCurrent: 1,
  })
  // 2025 alone: C's filing, closing, 99999 and its 5/5/5/5; the blacklist as of 2025-12-31 is empty
  expect((await api().get('/api/cases/figures?from=2025-01-01&to=2025-12-31')).json()).toMatchObject({
    filed: 1, closed: 1, finesAndConfiscations: '99999.00', transfers: 1, criminalCases: 1, detained: 5, sentenced: 5, blacklistCurrent: 0,
  })
  // the county office sees both townships: one more filing and 7777 more
  const office = await makeAccount(t, { role: 'office' })
  expect((await t.as(office).get('/api/cases/figures?from=2026-01-01&to=2026-06-15')).json()).toMatchObject({ filed: 5, finesAndConfiscations: '33462.06' })
  // a township account asking for the whole county still gets only its own
  expect((await api().get('/api/cases/figures?from=2026-01-01&to=2026-06-15&region=411721000000')).json()).toMatchObject({ regionCode: town.code, filed: 4 })
  expect(((await api().get(`/api/cases/${a.id}`)).json() as CaseDetailDto).status).toBe('closed')
})
