import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EntityDetailDto, RiskAssessmentDto, TimelineEventDto } from '../../../shared/entities'
import { expectBadField } from '../../platform/testing/expect-bad'
import { makeAccount, makeTownship, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'
import { licenceInput, makeEntity } from './factory'

// An entity with a licence, two people, a certification and one risk assessment; an inspector of another township.
let t: TestApp
let inspector: TestAccount, stranger: TestAccount
let entity: EntityDetailDto
const ASSESSMENT = { assessedOn: '2026-03-01', staticFactors: {}, note: '首次评定', answers: Object.fromEntries(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10'].map((c) => [c, 'compliant'])) }
beforeAll(async () => {
  t = await startTestApp()
  const home = await makeTownship(t)
  inspector = await makeAccount(t, { role: 'inspector', regionCode: home.code })
  stranger = await makeAccount(t, { role: 'inspector', regionCode: (await makeTownship(t)).code })
  const { id } = await makeEntity(t, inspector, home.villageCodes[0])
  const post = async (path: string, body: unknown) => {
    const res = await t.as(inspector).post(`/api/entities/${id}/${path}`, body)
    expect(res.statusCode, res.body).toBe(201)
  }
  await post('licences', licenceInput({ expiresOn: '2027-01-09', issuedOn: '2022-01-10' }))
  await post('people', { role: 'director', name: '王五', phone: '13900000000', appointedOn: '2025-01-02', assessedOn: '2025-06-01', assessmentScore: 92, assessmentPassed: true })
  await post('people', { role: 'officer', name: '李四', phone: null, appointedOn: null, assessedOn: null, assessmentScore: null, assessmentPassed: null })
  await post('certifications', { kind: 'haccp', number: 'H-1', issuer: '某认证中心', issuedOn: '2024-01-01', expiresOn: '2027-12-31' })
  await post('assessments', ASSESSMENT)
  entity = (await t.as(inspector).get(`/api/entities/${id}`)).json()
})
afterAll(async () => { await t.close() })

const download = (table: string, who = inspector) => t.as(who).get(`/api/entities/${entity.id}/export/${table}`)

describe('entity detail exports', () => {
  it('证照, 人员 and 认证: the tab’s rows with labels and real dates', async () => {
    const licences = await openTable(await download('licences'))
    expect(licences.fileName).toMatch(new RegExp(`^${entity.name}_证照_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`))
    expect(rowsByHeader(licences).map((r) => [r['证照类型'], r['编号'], r['发证日期'], r['有效期至'], r['电子证书']]))
      .toEqual(entity.licences.map((l) => ['食品经营许可证', l.number, l.issuedOn, l.expiresOn, '是']))
    const people = await openTable(await download('people'))
    expect(rowsByHeader(people).map((r) => [r['岗位'], r['姓名'], r['任命日期'], r['考核结果'], r['考核成绩']]).sort())
      .toEqual([['食品安全员', '李四', null, '未考核', null], ['食品安全总监', '王五', '2025-01-02', '合格', 92]])
    expect(people.rows).toHaveLength(entity.people.length)
    const certs = await openTable(await download('certifications'))
    expect(rowsByHeader(certs).map((r) => [r['认证类型'], r['证书编号'], r['认证机构'], r['有效期至']]))
      .toEqual(entity.certifications.map((c) => [expect.stringContaining('HACCP'), c.number, c.issuer, c.expiresOn]))
  })

  it('风险分级评定记录 and 变更记录 as the tabs read them', async () => {
    const history = (await t.as(inspector).get(`/api/entities/${entity.id}/assessments`)).json() as RiskAssessmentDto[]
    const sheet = await openTable(await download('assessments'))
    expect(rowsByHeader(sheet).map((r) => [r['评定日期'], r['总分'], r['规则版本'], r['说明']]))
      .toEqual(history.map((a) => [a.assessedOn, a.totalScore, `第 ${a.ruleVersion} 版`, a.note]))
    expect(String(rowsByHeader(sheet)[0]['等级'])).toMatch(/^[ABCD] 级（.+风险）$/)
    const events = (await t.as(inspector).get(`/api/entities/${entity.id}/timeline`)).json() as TimelineEventDto[]
    const changes = await openTable(await download('timeline'))
    expect(new Set(rowsByHeader(changes).map((r) => r['操作']))).toEqual(new Set(events.map((e) => e.actionLabel)))
    expect(rowsByHeader(changes).some((r) => r['字段'] && r['新值'] === '王五')).toBe(true)
    expect(String(rowsByHeader(changes)[0]['时间'])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })

  it('answers another township like a missing entity, and names a bad table', async () => {
    const outside = await download('licences', stranger)
    const missing = await t.as(stranger).get('/api/entities/00000000-0000-4000-8000-000000000000/export/licences')
    expect(outside.statusCode).toBe(404)
    expect(outside.json()).toEqual(missing.json())
    await expectBadField(t.as(inspector), `/api/entities/${entity.id}/export/photos`, '表格')
  })
})

describe('risk rules exports', () => {
  it('the frequency table with the version’s scores as notes, and the sources', async () => {
    const { version, rules } = (await t.as(inspector).get('/api/risk-rules')).json()
    const freq = await openTable(await t.as(inspector).get('/api/risk-rules/export/frequency'))
    expect(freq.fileName).toMatch(new RegExp(`^风险分级规则_第${version}版_每年检查频次_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`))
    expect(freq.rows).toEqual((['A', 'B', 'C', 'D'] as const).map((g) => [expect.stringMatching(new RegExp(`^${g} 级（`)), rules.frequency[g].min, rules.frequency[g].max]))
    expect(freq.notes[0]).toBe(`静态分值上限 ${rules.staticMax} 分，动态分值上限 ${rules.dynamicMax} 分。`)
    const sources = await openTable(await t.as(inspector).get('/api/risk-rules/export/sources'))
    expect(rowsByHeader(sources).map((r) => [r['规则'], r['来源'], String(r['确认状态']).slice(0, 1)]))
      .toEqual(rules.sources.map((s: { item: string; source: string; status: string }) => [s.item, s.source, s.status]))
    await expectBadField(t.as(inspector), '/api/risk-rules/export/weights', '表格')
  })
})
