import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DashboardDto } from '../../../shared/dashboard'
import type { OverdueItemDto } from '../../../shared/supervision'
import { loadDemoCounty, loginAs, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { publishSamplePlan } from '../work-plans/testing/sample-plans'

// The demo county's units with the sample 2026 plan: nobody reports for the first quarter (due 2026-03-20).
let t: TestApp
let office: TestAccount, township: TestAccount
let planId: string
const TOWNSHIP_OFFICE = '出山镇食品安全委员会办公室'
beforeAll(async () => {
  t = await startTestApp()
  await loadDemoCounty(t)
  t.config.now = () => new Date('2026-01-10T09:00:00+08:00')
  office = await loginAs(t, 'office')
  township = await loginAs(t, 'township')
  planId = (await publishSamplePlan(t, office)).id
  t.config.now = () => new Date('2026-04-02T10:00:00+08:00')
})
afterAll(async () => { await t.close() })

const dashboard = async (caller: TestAccount, query = '') => {
  const res = await t.as(caller).get(`/api/dashboard?${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as DashboardDto
}

describe('the dashboard’s plan cards', () => {
  it('lists the overdue lead-unit reports of published plans, most overdue first, with each plan’s progress', async () => {
    const overdue = (await t.as(office).get(`/api/work-plans/${planId}/overdue`)).json() as OverdueItemDto[]
    expect(overdue.length).toBeGreaterThan(0)
    const d = await dashboard(office)
    expect(d.overduePlanTasks?.total).toBe(overdue.length)
    expect(d.overduePlanTasks?.items.length).toBe(Math.min(10, overdue.length))
    expect(d.overduePlanTasks?.items[0]).toMatchObject({ planId, dueOn: '2026-03-20', daysOverdue: 13 })
    expect(d.plans).toEqual([expect.objectContaining({ planId, tasks: 3, reported: 0, accepted: 0, overdue: overdue.length })])
  })

  it('gives the township office its own overdue tasks, and the office those of a township it picks', async () => {
    const own = await dashboard(township)
    expect(own.overduePlanTasks!.total).toBeGreaterThan(0)
    expect(own.overduePlanTasks!.items.every((o) => o.unitName === TOWNSHIP_OFFICE)).toBe(true)
    const picked = await dashboard(office, `region=${township.regionCode}`)
    expect(picked.overduePlanTasks!.items.map((o) => o.unitName)).toEqual(own.overduePlanTasks!.items.map((o) => o.unitName))
  })
})
