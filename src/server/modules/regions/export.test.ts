import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { UnitDto } from '../../../shared/regions'
import { expectBadField } from '../../platform/testing/expect-bad'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'

// A township's two units (a market station with an alias, and its 食安办); the office sees them among the county's.
let t: TestApp
let home: TestTownship
let office: TestAccount, township: TestAccount
beforeAll(async () => {
  t = await startTestApp()
  home = await makeTownship(t)
  office = await makeAccount(t, { role: 'office' })
  township = await makeAccount(t, { role: 'township', regionCode: (await makeTownship(t)).code })
  expect((await t.as(office).post(`/api/units/${home.stationId}/aliases`, { alias: `${home.name}监管所` })).statusCode).toBe(201)
})
afterAll(async () => { await t.close() })

describe('units export', () => {
  it('holds the units the page’s kind and search term select, with labels and aliases', async () => {
    const all = (await t.as(office).get('/api/units')).json() as UnitDto[]
    const sheet = await openTable(await t.as(office).get(`/api/units/export?q=${encodeURIComponent(home.name)}`))
    expect(sheet.rows).toHaveLength(2)
    expect(rowsByHeader(sheet).map((r) => [r['单位名称'], r['所在区划'], r['别名']]))
      .toEqual(all.filter((u) => u.name.includes(home.name)).map((u) => [u.name, u.regionName, u.aliases.join('、')]))
    expect(rowsByHeader(sheet).map((r) => r['类别']).sort()).toEqual(['乡镇食安办', '市场监管所'])
    const stations = await openTable(await t.as(office).get(`/api/units/export?kind=market_station&q=${encodeURIComponent('监管所')}`))
    expect(stations.fileName).toMatch(/^成员单位_市场监管所_\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(stations.rows.map((r) => r[1])).toContain(`${home.name}市场监督管理所`)
    expect(stations.rows.every((r) => r[3] === '市场监管所')).toBe(true)
  })

  it('keeps to the caller’s scope and names a bad filter', async () => {
    const theirs = await openTable(await t.as(township).get(`/api/units/export?q=${encodeURIComponent(home.name)}`))
    expect(theirs.rows).toEqual([])
    await expectBadField(t.as(office), '/api/units/export?kind=club', '单位类别')
  })
})
