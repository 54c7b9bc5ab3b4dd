import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'

// 企业自查率 as an indicator. On 2026-06-15 a township has three restaurants that owe a monthly self-inspection
// (two in its first village) and a food stall that owes none. One restaurant self-inspects in May (a draft) and
// reports in June; counted by hand: Q2 owes 3 × 3 = 9 户·月, of which 2 are filled in and 1 reported.
let t: TestApp
let town: TestTownship
let office: TestAccount
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } })
  town = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: town.code })
  const shop = await makeEntity(t, office, town.villageCodes[0], { type: 'small_restaurant' })
  for (const v of [0, 1]) await makeEntity(t, office, town.villageCodes[v], { type: 'small_restaurant' })
  await makeEntity(t, office, town.villageCodes[1], { type: 'food_stall', cateringGrade: null, openKitchen: 'none' })
  // The restaurant's own account fills in May's form and submits June's report.
  expect((await t.as(office).post(`/api/entities/${shop.id}/account`, { username: 'zicha_rate', displayName: '店长', password: 'Shop#2026pass' })).statusCode).toBe(201)
  const login = async (password: string) => (await t.post('/api/auth/login', { username: 'zicha_rate', password })).json()
  const first = await login('Shop#2026pass')
  const business: TestAccount = { id: first.account.id, username: 'zicha_rate', token: first.token, regionCode: town.villageCodes[0], role: 'business' }
  expect((await t.as(business).post('/api/me/password', { oldPassword: 'Shop#2026pass', newPassword: 'Shop#2026new!' })).statusCode).toBe(200)
  business.token = (await login('Shop#2026new!')).token
  for (const [period, submit] of [['2026-05', false], ['2026-06', true]] as const) {
    const form = (await t.as(business).get(`/api/self-inspections/mine?period=${period}`)).json()
    const answers = Object.fromEntries(form.items.map((i: { code: string }) => [i.code, { answer: 'yes' }]))
    const saved = await t.as(business).put('/api/self-inspections/mine', { period, answers, summary: submit ? '本月自查未发现问题。' : null, submit })
    expect(saved.statusCode, saved.body).toBe(200)
  }
})
afterAll(async () => { await t.close() })

type Figure = { id: string; value: number | null; numerator: number; denominator: number }
const figures = async (query: string) => {
  const res = await t.as(office).get(`/api/indicators?region=${town.code}&ids=duty.self_inspection_rate,duty.self_inspection_report_rate&${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return (res.json().values as Figure[]).map((v) => [v.numerator, v.denominator, v.value])
}

describe('企业自查率 in the indicator catalogue', () => {
  it('counts 户·月 as the 企业自查率 page does, for a quarter, a month and the year so far', async () => {
    expect(await figures('period=2026-Q2')).toEqual([[2, 9, 22.22], [1, 9, 11.11]])
    const page = (await t.as(office).get(`/api/self-inspections/rates?period=2026-Q2&region=${town.code}`)).json()
    expect(page.rows.at(-1)).toMatchObject({ obliged: 9, inspected: 2, reported: 1 })
    expect(await figures('period=2026-06')).toEqual([[1, 3, 33.33], [1, 3, 33.33]])
    // The year owes January to June only (statistics run to this month), and a future quarter owes nothing.
    expect(await figures('period=2026')).toEqual([[2, 18, 11.11], [1, 18, 5.56]])
    expect(await figures('period=2026-Q4')).toEqual([[0, 0, null], [0, 0, null]])
  })

  it('splits by month and village, and its denominator lists the businesses that owe it', async () => {
    const months = (await t.as(office).get(`/api/indicators/duty.self_inspection_rate/breakdown?region=${town.code}&period=2026-Q2&by=month`)).json()
    expect(months.map((m: { key: string; numerator: number; denominator: number }) => [m.key, m.numerator, m.denominator])).toEqual([['2026-04', 0, 3], ['2026-05', 1, 3], ['2026-06', 1, 3]])
    const villages = (await t.as(office).get(`/api/indicators/duty.self_inspection_rate/breakdown?region=${town.code}&period=2026-Q2&by=region`)).json()
    expect(villages.map((r: { key: string; numerator: number; denominator: number }) => [r.key, r.numerator, r.denominator])).toEqual(
      expect.arrayContaining([[town.villageCodes[0], 2, 6], [town.villageCodes[1], 0, 3]]))
    const owed = (await t.as(office).get(`/api/indicators/duty.self_inspection_rate/records?region=${town.code}&period=2026-Q2&part=denominator`)).json()
    expect(owed).toMatchObject({ figure: 3, total: 3, note: expect.stringContaining('3 家 × 3 个月 = 9 户·月') })
    const filled = (await t.as(office).get(`/api/indicators/duty.self_inspection_rate/records?region=${town.code}&period=2026-Q2&part=numerator`)).json()
    expect(filled).toMatchObject({ figure: 2, total: 2, note: null })
    const catalogue = (await t.as(office).get('/api/indicators/catalogue')).json() as { id: string; source: string; formula: string }[]
    expect(catalogue.find((d) => d.id === 'duty.self_inspection_rate')).toMatchObject({ source: 'live', formula: '已填写自查表的户·月 ÷ 应自查主体（每月一次） × 月数 × 100%' })
  })
})
