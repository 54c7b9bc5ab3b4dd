import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureTotals, type MeasureSplit } from '../../platform/measures'
import { regionPrefix } from '../../platform/scope'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'
import { applicableItems, checklistFor } from '../../../shared/inspection-checklists'
import { answersFor, inspectionInput, makeInspection, sampleItems } from './factory'
import { inspectionSource } from './indicator-sources'

// The indicators read the inspections' measures from the tallies for whole months (migration 0008): they
// must equal a scan of the inspections whatever happens to them and to their rectification orders.
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

const IDS = ['inspections', 'nonconform', 'problemsFound', 'problemsHandled', 'operationsHalted', 'investigations'] as const
const scope = () => ({ accountRegion: town.code, region: town.code, from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31' })

/** Totals from the tallies and from a scan, for every split: they must be the same. */
async function bothWays(split: MeasureSplit) {
  const sort = <R extends { key: string }>(rows: R[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key))
  const tallied = sort(await measureTotals(t.db, inspectionSource, scope(), IDS, split))
  const scanned = sort(await measureTotals(t.db, inspectionSource, scope(), IDS, split, { tallies: false }))
  return { tallied, scanned }
}
const indicator = async (id: string) => {
  const res = await t.as(office).get(`/api/indicators?region=${town.code}&period=2026&ids=${id}`)
  return res.json().values[0] as { value: number | null; numerator: number; denominator: number }
}

describe('inspection measure tallies', () => {
  it('equal a scan of the inspections through order changes, updates and deletes', async () => {
    const e = await makeEntity(t, office, town.villageCodes[0], { type: 'small_restaurant' })
    const general = sampleItems('small_restaurant').general
    const key = sampleItems('small_restaurant').key
    const allKeys = applicableItems(checklistFor('small_restaurant'), 'small_restaurant').filter((i) => i.key).map((i) => i.code)
    const rectify = (dueOn: string) => ({ handling: 'rectification' as const, rectification: { kind: 'rectify' as const, dueOn, requirements: '限期整改', documentNumber: null } })
    const made = [await makeInspection(t, office, inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn: '2026-01-10' }))]
    made.push(await makeInspection(t, office, inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn: '2026-02-03', answers: answersFor('small_restaurant', { fail: [general[0]] }), handling: 'on_the_spot' })))
    const ordered = await makeInspection(t, office, inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn: '2026-02-20', answers: answersFor('small_restaurant', { fail: [key] }), ...rectify('2026-03-20') }))
    made.push(ordered, await makeInspection(t, office, inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn: '2026-03-02', answers: answersFor('small_restaurant', { fail: allKeys.slice(0, 2) }), handling: 'investigation', operationsHalted: true })))
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
    for (const split of ['none', 'month', 'child'] as const) {
      const both = await bothWays(split)
      expect(both.tallied, split).toEqual(both.scanned)
    }

    // A record moved to another month and village, its findings changed, and a delete (with its order).
    await t.db.execute(sql`UPDATE inspections SET inspected_on = '2026-04-15', region_code = ${town.villageCodes[1]}, operations_halted = true WHERE inspected_on = '2026-02-03' AND entity_id = ${e.id}`)
    await t.db.execute(sql`DELETE FROM rectification_orders ${mine}`)
    await t.db.execute(sql`DELETE FROM inspections WHERE id = ${ordered.id}`)
    for (const split of ['none', 'month', 'child'] as const) {
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
      WHERE orders_pending AND region_code LIKE ${`${regionPrefix(town.code)}%`}`)
    expect(pending.n).toBe(0)
  })
})
