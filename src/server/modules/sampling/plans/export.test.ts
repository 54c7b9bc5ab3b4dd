import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlanDetailDto, PlanListDto } from '../../../../shared/sampling-plans'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { COUNTY, makeAccount, makeCounty, makeTownship, type TestAccount } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'
import { makeEntity } from '../../entities/factory'
import { insertSample } from '../figures/test-rows'

// A county of 10,000 people with two 2026 plans (one published) and one 2025 plan.
let app: TestApp
let office: TestAccount, township: TestAccount
let detailed: string, home: string
beforeAll(async () => {
  app = await startTestApp()
  await makeCounty(app)
  const town = await makeTownship(app)
  home = town.code
  await makeTownship(app)
  township = await makeAccount(app, { role: 'township', regionCode: town.code })
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
  // A plan with two category quotas and two samples taken under it in the township.
  detailed = await make({ year: 2027, name: '2027 年重点品种抽检计划', categories: [{ category: 'vegetables', batches: 10 }, { category: 'pastry', batches: 4 }] })
  const entity = await makeEntity(app, office, town.villageCodes[0])
  for (const category of ['vegetables', 'vegetables']) await insertSample(app, { planId: detailed, entityId: entity.id, regionCode: town.villageCodes[0], category, sampledOn: '2027-03-01' })
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

  it('a plan’s category table: every category with quota, samples taken and progress, as the detail shows', async () => {
    const plan = (await app.as(office).get(`/api/sampling-plans/${detailed}`)).json() as PlanDetailDto
    const sheet = await openTable(await app.as(office).get(`/api/sampling-plans/${detailed}/export/categories`))
    expect(sheet.fileName).toMatch(/^2027年重点品种抽检计划_分类别任务_\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(sheet.header).toEqual(['序号', '食品类别', '任务（批次）', '已抽（批次）', '完成进度（%）'])
    expect(sheet.rows).toEqual(plan.categories.map((c, i) => [i + 1, c.label, c.quota, c.done, c.percent]))
    expect(sheet.rows).toEqual([[1, '蔬菜', 10, 2, 20], [2, '糕点', 4, 0, 0]])
  })

  it('a plan’s township table keeps to the caller’s townships, and names a bad table or id', async () => {
    const all = (await app.as(office).get(`/api/sampling-plans/${detailed}`)).json() as PlanDetailDto
    const officeSheet = await openTable(await app.as(office).get(`/api/sampling-plans/${detailed}/export/townships`))
    expect(rowsByHeader(officeSheet).map((r) => [r['乡镇（街道）'], r['人口'], r['任务（批次）'], r['已抽（批次）']]))
      .toEqual(all.townships.map((t) => [t.name, t.population, t.quota, t.done]))
    const theirs = (await app.as(township).get(`/api/sampling-plans/${detailed}`)).json() as PlanDetailDto
    const sheet = await openTable(await app.as(township).get(`/api/sampling-plans/${detailed}/export/townships`))
    expect(theirs.townships.map((t) => t.regionCode)).toEqual([home])
    expect(rowsByHeader(sheet).map((r) => [r['乡镇（街道）'], r['已抽（批次）']])).toEqual([[theirs.townships[0].name, 2]])
    await expectBadField(app.as(office), `/api/sampling-plans/${detailed}/export/villages`, '表格')
    await expectBadField(app.as(office), '/api/sampling-plans/not-an-id/export/townships', '抽检计划')
    expect((await app.as(office).get('/api/sampling-plans/00000000-0000-4000-8000-000000000000/export/townships')).statusCode).toBe(404)
  })
})
