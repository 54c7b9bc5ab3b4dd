import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoCounty, loginAs, makeAccount, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import type { MyTaskDto, ReportDto } from '../../../shared/work-plan-reports'
import type { PlanDetailDto } from '../../../shared/work-plans'
import { publishSamplePlan } from './testing/sample-plans'

let t: TestApp
let office: TestAccount, msa: TestAccount, agri: TestAccount, health: TestAccount, township: TestAccount
let plan: PlanDetailDto
const at = (iso: string) => { t.config.now = () => new Date(iso) }
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')

function upload(caller: TestAccount, name: string, content: Buffer) {
  const boundary = '----shian' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), content, Buffer.from(`\r\n--${boundary}--\r\n`)])
  return t.app.inject({ method: 'POST', url: '/api/work-plans/evidence', payload, headers: { authorization: `Bearer ${caller.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` } })
}

beforeAll(async () => {
  t = await startTestApp()
  await loadDemoCounty(t)
  at('2026-01-15T09:00:00+08:00')
  office = await loginAs(t, 'office')
  ;[msa, agri, township] = [await loginAs(t, 'msa'), await loginAs(t, 'agri'), await loginAs(t, 'township')]
  health = await makeAccount(t, { role: 'unit_staff', unitCode: 'health' })
  plan = await publishSamplePlan(t, office)
})
afterAll(async () => { await t.close() })

const sampling = () => plan.tasks[1] // （二）强化抽检监测: 市场监管局 leads, 农业农村局 and 卫健委 cooperate
const myTask = async (caller: TestAccount, number: string) => ((await t.as(caller).get('/api/my-tasks')).json() as MyTaskDto[]).find((x) => x.number === number)!

describe('a unit works its tasks', () => {
  it('shows my tasks as lead and cooperating, with four quarterly due dates and the targets', async () => {
    const tasks = (await t.as(msa).get('/api/my-tasks')).json() as MyTaskDto[]
    expect(tasks.map((x) => [x.number, x.role])).toEqual([['（一）', 'cooperating'], ['（二）', 'lead'], ['（三）', 'lead']])
    const task = tasks[1]
    expect(task.slots.map((s) => [s.dueOn, s.status])).toEqual([['2026-03-20', 'upcoming'], ['2026-06-22', 'upcoming'], ['2026-09-20', 'upcoming'], ['2026-12-21', 'upcoming']])
    expect(task.targets.map((g) => [g.value, g.unit, g.latestValue])).toEqual([[4, '批次/千人', null], [98, '%', null]])
    expect(task.leadUnits).toEqual(['县市场监督管理局'])
    const townshipTasks = (await t.as(township).get('/api/my-tasks')).json() as MyTaskDto[]
    expect(townshipTasks.map((x) => [x.number, x.role])).toEqual([['（一）', 'lead']])
  })

  it('reports on time with a figure and evidence; the office is notified', async () => {
    at('2026-03-18T16:00:00+08:00')
    const wrongType = await upload(msa, '抽检报告.pdf', Buffer.from('just text pretending'))
    expect(wrongType.statusCode).toBe(400)
    expect(wrongType.json().message).toBe('证明材料（抽检报告.pdf）：文件内容不是PDF，请检查文件')
    const file = (await upload(msa, '一季度抽检汇总.pdf', PDF)).json()
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/)
    const slot = (await myTask(msa, '（二）')).slots[0]
    const [samplingTarget] = sampling().targets
    const res = await t.as(msa).post(`/api/work-plans/${plan.id}/tasks/${sampling().id}/reports`, {
      dueDateId: slot.dueDateId, text: '一季度完成抽检 812 批次。', figures: [{ targetId: samplingTarget.id, value: 0.96 }], evidence: [{ sha256: file.sha256, fileName: '一季度抽检汇总.pdf' }],
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ status: 'submitted', onTime: true, periodLabel: '2026年第1季度', unitName: '县市场监督管理局', evidence: [{ fileName: '一季度抽检汇总.pdf', size: PDF.length }] })
    expect((await myTask(msa, '（二）')).slots[0].status).toBe('submitted')
    expect((await myTask(msa, '（二）')).targets[0].latestValue).toBe(0.96)
    const bell = (await t.as(office).get('/api/notifications')).json()
    expect(bell.items[0].title).toContain('县市场监督管理局报送了任务（二）')
    // a second report while the first is pending is refused
    const again = await t.as(msa).post(`/api/work-plans/${plan.id}/tasks/${sampling().id}/reports`, { dueDateId: slot.dueDateId, text: '再报' })
    expect(again.statusCode).toBe(409)
  })

  it('lets a cooperating unit report to the lead; units see only what is theirs', async () => {
    const slot = (await myTask(agri, '（二）')).slots[0]
    const res = await t.as(agri).post(`/api/work-plans/${plan.id}/tasks/${sampling().id}/reports`, { dueDateId: slot.dueDateId, text: '农产品抽检 300 批次。' })
    expect(res.statusCode).toBe(201)
    const url = `/api/work-plans/${plan.id}/tasks/${sampling().id}/reports`
    const units = async (caller: TestAccount) => ((await t.as(caller).get(url)).json() as ReportDto[]).map((r) => r.unitName).sort()
    expect(await units(office)).toEqual(['县农业农村局', '县市场监督管理局'])
    expect(await units(msa)).toEqual(['县农业农村局', '县市场监督管理局']) // the lead sees its cooperating unit
    expect(await units(agri)).toEqual(['县农业农村局'])
    expect(await units(health)).toEqual([])
    expect(await units(township)).toEqual([])
    const leadBell = (await t.as(msa).get('/api/notifications')).json()
    expect(leadBell.items[0].title).toContain('县农业农村局报送了任务（二）')
  })

  it('downloads evidence only within scope', async () => {
    const [report] = ((await t.as(msa).get(`/api/work-plans/${plan.id}/tasks/${sampling().id}/reports`)).json() as ReportDto[]).filter((r) => r.unitName === '县市场监督管理局')
    const url = `/api/work-plan-reports/${report.id}/evidence/${report.evidence[0].id}`
    const own = await t.as(msa).get(url)
    expect(own.statusCode).toBe(200)
    expect(own.rawPayload.equals(PDF)).toBe(true)
    expect(own.headers['content-type']).toBe('application/pdf')
    expect((await t.as(office).get(url)).statusCode).toBe(200)
    for (const stranger of [agri, health, township]) expect((await t.as(stranger).get(url)).statusCode).toBe(404)
  })

  it('refuses a report on a task that is not the unit\'s, and bad input, in Chinese and without writing', async () => {
    const before = await t.count('progress_reports')
    const notMine = await t.as(health).post(`/api/work-plans/${plan.id}/tasks/${plan.tasks[2].id}/reports`, { text: '不是我的任务' })
    expect(notMine.statusCode).toBe(404)
    expect(notMine.json().message).toBe('任务不存在')
    const otherTarget = await t.as(msa).post(`/api/work-plans/${plan.id}/tasks/${plan.tasks[2].id}/reports`, { text: 'x', figures: [{ targetId: sampling().targets[0].id, value: 1 }] })
    expect(otherTarget.json().message).toBe('指标（targetId）：不是本任务的量化指标')
    const empty = await t.as(msa).post(`/api/work-plans/${plan.id}/tasks/${plan.tasks[2].id}/reports`, { text: '' })
    expect(empty.json().message).toBe('进展情况（text）：不能为空')
    const ghostFile = await t.as(msa).post(`/api/work-plans/${plan.id}/tasks/${plan.tasks[2].id}/reports`, { text: 'x', evidence: [{ sha256: 'a'.repeat(64), fileName: 'x.pdf' }] })
    expect(ghostFile.json().message).toBe('证明材料（x.pdf）：文件未上传或已失效，请重新上传')
    expect(await t.count('progress_reports')).toBe(before)
  })
})

