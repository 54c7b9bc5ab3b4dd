import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clearPermissionCache } from '../../../platform/permissions'
import { COUNTY, makeAccount, makeCounty, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { insertSample } from '../figures/test-rows'

let app: TestApp
let office: TestAccount
let towns: TestTownship[]
const POPS = [12345, 23456, 34567] // county 70,368 = their sum

beforeAll(async () => {
  app = await startTestApp()
  await makeCounty(app)
  towns = [await makeTownship(app), await makeTownship(app), await makeTownship(app)]
  for (const [i, t] of towns.entries()) await app.db.execute(sql`UPDATE regions SET population = ${POPS[i]} WHERE code = ${t.code}`)
  await app.db.execute(sql`UPDATE regions SET population = 70368 WHERE code = ${COUNTY}`)
  office = await makeAccount(app, { role: 'office' })
})
afterAll(() => app.close())

const body = (over: Record<string, unknown> = {}) => ({
  year: 2026, name: '2026 年县级食品安全抽检计划', level: 'county', department: 'market', batchesPerThousand: '3.2',
  categories: [{ category: 'vegetables', batches: 100 }, { category: 'pastry', batches: 40 }], ...over,
})

describe('quotas', () => {
  it('derives township quotas from population by largest remainder (checked by hand)', async () => {
    // 70,368 × 3.2 ÷ 1000 = 225.18 → 225. Shares 225 × pop ÷ 70,368: 39.47, 75.00, 110.53 → floors 39 + 75 + 110 = 224,
    // the one left goes to the largest fraction (.53) → 39, 75, 111. Rounding each township alone would give 40 + 75 + 111 = 226.
    const res = await app.as(office).post('/api/sampling-plans', body())
    expect(res.statusCode).toBe(201)
    const plan = res.json()
    expect(plan).toMatchObject({ status: 'draft', quota: 225, categoryTotal: 140, batchesPerThousand: '3.20', population: 70368 })
    expect(plan.townships.map((t: { regionCode: string; quota: number }) => [t.regionCode, t.quota])).toEqual([[towns[0].code, 39], [towns[1].code, 75], [towns[2].code, 111]])
    expect(await app.auditFor(plan.id)).toMatchObject([{ action: 'sampling_plan.create', actorId: office.id }])
  })

  it('recomputes the quotas when a draft is edited, then refuses edits once published', async () => {
    const plan = (await app.as(office).post('/api/sampling-plans', body())).json()
    // 70,368 × 4.0 ÷ 1000 = 281.47 → 281; shares 49.30, 93.67, 138.04 → 49 + 93 + 138 = 280, +1 to the .67 → 49, 94, 138.
    const edited = await app.as(office).put(`/api/sampling-plans/${plan.id}`, body({ batchesPerThousand: '4.0', categories: [] }))
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ quota: 281, categoryTotal: 0 })
    expect(edited.json().townships.map((t: { quota: number }) => t.quota)).toEqual([49, 94, 138])
    expect((await app.as(office).post(`/api/sampling-plans/${plan.id}/publish`)).json().status).toBe('published')
    const again = await app.as(office).put(`/api/sampling-plans/${plan.id}`, body())
    expect(again.statusCode).toBe(409)
    expect(again.json().message).toBe('抽检计划：已发布的计划不能修改')
    expect((await app.as(office).post(`/api/sampling-plans/${plan.id}/publish`)).statusCode).toBe(409)
    expect((await app.auditFor(plan.id)).map((a) => a.action)).toEqual(['sampling_plan.create', 'sampling_plan.update', 'sampling_plan.publish'])
  })

  it('names the bad field in Chinese and writes nothing', async () => {
    const before = await app.count('sampling_plans')
    const cases: [Record<string, unknown>, string][] = [
      [body({ batchesPerThousand: '4.123' }), '每千人抽检批次'],
      [body({ batchesPerThousand: '0' }), '每千人抽检批次：须大于 0'],
      [body({ name: '' }), '计划名称'],
      [body({ level: 'village' }), '抽检级别'],
      [body({ categories: [{ category: 'pastry', batches: 1 }, { category: 'pastry', batches: 2 }] }), '分类别任务：食品类别“糕点”重复'],
      [body({ categories: [{ category: 'pastry', batches: -1 }] }), '类别任务批次'],
    ]
    for (const [input, message] of cases) {
      const res = await app.as(office).post('/api/sampling-plans', input)
      expect(res.statusCode, message).toBe(400)
      expect(res.json().message).toContain(message)
    }
    expect(await app.count('sampling_plans')).toBe(before)
  })
})

