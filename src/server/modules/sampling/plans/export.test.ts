import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlanListDto } from '../../../../shared/sampling-plans'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { COUNTY, makeAccount, makeCounty, makeTownship, type TestAccount } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'

// A county of 10,000 people with two 2026 plans (one published) and one 2025 plan.
let app: TestApp
let office: TestAccount, township: TestAccount
beforeAll(async () => {
  app = await startTestApp()
  await makeCounty(app)
  township = await makeAccount(app, { role: 'township', regionCode: (await makeTownship(app)).code })
  await app.db.execute(sql`UPDATE regions SET population = 10000 WHERE code = ${COUNTY}`)
  office = await makeAccount(app, { role: 'office' })
  const make = async (over: Record<string, unknown>) => {
    const res = await app.as(office).post('/api/sampling-plans', {
      year: 2026, name: '2026 年县级食品安全抽检计划', level: 'county', department: 'market', batchesPerThousand: '4', categories: [], ...over,
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json().id as string
  }
  const published = await make({})
  expect((await app.as(office).post(`/api/sampling-plans/${published}/publish`)).statusCode).toBe(200)
  await make({ name: '2026 年食用农产品抽检计划', department: 'agriculture', batchesPerThousand: '1.5' })
  await make({ year: 2025, name: '2025 年县级食品安全抽检计划' })
})
afterAll(() => app.close())

describe('抽检计划 export', () => {
  it('holds the year’s plans with labels, quota and progress, as the list shows them', async () => {
    const list = (await app.as(office).get('/api/sampling-plans?year=2026')).json() as PlanListDto
    const sheet = await openTable(await app.as(office).get('/api/sampling-plans/export?year=2026'))
    expect(sheet.fileName).toMatch(/^抽检计划_2026年_\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(rowsByHeader(sheet).map((r) => [r['计划名称'], r['任务（批次）'], r['已抽（批次）']])).toEqual(list.items.map((p) => [p.name, p.quota, p.done]))
    expect(rowsByHeader(sheet).map((r) => [r['计划名称'], r['部门'], r['批次/千人'], r['任务（批次）'], r['状态']]).sort()).toEqual([
      ['2026 年县级食品安全抽检计划', '市场监管', 4, 40, '已发布'], ['2026 年食用农产品抽检计划', '农业农村', 1.5, 15, '草稿'],
    ])
  })

  it('answers a township as the list does, and names a bad filter', async () => {
    const theirs = (await app.as(township).get('/api/sampling-plans?year=2026')).json() as PlanListDto
    expect((await openTable(await app.as(township).get('/api/sampling-plans/export?year=2026'))).rows).toHaveLength(theirs.items.length)
    await expectBadField(app.as(office), '/api/sampling-plans/export?year=1999', '年度')
  })
})
