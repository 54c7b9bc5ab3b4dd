import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RiskAssessmentInput } from '../../../../shared/entities'
import ExcelJS from '../../../platform/exceljs'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type Caller, type TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from '../factory'

/**
 * The yearly plan and coverage on a known data set, figures worked out by hand. "Today" is Friday
 * 2026-07-10: 190 days of 2026's 365 have passed (1 Jan + 190 = 10 Jul).
 */
const TODAY = '2026-07-10'
let t: TestApp
let town: TestTownship
let other: TestTownship
let office: TestAccount
let townStaff: TestAccount
let inspectorA: TestAccount
let inspectorB: TestAccount
let inspectorC: TestAccount
const e: Record<string, { id: string; name: string }> = {}

// Dynamic items failed → score on top of the type's static base (小型餐饮 16, 便利店 8); 6 points each.
const answers = (bad: number) => Object.fromEntries(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10']
  .map((c, i) => [c, i < bad ? 'noncompliant' : 'compliant'])) as RiskAssessmentInput['answers']
const grade = (who: Caller, id: string, bad: number) =>
  t.as(who).post(`/api/entities/${id}/assessments`, { assessedOn: TODAY, staticFactors: {}, answers: answers(bad), note: null })
const inspect = (who: Caller, entityId: string, inspectedOn: string, pair: string[], over = {}) =>
  makeInspection(t, who, inspectionInput(entityId, 'small_restaurant', pair, { inspectedOn, ...over }))

beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date(`${TODAY}T10:00:00+08:00`) } })
  town = await makeTownship(t)
  other = await makeTownship(t)
  office = await makeAccount(t, { role: 'office' })
  townStaff = await makeAccount(t, { role: 'township', regionCode: town.code })
  inspectorA = await makeAccount(t, { role: 'inspector', regionCode: town.code, unitCode: `msa-${town.code.slice(0, 9)}` })
  inspectorB = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  inspectorC = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  const [v0, v1, v2] = town.villageCodes
  const restaurant = (name: string, region: string, over = {}) => makeEntity(t, office, region, { name, type: 'small_restaurant', ...over })
  e.A = await restaurant('A级饭店', v0)
  e.B = await restaurant('B级饭店', v0)
  e.C = await restaurant('C级饭店', v0)
  e.D = await restaurant('D级饭店', v1)
  e.U = await restaurant('未评级饭店', v1)
  e.N = await makeEntity(t, office, v2, { name: '新开D级便利店', type: 'convenience_store', openedOn: '2026-04-01', cateringGrade: null, openKitchen: 'none' })
  e.X = await restaurant('已注销饭店', v0, { status: 'closed' })

  // A: one daily inspection this year, by the pair A + C (A records it: A's unit is the 市场监管所).
  await inspect(inspectorA, e.A.id, '2026-03-05', [inspectorA.id, inspectorC.id])
  // B: inspected last year only.
  await inspect(inspectorA, e.B.id, '2025-11-20', [inspectorA.id, inspectorB.id])
  // C: a daily inspection with a 限期整改 order, then the 复查 that verifies it (recorded by B, who has no unit).
  const general = sampleItems('small_restaurant').general[0]
  const first = await inspect(inspectorB, e.C.id, '2026-02-10', [inspectorB.id, inspectorA.id], {
    answers: answersFor('small_restaurant', { fail: [general] }), handling: 'rectification',
    rectification: { kind: 'rectify', dueOn: '2026-03-10', requirements: '三日内整改', documentNumber: null },
  })
  await inspect(inspectorB, e.C.id, '2026-03-08', [inspectorB.id, inspectorA.id], { kind: 'follow_up', verifiesOrderId: first.orders[0].id })
  // D: last inspected two years ago (inside the two-year window, nothing this year).
  await inspect(inspectorA, e.D.id, '2024-08-01', [inspectorA.id, inspectorB.id])

  // Grades dated today, after the inspections (an inspection re-grades the entity from its findings).
  for (const [key, bad] of [['A', 0], ['B', 3], ['C', 5], ['D', 8]] as const) expect((await grade(office, e[key].id, bad)).json().grade).toBe(key)
  expect((await grade(office, e.N.id, 10)).json().grade).toBe('D') // 8 + 60 = 68

  // Another township: one entity inspected this year.
  const otherInspectors = [await makeAccount(t, { role: 'inspector', regionCode: other.code }), await makeAccount(t, { role: 'inspector', regionCode: other.code })]
  e.O = await makeEntity(t, office, other.villageCodes[0], { name: '邻镇饭店', type: 'small_restaurant' })
  await inspect(otherInspectors[0], e.O.id, '2026-04-01', otherInspectors.map((i) => i.id))
})
afterAll(async () => { await t.close() })

