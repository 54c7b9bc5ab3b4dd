import mammoth from 'mammoth'
import ExcelJS from '../../platform/exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoCounty, loginAs, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import type { AssessmentDto } from '../../../shared/assessment'
import type { PlanDashboardDto } from '../../../shared/plan-dashboard'
import type { NoticeDto, OverdueItemDto } from '../../../shared/supervision'
import type { MyTaskDto } from '../../../shared/work-plan-reports'
import type { PlanDetailDto } from '../../../shared/work-plans'
import { sendDueReminders } from './service/reminders'
import { publishSamplePlan } from './testing/sample-plans'

/** The walkthrough's quarter: msa reports on time, the township misses the date and gets a 督办. */
let t: TestApp
let office: TestAccount, msa: TestAccount, township: TestAccount
let plan: PlanDetailDto
const at = (iso: string) => { t.config.now = () => new Date(iso) }
const report = async (caller: TestAccount, number: string, slotIndex: number, text: string, figures: { targetId: string; value: number }[] = []) => {
  const task = ((await t.as(caller).get('/api/my-tasks')).json() as MyTaskDto[]).find((x) => x.number === number)!
  return t.as(caller).post(`/api/work-plans/${plan.id}/tasks/${task.taskId}/reports`, { dueDateId: task.slots[slotIndex].dueDateId, text, figures })
}

beforeAll(async () => {
  t = await startTestApp()
  await loadDemoCounty(t)
  at('2026-01-10T09:00:00+08:00')
  office = await loginAs(t, 'office')
  msa = await loginAs(t, 'msa')
  township = await loginAs(t, 'township')
  plan = await publishSamplePlan(t, office)
})
afterAll(async () => { await t.close() })

describe('reminders', () => {
  it('reminds 7 days and 1 day before a due date, once each', async () => {
    await sendDueReminders(t.db, new Date('2026-03-13T08:00:00+08:00')) // 7 days before 03-20
    await sendDueReminders(t.db, new Date('2026-03-13T09:00:00+08:00')) // the hourly run again: nothing new
    const bell = (await t.as(msa).get('/api/notifications')).json()
    const reminders = bell.items.filter((n: { kind: string }) => n.kind === 'due_reminder')
    expect(reminders.map((n: { title: string }) => n.title)).toEqual(['7 天后（2026-03-20）到期：3 项任务2026年第1季度进展'])
    expect(reminders[0].body).toBe('任务（一）“压实属地管理责任”\n任务（二）“强化抽检监测”\n任务（三）“推进明厨亮灶”')
    expect(await sendDueReminders(t.db, new Date('2026-03-19T08:00:00+08:00'))).toBeGreaterThan(0)
    const later = (await t.as(msa).get('/api/notifications')).json().items.filter((n: { kind: string }) => n.kind === 'due_reminder')
    expect(later[0].title).toBe('1 天后（2026-03-20）到期：3 项任务2026年第1季度进展')
    expect((await t.as(msa).post('/api/notifications/read', { ids: [reminders[0].id] })).json().marked).toBe(1)
    expect((await t.as(msa).get('/api/notifications')).json().items.find((n: { id: string }) => n.id === reminders[0].id).read).toBe(true)
    expect((await t.as(township).post('/api/notifications/read', { ids: [reminders[0].id] })).json().marked).toBe(0) // not theirs
    expect((await t.as(msa).post('/api/notifications/read', { all: true })).json().marked).toBeGreaterThan(0)
    expect((await t.as(msa).get('/api/notifications')).json().unread).toBe(0)
  })
})

