import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NoticeDto, OverdueItemDto } from '../../../shared/supervision'
import type { PlanDetailDto, PlanSummaryDto } from '../../../shared/work-plans'
import { expectBadField } from '../../platform/testing/expect-bad'
import { loadDemoCounty, loginAs, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'
import { PLAN_2026, publishSamplePlan } from './testing/sample-plans'

// The sample 2026 plan published in January; on 2026-04-02 no lead unit has reported Q1, and the office 督办s the township.
let t: TestApp
let office: TestAccount, township: TestAccount
let plan: PlanDetailDto
let draftId: string
beforeAll(async () => {
  t = await startTestApp()
  await loadDemoCounty(t)
  t.config.now = () => new Date('2026-01-10T09:00:00+08:00')
  office = await loginAs(t, 'office')
  township = await loginAs(t, 'township')
  plan = await publishSamplePlan(t, office)
  draftId = (await t.as(office).post('/api/work-plans/import-text', { text: PLAN_2026.replace('2026年', '2027年') })).json().plan.id
  t.config.now = () => new Date('2026-04-02T10:00:00+08:00')
  const item = ((await t.as(office).get(`/api/work-plans/${plan.id}/overdue`)).json() as OverdueItemDto[]).find((o) => o.unitName === '出山镇食品安全委员会办公室')!
  expect((await t.as(office).post(`/api/work-plans/${plan.id}/supervision`, { taskId: item.taskId, unitId: item.unitId, dueDateId: item.dueDateId })).statusCode).toBe(201)
})
afterAll(async () => { await t.close() })

describe('work plan exports', () => {
  it('the plans list: the page’s plans (drafts for the office only), with status labels', async () => {
    const list = (await t.as(office).get('/api/work-plans')).json() as PlanSummaryDto[]
    const sheet = await openTable(await t.as(office).get('/api/work-plans/export'))
    expect(sheet.fileName).toBe('工作方案_2026-04-02.xlsx')
    expect(rowsByHeader(sheet).map((r) => [r['标题'], r['任务数']])).toEqual(list.map((p) => [p.title, p.taskCount]))
    expect(rowsByHeader(sheet).find((r) => r['标题'] === plan.title)).toMatchObject({ 状态: '已发布', 年度: '2026' })
    const theirs = await openTable(await t.as(township).get('/api/work-plans/export'))
    expect(theirs.rows.length).toBe(((await t.as(township).get('/api/work-plans')).json() as PlanSummaryDto[]).length)
    expect(rowsByHeader(theirs).map((r) => r['状态'])).not.toContain('草稿（待审核）')
  })

  it('a plan’s tasks: numbers, lead and cooperating units, goals and the first due date', async () => {
    const sheet = await openTable(await t.as(office).get(`/api/work-plans/${plan.id}/tasks/export`))
    expect(sheet.fileName).toBe(`任务_${plan.title}_2026-04-02.xlsx`)
    expect(rowsByHeader(sheet).map((r) => [r['编号'], r['任务']])).toEqual(plan.tasks.map((x) => [x.number, x.title]))
    expect(rowsByHeader(sheet)[1]).toMatchObject({ 牵头单位: '县市场监督管理局', 最早截止日期: '2026-03-20' })
    expect(rowsByHeader(sheet)[1]['量化指标']).toBe('农产品和食品抽检达到4批次/千人；食品安全抽检合格率不低于98%')
    expect(String(rowsByHeader(sheet)[1]['配合单位'])).toContain('县卫生健康委员会')
    expect((await t.as(township).get(`/api/work-plans/${draftId}/tasks/export`)).statusCode).toBe(404)
  })

  it('逾期未报 and 督办通知: the same rows as the page, a unit sees its own, a bad filter is named', async () => {
    const overdue = (await t.as(office).get(`/api/work-plans/${plan.id}/overdue`)).json() as OverdueItemDto[]
    const sheet = await openTable(await t.as(office).get(`/api/work-plans/${plan.id}/overdue/export`))
    expect(rowsByHeader(sheet).map((r) => [r['任务编号'], r['牵头单位'], r['应报日期'], r['逾期天数']]))
      .toEqual(overdue.map((o) => [o.taskNumber, o.unitName, o.dueOn, o.daysOverdue]))
    expect(rowsByHeader(sheet).filter((r) => r['督办'] === '已督办')).toHaveLength(1)
    const mine = await openTable(await t.as(township).get(`/api/work-plans/${plan.id}/overdue/export`))
    expect(mine.rows.length).toBeGreaterThan(0)
    expect(rowsByHeader(mine).every((r) => r['牵头单位'] === '出山镇食品安全委员会办公室')).toBe(true)
    expect((await t.as(township).get(`/api/work-plans/${draftId}/overdue/export`)).statusCode).toBe(404)

    const notices = (await t.as(office).get(`/api/supervision-notices?planId=${plan.id}`)).json() as NoticeDto[]
    const book = await openTable(await t.as(office).get(`/api/supervision-notices/export?planId=${plan.id}`))
    expect(rowsByHeader(book).map((r) => [r['文号'], r['被督办单位'], r['回复期限'], r['状态']]))
      .toEqual(notices.map((n) => [n.documentNumber, n.unitName, n.replyDeadline, '待回复']))
    expect((await openTable(await t.as(await loginAs(t, 'msa')).get('/api/supervision-notices/export'))).rows).toEqual([])
    await expectBadField(t.as(office), '/api/supervision-notices/export?planId=abc', '方案编号')
  })
})
