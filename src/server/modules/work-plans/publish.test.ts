import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoCounty, loginAs, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import type { PlanDetailDto } from '../../../shared/work-plans'

/** The walkthrough's January: a plan with one unknown unit and one typo is reviewed, fixed and published. */
const PLAN = `2026年西平县食品安全工作要点

一、落实责任
（一）压实属地管理责任。各乡镇（街道）要落实属地管理责任，全年不少于2次专题研究食品安全工作。（各乡镇（街道）负责，县食安委各成员单位按职责分工负责）
（二）强化抽检监测。落实农产品和食品抽检 4 批次/千人，食品安全抽检合格率达到 98%以上，每季度末 20 日前报送进展。（县市场监管局牵头，县农业农村局、县卫建委配合）
二、提升能力
（三）推进明厨亮灶。年底前，餐饮服务单位明厨亮灶覆盖率达到 90%。（县市场监管局、县教育局、县供水公司负责）
`

let t: TestApp
let office: TestAccount
let planId: string
const detail = async () => (await t.as(office).get(`/api/work-plans/${planId}`)).json() as PlanDetailDto
const unitId = async (code: string) => (await t.as(office).get('/api/units')).json().find((u: { code: string }) => u.code === code).id as string

beforeAll(async () => {
  t = await startTestApp()
  await loadDemoCounty(t)
  office = await loginAs(t, 'office')
  planId = (await t.as(office).post('/api/work-plans/import-text', { text: PLAN, fileName: '2026要点' })).json().plan.id
})
afterAll(async () => { await t.close() })