describe('review', () => {
  const reportOf = async (unitName: string) =>
    ((await t.as(office).get(`/api/work-plans/${plan.id}/tasks/${sampling().id}/reports`)).json() as ReportDto[]).find((r) => r.unitName === unitName && r.status === 'submitted')!

  it('the office returns a lead report with a reason, the unit resubmits, the office accepts', async () => {
    const report = await reportOf('县市场监督管理局')
    const noReason = await t.as(office).post(`/api/work-plan-reports/${report.id}/review`, { decision: 'return' })
    expect(noReason.json().message).toBe('审核意见（comment）：退回时请写明原因')
    const returned = await t.as(office).post(`/api/work-plan-reports/${report.id}/review`, { decision: 'return', comment: '请补充不合格样品处置情况' })
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: '请补充不合格样品处置情况' })
    expect((await t.as(msa).get('/api/notifications')).json().items[0].title).toContain('被退回：请补充不合格样品处置情况')
    expect((await myTask(msa, '（二）')).slots[0].status).toBe('returned')
    const again = await t.as(msa).post(`/api/work-plans/${plan.id}/tasks/${sampling().id}/reports`, { dueDateId: report.dueDateId, text: '已补充：不合格 3 批次均已处置。' })
    expect(again.statusCode).toBe(201)
    const accepted = await t.as(office).post(`/api/work-plan-reports/${again.json().id}/review`, { decision: 'accept' })
    expect(accepted.json().status).toBe('accepted')
    expect((await myTask(msa, '（二）')).slots[0].status).toBe('accepted')
    expect((await t.as(office).post(`/api/work-plan-reports/${again.json().id}/review`, { decision: 'return', comment: 'x' })).statusCode).toBe(409)
  })

  it('the lead unit reviews its cooperating unit; a unit cannot review its own lead report', async () => {
    const coop = await reportOf('县农业农村局')
    expect((await t.as(agri).post(`/api/work-plan-reports/${coop.id}/review`, { decision: 'accept' })).statusCode).toBe(403)
    const res = await t.as(msa).post(`/api/work-plan-reports/${coop.id}/review`, { decision: 'accept', comment: '收到' })
    expect(res.json().status).toBe('accepted')
    const q2 = (await myTask(msa, '（二）')).slots[1]
    const own = await t.as(msa).post(`/api/work-plans/${plan.id}/tasks/${sampling().id}/reports`, { dueDateId: q2.dueDateId, text: '二季度进展' })
    const self = await t.as(msa).post(`/api/work-plan-reports/${own.json().id}/review`, { decision: 'accept' })
    expect(self.statusCode).toBe(403)
    expect(self.json().message).toBe('牵头单位的报告由食安办审核')
    expect((await t.as(township).post(`/api/work-plan-reports/${own.json().id}/review`, { decision: 'accept' })).statusCode).toBe(404)
  })

  it('marks a late report and an overdue slot', async () => {
    at('2026-07-10T09:00:00+08:00')
    const agriTask = await myTask(agri, '（二）')
    expect(agriTask.slots[1]).toMatchObject({ dueOn: '2026-06-22', status: 'overdue' })
    expect(agriTask.overdueCount).toBe(1)
    const late = await t.as(agri).post(`/api/work-plans/${plan.id}/tasks/${sampling().id}/reports`, { dueDateId: agriTask.slots[1].dueDateId, text: '补报二季度' })
    expect(late.json()).toMatchObject({ onTime: false, status: 'submitted' })
  })
})
