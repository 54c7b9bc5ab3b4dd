import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureTotals, type MeasureSplit } from '../../platform/measures'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'
import { insertSample } from './disposals/factory'
import { sampleSource } from './indicator-sources'

// The indicators read the samples' measures from the tallies for whole months (migration 0009): they must
// equal a count of the samples themselves whatever happens to them.
let t: TestApp
let town: TestTownship
let office: TestAccount
beforeAll(async () => {
  t = await startTestApp()
  town = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: town.code })
})
afterAll(async () => { await t.close() })

const IDS = ['batches', 'market', 'planting', 'supervisionJudged', 'supervisionPassed', 'routineJudged', 'routinePassed', 'failed'] as const
const scope = { accountRegion: '', region: '', from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31' }

async function bothWays(split: MeasureSplit) {
  const s = { ...scope, accountRegion: town.code, region: town.code }
  const sort = <R extends { key: string }>(rows: R[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key))
  return {
    tallied: sort(await measureTotals(t.db, sampleSource, s, IDS, split)),
    scanned: sort(await measureTotals(t.db, sampleSource, s, IDS, split, { tallies: false })),
  }
}

describe('sample tallies', () => {
  it('equal a count of the samples through inserts, results, moves and deletes', async () => {
    const e = await makeEntity(t, office, town.villageCodes[0], { type: 'small_restaurant' })
    const at = (sampledOn: string, verdict: 'pass' | 'fail' | null, regionCode = town.villageCodes[0]) =>
      insertSample(t, { entityId: e.id, regionCode, sampledOn, reportReceivedOn: verdict ? sampledOn : null, verdict })
    const a = await at('2026-01-05', 'pass')
    const b = await at('2026-01-20', 'fail')
    const c = await at('2026-02-11', null)
    await at('2026-03-02', 'pass', town.villageCodes[1])
    await t.db.execute(sql`UPDATE samples SET purpose = 'routine', department = 'agriculture', stage = 'planting' WHERE id = ${a.id}`)

    // 监督抽检 with a result: b (fail) and the March sample (pass); a is now 例行监测; c is still at the lab.
    const { tallied, scanned } = await bothWays('none')
    expect(tallied).toEqual(scanned)
    expect(tallied[0].values).toEqual({ batches: 4, market: 3, planting: 1, supervisionJudged: 2, supervisionPassed: 1, routineJudged: 1, routinePassed: 1, failed: 1 })
    const passRate = async () => (await t.as(office).get(`/api/indicators?region=${town.code}&period=2026&ids=sampling.pass_rate`)).json().values[0]
    expect(await passRate()).toMatchObject({ numerator: 1, denominator: 2, value: 50 })

    // The lab's report for c, a move to another month and village, and a delete.
    await t.db.execute(sql`UPDATE samples SET verdict = 'pass', report_received_on = '2026-03-01' WHERE id = ${c.id}`)
    await t.db.execute(sql`UPDATE samples SET sampled_on = '2026-04-15', region_code = ${town.villageCodes[1]} WHERE id = ${b.id}`)
    await t.db.execute(sql`DELETE FROM samples WHERE id = ${a.id}`)
    for (const split of ['none', 'month', 'child'] as const) {
      const both = await bothWays(split)
      expect(both.tallied, split).toEqual(both.scanned)
    }
    const months = (await bothWays('month')).tallied
    expect(months.map((m) => `${m.key} ${m.values.batches} ${m.values.failed}`)).toEqual(['2026-02 1 0', '2026-03 1 0', '2026-04 1 1'])
    expect(await passRate()).toMatchObject({ numerator: 2, denominator: 3 })
  })
})