type Item = { name: string; required: number; done: number; remaining: number; nextDueOn: string | null; status: string; statusLabel: string; coverageGap: boolean; riskGrade: string | null }
const plan = async (who: Caller, query: string) => {
  const res = await t.as(who).get(`/api/inspections/plan?${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as { year: number; asOf: string; total: number; summary: Record<string, number | null>; items: Item[] }
}
const line = (i: Item) => [i.name, i.riskGrade, i.required, i.done, i.remaining, i.nextDueOn, i.status, i.coverageGap]

describe('the yearly plan', () => {
  it('counts this year\'s routine inspections against each grade\'s minimum, prorated over the days passed', async () => {
    const p = await plan(townStaff, 'pageSize=50')
    expect(p).toMatchObject({ year: 2026, asOf: TODAY, total: 6 })
    // Overdue first (soonest due first), then on track, then done; the closed entity is not planned.
    //  D: 3 a year, 0 done; ⌊3 × 190/365⌋ = 1 due by now → overdue since 1 Jan + ⌈365/3⌉ − 1 = 121 days = 05-02.
    //  新开D级: opened 04-01, so its year is 04-01…12-31 = 275 days, 100 passed: ⌊3 × 100/275⌋ = 1 → overdue;
    //    due 04-01 + ⌈275/3⌉ − 1 = 91 days = 07-01 (counted from 1 Jan it would have been 05-02).
    //  B: 1 a year, last inspection in 2025 → due by 12-31. C: 2 a year; the 复查 does not count, so 1 done,
    //    ⌊2 × 190/365⌋ = 1 → on track, the second due 1 Jan + ⌈2 × 365/2⌉ − 1 = 12-31. 未评级: 1 a year.
    //  未评级 was never inspected and opened in 2020: no inspection in the two years to today (第二十二条①).
    expect(p.items.map(line)).toEqual([
      ['D级饭店', 'D', 3, 0, 3, '2026-05-02', 'overdue', false],
      ['新开D级便利店', 'D', 3, 0, 3, '2026-07-01', 'overdue', false],
      ['B级饭店', 'B', 1, 0, 1, '2026-12-31', 'on_track', false],
      ['C级饭店', 'C', 2, 1, 1, '2026-12-31', 'on_track', false],
      ['未评级饭店', null, 1, 0, 1, '2026-12-31', 'on_track', true],
      ['A级饭店', 'A', 1, 1, 0, null, 'done', false],
    ])
    expect(p.items.map((i) => i.statusLabel)).toEqual(['逾期', '逾期', '进行中', '进行中', '进行中', '已完成'])
    // Required 3 + 3 + 1 + 2 + 1 + 1 = 11; done 2 (A, C); completion 2 / 11 = 18.2 %.
    expect(p.summary).toEqual({ entities: 6, requiredTotal: 11, doneTotal: 2, completionRate: 18.2, doneEntities: 1, overdue: 2, coverageGaps: 1 })
  })

  it('filters by status, grade, type, the two-year gap, inspecting unit and officer, and pages', async () => {
    const names = async (q: string) => (await plan(townStaff, q)).items.map((i) => i.name)
    expect(await names('status=overdue')).toEqual(['D级饭店', '新开D级便利店'])
    expect(await names('status=done')).toEqual(['A级饭店'])
    expect(await names('grade=none')).toEqual(['未评级饭店'])
    expect(await names('grade=D&type=convenience_store')).toEqual(['新开D级便利店'])
    expect(await names('coverageGap=true')).toEqual(['未评级饭店'])
    expect(await names(`region=${town.villageCodes[1]}`)).toEqual(['D级饭店', '未评级饭店'])
    // Entities the officer or unit inspected this year: C only went with A; B did C's inspection and 复查.
    expect(await names(`inspectorId=${inspectorC.id}`)).toEqual(['A级饭店'])
    expect(await names(`inspectorId=${inspectorA.id}`)).toEqual(['C级饭店', 'A级饭店'])
    expect(await names(`unitId=${town.stationId}`)).toEqual(['A级饭店'])
    const byB = await plan(townStaff, `inspectorId=${inspectorB.id}`)
    expect(byB.summary).toMatchObject({ entities: 1, requiredTotal: 2, doneTotal: 1, completionRate: 50 })
    const page2 = await plan(townStaff, 'page=2&pageSize=4')
    expect(page2).toMatchObject({ total: 6, page: 2, pageSize: 4 })
    expect(page2.items.map((i) => i.name)).toEqual(['未评级饭店', 'A级饭店'])
  })

  it('judges a past year as a whole year, with the two-year window ending on its last day', async () => {
    const p = await plan(townStaff, 'year=2025&pageSize=50')
    expect(p).toMatchObject({ year: 2025, asOf: '2025-12-31' })
    // 新开D级 opened in 2026: nothing was due in 2025. Only B met its plan (2025-11-20).
    // Gaps as of 2025-12-31 (window 2024-01-01 … 2025-12-31): A, C (inspected only in 2026) and 未评级.
    expect(p.items.map(line)).toEqual([
      ['D级饭店', 'D', 3, 0, 3, '2025-05-02', 'overdue', false],
      ['C级饭店', 'C', 2, 0, 2, '2025-07-02', 'overdue', true],
      ['A级饭店', 'A', 1, 0, 1, '2025-12-31', 'overdue', true],
      ['未评级饭店', null, 1, 0, 1, '2025-12-31', 'overdue', true],
      ['B级饭店', 'B', 1, 1, 0, null, 'done', false],
    ])
    expect(p.summary).toEqual({ entities: 5, requiredTotal: 8, doneTotal: 1, completionRate: 12.5, doneEntities: 1, overdue: 4, coverageGaps: 3 })
  })

  it('exports the filtered plan to Excel', async () => {
    const res = await t.as(townStaff).get('/api/inspections/plan/export?status=overdue')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as never)
    const sheet = book.worksheets[0]
    expect(String(sheet.getCell('A1').value)).toBe('2026年度监督检查计划完成情况（截至 2026-07-10）')
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1, 12)
    expect(row(3)).toEqual([1, 'D级饭店', '小型餐饮', town.name, `${town.name}西村`, 'D 级（高风险）', 3, 0, 3, new Date('2026-05-02T00:00:00Z'), '逾期'])
    expect(row(4).slice(0, 2)).toEqual([2, '新开D级便利店'])
    expect(sheet.getRow(5).values).toEqual([])
  })
})

describe('coverage', () => {
  it('rates coverage by village and type, and counts each unit\'s and officer\'s work', async () => {
    const res = await t.as(townStaff).get('/api/inspections/coverage')
    expect(res.statusCode, res.body).toBe(200)
    const c = res.json()
    expect(c).toMatchObject({ year: 2026, regionCode: town.code, regionName: town.name })
    // Inspected this year by a routine inspection: A and C (both in 东村). 6 in business → 2 / 6 = 33.3 %.
    expect(c.total).toMatchObject({ active: 6, inspected: 2, rate: 33.3 })
    const rows = (list: { label: string; active: number; inspected: number; rate: number | null }[]) => list.map((r) => [r.label, r.active, r.inspected, r.rate])
    // In the regions' own order (东村, 西村, 社区 as seeded).
    expect(rows(c.byRegion)).toEqual([[`${town.name}东村`, 3, 2, 66.7], [`${town.name}西村`, 2, 0, 0], [`${town.name}社区`, 1, 0, 0]])
    expect(rows(c.byType)).toEqual([['便利店', 1, 0, 0], ['小型餐饮', 5, 2, 40]])
    // B recorded C's inspection and its 复查 with no unit; A recorded A's for the 市场监管所.
    expect(c.byUnit).toEqual([
      { key: null, label: '未记录单位', inspections: 2, followUps: 1, entities: 1 },
      { key: town.stationId, label: `${town.name}市场监督管理所`, inspections: 1, followUps: 0, entities: 1 },
    ])
    const work = Object.fromEntries(c.byInspector.map((r: { key: string; inspections: number; followUps: number; entities: number }) => [r.key, [r.inspections, r.followUps, r.entities]]))
    expect(work).toEqual({ [inspectorA.id]: [3, 1, 2], [inspectorB.id]: [2, 1, 1], [inspectorC.id]: [1, 0, 1] })
  })

  it('the county sees its townships; a township sees only its own subtree', async () => {
    const county = (await t.as(office).get('/api/inspections/coverage')).json()
    expect(county.byRegion.map((r: { key: string; active: number; inspected: number; rate: number }) => [r.key, r.active, r.inspected, r.rate]))
      .toEqual([[town.code, 6, 2, 33.3], [other.code, 1, 1, 100]])
    expect((await plan(office, 'pageSize=50')).total).toBe(7)
    const mine = await plan(townStaff, 'pageSize=50')
    expect(mine.items.map((i) => i.name)).not.toContain('邻镇饭店')
    for (const url of [`/api/inspections/plan?region=${other.code}`, `/api/inspections/coverage?region=${other.code}`, '/api/inspections/plan?region=411721999000']) {
      const res = await t.as(townStaff).get(url)
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toBe('区域：不存在或不在本辖区')
    }
  })

  it('shows a business its own line only, and no coverage', async () => {
    const username = `biz${Date.now().toString(36)}`
    expect((await t.as(office).post(`/api/entities/${e.B.id}/account`, { username, displayName: '店主', password: 'Shop#Owner2026' })).statusCode).toBe(201)
    const first = { token: (await t.post('/api/auth/login', { username, password: 'Shop#Owner2026' })).json().token }
    await t.as(first).post('/api/me/password', { oldPassword: 'Shop#Owner2026', newPassword: 'Shop#Owner2027' })
    const biz = { token: (await t.post('/api/auth/login', { username, password: 'Shop#Owner2027' })).json().token }
    const p = await plan(biz, '')
    expect(p.items.map((i) => i.name)).toEqual(['B级饭店'])
    expect(p.summary.entities).toBe(1)
    const cov = await t.as(biz).get('/api/inspections/coverage')
    expect(cov.statusCode).toBe(403)
    expect(cov.json().message).toBe('企业账号只能查看本企业的检查计划')
  })
})

describe('bad input', () => {
  it('names the field in Chinese', async () => {
    const cases: [string, string][] = [
      ['/api/inspections/plan?year=1999', '年度'],
      ['/api/inspections/plan?year=2027', '年度：不能晚于本年度'],
      ['/api/inspections/plan?grade=E', '风险等级'],
      ['/api/inspections/plan?status=late', '完成情况'],
      ['/api/inspections/plan?type=restaurant', '主体类型'],
      ['/api/inspections/plan?region=4117', '区域'],
      ['/api/inspections/plan?inspectorId=abc', '执法人员'],
      ['/api/inspections/plan?unitId=1', '检查单位'],
      ['/api/inspections/plan?pageSize=500', '每页条数'],
      ['/api/inspections/plan?coverageGap=maybe', '只看两年未检'],
      ['/api/inspections/plan/export?year=x', '年度'],
      ['/api/inspections/coverage?year=x', '年度'],
      ['/api/inspections/coverage?region=41172110', '区域'],
    ]
    for (const [url, field] of cases) {
      const res = await t.as(townStaff).get(url)
      expect(res.statusCode, url).toBe(400)
      expect(res.json().message, url).toContain(field)
    }
  })
})
