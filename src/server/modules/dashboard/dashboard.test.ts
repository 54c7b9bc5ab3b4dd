import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DashboardDto, ScreenDto } from '../../../shared/dashboard'
import { clearPermissionCache } from '../../platform/permissions'
import { makeAccount, makeTownship, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeCase, penalty } from '../cases/factory'
import { makeEntity } from '../entities/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from '../inspections/factory'
import { catalogueItemId, catalogueResult, makeSample, reportSample, samplingSetup, sampleInput, type SamplingSetup } from '../sampling/samples/factory'

// A known township (9,000 people, three villages of 3,000) on a fixed today, 2026-06-15, counted by hand:
//   inspections 2026: 03-10 (v0), 05-02 (v1, problem → order due 05-20: overdue), 06-01 (v1), 06-10 (v0, problem
//     put right on the spot), 06-12 (v1, problem → order due 07-01: not yet due); one more in 2025 (not counted).
//   samples: 03-02 监督抽检 pass, 04-08 监督抽检 fail (its disposal file untouched since 04-20: overdue), 05-06 例行监测 pass.
//   one case filed 03-10 with a 5,000 元 fine; grades A (v0), C, C (v1).
let t: TestApp
let s: SamplingSetup
let countyOffice: TestAccount, township: TestAccount, stranger: TestAccount
let failingEntity: string
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T10:00:00+08:00') } })
  s = await samplingSetup(t)
  countyOffice = await makeAccount(t, { role: 'office' })
  township = await makeAccount(t, { role: 'township', regionCode: s.town.code })
  stranger = await makeAccount(t, { role: 'township', regionCode: (await makeTownship(t)).code })
  const v1 = s.town.villageCodes[1]
  const e1 = await makeEntity(t, s.office, v1)
  const e2 = await makeEntity(t, s.office, v1, { type: 'food_producer', openKitchen: 'none', cateringGrade: null })
  failingEntity = e1.name
  const pair = s.inspectors.map((i) => i.id)
  const fail = (type: string) => ({ answers: answersFor(type, { fail: [sampleItems(type).general[0]] }) })
  const order = (dueOn: string) => ({ handling: 'rectification' as const, rectification: { kind: 'rectify', dueOn, requirements: '限期整改', documentNumber: null } })
  await makeInspection(t, s.office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-03-10' }))
  await makeInspection(t, s.office, inspectionInput(e1.id, 'small_restaurant', pair, { inspectedOn: '2026-05-02', ...fail('small_restaurant'), ...order('2026-05-20') }))
  await makeInspection(t, s.office, inspectionInput(e2.id, 'food_producer', pair, { inspectedOn: '2026-06-01' }))
  await makeInspection(t, s.office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-06-10', ...fail('small_restaurant'), handling: 'on_the_spot' }))
  await makeInspection(t, s.office, inspectionInput(e2.id, 'food_producer', pair, { inspectedOn: '2026-06-12', ...fail('food_producer'), ...order('2026-07-01') }))
  await makeInspection(t, s.office, inspectionInput(e1.id, 'small_restaurant', pair, { inspectedOn: '2025-11-03' }))
  const chlorpyrifos = await catalogueItemId(t, 'chlorpyrifos-chinese-chives')
  const sample = async (sampledOn: string, sentOn: string, reportReceivedOn: string, value: string | null, purpose = 'supervision') => {
    const made = await makeSample(t, s.office, sampleInput(s.entityId, pair, { sampledOn, purpose }))
    await reportSample(t, s.office, made.id, [catalogueResult(chlorpyrifos, value)], { sentOn, reportReceivedOn })
  }
  await sample('2026-03-02', '2026-03-03', '2026-03-20', null)
  await sample('2026-04-08', '2026-04-09', '2026-04-20', '0.5')
  await sample('2026-05-06', '2026-05-07', '2026-05-20', null, 'routine')
  await makeCase(t, s.inspectors[0], pair, { regionCode: s.town.villageCodes[0], decision: { penalties: [penalty({ amount: '5000.00' })] } })
  // Grades are set by assessments; here they are put straight in, after the inspections that re-grade.
  await t.db.execute(sql`UPDATE entities SET risk_grade = CASE WHEN id = ${s.entityId} THEN 'A' ELSE 'C' END WHERE id IN (${s.entityId}, ${e1.id}, ${e2.id})`)
})
afterAll(async () => { await t.close() })