describe('review and publish', () => {
  it('lists what blocks publishing: a typo and a name that is no member unit', async () => {
    const plan = await detail()
    expect(plan.tasks.map((x) => x.number)).toEqual(['（一）', '（二）', '（三）'])
    const unresolved = plan.tasks.flatMap((x) => x.units).filter((u) => !u.unitId && !u.collective).map((u) => u.nameAsWritten)
    expect(unresolved.sort()).toEqual(['县供水公司', '县卫建委'])
    expect(plan.problems.map((p) => p.message)).toEqual(expect.arrayContaining([
      '任务（二）：单位“县卫建委”尚未对应到成员单位', '任务（三）：单位“县供水公司”尚未对应到成员单位']))
    const quarterly = plan.tasks[1].deadlines.find((d) => d.kind === 'recurring')
    expect(quarterly?.dueDates.map((d) => d.dueOn)).toEqual(['2026-03-20', '2026-06-22', '2026-09-20', '2026-12-21'])
    const counter = plan.tasks[0].deadlines.find((d) => d.kind === 'count-per-period')
    expect(counter?.dueDates).toMatchObject([{ periodLabel: '2026年', requiredCount: 2 }])
  })

  it('moves the dates read from the text when the plan\'s year is corrected', async () => {
    const other = (await t.as(office).post('/api/work-plans/import-text', { text: PLAN.replace('2026年', '2025年'), fileName: '年度' })).json().plan.id
    const res = await t.as(office).patch(`/api/work-plans/${other}`, { yearFrom: 2026, yearTo: 2026 })
    expect(res.json().tasks[1].deadlines.find((d: { kind: string }) => d.kind === 'recurring').dueDates.map((d: { dueOn: string }) => d.dueOn))
      .toEqual(['2026-03-20', '2026-06-22', '2026-09-20', '2026-12-21'])
    expect((await t.as(office).patch(`/api/work-plans/${other}`, { yearFrom: 2027, yearTo: 2026 })).json().message).toBe('截止年度（yearTo）：不能早于起始年度')
    await t.as(office).delete(`/api/work-plans/${other}`)
  })

  it('refuses to publish with the list of problems, assigning nothing', async () => {
    const res = await t.as(office).post(`/api/work-plans/${planId}/publish`)
    expect(res.statusCode).toBe(409)
    expect(res.json().message).toContain('方案还有 2 个问题')
    expect(res.json().details.problems).toHaveLength(2)
    expect(await t.count('task_assignments')).toBe(0)
  })

  it('maps the typo once for every occurrence and remembers it as an alias', async () => {
    const health = await unitId('health')
    const res = await t.as(office).post(`/api/work-plans/${planId}/resolve-unit`, { nameAsWritten: '县卫建委', unitId: health })
    expect(res.statusCode).toBe(200)
    expect(res.json().problems).toHaveLength(1)
    expect((await t.as(office).get(`/api/units/${health}`)).json().aliases).toContain('县卫建委')
    // the next plan that writes the typo resolves it by itself
    const next = (await t.as(office).post('/api/work-plans/import-text', { text: PLAN.replace('2026年', '2027年'), fileName: '2027要点' })).json()
    const nextPlan = (await t.as(office).get(`/api/work-plans/${next.plan.id}`)).json() as PlanDetailDto
    expect(nextPlan.tasks[1].units.find((u) => u.nameAsWritten === '县卫建委')?.unitName).toBe('县卫生健康委员会')
  })

  it('takes a unit off a task and rejects bad edits in Chinese without changing anything', async () => {
    const plan = await detail()
    const task = plan.tasks[2]
    const bad = await t.as(office).put(`/api/work-plans/${planId}/tasks/${task.id}/units`, { units: [{ role: 'boss', nameAsWritten: 'x' }] })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('牵头或配合')
    const unknownUnit = await t.as(office).put(`/api/work-plans/${planId}/tasks/${task.id}/units`, { units: [{ role: 'lead', nameAsWritten: 'x', unitId: '00000000-0000-4000-8000-000000000000' }] })
    expect(unknownUnit.json().message).toBe('单位（unitId）：单位不存在')
    expect((await detail()).tasks[2].units).toHaveLength(3)
    const units = task.units.filter((u) => u.nameAsWritten !== '县供水公司').map((u) => ({ role: u.role, nameAsWritten: u.nameAsWritten, unitId: u.unitId, collective: u.collective }))
    const res = await t.as(office).put(`/api/work-plans/${planId}/tasks/${task.id}/units`, { units })
    expect(res.json().problems).toEqual([])
  })

  it('edits targets and deadlines; an unreadable deadline needs a typed date', async () => {
    const task = (await detail()).tasks[2]
    const res = await t.as(office).put(`/api/work-plans/${planId}/tasks/${task.id}/deadlines`, { deadlines: [{ text: '适时', kind: 'by-date' }] })
    expect(res.json().problems.map((p: { message: string }) => p.message)).toEqual(['任务（三）：时限“适时”未能换算为日期，请填写截止日期'])
    const typed = await t.as(office).put(`/api/work-plans/${planId}/tasks/${task.id}/deadlines`, { deadlines: [{ text: '适时', kind: 'by-date', dueDates: ['2026-11-30'] }] })
    expect(typed.json().tasks[2].deadlines[0].dueDates.map((d: { dueOn: string }) => d.dueOn)).toEqual(['2026-11-30'])
    const bad = await t.as(office).put(`/api/work-plans/${planId}/tasks/${task.id}/targets`, { targets: [{ text: 'x', metric: 'y', comparator: '≈', value: 'ninety', unit: '%' }] })
    expect(bad.statusCode).toBe(400)
    const targets = await t.as(office).put(`/api/work-plans/${planId}/tasks/${task.id}/targets`, { targets: [{ text: '明厨亮灶覆盖率达到 90%', metric: '餐饮服务单位明厨亮灶覆盖率', comparator: '>=', value: 90, unit: '%' }] })
    expect(targets.json().tasks[2].targets).toMatchObject([{ metric: '餐饮服务单位明厨亮灶覆盖率', value: 90, comparator: '>=' }])
  })

  it('publishes: collectives expand to every township office and member unit, units are notified', async () => {
    const res = await t.as(office).post(`/api/work-plans/${planId}/publish`)
    expect(res.statusCode).toBe(200)
    expect(res.json().status).toBe('published')
    // task (一): 20 township offices lead, 31 member units cooperate
    const { rows } = await t.db.$client.query(`SELECT role, count(*)::int AS n FROM task_assignments a JOIN plan_tasks k ON k.id = a.task_id WHERE k.plan_id = $1 AND k.number = '（一）' GROUP BY role ORDER BY role`, [planId])
    expect(rows).toEqual([{ role: 'cooperating', n: 31 }, { role: 'lead', n: 20 }])
    const msa = await loginAs(t, 'msa')
    const bell = (await t.as(msa).get('/api/notifications')).json()
    expect(bell.unread).toBe(1)
    expect(bell.items[0].title).toContain('分配给本单位 3 项任务')
    // published plans no longer change
    const task = res.json().tasks[0]
    expect((await t.as(office).patch(`/api/work-plans/${planId}/tasks/${task.id}`, { title: '改' })).json().message).toBe('方案已发布，不能再修改')
    expect((await t.as(office).post(`/api/work-plans/${planId}/publish`)).statusCode).toBe(409)
  })

  it('shows the published plan to a township account below the county', async () => {
    const township = await loginAs(t, 'township')
    const plans = (await t.as(township).get('/api/work-plans')).json()
    expect(plans.map((p: { id: string }) => p.id)).toEqual([planId])
    expect((await t.as(township).get(`/api/work-plans/${planId}`)).statusCode).toBe(200)
  })
})
