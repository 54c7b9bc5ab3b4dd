import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COUNTY, makeAccount, makeTownship, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { openTable } from '../../platform/testing/xlsx'
import { catalogueItemId, catalogueResult, makeSample, reportSample, sampleInput, samplingSetup, type SamplingSetup } from '../sampling/samples/factory'

// The county office publishes the sample plan (4 批次/千人, 合格率 98 %, 明厨亮灶 90 %); a township that records
// one passing 监督抽检 in the first quarter reads the plan's goals against its own figures. Today is 2026-06-15.
let t: TestApp
let s: SamplingSetup
let office: TestAccount
let other: TestAccount
let county: TestAccount
let planId: string
let pair: string[]
let chlorpyrifos: string

// Three targets, naming only units every test county has.
const PLAN = `2026年测试县食品安全工作要点

一、强化抽检监测
（一）强化抽检监测。落实农产品和食品抽检 4 批次/千人，食品安全抽检合格率达到 98%以上。（县市场监管局牵头，县农业农村局配合）
（二）推进明厨亮灶。年底前，餐饮服务单位明厨亮灶覆盖率达到 90%。（县市场监管局负责）
`
async function publishPlan(app: TestApp, office: TestAccount): Promise<string> {
  const id = (await app.as(office).post('/api/work-plans/import-text', { text: PLAN })).json().plan.id as string
  const res = await app.as(office).post(`/api/work-plans/${id}/publish`)
  if (res.statusCode !== 200) throw new Error(`publish failed: ${res.body}`)
  return id
}
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T10:00:00+08:00') } })
  s = await samplingSetup(t)
  office = s.office
  other = await makeAccount(t, { role: 'office', regionCode: (await makeTownship(t)).code })
  county = await makeAccount(t, { role: 'office', regionCode: COUNTY })
  planId = await publishPlan(t, county)
  pair = s.inspectors.map((i) => i.id)
  chlorpyrifos = await catalogueItemId(t, 'chlorpyrifos-chinese-chives')
  const made = await makeSample(t, office, sampleInput(s.entityId, pair, { sampledOn: '2026-03-02' }))
  await reportSample(t, office, made.id, [catalogueResult(chlorpyrifos, null)])
})
afterAll(async () => { await t.close() })

type Target = { targetId: string; metric: string; indicatorId: string | null; confirmed: boolean; source: string; actual: number | null; status: string; deadline: string }
const board = async (caller = office, query = '') => t.as(caller).get(`/api/indicators/scoreboard/${planId}${query}`)
const byIndicator = (targets: Target[], id: string) => targets.find((x) => x.indicatorId === id)!

