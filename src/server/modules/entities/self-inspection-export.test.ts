import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectBadField } from '../../platform/testing/expect-bad'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { openTable } from '../../platform/testing/xlsx'
import { makeEntity } from './factory'

// On 2026-06-15 a township has three restaurants that owe a monthly self-inspection, in two villages.
let t: TestApp
let town: TestTownship
let inspector: TestAccount, stranger: TestAccount
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } })
  town = await makeTownship(t)
  inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  stranger = await makeAccount(t, { role: 'inspector', regionCode: (await makeTownship(t)).code })
  for (const v of [0, 0, 1]) await makeEntity(t, inspector, town.villageCodes[v], { type: 'small_restaurant' })
})
afterAll(async () => { await t.close() })

type Rates = { rows: { regionName: string; obliged: number; inspected: number; reported: number; inspectionRate: number | null; reportRate: number | null }[] }

describe('企业自查率 export', () => {
  it('holds the page’s rows for the same period and region, 合计 last, with the rule under the table', async () => {
    const query = `period=2026-Q2&region=${town.code}`
    const rates = (await t.as(inspector).get(`/api/self-inspections/rates?${query}`)).json() as Rates
    const sheet = await openTable(await t.as(inspector).get(`/api/self-inspections/rates/export?${query}`))
    expect(sheet.fileName).toBe('企业自查率_2026年第2季度_2026-06-15.xlsx')
    expect(sheet.rows).toEqual(rates.rows.map((r) => [r.regionName, r.obliged, r.inspected, r.reported, r.inspectionRate, r.reportRate]))
    expect(sheet.rows.at(-1)).toEqual(['合计', 9, 0, 0, 0, 0]) // 3 businesses × April, May, June
    expect(sheet.notes.join('')).toContain('自查率 = 已填写自查表的户·月 ÷ 应自查的户·月')
  })

  it('refuses another township’s region as the page does, and names a bad period', async () => {
    expect((await t.as(stranger).get(`/api/self-inspections/rates/export?period=2026-06&region=${town.code}`)).statusCode).toBe(404)
    await expectBadField(t.as(inspector), '/api/self-inspections/rates/export?period=2026-Q5', '统计期间')
  })
})
