import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RiskAssessmentInput } from '../../../shared/entities'
import { DEFAULT_RISK_RULES } from '../../../shared/risk-rules'
import ExcelJS from '../../platform/exceljs'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { licenceInput, makeEntity } from './factory'
import { sendExpiryAlerts } from './service/alerts-and-accounts'

/** Risk grading with versioned rules, due inspections, expiry alerts and the Excel export, through HTTP. */

let t: TestApp
let town: TestTownship
let office: TestAccount
let inspector: TestAccount
const NOW = new Date('2026-06-15T04:00:00Z')
const answers = (bad: number, partial = 0) => Object.fromEntries(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10']
  .map((c, i) => [c, i < bad ? 'noncompliant' : i < bad + partial ? 'partial' : 'compliant'])) as RiskAssessmentInput['answers']

beforeAll(async () => {
  t = await startTestApp({ config: { now: () => NOW } })
  town = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: town.code })
  inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
})
afterAll(async () => { await t.close() })

describe('risk grading', () => {
  it('computes static + dynamic scores and the grade with the rules in force, and keeps the history', async () => {
    const e = await makeEntity(t, inspector, town.villageCodes[0], { type: 'canteen', canteenKind: 'school', schoolCategory: 'primary', principalAccompanies: true, cateringGrade: 'A' })
    // 单位食堂 24 + 特定人群 4 = 28 static; 3 failed items × 6 = 18 dynamic → 46 → C (B ≤ 45 < C ≤ 60)
    const res = await t.as(inspector).post(`/api/entities/${e.id}/assessments`, { assessedOn: '2026-06-01', staticFactors: { vulnerableConsumers: true }, answers: answers(3), note: null })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ staticScore: 28, dynamicScore: 18, totalScore: 46, grade: 'C', ruleVersion: 1 })
    const detail = (await t.as(inspector).get(`/api/entities/${e.id}`)).json()
    expect(detail).toMatchObject({ riskGrade: 'C', riskScore: 46, riskAssessedOn: '2026-06-01', inspection: { perYear: { min: 2, max: 3 } } })
    // an older paper form entered later does not replace the newer grade
    await t.as(inspector).post(`/api/entities/${e.id}/assessments`, { assessedOn: '2026-01-10', staticFactors: {}, answers: answers(0), note: '补录' })
    expect((await t.as(inspector).get(`/api/entities/${e.id}`)).json().riskGrade).toBe('C')
    expect((await t.as(inspector).get(`/api/entities/${e.id}/assessments`)).json().map((a: { grade: string }) => a.grade)).toEqual(['C', 'A'])
  })

  it('lets the office change thresholds as a new version, refusing rules that do not hang together', async () => {
    const { sources: _s, ...rules } = DEFAULT_RISK_RULES
    const bad = await t.as(office).put('/api/risk-rules', { rules: { ...rules, thresholds: { A: 50, B: 40, C: 60 } }, note: null })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toBe('等级分界：应满足 0 ≤ A < B < C ≤ 总分')
    expect((await t.as(inspector).put('/api/risk-rules', { rules, note: null })).statusCode).toBe(403)
    const saved = await t.as(office).put('/api/risk-rules', { rules: { ...rules, thresholds: { A: 30, B: 50, C: 60 } }, note: '按省局通知调整' })
    expect(saved.json()).toMatchObject({ version: 2, rules: { thresholds: { B: 50 }, sources: DEFAULT_RISK_RULES.sources } })
    const e = await makeEntity(t, inspector, town.villageCodes[1], { type: 'canteen', canteenKind: 'school', schoolCategory: 'junior', principalAccompanies: true })
    const graded = await t.as(inspector).post(`/api/entities/${e.id}/assessments`, { assessedOn: '2026-06-02', staticFactors: { vulnerableConsumers: true }, answers: answers(3), note: null })
    expect(graded.json()).toMatchObject({ totalScore: 46, grade: 'B', ruleVersion: 2 })
    await t.as(office).put('/api/risk-rules', { rules, note: '恢复默认' })
  })
})

describe('inspections due', () => {
  it('lists a D-grade entity inspected long ago as overdue, and one inspected recently as not due', async () => {
    const overdue = await makeEntity(t, inspector, town.villageCodes[2], { name: '逾期检查饭店' })
    await t.as(inspector).post(`/api/entities/${overdue.id}/assessments`, { assessedOn: '2026-01-05', staticFactors: { highRiskProducts: true, largeScale: true }, answers: answers(6, 2), note: null })
    const list = (await t.as(inspector).get(`/api/entities/inspections-due?region=${town.code}&overdueOnly=true&pageSize=200`)).json()
    const row = list.items.find((i: { id: string }) => i.id === overdue.id)
    // D: at least 3 a year → every 121 days; never inspected, opened before this year → due 2026-05-01
    expect(row).toMatchObject({ riskGrade: 'D', perYearMin: 3, nextDueOn: '2026-05-01', overdue: true })
    expect(list.overdue).toBeGreaterThanOrEqual(1)
  })
})

describe('licence expiry alerts', () => {
  it('tells the township\'s inspectors once about a licence expiring within 30 days', async () => {
    const e = await makeEntity(t, inspector, town.villageCodes[0], { name: '证照将到期饭店' })
    await t.as(inspector).post(`/api/entities/${e.id}/licences`, licenceInput({ expiresOn: '2026-07-05' }))
    await t.as(inspector).post(`/api/entities/${e.id}/certifications`, { kind: 'haccp', number: 'H-2026-1', issuer: null, issuedOn: null, expiresOn: '2026-07-01' })
    await t.as(inspector).post(`/api/entities/${e.id}/certifications`, { kind: 'iso22000', number: null, issuer: null, issuedOn: null, expiresOn: '2026-09-01' })
    expect(await sendExpiryAlerts(t.db, NOW)).toBeGreaterThanOrEqual(2)
    const bell = JSON.stringify((await t.as(inspector).get('/api/notifications')).json())
    expect(bell).toContain('证照将到期饭店的食品经营许可证')
    expect(bell).toContain('证照将到期饭店的HACCP 认证证书（H-2026-1）将于 2026-07-01 到期')
    expect(bell).not.toContain('ISO22000')
    expect(await sendExpiryAlerts(t.db, NOW)).toBe(0)
  })
})

describe('export', () => {
  it('exports the filtered list as a workbook with the rows the list shows', async () => {
    await makeEntity(t, inspector, town.villageCodes[0], { name: '导出测试超市', type: 'supermarket', cateringGrade: null, openKitchen: 'none' })
    const res = await t.as(inspector).get(`/api/entities/export?region=${town.code}&type=supermarket`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('经营主体名录.xlsx'))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const text = JSON.stringify(book.worksheets[0].getSheetValues())
    expect(text).toContain('导出测试超市')
    expect(text).not.toContain('证照将到期饭店')
  })
})