describe('plan scoreboard', () => {
  it('binds each target to the suggested indicator and reads it live against the goal', async () => {
    const res = await board()
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ year: 2026, regionCode: s.town.code, counts: { met: 2, missed: 0, inProgress: 1, unbound: 0 } })
    // 1 batch for 9,000 people: 0.11 of 4 per 1,000, still in progress before the year ends.
    expect(byIndicator(body.targets, 'sampling.batches_per_thousand')).toMatchObject({ confirmed: false, source: 'live', actual: 0.11, status: 'in_progress', deadline: '2026-12-31' })
    expect(byIndicator(body.targets, 'sampling.pass_rate')).toMatchObject({ source: 'live', actual: 100, status: 'met' })
    expect(byIndicator(body.targets, 'entities.open_kitchen_rate')).toMatchObject({ actual: 100, status: 'met' })
  })

  it('lets the office keep a target on the unit-reported figure, confirm the rest, and audits it', async () => {
    const kitchen = byIndicator((await board()).json().targets, 'entities.open_kitchen_rate')
    expect((await t.as(office).put(`/api/indicators/bindings/${kitchen.targetId}`, { indicatorId: null })).statusCode).toBe(404)
    const put = await t.as(county).put(`/api/indicators/bindings/${kitchen.targetId}`, { indicatorId: null })
    expect(put.statusCode).toBe(200)
    const after = (await board()).json()
    expect(after.targets.find((x: Target) => x.targetId === kitchen.targetId)).toMatchObject({ indicatorId: null, confirmed: true, source: 'none', actual: null, status: 'in_progress' })
    expect((await t.as(county).post(`/api/indicators/scoreboard/${planId}/confirm-suggestions`)).json()).toEqual({ confirmed: 2 })
    expect((await board()).json().targets.every((x: Target) => x.confirmed)).toBe(true)
    const { rows } = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'target_binding.set' AND entity_id = ${kitchen.targetId}`)
    expect(rows[0].n).toBe(1)
  })

  it('refuses bad input, and shows another township its own figures', async () => {
    const res = await board(office, '?year=2030')
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toContain('年度')
    const target = (await board()).json().targets[0] as Target
    const bad = await t.as(county).put(`/api/indicators/bindings/${target.targetId}`, { indicatorId: 'no.such' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('指标')
    const theirs = (await board(other)).json()
    expect(theirs.regionCode).toBe(other.regionCode)
    expect(byIndicator(theirs.targets, 'sampling.batches_per_thousand')).toMatchObject({ actual: 0 })
    expect((await t.as(other).put(`/api/indicators/bindings/${target.targetId}`, { indicatorId: 'sampling.batches' })).statusCode).toBe(404)
    expect((await t.as(county).put('/api/indicators/bindings/00000000-0000-4000-8000-000000000000', { indicatorId: null })).statusCode).toBe(404)
    expect((await t.as(county).get('/api/indicators/scoreboard/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
  })

  it('lists targets not met this year for the dashboard', async () => {
    const off = ((await t.as(office).get('/api/indicators/off-track')).json() as { planId: string; metric: string; status: string; actual: number }[]).filter((x) => x.planId === planId)
    // Only 4 批次/千人 is behind (0.11); 合格率 is met and 明厨亮灶 has no figure (kept on unit reports, none yet).
    expect(off).toEqual([expect.objectContaining({ status: 'in_progress', actual: 0.11, deadline: '2026-12-31' })])
  })
})

describe('closing a period', () => {
  const figures = async (query: string) => (await t.as(office).get(`/api/indicators?region=${s.town.code}&ids=sampling.batches&${query}`)).json()

  it('freezes the figures, shows late corrections beside them, and reopens only with a reason', async () => {
    const closed = await t.as(office).post('/api/indicators/periods/close', { period: '2026-Q1' })
    expect(closed.statusCode).toBe(200)
    expect(closed.json()).toMatchObject({ period: '2026-Q1', label: '2026年第一季度', status: 'closed', from: '2026-01-01', to: '2026-03-31' })
    expect((await figures('period=2026-Q1')).values[0]).toMatchObject({ value: 1, frozen: { value: 1, numerator: 1 } })

    // A sample of the closed quarter recorded late: the live figure moves, the frozen one stays, the change is named.
    await makeSample(t, office, sampleInput(s.entityId, pair, { sampledOn: '2026-03-05' }))
    const now = await figures('period=2026-Q1')
    expect(now.closed).toMatchObject({ closedBy: expect.any(String) })
    expect(now.values[0]).toMatchObject({ value: 2, frozen: { value: 1 } })
    const late = (await t.as(office).get(`/api/indicators/sampling.batches/late-changes?region=${s.town.code}&period=2026-Q1`)).json()
    expect(late).toMatchObject({ frozen: { numerator: 1 }, live: { numerator: 2 } })
    expect(late.changes).toHaveLength(1)
    expect(late.changes[0]).toMatchObject({ action: 'sample.create', actionLabel: '录入抽样', actor: office.username })
    expect((await t.as(other).get(`/api/indicators/sampling.batches/late-changes?region=${s.town.code}&period=2026-Q1`)).statusCode).toBe(404)
    expect((await t.as(office).get(`/api/indicators/sampling.batches/late-changes?region=${s.town.code}&period=2026-Q2`)).statusCode).toBe(404)
    // The same as .xlsx: the corrections as rows, the frozen and the live figure under them.
    const file = await openTable(await t.as(office).get(`/api/indicators/sampling.batches/late-changes/export?region=${s.town.code}&period=2026-Q1`))
    expect(file.title).toBe(`抽检批次：关闭后的更正（${s.town.name}，2026年第一季度）`)
    expect(file.header).toEqual(['序号', '时间', '操作人', '操作', '记录'])
    expect(file.rows.map((r) => [r[2], r[3], r[4]])).toEqual(late.changes.map((c: { actor: string; actionLabel: string; title: string }) => [c.actor, c.actionLabel, c.title]))
    expect(file.notes[0]).toContain('冻结数 1（分子 1），现数 2（分子 2）')
    expect((await t.as(other).get(`/api/indicators/sampling.batches/late-changes/export?region=${s.town.code}&period=2026-Q1`)).statusCode).toBe(404)
    const badPeriod = await t.as(office).get(`/api/indicators/sampling.batches/late-changes/export?region=${s.town.code}&period=2026-05`)
    expect(badPeriod.statusCode).toBe(400)
    expect(badPeriod.json().message).toContain('统计期间')

    const bad = async (path: string, body: unknown, status: number, text: string) => {
      const res = await t.as(office).post(path, body)
      expect(res.statusCode).toBe(status)
      expect(res.json().message).toContain(text)
    }
    await bad('/api/indicators/periods/close', { period: '2026-Q1' }, 409, '已关闭')
    await bad('/api/indicators/periods/close', { period: '2026-Q3' }, 400, '尚未结束')
    await bad('/api/indicators/periods/close', { period: '2026-05' }, 400, '统计期间')
    await bad('/api/indicators/periods/reopen', { period: '2026-Q1', reason: '' }, 400, '重开理由')
    expect((await t.as(other).post('/api/indicators/periods/reopen', { period: '2026-Q1', reason: '更正' })).statusCode).toBe(404)
    const reopened = await t.as(office).post('/api/indicators/periods/reopen', { period: '2026-Q1', reason: '补录一季度抽样' })
    expect(reopened.json()).toMatchObject({ status: 'reopened', reopenReason: '补录一季度抽样' })
    expect((await figures('period=2026-Q1')).closed).toBeNull()
    expect((await t.as(other).get('/api/indicators/periods')).json()).toEqual([])
    expect((await t.as(office).get('/api/indicators/periods')).json()).toHaveLength(1)
  })
})

describe('a target past its deadline', () => {
  it('is 未达标 once the plan year is over', async () => {
    const later = await startTestApp({ config: { now: () => new Date('2027-01-10T10:00:00+08:00') } })
    try {
      const town = await makeTownship(later)
      const o = await makeAccount(later, { role: 'office', regionCode: town.code })
      const plan = await publishPlan(later, await makeAccount(later, { role: 'office', regionCode: COUNTY }))
      const body = (await later.as(o).get(`/api/indicators/scoreboard/${plan}`)).json()
      expect(body.year).toBe(2026)
      // No samples in this township: 0 of 4 per 1,000 and no judged batch, both missed; 明厨亮灶 has no catering unit.
      expect(byIndicator(body.targets, 'sampling.batches_per_thousand')).toMatchObject({ actual: 0, status: 'missed' })
    } finally {
      await later.close()
    }
  })
})