describe('overdue, 督办 and reply', () => {
  it('msa reports Q1 on time; after the date the township has not reported task （一） and is overdue', async () => {
    at('2026-03-19T10:00:00+08:00')
    const sampling = plan.tasks[1].targets
    expect((await report(msa, '（二）', 0, '一季度抽检 812 批次', [{ targetId: sampling[0].id, value: 1.1 }, { targetId: sampling[1].id, value: 98.6 }])).statusCode).toBe(201)
    expect((await report(msa, '（三）', 0, '明厨亮灶新增 40 家')).statusCode).toBe(201)
    at('2026-04-02T10:00:00+08:00')
    const overdue = (await t.as(office).get(`/api/work-plans/${plan.id}/overdue`)).json() as OverdueItemDto[]
    const units = [...new Set(overdue.map((o) => o.unitName))]
    expect(units).toContain('出山镇食品安全委员会办公室')
    expect(units).not.toContain('县市场监督管理局')
    await sendDueReminders(t.db, new Date('2026-04-02T10:00:00+08:00'))
    const officeBell = (await t.as(office).get('/api/notifications')).json()
    expect(officeBell.items.find((n: { kind: string }) => n.kind === 'overdue')?.title).toMatch(/2026年第1季度（2026-03-20）：\d+ 个牵头单位逾期未报/)
    const leader = await loginAs(t, 'leader')
    expect(((await t.as(leader).get(`/api/work-plans/${plan.id}/overdue`)).json() as OverdueItemDto[]).length).toBe(overdue.length)
    const mine = (await t.as(township).get(`/api/work-plans/${plan.id}/overdue`)).json() as OverdueItemDto[]
    expect(mine.every((o) => o.unitName === '出山镇食品安全委员会办公室')).toBe(true)
  })

  it('the office issues a 督办 with a reply deadline in working days; the unit replies; the .docx opens', async () => {
    const item = ((await t.as(office).get(`/api/work-plans/${plan.id}/overdue`)).json() as OverdueItemDto[]).find((o) => o.unitName === '出山镇食品安全委员会办公室')!
    const res = await t.as(office).post(`/api/work-plans/${plan.id}/supervision`, { taskId: item.taskId, unitId: item.unitId, dueDateId: item.dueDateId })
    expect(res.statusCode).toBe(201)
    const notice = res.json() as NoticeDto
    // 5 working days after Thursday 2026-04-02, skipping the 清明 holiday (04-04..06) and the weekend
    expect(notice).toMatchObject({ documentNumber: '西食安办督〔2026〕1号', status: 'open', unitName: '出山镇食品安全委员会办公室', replyDeadline: '2026-04-10' })
    expect(notice.reason).toContain('截至2026-04-02仍未报送')
    expect(((await t.as(office).get(`/api/work-plans/${plan.id}/overdue`)).json() as OverdueItemDto[]).find((o) => o.dueDateId === item.dueDateId && o.unitId === item.unitId)?.noticeId).toBe(notice.id)
    const bell = (await t.as(township).get('/api/notifications')).json()
    expect(bell.items[0].title).toContain('督办：任务（一）')

    const doc = await t.as(office).get(`/api/supervision-notices/${notice.id}/document`)
    expect(doc.statusCode).toBe(200)
    const text = (await mammoth.extractRawText({ buffer: doc.rawPayload })).value
    expect(text).toContain('西平县食品安全委员会办公室')
    expect(text).toContain('西食安办督〔2026〕1号')
    expect(text).toContain('食品安全工作督办通知')
    expect(text).toContain('出山镇食品安全委员会办公室：')
    expect(text).toContain('2026年4月2日')

    expect((await t.as(msa).post(`/api/supervision-notices/${notice.id}/reply`, { text: '不是我' })).statusCode).toBe(404)
    at('2026-04-08T10:00:00+08:00')
    const reply = await t.as(township).post(`/api/supervision-notices/${notice.id}/reply`, { text: '已召开专题会议，进展已补报。' })
    expect(reply.json()).toMatchObject({ status: 'replied', repliedOnTime: true })
    expect((await t.as(township).post(`/api/supervision-notices/${notice.id}/reply`, { text: '再回' })).statusCode).toBe(409)
    const officeBell = (await t.as(office).get('/api/notifications')).json()
    expect(officeBell.items[0].title).toBe('出山镇食品安全委员会办公室回复了督办通知')
    expect(((await t.as(township).get('/api/supervision-notices')).json() as NoticeDto[]).map((n) => n.id)).toEqual([notice.id])
    expect((await t.as(msa).get('/api/supervision-notices')).json()).toEqual([])
  })

  it('refuses a 督办 to a unit without the task, in Chinese', async () => {
    const res = await t.as(office).post(`/api/work-plans/${plan.id}/supervision`, { taskId: plan.tasks[2].id, unitId: township.id })
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toBe('被督办单位（unitId）：该单位不承担此任务')
  })
})

