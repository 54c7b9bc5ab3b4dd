import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { openTable } from '../../platform/testing/xlsx'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from '../inspections/factory'

// Rankings by member unit: a township whose inspections were made by its 市场监管所, its 食安办 and an
// account with no unit, counted by hand below. "Today" is 2026-12-20, so 2026 is not over.
let t: TestApp
let town: TestTownship
let office: TestAccount
let station: TestAccount
let townOffice: TestAccount
let elsewhere: TestAccount
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-12-20T10:00:00+08:00') } })
  town = await makeTownship(t)
  const digits = town.code.slice(6, 9)
  office = await makeAccount(t, { role: 'office', regionCode: town.code })
  station = await makeAccount(t, { role: 'office', regionCode: town.code, unitCode: `msa-411721${digits}` })
  townOffice = await makeAccount(t, { role: 'office', regionCode: town.code, unitCode: `tso-411721${digits}` })
  elsewhere = await makeAccount(t, { role: 'office', regionCode: (await makeTownship(t)).code })
  const pair = [(await makeAccount(t, { role: 'inspector', regionCode: town.code })).id, (await makeAccount(t, { role: 'inspector', regionCode: town.code })).id]
  const e = await makeEntity(t, office, town.villageCodes[0], { type: 'small_restaurant' })
  const problem = answersFor('small_restaurant', { fail: [sampleItems('small_restaurant').general[0]] })
  const inspect = (by: TestAccount, inspectedOn: string, extra: object = {}) => makeInspection(t, by, inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn, ...extra }))
  // 市场监管所: two inspections with a problem, one handled on the spot, one under a rectification order (pending).
  await inspect(station, '2026-03-10', { answers: problem, handling: 'on_the_spot' })
  await inspect(station, '2026-04-02', { answers: problem, handling: 'rectification', rectification: { kind: 'rectify', dueOn: '2026-05-02', requirements: '限期整改', documentNumber: null } })
  // 食安办: one, its problem handled on the spot. No unit: one without a problem.
  await inspect(townOffice, '2026-05-05', { answers: problem, handling: 'on_the_spot' })
  await inspect(office, '2026-05-06')
})
afterAll(async () => { await t.close() })

type Row = { key: string; label: string; value: number | null; numerator: number; denominator: number | null }
const breakdown = async (caller: TestAccount, id: string, query: string) => {
  const res = await t.as(caller).get(`/api/indicators/${id}/breakdown?by=unit&${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as Row[]
}
const brief = (rows: Row[]) => rows.map((r) => `${r.label} ${r.value ?? '—'}`)

describe('indicators by member unit', () => {
  it('ranks the units that made the records, best first, with the records that name none', async () => {
    const count = await breakdown(office, 'inspections.count', `region=${town.code}&period=2026`)
    expect(brief(count)).toEqual([`${town.name}市场监督管理所 2`, `${town.name}食安办 1`, '未记录单位 1'])
    expect(count[0].key).toBe(town.stationId)
    const rate = await breakdown(office, 'inspections.problem_disposal_rate', `region=${town.code}&period=2026`)
    expect(rate.map((r) => [r.label, r.numerator, r.denominator, r.value])).toEqual([
      [`${town.name}食安办`, 1, 1, 100], [`${town.name}市场监督管理所`, 1, 2, 50], ['未记录单位', 0, 0, null]])
    // A range of days (read from the inspections, not the month tallies) counts the same way.
    expect(brief(await breakdown(office, 'inspections.count', `region=${town.code}&from=2026-03-01&to=2026-04-15`))).toEqual([`${town.name}市场监督管理所 2`])
    // Another township's account sees none of them in its own subtree.
    expect(await breakdown(elsewhere, 'inspections.count', 'period=2026')).toEqual([])
    expect((await t.as(elsewhere).get(`/api/indicators/inspections.count/breakdown?by=unit&region=${town.code}&period=2026`)).statusCode).toBe(404)
  })

  it('refuses an indicator whose records or denominator belong to no unit, and the catalogue says which can', async () => {
    for (const [id, reason] of [['inspections.coverage', '不记办理单位'], ['sampling.batches_per_thousand', '辖区人口']]) {
      const res = await t.as(office).get(`/api/indicators/${id}/breakdown?by=unit&region=${town.code}&period=2026`)
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toContain('分列方式')
      expect(res.json().message).toContain(reason)
    }
    const list = (await t.as(office).get('/api/indicators/catalogue')).json() as { id: string; splitsByUnit: boolean }[]
    const can = (id: string) => list.find((d) => d.id === id)?.splitsByUnit
    expect([can('inspections.count'), can('workplans.report_on_time_rate'), can('cases.money'), can('inspections.coverage'), can('entities.active')]).toEqual([true, true, true, false, false])
  })

  it('exports the ranking and shows it on the big screen', async () => {
    const table = await openTable(await t.as(office).get(`/api/indicators/inspections.count/breakdown/export?by=unit&region=${town.code}&period=2026`))
    expect(table.header.slice(0, 3)).toEqual(['序号', '单位', '数值（户次）'])
    expect(table.rows.map((r) => [r[1], r[2]])).toEqual([[`${town.name}市场监督管理所`, 2], [`${town.name}食安办`, 1], ['未记录单位', 1]])
    const screen = (await t.as(office).get(`/api/dashboard/screen?region=${town.code}&period=2026`)).json()
    const panel = screen.panels.find((p: { key: string }) => p.key === 'inspections')
    expect(panel.unitRanking).toMatchObject({ title: '各单位监督检查户次', unit: '户次' })
    expect(panel.unitRanking.items.map((i: { label: string; value: number }) => `${i.label} ${i.value}`)).toEqual(brief(
      await breakdown(office, 'inspections.count', `region=${town.code}&period=2026`)))
  })
})
