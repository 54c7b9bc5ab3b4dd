import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { makeAccount, makeTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { insertResult, insertSample, insertTestItem } from './test-rows'

let app: TestApp
beforeAll(async () => { app = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } }) })
afterAll(() => app.close())

const figure = (body: { figures: { key: string }[] }, key: string) => body.figures.find((f) => f.key === key)

it('computes the figures of a known data set (checked by hand) and the rows by village', async () => {
  const home = await makeTownship(app) // 9,000 residents, three villages of 3,000
  const [v1, v2] = home.villageCodes
  const office = await makeAccount(app, { role: 'office' })
  const e1 = await makeEntity(app, office, v1)
  const e2 = await makeEntity(app, office, v2)
  const pesticide = await insertTestItem(app, 'pesticide')
  const vetDrug = await insertTestItem(app, 'vet_drug')
  const lead = await insertTestItem(app, 'contaminant')
  const s = (entityId: string, regionCode: string, over: Parameters<typeof insertSample>[1] extends infer T ? Partial<T> : never) =>
    insertSample(app, { entityId, regionCode, sampledOn: '2026-03-10', ...over })
  // Market supervision, village 1: 4 judged (3 pass, 1 fail) + 1 still testing; two vegetables tested for pesticides.
  await insertResult(app, await s(e1.id, v1, { category: 'vegetables', verdict: 'pass' }), pesticide)
  await insertResult(app, await s(e1.id, v1, { category: 'vegetables', verdict: 'fail' }), pesticide, 'fail')
  await insertResult(app, await s(e1.id, v1, { category: 'livestock_meat', verdict: 'pass' }), vetDrug)
  await insertResult(app, await s(e1.id, v1, { category: 'fruits', verdict: 'pass' }), lead) // agricultural, but no residue item
  await insertResult(app, await s(e1.id, v1, { category: 'pastry', verdict: null }), pesticide) // not agricultural
  // Village 2: agriculture's routine monitoring at the planting stage, 1 pass 1 fail; and a supervision pass.
  await insertResult(app, await s(e2.id, v2, { department: 'agriculture', purpose: 'routine', stage: 'planting', verdict: 'pass' }), pesticide)
  await insertResult(app, await s(e2.id, v2, { department: 'agriculture', purpose: 'routine', stage: 'planting', verdict: 'fail' }), pesticide, 'fail')
  await s(e2.id, v2, { category: 'pastry', verdict: 'pass' })
  await s(e2.id, v2, { verdict: 'fail', sampledOn: '2025-12-31' }) // before the period
  // Rapid tests: 3 organophosphate (1 positive), 3 瘦肉精 (1 positive, confirmed), 1 formaldehyde; one outside the period.
  const rapid = (regionCode: string, item: string, result: string, testedOn = '2026-04-01', confirm: string | null = null) => app.db.execute(sql`
    INSERT INTO rapid_tests (region_code, place_kind, place_name, tested_on, item, method, sample_name, result, operator_name, confirm_sample_id)
    VALUES (${regionCode}, 'market', '集贸市场', ${testedOn}, ${item}, '方法', '样品', ${result}, '张三', ${confirm})`)
  const confirmSample = await s(e1.id, v1, { category: 'livestock_meat', verdict: null, sampledOn: '2026-04-02' })
  for (const [r, item, result, on, c] of [
    [v1, 'organophosphate', 'negative'], [v1, 'organophosphate', 'positive'], [v2, 'organophosphate', 'negative'],
    [v1, 'clenbuterol', 'positive', '2026-04-01', confirmSample], [v2, 'ractopamine', 'negative'], [v2, 'salbutamol', 'negative'],
    [v2, 'formaldehyde', 'negative'], [v2, 'formaldehyde', 'positive', '2026-06-20'],
  ] as [string, string, string, string?, string?][]) await rapid(r, item, result, on, c ?? null)

  const res = await app.as(office).get(`/api/sampling/figures?region=${home.code}&from=2026-01-01&to=2026-06-15`)
  expect(res.statusCode).toBe(200)
  const body = res.json()
  expect(body).toMatchObject({ regionCode: home.code, population: 9000, from: '2026-01-01', to: '2026-06-15' })
  // 9 samples in the period (8 above + the confirmatory one): 9 ÷ 9,000 × 1,000 = 1.00; market 7 → 0.78.
  expect(figure(body, 'batches')).toMatchObject({ numerator: 9, denominator: 9000, value: 1, target: '4.0' })
  expect(figure(body, 'market_batches')).toMatchObject({ numerator: 7, value: 0.78 })
  // Agricultural with a pesticide/vet-drug item: 2 vegetables + meat + 2 routine = 5 → 0.56 (the fruit with lead and the pastry do not count).
  expect(figure(body, 'residue_samples')).toMatchObject({ numerator: 5, value: 0.56 })
  expect(figure(body, 'planting_batches')).toMatchObject({ numerator: 2, value: 0.22 })
  // Supervision judged: pass, fail, pass, pass (v1) + pass (v2) = 5, passed 4 → 80 %; routine 1 of 2 → 50 %.
  expect(figure(body, 'pass_rate')).toMatchObject({ numerator: 4, denominator: 5, value: 80 })
  expect(figure(body, 'routine_pass_rate')).toMatchObject({ numerator: 1, denominator: 2, value: 50 })
  expect(figure(body, 'failed')).toMatchObject({ numerator: 2, value: 2 })
  expect(figure(body, 'rapid_tests')).toMatchObject({ numerator: 7 })
  expect(figure(body, 'rapid_positive_rate')).toMatchObject({ numerator: 2, denominator: 7, value: 28.57 })
  expect(figure(body, 'lean_meat_tests')).toMatchObject({ numerator: 3, note: '其中阳性 1 批次' })
  expect(figure(body, 'rapid_pending')).toMatchObject({ numerator: 1 })
  expect(figure(body, 'disposal_start_rate')).toMatchObject({ numerator: 0, denominator: 0, value: null })
  expect(body.rapidByItem).toEqual([
    { item: 'organophosphate', label: '有机磷和氨基甲酸酯类农药（抑制率）', count: 3, positives: 1 },
    expect.objectContaining({ count: 1 }), expect.objectContaining({ count: 1 }), expect.objectContaining({ count: 1 }), expect.objectContaining({ count: 1 }),
  ])
  expect(body.rows).toEqual([
    { regionCode: v1, name: `${home.name}东村`, population: 3000, batches: 6, batchesPerThousand: 2, marketBatches: 6, residueSamples: 3, plantingBatches: 0,
      judged: 4, passed: 3, passRate: 75, failed: 1, rapidTests: 3, rapidPositives: 2, leanMeatTests: 1 },
    { regionCode: v2, name: `${home.name}西村`, population: 3000, batches: 3, batchesPerThousand: 1, marketBatches: 1, residueSamples: 2, plantingBatches: 2,
      judged: 1, passed: 1, passRate: 100, failed: 1, rapidTests: 4, rapidPositives: 0, leanMeatTests: 2 },
    { regionCode: home.villageCodes[2], name: `${home.name}社区`, population: 3000, batches: 0, batchesPerThousand: 0, marketBatches: 0, residueSamples: 0, plantingBatches: 0,
      judged: 0, passed: 0, passRate: null, failed: 0, rapidTests: 0, rapidPositives: 0, leanMeatTests: 0 },
  ])

  // A township account sees its own subtree by default, and another township answers like a missing region.
  const local = await makeAccount(app, { role: 'township', regionCode: home.code })
  expect((await app.as(local).get('/api/sampling/figures?from=2026-01-01&to=2026-06-15')).json().figures[0].numerator).toBe(9)
  const other = await makeTownship(app)
  const stranger = await makeAccount(app, { role: 'township', regionCode: other.code })
  const hidden = await app.as(stranger).get(`/api/sampling/figures?region=${home.code}`)
  expect([hidden.statusCode, hidden.json().message]).toEqual([404, '行政区划不存在'])
  expect((await app.as(stranger).get('/api/sampling/figures?region=411721999999')).json()).toEqual(hidden.json())
  const backwards = await app.as(office).get('/api/sampling/figures?from=2026-05-01&to=2026-04-01')
  expect([backwards.statusCode, backwards.json().message]).toEqual([400, '起始日期：不能晚于截止日期'])
  expect((await app.as(office).get('/api/sampling/figures?from=2026-13-01')).json().message).toContain('起始日期')
})
