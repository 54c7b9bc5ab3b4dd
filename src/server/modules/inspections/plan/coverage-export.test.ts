import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoverageDto } from '../../../../shared/inspection-plan'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'
import { makeEntity } from '../../entities/factory'
import { inspectionInput, makeInspection } from '../factory'

// On 2026-07-10 a township has three small restaurants in two villages; two officers inspected one of them in March.
let t: TestApp
let town: TestTownship
let staff: TestAccount, stranger: TestAccount
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-07-10T10:00:00+08:00') } })
  town = await makeTownship(t)
  staff = await makeAccount(t, { role: 'township', regionCode: town.code })
  stranger = await makeAccount(t, { role: 'township', regionCode: (await makeTownship(t)).code })
  const a = await makeAccount(t, { role: 'inspector', regionCode: town.code, unitCode: `msa-${town.code.slice(0, 9)}` })
  const b = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  const first = await makeEntity(t, a, town.villageCodes[0], { type: 'small_restaurant' })
  await makeEntity(t, a, town.villageCodes[0], { type: 'small_restaurant' })
  await makeEntity(t, a, town.villageCodes[1], { type: 'small_restaurant' })
  await makeInspection(t, a, inspectionInput(first.id, 'small_restaurant', [a.id, b.id], { inspectedOn: '2026-03-05' }))
})
afterAll(async () => { await t.close() })

describe('检查覆盖率 export', () => {
  it('exports each tab as the page shows it: rates with the 合计 row, then each unit’s and officer’s work', async () => {
    const c = (await t.as(staff).get('/api/inspections/coverage?year=2026')).json() as CoverageDto
    const villages = await openTable(await t.as(staff).get('/api/inspections/coverage/export?year=2026&by=region'))
    expect(villages.fileName).toBe(`检查覆盖率_${town.name}_2026年_按村（社区）_2026-07-10.xlsx`)
    expect(villages.header).toEqual(['村（社区）', '在业主体', '本年已检查', '覆盖率（%）'])
    expect(villages.rows).toEqual([...c.byRegion, { ...c.total, label: '合计' }].map((r) => [r.label, r.active, r.inspected, r.rate]))
    expect(villages.rows.at(-1)).toEqual(['合计', 3, 1, 33.3])
    const types = await openTable(await t.as(staff).get('/api/inspections/coverage/export?year=2026&by=type'))
    expect(types.rows).toEqual([...c.byType, { ...c.total, label: '合计' }].map((r) => [r.label, r.active, r.inspected, r.rate]))
    for (const [by, rows] of [['unit', c.byUnit], ['inspector', c.byInspector]] as const) {
      const sheet = await openTable(await t.as(staff).get(`/api/inspections/coverage/export?year=2026&by=${by}`))
      expect(rowsByHeader(sheet).map((r) => [r[sheet.header[0]], r['检查次数'], r['其中整改复查'], r['检查主体数']]))
        .toEqual(rows.map((r) => [r.label, r.inspections, r.followUps, r.entities]))
    }
  })

  it('refuses another township’s region as the page does, and names a bad filter', async () => {
    const json = await t.as(stranger).get(`/api/inspections/coverage?region=${town.code}`)
    const file = await t.as(stranger).get(`/api/inspections/coverage/export?region=${town.code}&by=region`)
    expect(file.statusCode).toBe(json.statusCode)
    expect(file.json()).toEqual(json.json()) // the page's own refusal: 区域 not within the caller's area
    await expectBadField(t.as(staff), '/api/inspections/coverage/export?by=month', '分组')
  })
})
