import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicableItems, checklistFor } from '../../../shared/inspection-checklists'
import { measureTotals, type MeasureSplit } from '../../platform/measures'
import { regionPrefix } from '../../platform/scope'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from './factory'
import { inspectionSource } from './indicator-sources'

// The tallies (migrations 0006, 0008, 0010) are kept by triggers: whatever happens to inspections and their
// rectification orders, they must equal a count of the inspections themselves. The stats endpoint reads them,
// and the indicators read the measures from them for whole months.
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

const SPLITS = ['none', 'month', 'child', 'unit'] as const
const IDS = ['inspections', 'nonconform', 'problemsFound', 'problemsHandled', 'operationsHalted', 'investigations'] as const
let mtown: TestTownship
let moffice: TestAccount
let mpair: string[]
const scope = () => ({ accountRegion: mtown.code, region: mtown.code, from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31' })

/** Totals from the tallies and from a scan, for every split: they must be the same. */
async function bothWays(split: MeasureSplit) {
  const sort = <R extends { key: string }>(rows: R[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key))
  const tallied = sort(await measureTotals(t.db, inspectionSource, scope(), IDS, split))
  const scanned = sort(await measureTotals(t.db, inspectionSource, scope(), IDS, split, { tallies: false }))
  return { tallied, scanned }
}
const indicator = async (id: string) => {
  const res = await t.as(moffice).get(`/api/indicators?region=${mtown.code}&period=2026&ids=${id}`)
  return res.json().values[0] as { value: number | null; numerator: number; denominator: number }
}

describe('inspection tallies for the indicators', () => {
  it('equal a scan of the inspections for every split through order changes, updates and deletes', async () => {
    mtown = await makeTownship(t)
    // Two inspecting units: the township's 市场监管所 (the station account) and none (the office account).
    moffice = await makeAccount(t, { role: 'office', regionCode: mtown.code })
    const station = await makeAccount(t, { role: 'office', regionCode: mtown.code, unitCode: `msa-${mtown.code.slice(0, 9)}` })
    mpair = [(await makeAccount(t, { role: 'inspector', regionCode: mtown.code })).id, (await makeAccount(t, { role: 'inspector', regionCode: mtown.code })).id]
    const e = await makeEntity(t, moffice, mtown.villageCodes[0], { type: 'small_restaurant' })
    const general = sampleItems('small_restaurant').general
    const key = sampleItems('small_restaurant').key
    const allKeys = applicableItems(checklistFor('small_restaurant'), 'small_restaurant').filter((i) => i.key).map((i) => i.code)
    const rectify = (dueOn: string) => ({ handling: 'rectification' as const, rectification: { kind: 'rectify' as const, dueOn, requirements: '限期整改', documentNumber: null } })
    const made = [await makeInspection(t, moffice, inspectionInput(e.id, 'small_restaurant', mpair, { inspectedOn: '2026-01-10' }))]
    made.push(await makeInspection(t, moffice, inspectionInput(e.id, 'small_restaurant', mpair, { inspectedOn: '2026-02-03', answers: answersFor('small_restaurant', { fail: [general[0]] }), handling: 'on_the_spot' })))
    const ordered = await makeInspection(t, moffice, inspectionInput(e.id, 'small_restaurant', mpair, { inspectedOn: '2026-02-20', answers: answersFor('small_restaurant', { fail: [key] }), ...rectify('2026-03-20') }))
    made.push(ordered, await makeInspection(t, station, inspectionInput(e.id, 'small_restaurant', mpair, { inspectedOn: '2026-03-02', answers: answersFor('small_restaurant', { fail: allKeys.slice(0, 2) }), handling: 'investigation', operationsHalted: true })))
    const nonconform = made.filter((i) => i.result === 'nonconform').length
    expect(nonconform).toBeGreaterThan(0)

    // Four inspections, three with problems; the one under a pending order is not handled yet: 2 of 3.
    const { tallied, scanned } = await bothWays('none')
    expect(tallied).toEqual(scanned)
    expect(tallied[0].values).toEqual({ inspections: 4, nonconform, problemsFound: 3, problemsHandled: 2, operationsHalted: 1, investigations: 1 })
    expect(await indicator('inspections.problem_disposal_rate')).toMatchObject({ numerator: 2, denominator: 3 })

    // The order passes verification: handled. Then it fails without a case (pending again), then goes to a case.
    const order = sql`UPDATE rectification_orders SET`
    const mine = sql`WHERE inspection_id = ${ordered.id}`
    await t.db.execute(sql`${order} status = 'passed', verified_on = '2026-03-18' ${mine}`)
    expect((await indicator('inspections.problem_disposal_rate')).numerator).toBe(3)
    await t.db.execute(sql`${order} status = 'failed' ${mine}`)
    expect((await indicator('inspections.problem_disposal_rate')).numerator).toBe(2)
    const { rows: [someCase] } = await t.db.execute<{ id: string }>(sql`SELECT gen_random_uuid() AS id`)
    await t.db.execute(sql`${order} case_id = ${someCase.id} ${mine}`)
    expect((await indicator('inspections.problem_disposal_rate')).numerator).toBe(3)
    for (const split of SPLITS) {
      const both = await bothWays(split)
      expect(both.tallied, split).toEqual(both.scanned)
    }

    // A record moved to another month and village, its findings changed, and a delete (with its order).
    const units = (await bothWays('unit')).tallied.map((u) => `${u.key || '—'} ${u.values.inspections}`)
    expect(units.sort()).toEqual([`${mtown.stationId} 1`, '— 3'].sort())
    await t.db.execute(sql`UPDATE inspections SET inspected_on = '2026-04-15', region_code = ${mtown.villageCodes[1]}, operations_halted = true, unit_id = ${mtown.stationId} WHERE inspected_on = '2026-02-03' AND entity_id = ${e.id}`)
    await t.db.execute(sql`DELETE FROM rectification_orders ${mine}`)
    await t.db.execute(sql`DELETE FROM inspections WHERE id = ${ordered.id}`)
    for (const split of SPLITS) {
      const both = await bothWays(split)
      expect(both.tallied, split).toEqual(both.scanned)
    }
    const months = (await bothWays('month')).tallied
    expect(months.map((m) => `${m.key} ${m.values.inspections} ${m.values.operationsHalted}`)).toEqual(['2026-01 1 0', '2026-03 1 1', '2026-04 1 1'])
    expect(await indicator('inspections.count')).toMatchObject({ value: 3 })

    // A range that is not whole months is scanned: the same figure for the days it covers.
    const partial = await measureTotals(t.db, inspectionSource, { ...scope(), from: '2026-01-11', to: '2026-04-15' }, IDS)
    expect(partial[0].values.inspections).toBe(2)
    const { rows: [pending] } = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM inspections
      WHERE orders_pending AND region_code LIKE ${`${regionPrefix(mtown.code)}%`}`)
    expect(pending.n).toBe(0)
  })
})
