import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeCase, penalty } from '../cases/factory'
import { makeEntity } from '../entities/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from '../inspections/factory'
import { catalogueItemId, catalogueResult, makeSample, reportSample, sampleInput, samplingSetup, type SamplingSetup } from '../sampling/samples/factory'
import { INDICATORS, isLive } from './catalogue'
import { resolve } from './sources'

// A known township (9,000 people in three villages of 3,000) whose figures are counted by hand below.
// "Today" is 2026-06-15: register states are read as they stand today.
let t: TestApp
let s: SamplingSetup
let office: TestAccount
let otherTownship: TestAccount
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T10:00:00+08:00') } })
  s = await samplingSetup(t)
  office = s.office
  otherTownship = await makeAccount(t, { role: 'office', regionCode: (await makeTownship(t)).code })
  const v1 = s.town.villageCodes[1]
  const e1 = await makeEntity(t, office, v1, { openKitchen: 'none' })
  const e2 = await makeEntity(t, office, v1, { type: 'food_producer', openKitchen: 'none', cateringGrade: null })
  // Inspections: three in 2026 (one found a problem, handled on the spot), one in 2025.
  const pair = s.inspectors.map((i) => i.id)
  const general = sampleItems('small_restaurant').general[0]
  await makeInspection(t, office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-03-10' }))
  await makeInspection(t, office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-05-02', answers: answersFor('small_restaurant', { fail: [general] }), handling: 'on_the_spot' }))
  await makeInspection(t, office, inspectionInput(e2.id, 'food_producer', pair, { inspectedOn: '2026-06-01' }))
  await makeInspection(t, office, inspectionInput(e1.id, 'small_restaurant', pair, { inspectedOn: '2025-11-03' }))
  // Samples: two 监督抽检 (one passes, one fails and opens a disposal file), one 例行监测 that passes.
  const chlorpyrifos = await catalogueItemId(t, 'chlorpyrifos-chinese-chives')
  const sample = async (over: Parameters<typeof sampleInput>[2], value: string | null) => {
    const made = await makeSample(t, office, sampleInput(s.entityId, pair, over))
    await reportSample(t, office, made.id, [catalogueResult(chlorpyrifos, value)])
  }
  await sample({}, null)
  await sample({}, '0.5')
  await sample({ purpose: 'routine' }, null)
  // A case filed 2026-03-10, decided 2026-04-20 with a fine of 5,000 元, closed 2026-05-12.
  await makeCase(t, s.inspectors[0], pair, { regionCode: s.town.villageCodes[0], decision: { penalties: [penalty({ amount: '5000.00' })] } })
})
afterAll(async () => { await t.close() })

const get = (caller: TestAccount, path: string) => t.as(caller).get(path)
async function values(query: string) {
  const res = await get(office, `/api/indicators?region=${s.town.code}&${query}`)
  expect(res.statusCode).toBe(200)
  return Object.fromEntries((res.json().values as { id: string; value: number | null; numerator: number | null; denominator: number | null }[]).map((v) => [v.id, v]))
}

describe('indicator catalogue', () => {
  it('names a measure that exists for every live indicator, and says what is missing for the rest', async () => {
    for (const def of INDICATORS.filter(isLive)) {
      expect(() => resolve(def.numerator)).not.toThrow()
      if (def.denominator && def.denominator !== 'population') expect(() => resolve(def.denominator as string)).not.toThrow()
    }
    const list = (await get(office, '/api/indicators/catalogue')).json() as { id: string; source: string; formula: string; noSourceReason: string | null; periodBasis: string }[]
    expect(list.find((d) => d.id === 'sampling.pass_rate')).toMatchObject({ source: 'live', formula: '监督抽检合格批次 ÷ 监督抽检已出结果批次 × 100%', periodBasis: '按抽样日期计入期间' })
    expect(list.find((d) => d.id === 'training.regulator_hours')).toMatchObject({ source: 'none', noSourceReason: expect.stringContaining('无数据来源') })
  })
})

