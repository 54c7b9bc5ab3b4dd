import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DashboardDto } from '../../../shared/dashboard'
import type { OffTrackDto } from '../../../shared/indicators'
import { clearPermissionCache } from '../../platform/permissions'
import { loadDemoCounty, loginAs, makeAccount, makeTownship, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { expectBadField } from '../../platform/testing/expect-bad'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'
import { makeEntity } from '../entities/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from '../inspections/factory'
import { catalogueItemId, catalogueResult, makeSample, reportSample, samplingSetup, sampleInput, type SamplingSetup } from '../sampling/samples/factory'
import { publishSamplePlan } from '../work-plans/testing/sample-plans'

const json = async <T>(t: TestApp, caller: TestAccount, path: string): Promise<T> => {
  const res = await t.as(caller).get(path)
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as T
}

// A township on 2026-06-15 with two rectification orders past their due dates, a failed sample whose
// disposal file is late, and a passing one.
describe('the dashboard’s record lists as Excel', () => {
  let t: TestApp
  let s: SamplingSetup
  let office: TestAccount, stranger: TestAccount
  beforeAll(async () => {
    t = await startTestApp({ config: { now: () => new Date('2026-06-15T10:00:00+08:00') } })
    s = await samplingSetup(t)
    office = await makeAccount(t, { role: 'office' })
    stranger = await makeAccount(t, { role: 'township', regionCode: (await makeTownship(t)).code })
    const pair = s.inspectors.map((i) => i.id)
    const e1 = await makeEntity(t, s.office, s.town.villageCodes[1])
    const failed = { answers: answersFor('small_restaurant', { fail: [sampleItems('small_restaurant').general[0]] }) }
    const order = (dueOn: string) => ({ handling: 'rectification' as const, rectification: { kind: 'rectify', dueOn, requirements: '限期整改', documentNumber: null } })
    await makeInspection(t, s.office, inspectionInput(e1.id, 'small_restaurant', pair, { inspectedOn: '2026-05-02', ...failed, ...order('2026-05-20') }))
    await makeInspection(t, s.office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-05-08', ...failed, ...order('2026-06-01') }))
    const chlorpyrifos = await catalogueItemId(t, 'chlorpyrifos-chinese-chives')
    for (const [sampledOn, value] of [['2026-03-02', null], ['2026-04-08', '0.5']] as const) {
      const made = await makeSample(t, s.office, sampleInput(s.entityId, pair, { sampledOn }))
      await reportSample(t, s.office, made.id, [catalogueResult(chlorpyrifos, value)], { sentOn: sampledOn, reportReceivedOn: '2026-04-20' })
    }
  })
  afterAll(async () => { await t.close() })

  const q = () => `region=${s.town.code}&period=2026`
  const download = async (list: string, caller = office) => openTable(await t.as(caller).get(`/api/dashboard/export/${list}?${q()}`))

  it('exports the overdue orders, the late disposal files and the failed samples, equal to the cards', async () => {
    const d = await json<DashboardDto>(t, office, `/api/dashboard?${q()}`)
    const orders = await download('overdue-orders')
    expect(orders.fileName).toBe(`工作看板_整改逾期_${s.town.name}_截至2026-06-15.xlsx`)
    expect(orders.title).toBe(`整改逾期（${s.town.name}，截至 2026-06-15）`)
    expect(orders.header).toEqual(['序号', '经营主体', '下达日期', '整改期限', '逾期天数'])
    expect(orders.rows).toEqual(d.overdueOrders!.items.map((o, i) => [i + 1, o.entityName, o.issuedOn, o.dueOn, o.daysOverdue]))
    expect(orders.rows).toHaveLength(2)

    const disposals = await download('overdue-disposals')
    expect(rowsByHeader(disposals)).toEqual(d.overdueDisposals!.items.map((o, i) => ({
      序号: i + 1, 样品编号: o.sampleNumber, 产品名称: o.productName, 经营主体: o.entityName, 启动日期: o.openedOn, 逾期环节: o.lateStep, 应完成日期: o.lateSince,
    })))
    expect(disposals.rows).toHaveLength(1)

    const samples = await download('failed-samples')
    expect(rowsByHeader(samples)).toEqual(d.failedSamples!.items.map((o, i) => ({
      序号: i + 1, 样品编号: o.sampleNumber, 产品名称: o.productName, 经营主体: o.entityName, 区域: o.regionName, 抽样日期: o.sampledOn,
      不合格项目: o.failedItems.join('、'), 核查处置: o.disposalId ? '已启动' : '未启动',
    })))
    expect(samples.rows).toHaveLength(1)
  })

  it('exports every row, not only the ten a card shows', async () => {
    const pair = s.inspectors.map((i) => i.id)
    const failed = { answers: answersFor('food_producer', { fail: [sampleItems('food_producer').general[0]] }) }
    const order = { handling: 'rectification' as const, rectification: { kind: 'rectify', dueOn: '2026-06-05', requirements: '限期整改', documentNumber: null } }
    for (let i = 0; i < 10; i++) {
      const e = await makeEntity(t, s.office, s.town.villageCodes[2], { type: 'food_producer', openKitchen: 'none', cateringGrade: null })
      await makeInspection(t, s.office, inspectionInput(e.id, 'food_producer', pair, { inspectedOn: '2026-05-20', ...failed, ...order }))
    }
    const d = await json<DashboardDto>(t, office, `/api/dashboard?${q()}`)
    expect(d.overdueOrders).toMatchObject({ total: 12, items: { length: 10 } })
    const orders = await download('overdue-orders')
    expect(orders.rows).toHaveLength(12)
    expect(orders.rows.slice(0, 10).map((r) => r[1])).toEqual(d.overdueOrders!.items.map((o) => o.entityName))
  })

  it('keeps to the caller’s subtree, names a bad list or period, and refuses a list the caller may not read', async () => {
    expect((await download('overdue-orders', stranger).catch((e: Error) => e.message))).toMatch(/^download failed 404/)
    const own = await openTable(await t.as(stranger).get('/api/dashboard/export/failed-samples'))
    expect(own.rows).toEqual([])
    const bad = (path: string, field: string) => expectBadField(t.as(office), path, field)
    await bad('/api/dashboard/export/everything', '清单')
    await bad('/api/dashboard/export/overdue-orders?period=2026-13', '统计期间')
    await bad('/api/dashboard/export/overdue-orders?from=2026-05-01&to=2026-04-01', '起始日期')
    const leader = await makeAccount(t, { role: 'leader' })
    await t.db.execute(sql`DELETE FROM role_permissions WHERE role = 'leader' AND permission = 'sampling.read'`)
    clearPermissionCache()
    try {
      const res = await t.as(leader).get(`/api/dashboard/export/failed-samples?${q()}`)
      expect(res.statusCode).toBe(403)
      expect(res.json().message).toContain('不合格样品')
      expect((await t.as(leader).get(`/api/dashboard/export/overdue-orders?${q()}`)).statusCode).toBe(200)
    } finally {
      await t.db.execute(sql`INSERT INTO role_permissions (role, permission) VALUES ('leader', 'sampling.read') ON CONFLICT DO NOTHING`)
      clearPermissionCache()
    }
    const inspector = await makeAccount(t, { role: 'inspector', regionCode: s.town.code })
    expect((await t.as(inspector).get('/api/dashboard/export/overdue-orders')).statusCode).toBe(403)
  })
})

// The demo county with the sample 2026 plan published in January: on 2026-04-02 nobody has reported for the
// first quarter, and the plan's targets are behind.
describe('the dashboard’s plan lists as Excel', () => {
  let t: TestApp
  let office: TestAccount
  beforeAll(async () => {
    t = await startTestApp()
    await loadDemoCounty(t)
    t.config.now = () => new Date('2026-01-10T09:00:00+08:00')
    office = await loginAs(t, 'office')
    await publishSamplePlan(t, office)
    t.config.now = () => new Date('2026-04-02T10:00:00+08:00')
  })
  afterAll(async () => { await t.close() })

  it('exports every overdue lead-unit report and every off-track target', async () => {
    const d = await json<DashboardDto>(t, office, '/api/dashboard')
    const tasks = await openTable(await t.as(office).get('/api/dashboard/export/overdue-plan-tasks'))
    expect(tasks.header).toEqual(['序号', '方案', '任务', '任务名称', '牵头单位', '报送期次', '应报日期', '逾期天数'])
    expect(tasks.rows).toHaveLength(d.overduePlanTasks!.total)
    expect(tasks.rows.slice(0, 10)).toEqual(d.overduePlanTasks!.items.map((o, i) => [i + 1, o.planTitle, o.taskNumber, o.taskTitle, o.unitName, o.periodLabel, o.dueOn, o.daysOverdue]))

    const offTrack = await json<OffTrackDto>(t, office, '/api/indicators/off-track')
    expect(offTrack.length).toBeGreaterThan(0)
    const sheet = await openTable(await t.as(office).get('/api/dashboard/export/off-track'))
    expect(sheet.fileName).toBe('工作看板_方案目标未达标及进行中_2026年_截至2026-04-02.xlsx')
    expect(sheet.rows).toEqual(offTrack.map((o, i) => [i + 1, o.planTitle, o.taskNumber, o.metric, expect.any(String), o.goal, o.unit, o.actual, o.deadline, o.status === 'missed' ? '未达标' : '进行中']))
  })
})
