import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { regionPrefix } from '../../platform/scope'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from './factory'

// The tallies (migration 0006) are kept by triggers: whatever happens to inspections, they must equal a
// count of the inspections themselves, and the stats endpoint reads them.
let t: TestApp
let town: TestTownship
let office: TestAccount
let pair: string[]
beforeAll(async () => {
  t = await startTestApp()
  town = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: town.code })
  const a = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  const b = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  pair = [a.id, b.id]
})
afterAll(async () => { await t.close() })

type Row = { region_code: string; month: string; kind: string; result: string; n: number }
const key = (r: Row) => `${r.region_code} ${r.month} ${r.kind} ${r.result}`
async function tallies(): Promise<string[]> {
  const { rows } = await t.db.execute<Row>(sql`SELECT region_code, month::text, kind, result, n FROM inspection_tallies
    WHERE region_code LIKE ${`${regionPrefix(town.code)}%`} AND n <> 0 ORDER BY 1, 2, 3, 4`)
  return rows.map((r) => `${key(r)} ${r.n}`)
}
async function counted(): Promise<string[]> {
  const { rows } = await t.db.execute<Row>(sql`SELECT region_code, date_trunc('month', inspected_on)::date::text AS month, kind, result, count(*)::int AS n
    FROM inspections WHERE region_code LIKE ${`${regionPrefix(town.code)}%`} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`)
  return rows.map((r) => `${key(r)} ${r.n}`)
}

describe('inspection tallies', () => {
  it('follow inserts, updates and deletes, and the stats endpoint reads them', async () => {
    const e = await makeEntity(t, office, town.villageCodes[0], { type: 'small_restaurant' })
    const general = sampleItems('small_restaurant').general
    await makeInspection(t, office, inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn: '2025-12-31' }))
    await makeInspection(t, office, inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn: '2026-01-01' }))
    const basic = await makeInspection(t, office, inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn: '2026-01-20', answers: answersFor('small_restaurant', { fail: [general[0]] }), handling: 'on_the_spot' }))
    await makeInspection(t, office, inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn: '2026-03-05', kind: 'flying' }))
    expect(basic.result).toBe('basic')
    expect(await tallies()).toEqual(await counted())
    expect(await tallies()).toEqual([
      `${town.villageCodes[0]} 2025-12-01 daily conform 1`,
      `${town.villageCodes[0]} 2026-01-01 daily basic 1`,
      `${town.villageCodes[0]} 2026-01-01 daily conform 1`,
      `${town.villageCodes[0]} 2026-03-01 flying conform 1`,
    ])
    const stats = async (year: number) => (await t.as(office).get(`/api/inspections/stats?year=${year}&region=${town.code}`)).json()
    expect(await stats(2026)).toMatchObject({ total: 3, byResult: { conform: 2, basic: 1, nonconform: 0 } })
    expect(await stats(2025)).toMatchObject({ total: 1, byResult: { conform: 1, basic: 0, nonconform: 0 } })

    // An update that moves a record to another month and village, one that changes nothing counted, a delete.
    await t.db.execute(sql`UPDATE inspections SET inspected_on = '2026-02-02', region_code = ${town.villageCodes[1]} WHERE id = ${basic.id}`)
    await t.db.execute(sql`UPDATE inspections SET findings = '复核' WHERE region_code LIKE ${`${regionPrefix(town.code)}%`}`)
    await t.db.execute(sql`DELETE FROM inspections WHERE region_code LIKE ${`${regionPrefix(town.code)}%`} AND kind = 'flying'`)
    expect(await tallies()).toEqual(await counted())
    expect(await tallies()).toEqual([
      `${town.villageCodes[0]} 2025-12-01 daily conform 1`,
      `${town.villageCodes[0]} 2026-01-01 daily conform 1`,
      `${town.villageCodes[1]} 2026-02-01 daily basic 1`,
    ])
    expect(await stats(2026)).toMatchObject({ total: 2, byResult: { conform: 1, basic: 1, nonconform: 0 } })

    // The list's total: whole months come from the tallies, other ranges from the inspections; both agree.
    const total = async (query: string) => (await t.as(office).get(`/api/inspections?region=${town.code}&${query}`)).json().total
    expect(await total('from=2026-01-01&to=2026-02-28')).toBe(2)
    expect(await total('from=2026-01-02&to=2026-02-27')).toBe(1)
    expect(await total('result=basic')).toBe(1)
    expect(await total('result=basic&from=2026-01-01&to=2026-01-31')).toBe(0)
    expect(await total('kind=daily&from=2025-12-01&to=2025-12-31')).toBe(1)
  })
})