describe('indicator figures for a known township', () => {
  it('computes every figure from the records, by hand', async () => {
    const v = await values('period=2026')
    expect(v['sampling.batches']).toEqual({ id: 'sampling.batches', value: 3, numerator: 3, denominator: null, frozen: null })
    expect(v['sampling.batches_per_thousand']).toMatchObject({ numerator: 3, denominator: 9000, value: 0.33 })
    expect(v['sampling.residue_per_thousand']).toMatchObject({ numerator: 3, value: 0.33 })
    expect(v['sampling.pass_rate']).toMatchObject({ numerator: 1, denominator: 2, value: 50 })
    expect(v['sampling.routine_pass_rate']).toMatchObject({ numerator: 1, denominator: 1, value: 100 })
    expect(v['sampling.failed']).toMatchObject({ value: 1 })
    expect(v['disposal.start_rate']).toMatchObject({ numerator: 0, denominator: 1, value: 0 })
    expect(v['disposal.on_time_rate']).toMatchObject({ numerator: 0, denominator: 0, value: null })
    expect(v['inspections.count']).toMatchObject({ value: 3 })
    expect(v['inspections.entities']).toMatchObject({ value: 2 })
    expect(v['inspections.coverage']).toMatchObject({ numerator: 2, denominator: 3, value: 66.67 })
    expect(v['inspections.problem_disposal_rate']).toMatchObject({ numerator: 1, denominator: 1, value: 100 })
    expect(v['cases.filed']).toMatchObject({ value: 1 })
    expect(v['cases.closed']).toMatchObject({ value: 1 })
    expect(v['cases.money']).toMatchObject({ value: 5000 })
    expect(v['entities.active']).toMatchObject({ value: 3 })
    expect(v['entities.open_kitchen_rate']).toMatchObject({ numerator: 1, denominator: 2, value: 50 })
    expect(v['training.regulator_hours']).toEqual({ id: 'training.regulator_hours', value: null, numerator: null, denominator: null, frozen: null })
    // 2025: one inspection, nothing else dated.
    const last = await values('period=2025')
    expect(last['inspections.count'].value).toBe(1)
    expect(last['sampling.batches'].value).toBe(0)
    // A quarter and a custom range.
    expect((await values('period=2026-Q2'))['inspections.count'].value).toBe(2)
    expect((await values('from=2026-03-10&to=2026-03-10'))['inspections.count'].value).toBe(1)
  })

  it('lists the records behind each figure, as many as the figure (or summing to it)', async () => {
    const records = async (id: string, part: string, extra = '') =>
      (await get(office, `/api/indicators/${id}/records?region=${s.town.code}&period=2026&part=${part}${extra}`)).json()
    const inspections = await records('inspections.count', 'numerator')
    expect(inspections).toMatchObject({ figure: 3, total: 3, label: '监督检查户次' })
    expect(inspections.items.map((r: { date: string }) => r.date)).toEqual(['2026-06-01', '2026-05-02', '2026-03-10'])
    expect(inspections.items[0].link).toMatch(/^\/inspections\/[0-9a-f-]{36}$/)
    const entities = await records('inspections.entities', 'numerator')
    expect(entities).toMatchObject({ figure: 2, total: 2 })
    expect(new Set(entities.items.map((r: { link: string }) => r.link)).size).toBe(2)
    const judged = await records('sampling.pass_rate', 'denominator')
    expect(judged).toMatchObject({ figure: 2, total: 2 })
    const paged = await records('inspections.count', 'numerator', '&page=2&pageSize=2')
    expect(paged).toMatchObject({ total: 3 })
    expect(paged.items).toHaveLength(1)
    const money = await records('cases.money', 'numerator')
    expect(money.figure).toBe(5000)
    expect(money.items.reduce((sum: number, r: { value: number }) => sum + r.value, 0)).toBe(5000)
    const population = await records('sampling.batches_per_thousand', 'denominator')
    expect(population).toMatchObject({ figure: 9000, total: 0, items: [], note: expect.stringContaining('辖区人口') })
    const noDenominator = await get(office, `/api/indicators/sampling.batches/records?region=${s.town.code}&part=denominator`)
    expect(noDenominator.statusCode).toBe(400)
    expect(noDenominator.json().message).toContain('没有分母')
  })

  it('splits a figure by month and by village', async () => {
    const months = (await get(office, `/api/indicators/inspections.count/breakdown?region=${s.town.code}&period=2026&by=month`)).json()
    expect(months).toHaveLength(12)
    expect(months.filter((m: { value: number }) => m.value > 0).map((m: { key: string }) => m.key)).toEqual(['2026-03', '2026-05', '2026-06'])
    const villages = (await get(office, `/api/indicators/sampling.batches_per_thousand/breakdown?region=${s.town.code}&period=2026&by=region`)).json()
    expect(villages.map((r: { key: string; numerator: number; denominator: number }) => [r.key, r.numerator, r.denominator])).toEqual(
      expect.arrayContaining([[s.town.villageCodes[0], 3, 3000], [s.town.villageCodes[1], 0, 3000]]))
    expect(villages.find((r: { key: string }) => r.key === s.town.villageCodes[0]).value).toBe(1)
  })
})

describe('indicators: scope and bad input', () => {
  it('answers a region outside the caller’s scope like a missing one, and names bad fields', async () => {
    expect((await get(otherTownship, `/api/indicators?region=${s.town.code}`)).statusCode).toBe(404)
    expect((await get(otherTownship, `/api/indicators/inspections.count/records?region=${s.town.code}&part=numerator`)).statusCode).toBe(404)
    // The other township sees none of these records in its own subtree.
    const own = (await get(otherTownship, '/api/indicators?period=2026&ids=inspections.count')).json()
    expect(own.values).toEqual([{ id: 'inspections.count', value: 0, numerator: 0, denominator: null, frozen: null }])
    const bad = async (query: string, field: string) => {
      const res = await get(office, `/api/indicators?${query}`)
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toContain(field)
    }
    await bad('period=2026-Q5', '统计期间')
    await bad('from=2026-05-01&to=2026-04-01', '起始日期')
    await bad('ids=no.such', '指标')
    await bad('region=12', '区域')
    expect((await get(office, '/api/indicators/no.such/records?part=numerator')).statusCode).toBe(404)
    const unsourced = await get(office, '/api/indicators/training.regulator_hours/records?part=numerator')
    expect(unsourced.statusCode).toBe(400)
    expect(unsourced.json().message).toContain('暂无数据来源')
    const business = await makeAccount(t, { role: 'business', regionCode: s.town.villageCodes[0] })
    expect((await get(business, '/api/indicators')).statusCode).toBe(403)
  })
})