async function dashboard(caller: TestAccount, query: string): Promise<DashboardDto> {
  const res = await t.as(caller).get(`/api/dashboard?${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}
const tile = (d: DashboardDto, id: string) => d.tiles.find((x) => x.id === id)

describe('the office dashboard of a known township', () => {
  it('shows the key indicators, grade mix and monthly trend, counted by hand', async () => {
    const d = await dashboard(countyOffice, `region=${s.town.code}&period=2026`)
    expect(d).toMatchObject({ regionCode: s.town.code, population: 9000, asOf: '2026-06-15', period: { from: '2026-01-01', to: '2026-12-31' } })
    expect(d.tiles.map((x) => x.name)).toEqual(['食品抽检量', '食品抽检合格率', '不合格食品核查处置率', '不合格食品处置按时完成率', '监督检查户次', '问题发现处置率', '立案查处案件数', '罚没款金额'])
    expect(tile(d, 'sampling.batches_per_thousand')).toMatchObject({ numerator: 3, denominator: 9000, value: 0.33, unit: '批次/千人' })
    expect(tile(d, 'sampling.pass_rate')).toMatchObject({ numerator: 1, denominator: 2, value: 50 })
    expect(tile(d, 'disposal.start_rate')).toMatchObject({ numerator: 0, denominator: 1, value: 0 })
    expect(tile(d, 'disposal.on_time_rate')).toMatchObject({ numerator: 0, denominator: 0, value: null })
    expect(tile(d, 'inspections.count')).toMatchObject({ value: 5 })
    // Three inspections found a problem; only the one put right on the spot is handled so far.
    expect(tile(d, 'inspections.problem_disposal_rate')).toMatchObject({ numerator: 1, denominator: 3, value: 33.33 })
    expect(tile(d, 'cases.filed')).toMatchObject({ value: 1 })
    expect(tile(d, 'cases.money')).toMatchObject({ value: 5000, unit: '元' })
    expect(d.grades).toEqual([{ grade: 'A', count: 1 }, { grade: 'B', count: 0 }, { grade: 'C', count: 2 }, { grade: 'D', count: 0 }])
    expect(d.trend).toHaveLength(12)
    expect(d.trend.map((m) => m.inspections)).toEqual([0, 0, 1, 0, 1, 3, 0, 0, 0, 0, 0, 0])
    expect(d.trend.map((m) => m.samples)).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0])
    expect(d.trend[2]).toMatchObject({ key: '2026-03', label: '3月' })
    // 2025 held one inspection and nothing else.
    const last = await dashboard(countyOffice, `region=${s.town.code}&period=2025`)
    expect(tile(last, 'inspections.count')?.value).toBe(1)
    expect(tile(last, 'sampling.batches_per_thousand')?.numerator).toBe(0)
  })

  it('lists what is overdue today: the order past 05-20, the untouched disposal file with its late step, the failed sample', async () => {
    const d = await dashboard(countyOffice, `region=${s.town.code}&period=2026`)
    expect(d.overdueOrders).toEqual({ total: 1, items: [expect.objectContaining({ entityName: failingEntity, issuedOn: '2026-05-02', dueOn: '2026-05-20', daysOverdue: 26 })] })
    expect(d.overdueDisposals?.total).toBe(1)
    const late = d.overdueDisposals!.items[0]
    // 送达 is due 5 working days after the report arrived (Monday 04-20 → Monday 04-27).
    expect(late).toMatchObject({ entityName: s.entityName, productName: '韭菜', openedOn: '2026-04-20', lateStep: '送达检验结论', lateSince: '2026-04-27' })
    expect(d.failedSamples).toEqual({ total: 1, items: [expect.objectContaining({ entityName: s.entityName, sampledOn: '2026-04-08', failedItems: [expect.any(String)], disposalId: late.id })] })
    // No plan is published in this database: the card is there, and empty.
    expect(d.plans).toEqual([])
    expect(d.overduePlanTasks).toEqual({ total: 0, items: [] })
  })

  it('gives the township account its own subtree, and another township none of it', async () => {
    const own = await dashboard(township, 'period=2026')
    expect(own.regionCode).toBe(s.town.code)
    expect(tile(own, 'inspections.count')?.value).toBe(5)
    expect(own.overdueOrders?.total).toBe(1)
    expect(own.failedSamples?.total).toBe(1)
    const other = await dashboard(stranger, 'period=2026')
    expect(tile(other, 'inspections.count')?.value).toBe(0)
    expect(tile(other, 'cases.money')?.value).toBe(0)
    expect(other.grades.every((g) => g.count === 0)).toBe(true)
    expect(other.trend.every((m) => m.inspections === 0 && m.samples === 0)).toBe(true)
    for (const list of [other.overdueOrders, other.overdueDisposals, other.failedSamples]) expect(list).toEqual({ total: 0, items: [] })
    expect((await t.as(stranger).get(`/api/dashboard?region=${s.town.code}`)).statusCode).toBe(404)
    expect((await t.as(stranger).get(`/api/dashboard/screen?region=${s.town.code}`)).statusCode).toBe(404)
  })

  it('hides the lists of modules the account may not read', async () => {
    // A leader whose role has lost sampling.read still gets the figures, without the sampling lists.
    const leader = await makeAccount(t, { role: 'leader' })
    await t.db.execute(sql`DELETE FROM role_permissions WHERE role = 'leader' AND permission = 'sampling.read'`)
    clearPermissionCache()
    try {
      const d = await dashboard(leader, `region=${s.town.code}&period=2026`)
      expect(d.overdueDisposals).toBeNull()
      expect(d.failedSamples).toBeNull()
      expect(d.overdueOrders?.total).toBe(1)
    } finally {
      await t.db.execute(sql`INSERT INTO role_permissions (role, permission) VALUES ('leader', 'sampling.read') ON CONFLICT DO NOTHING`)
      clearPermissionCache()
    }
  })
})

describe('the big screen', () => {
  it('rotates four panels: figures, a ranking of the villages, and a trend or the grade mix', async () => {
    const res = await t.as(countyOffice).get(`/api/dashboard/screen?region=${s.town.code}&period=2026`)
    expect(res.statusCode, res.body).toBe(200)
    const screen = res.json() as ScreenDto
    expect(screen.panels.map((p) => p.title)).toEqual(['抽检监测', '监督检查', '案件查办', '主体责任与部门履职'])
    const [sampling, inspections, cases, duty] = screen.panels
    expect(sampling.figures.find((f) => f.id === 'sampling.batches')?.value).toBe(3)
    // Ranked, highest first: v0 sampled 3 batches for 3,000 people.
    const [v0, v1, v2] = s.town.villageCodes
    expect(sampling.ranking.items.map((r) => [r.key, r.value])).toEqual([[v0, 1], [v1, 0], [v2, 0]])
    expect(inspections.ranking.items.map((r) => [r.key, r.value])).toEqual([[v1, 3], [v0, 2], [v2, 0]])
    expect(inspections.trend?.items.map((m) => m.value)).toEqual([0, 0, 1, 0, 1, 3, 0, 0, 0, 0, 0, 0])
    expect(cases.ranking.items[0]).toMatchObject({ key: v0, value: 1 })
    expect(cases.figures.find((f) => f.id === 'cases.money')?.value).toBe(5000)
    expect(duty.trend).toBeNull()
    expect(duty.grades).toEqual([{ grade: 'A', count: 1 }, { grade: 'B', count: 0 }, { grade: 'C', count: 2 }, { grade: 'D', count: 0 }])
    expect(duty.figures.find((f) => f.id === 'entities.active')?.value).toBe(3)
  })
})

describe('dashboard: bad input and permission', () => {
  it('names the bad field in Chinese, and refuses an account without indicators.read', async () => {
    const bad = async (path: string, field: string) => {
      const res = await t.as(countyOffice).get(path)
      expect(res.statusCode, res.body).toBe(400)
      expect(res.json().message).toContain(field)
    }
    await bad('/api/dashboard?period=2026-Q5', '统计期间')
    await bad('/api/dashboard?period=2026-13', '统计期间')
    await bad('/api/dashboard?region=12', '区域')
    await bad('/api/dashboard?from=2026-05-01&to=2026-04-01', '起始日期')
    await bad('/api/dashboard?from=2026-02-30', '起始日期')
    await bad('/api/dashboard/screen?period=twenty', '统计期间')
    const inspector = await makeAccount(t, { role: 'inspector', regionCode: s.town.code })
    expect((await t.as(inspector).get('/api/dashboard')).statusCode).toBe(403)
    expect((await t.as(inspector).get('/api/dashboard/screen')).statusCode).toBe(403)
    expect((await t.get('/api/dashboard')).statusCode).toBe(401)
  })
})
