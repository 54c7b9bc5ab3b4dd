import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BreakdownDto, IndicatorDefinitionDto, IndicatorRecordsDto, IndicatorsDto, ScoreboardDto } from '../../../shared/indicators'
import { COUNTY, makeAccount, makeTownship, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { expectBadField } from '../../platform/testing/expect-bad'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'
import { makeCase, penalty } from '../cases/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from '../inspections/factory'
import { catalogueItemId, catalogueResult, makeSample, reportSample, sampleInput, samplingSetup, type SamplingSetup } from '../sampling/samples/factory'

// A known township on a fixed today (2026-06-15): three inspections in 2026 (March, May, June), two 监督抽检
// (one fails), a case with a 5,000 元 fine, and the county's plan whose targets read the township's figures.
let t: TestApp
let s: SamplingSetup
let office: TestAccount, stranger: TestAccount
let planId: string
const PLAN = `2026年测试县食品安全工作要点

一、强化抽检监测
（一）强化抽检监测。落实农产品和食品抽检 4 批次/千人，食品安全抽检合格率达到 98%以上。（县市场监管局牵头，县农业农村局配合）
`
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T10:00:00+08:00') } })
  s = await samplingSetup(t)
  office = s.office
  stranger = await makeAccount(t, { role: 'office', regionCode: (await makeTownship(t)).code })
  const pair = s.inspectors.map((i) => i.id)
  const fail = { answers: answersFor('small_restaurant', { fail: [sampleItems('small_restaurant').general[0]] }), handling: 'on_the_spot' as const }
  await makeInspection(t, office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-03-10' }))
  await makeInspection(t, office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-05-02', ...fail }))
  await makeInspection(t, office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-06-01' }))
  const chlorpyrifos = await catalogueItemId(t, 'chlorpyrifos-chinese-chives')
  for (const [sampledOn, sentOn, value] of [['2026-03-02', '2026-03-03', null], ['2026-04-08', '2026-04-09', '0.5']] as const) {
    const made = await makeSample(t, office, sampleInput(s.entityId, pair, { sampledOn }))
    await reportSample(t, office, made.id, [catalogueResult(chlorpyrifos, value)], { sentOn, reportReceivedOn: sentOn.replace(/-\d\d$/, '-20') })
  }
  await makeCase(t, s.inspectors[0], pair, { regionCode: s.town.villageCodes[0], decision: { penalties: [penalty({ amount: '5000.00' })] } })
  const county = await makeAccount(t, { role: 'office', regionCode: COUNTY })
  planId = (await t.as(county).post('/api/work-plans/import-text', { text: PLAN })).json().plan.id
  expect((await t.as(county).post(`/api/work-plans/${planId}/publish`)).statusCode).toBe(200)
})
afterAll(async () => { await t.close() })

const json = async <T>(path: string, caller = office): Promise<T> => {
  const res = await t.as(caller).get(path)
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as T
}
const download = async (path: string, caller = office) => openTable(await t.as(caller).get(path))

describe('indicator table export', () => {
  it('holds every indicator of the page with the same figures as GET /indicators', async () => {
    const q = `region=${s.town.code}&period=2026`
    const [page, defs] = await Promise.all([json<IndicatorsDto>(`/api/indicators?${q}`), json<IndicatorDefinitionDto[]>('/api/indicators/catalogue')])
    const sheet = await download(`/api/indicators/export?${q}`)
    expect(sheet.fileName).toBe(`指标_${s.town.name}_2026年.xlsx`)
    expect(sheet.title).toBe(`${s.town.name}指标（2026年）`)
    expect(sheet.header).toEqual(['序号', '分组', '指标', '数值', '单位', '分子', '分子数', '分母', '分母数', '参考目标', '数据来源', '计入期间'])
    const rows = rowsByHeader(sheet)
    expect(rows).toHaveLength(page.values.length)
    const nameOf = new Map(defs.map((d) => [d.id, d.name]))
    for (const v of page.values) {
      expect(rows.find((r) => r['指标'] === nameOf.get(v.id)), v.id).toMatchObject({ 数值: v.value, 分子数: v.numerator, 分母数: v.denominator })
    }
    expect(rows.find((r) => r['指标'] === nameOf.get('inspections.count'))).toMatchObject({ 数值: 3, 单位: '户次' })
    expect(rows.find((r) => r['指标'] === nameOf.get('sampling.pass_rate'))).toMatchObject({ 数值: 50, 分子数: 1, 分母数: 2 })
    expect(rows.filter((r) => String(r['数据来源']).startsWith('暂无数据来源')).length).toBe(defs.filter((d) => d.source === 'none').length)
  })

  it('adds the frozen figure once the period is closed', async () => {
    expect((await t.as(office).post('/api/indicators/periods/close', { period: '2026-Q1' })).statusCode).toBe(200)
    const q = `region=${s.town.code}&period=2026-Q1`
    const page = await json<IndicatorsDto>(`/api/indicators?${q}`)
    const sheet = await download(`/api/indicators/export?${q}`)
    expect(sheet.header).toContain('关闭时冻结数值')
    const defs = await json<IndicatorDefinitionDto[]>('/api/indicators/catalogue')
    const rows = rowsByHeader(sheet)
    for (const v of page.values.filter((x) => x.frozen)) {
      expect(rows.find((r) => r['指标'] === defs.find((d) => d.id === v.id)!.name)?.['关闭时冻结数值'], v.id).toBe(v.frozen!.value)
    }
    expect(sheet.notes.some((n) => n.includes('已由') && n.includes('关闭'))).toBe(true)
  })
})

describe('breakdown and records export', () => {
  it('splits one indicator by month and by village exactly as the page does', async () => {
    for (const by of ['month', 'region'] as const) {
      const q = `region=${s.town.code}&period=2026&by=${by}`
      const page = await json<BreakdownDto>(`/api/indicators/inspections.count/breakdown?${q}`)
      const sheet = await download(`/api/indicators/inspections.count/breakdown/export?${q}`)
      expect(sheet.header).toEqual(['序号', by === 'month' ? '月份' : '区域', '数值（户次）', '分子：监督检查户次'])
      expect(sheet.rows).toEqual(page.map((r, i) => [i + 1, r.label, r.value, r.numerator]))
    }
    const rate = await download(`/api/indicators/sampling.pass_rate/breakdown/export?region=${s.town.code}&period=2026&by=month`)
    expect(rate.rows[3]).toEqual([4, '4月', 0, 0, 1])
    expect(rate.fileName).toBe(`食品抽检合格率_按月_${s.town.name}_2026年.xlsx`)
  })

  it('lists every record behind a figure, all pages, with their sum', async () => {
    const q = `region=${s.town.code}&period=2026&part=numerator`
    const page = await json<IndicatorRecordsDto>(`/api/indicators/inspections.count/records?${q}&pageSize=200`)
    const sheet = await download(`/api/indicators/inspections.count/records/export?${q}`)
    expect(sheet.header).toEqual(['序号', '记录', '说明', '日期', '区域'])
    expect(sheet.rows.map((r) => [r[1], r[2], r[3]])).toEqual(page.items.map((r) => [r.title, r.detail, r.date]))
    expect(sheet.rows).toHaveLength(3)
    expect(sheet.notes[0]).toBe('共 3 条记录，即该分子 3。')
    const money = await download(`/api/indicators/cases.money/records/export?region=${s.town.code}&period=2026&part=numerator`)
    expect(money.header.at(-1)).toBe('数额')
    expect(money.rows.map((r) => r.at(-1))).toEqual([5000])
  })
})

describe('scoreboard export', () => {
  it('holds each target with its goal, actual, source, status and deadline as the scoreboard shows them', async () => {
    const board = await json<ScoreboardDto>(`/api/indicators/scoreboard/${planId}`)
    const sheet = await download(`/api/indicators/scoreboard/${planId}/export`)
    expect(sheet.header).toEqual(['序号', '任务', '任务名称', '目标', '要求', '目标值', '单位', '实际', '分子', '分母', '来源', '绑定指标', '状态', '期限'])
    const status = { met: '达标', missed: '未达标', in_progress: '进行中' }
    expect(rowsByHeader(sheet).map((r) => [r['任务'], r['目标'], r['目标值'], r['实际'], r['分子'], r['分母'], r['状态'], r['期限']]))
      .toEqual(board.targets.map((x) => [x.taskNumber, x.metric, x.goal, x.actual, x.numerator, x.denominator, status[x.status], x.deadline]))
    expect(sheet.rows.map((r) => r[10])).toEqual(board.targets.map((x) => `系统实时（${x.indicatorName}）`))
    expect(sheet.fileName).toBe(`计分板_${board.planTitle}_${s.town.name}_2026年.xlsx`)
  })
})

describe('export: bad input, scope and permission', () => {
  it('names the bad field in Chinese, answers 404 outside the scope and 403 without the permission', async () => {
    const bad = (path: string, field: string) => expectBadField(t.as(office), path, field)
    await bad('/api/indicators/export?period=2026-13', '统计期间')
    await bad('/api/indicators/export?from=2026-05-01&to=2026-04-01', '起始日期')
    await bad('/api/indicators/export?ids=no.such', '指标')
    await bad('/api/indicators/inspections.count/breakdown/export?period=2026&by=week', '分列方式')
    await bad('/api/indicators/inspections.count/records/export?period=2026', '分子或分母')
    await bad('/api/indicators/inspections.count/records/export?period=2026&part=denominator', '分子或分母')
    await bad(`/api/indicators/scoreboard/${planId}/export?year=1999`, '年度')
    await bad('/api/indicators/scoreboard/not-a-uuid/export', '工作方案')
    expect((await t.as(office).get('/api/indicators/no.such/breakdown/export?by=month')).statusCode).toBe(404)
    expect((await t.as(stranger).get(`/api/indicators/export?region=${s.town.code}`)).statusCode).toBe(404)
    expect((await t.as(stranger).get(`/api/indicators/inspections.count/records/export?region=${s.town.code}&part=numerator`)).statusCode).toBe(404)
    expect((await t.as(stranger).get(`/api/indicators/inspections.count/breakdown/export?region=${s.town.code}&by=month`)).statusCode).toBe(404)
    const inspector = await makeAccount(t, { role: 'inspector', regionCode: s.town.code })
    expect((await t.as(inspector).get('/api/indicators/export')).statusCode).toBe(403)
    expect((await t.get('/api/indicators/export')).statusCode).toBe(401)
  })
})