describe('progress and scope', () => {
  it('counts samples taken under the plan in its year, by category and township', async () => {
    const plan = (await app.as(office).post('/api/sampling-plans', body())).json()
    const e1 = await makeEntity(app, office, towns[0].villageCodes[0])
    const e2 = await makeEntity(app, office, towns[1].villageCodes[1])
    for (const [entity, region, category, on] of [
      [e1.id, towns[0].villageCodes[0], 'vegetables', '2026-03-01'], [e1.id, towns[0].villageCodes[0], 'vegetables', '2026-04-01'],
      [e2.id, towns[1].villageCodes[1], 'pastry', '2026-05-01'], [e2.id, towns[1].villageCodes[1], 'tea', '2026-05-02'],
      [e2.id, towns[1].villageCodes[1], 'pastry', '2025-12-31'], // last year: not counted
    ] as const) await insertSample(app, { planId: plan.id, entityId: entity, regionCode: region, category, sampledOn: on })
    await insertSample(app, { planId: null, entityId: e1.id, regionCode: towns[0].villageCodes[0], category: 'vegetables', sampledOn: '2026-06-01' }) // no plan
    const detail = (await app.as(office).get(`/api/sampling-plans/${plan.id}`)).json()
    expect(detail).toMatchObject({ quota: 225, done: 4, percent: 1.8 }) // 4 ÷ 225 = 1.78 %
    expect(detail.categories).toEqual([
      { category: 'vegetables', label: '蔬菜', quota: 100, done: 2, percent: 2 },
      { category: 'pastry', label: '糕点', quota: 40, done: 1, percent: 2.5 },
      { category: 'tea', label: '茶叶及相关制品', quota: 0, done: 1, percent: null },
    ])
    expect(detail.townships.map((t: { done: number; percent: number | null }) => [t.done, t.percent])).toEqual([[2, 5.1], [2, 2.7], [0, 0]])
    const list = (await app.as(office).get('/api/sampling-plans?year=2026')).json()
    expect(list.items.find((p: { id: string }) => p.id === plan.id)).toMatchObject({ quota: 225, done: 4, categoryTotal: 140 })
    expect((await app.as(office).get('/api/sampling-plans?year=2025')).json().items).toEqual([])

    // A township account reads the county plan but only its own township's quota and samples.
    const township = await makeAccount(app, { role: 'township', regionCode: towns[1].code })
    const seen = (await app.as(township).get(`/api/sampling-plans/${plan.id}`)).json()
    expect(seen.townships).toEqual([expect.objectContaining({ regionCode: towns[1].code, quota: 75, done: 2 })])
    expect(seen.categories.find((c: { category: string }) => c.category === 'vegetables').done).toBe(0)
  })

  it('answers 404 for a missing plan and for a write outside the caller’s scope, 403 without the permission', async () => {
    const plan = (await app.as(office).post('/api/sampling-plans', body())).json()
    const inspector = await makeAccount(app, { role: 'inspector', regionCode: towns[0].code })
    expect((await app.as(inspector).put(`/api/sampling-plans/${plan.id}`, body())).statusCode).toBe(403)
    const missing = await app.as(office).get('/api/sampling-plans/00000000-0000-4000-8000-000000000000')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().message).toBe('抽检计划不存在')
    // sampling.manage given to a township account still cannot write the county's plan: it answers like a missing one.
    await app.db.execute(sql`INSERT INTO role_permissions (role, permission) VALUES ('township', 'sampling.manage') ON CONFLICT DO NOTHING`)
    clearPermissionCache()
    const township = await makeAccount(app, { role: 'township', regionCode: towns[0].code })
    const res = await app.as(township).put(`/api/sampling-plans/${plan.id}`, body())
    expect(res.statusCode).toBe(404)
    expect(res.json().message).toBe('抽检计划不存在')
    expect((await app.as(township).post('/api/sampling-plans', body())).statusCode).toBe(403)
  })
})