describe('dashboard and assessment', () => {
  it('shows progress by section and unit and the latest reported figure against each target', async () => {
    const dash = (await t.as(office).get(`/api/work-plans/${plan.id}/dashboard`)).json() as PlanDashboardDto
    expect(dash.bySection.map((s) => s.number)).toEqual(['一', '二'])
    const msaRow = dash.byUnit.find((u) => u.unitName === '县市场监督管理局')!
    expect(msaRow).toMatchObject({ tasks: 2, reported: 2, overdue: 0 })
    const samplingTarget = dash.targets.find((g) => g.unit === '批次/千人')!
    expect(samplingTarget).toMatchObject({ value: 4, latestValue: 1.1, met: false, latestUnit: '县市场监督管理局', source: '单位报送' })
    expect(dash.targets.find((g) => g.unit === '%' && g.value === 98)).toMatchObject({ latestValue: 98.6, met: true })
  })

  it('ranks units by on-time rate, targets met, tasks accepted and 督办, and exports the table to Excel', async () => {
    const result = (await t.as(office).get(`/api/work-plans/${plan.id}/assessment`)).json() as AssessmentDto
    expect(result.weights).toEqual({ onTime: 40, targets: 30, accepted: 30, perNotice: 5 })
    const msaRow = result.rows.find((r) => r.unitName === '县市场监督管理局')!
    expect(msaRow).toMatchObject({ tasksLed: 2, reportsDue: 2, reportsOnTime: 2, onTimeRate: 100, targets: 3, targetsMet: 1, noticesReceived: 0 })
    const townshipRow = result.rows.find((r) => r.unitName === '出山镇食品安全委员会办公室')!
    expect(townshipRow).toMatchObject({ reportsDue: 1, reportsOnTime: 0, noticesReceived: 1 })
    expect(msaRow.rank).toBeLessThan(townshipRow.rank)
    const bad = await t.as(office).put(`/api/work-plans/${plan.id}/assessment/weights`, { onTime: 0, targets: 0, accepted: 0, perNotice: 5 })
    expect(bad.json().message).toBe('权重（weights）：三项权重之和须大于 0')
    const reweighted = (await t.as(office).put(`/api/work-plans/${plan.id}/assessment/weights`, { onTime: 100, targets: 0, accepted: 0, perNotice: 0 })).json() as AssessmentDto
    expect(reweighted.rows.find((r) => r.unitName === '县市场监督管理局')!.score).toBe(100)
    expect((await t.as(msa).put(`/api/work-plans/${plan.id}/assessment/weights`, { onTime: 1, targets: 1, accepted: 1, perNotice: 1 })).statusCode).toBe(403)

    const xlsx = await t.as(office).get(`/api/work-plans/${plan.id}/assessment.xlsx`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Uint8Array.from(xlsx.rawPayload).buffer)
    const sheet = book.getWorksheet('考核排名')!
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining(['排名', '单位', '按时报送率(%)', '督办次数', '得分']))
    const names = [] as string[]
    sheet.eachRow((row, i) => { if (i > 3) names.push(String(row.getCell(2).value)) })
    expect(names).toHaveLength(reweighted.rows.length)
    expect(names[0]).toBe(reweighted.rows[0].unitName)
  })
})
