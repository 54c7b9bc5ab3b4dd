import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AssignmentListDto, AvoidanceDto, DrawDetailDto, DrawListDto, RosterEntryDto } from '../../../../shared/draws'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'
import { freeze, makeDrawTown, type DrawTown } from './factory'

// A township with three officers and six businesses: one draw run, one only frozen; another township has its own.
let t: TestApp
let home: DrawTown, other: DrawTown
let drawnId: string
beforeAll(async () => {
  t = await startTestApp()
  home = await makeDrawTown(t, { officers: 3, entities: 6 })
  other = await makeDrawTown(t, { officers: 2, entities: 2 })
  const avoid = await t.as(home.office).post(`/api/draws/roster/${home.officers[0].id}/avoidances`, { entityId: home.entities[0].id, reason: '近亲属经营' })
  expect(avoid.statusCode, avoid.body).toBe(201)
  const drawn = await freeze(t, home.office, home.town, { selection: { count: 2 } })
  drawnId = drawn.id
  expect((await t.as(home.office).post(`/api/draws/${drawn.id}/run`, { seed: 'seed-X' })).statusCode).toBe(200)
  await freeze(t, home.office, home.town, { title: '2026 年超市双随机抽查', selection: { proportion: 0.5 } })
})
afterAll(async () => { await t.close() })

describe('双随机 exports', () => {
  it('the draws list: every draw the filters select, in the list’s order, with its lists and selection', async () => {
    const list = (await t.as(home.office).get('/api/draws?year=2026')).json() as DrawListDto
    const sheet = await openTable(await t.as(home.office).get('/api/draws/export?year=2026&pageSize=1'))
    expect(sheet.rows).toHaveLength(2)
    expect(rowsByHeader(sheet).map((r) => [r['抽查任务'], r['区域'], r['名录库主体（户）'], r['执法人员（人）'], r['状态']]))
      .toEqual(list.items.map((d) => [d.title, d.regionName, 6, 3, d.statusLabel]))
    expect(rowsByHeader(sheet).map((r) => r['抽取']).sort()).toEqual(['2 户', '50%'])
    const frozen = await openTable(await t.as(home.office).get('/api/draws/export?status=frozen'))
    expect(frozen.fileName).toMatch(/^双随机抽查_名录已冻结_\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(rowsByHeader(frozen).map((r) => r['抽查任务'])).toEqual(['2026 年超市双随机抽查'])
    expect((await openTable(await t.as(other.office).get('/api/draws/export'))).rows).toEqual([])
    await expectBadField(t.as(home.office), '/api/draws/export?status=lost', '状态')
  })

  it('the roster: the region’s officers with unit, certificate and whether on duty', async () => {
    const roster = (await t.as(home.office).get('/api/draws/roster')).json() as RosterEntryDto[]
    const sheet = await openTable(await t.as(home.office).get('/api/draws/roster/export'))
    expect(rowsByHeader(sheet).map((r) => [r['姓名'], r['用户名'], r['执法单位'], r['执法证号'], r['在岗']]))
      .toEqual(roster.map((e) => [e.name, e.username, e.unitName, e.certificateNumber, '是']))
    expect(sheet.rows).toHaveLength(3)
    const theirs = await openTable(await t.as(other.office).get('/api/draws/roster/export'))
    expect(rowsByHeader(theirs).map((r) => r['用户名']).sort()).toEqual(other.officers.map((o) => o.username).sort())
  })

  it('one draw’s result and task tables, as the draw page shows them, and 404 outside the region', async () => {
    const draw = (await t.as(home.office).get(`/api/draws/${drawnId}`)).json() as DrawDetailDto
    const results = await openTable(await t.as(home.office).get(`/api/draws/${drawnId}/export/results`))
    expect(results.fileName).toMatch(/^2026年餐饮服务双随机抽查_抽取结果_\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(rowsByHeader(results).map((r) => [r['位次'], r['检查对象'], r['执法检查人员']]))
      .toEqual(draw.rows.map((r) => [r.position, r.entity.name, r.inspectors.map((p) => `${p.name}（${p.unit}）`).join('、')]))
    expect(results.rows).toHaveLength(2)
    expect(rowsByHeader(results).every((r) => typeof r['类型'] === 'string' && !/^[a-z_]+$/.test(String(r['类型'])))).toBe(true)
    const tasks = (await t.as(home.office).get(`/api/draws/${drawnId}/assignments`)).json() as AssignmentListDto
    const sheet = await openTable(await t.as(home.office).get(`/api/draws/${drawnId}/export/assignments`))
    expect(rowsByHeader(sheet).map((r) => [r['位次'], r['检查对象'], r['执法检查人员'], r['完成情况'], r['检查日期']]))
      .toEqual(tasks.items.map((a) => [a.position, a.entityName, a.inspectors.map((p) => p.name).join('、'), '未检查', null]))
    expect(sheet.notes).toEqual(['已检查 0 / 2 户。'])
    expect((await t.as(other.office).get(`/api/draws/${drawnId}/export/results`)).statusCode).toBe(404)
    await expectBadField(t.as(home.office), `/api/draws/${drawnId}/export/hashes`, '表格')
  })

  it('an officer’s avoidance list, and 404 for an officer of another region', async () => {
    const list = (await t.as(home.office).get(`/api/draws/roster/${home.officers[0].id}/avoidances`)).json() as AvoidanceDto[]
    const sheet = await openTable(await t.as(home.office).get(`/api/draws/roster/${home.officers[0].id}/avoidances/export`))
    expect(sheet.fileName).toMatch(/^回避名单_.+_\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(rowsByHeader(sheet).map((r) => [r['经营主体'], r['回避事由']])).toEqual(list.map((a) => [a.entityName, a.reason]))
    expect(rowsByHeader(sheet).map((r) => r['回避事由'])).toEqual(['近亲属经营'])
    expect(String(rowsByHeader(sheet)[0]['登记时间'])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect((await t.as(other.office).get(`/api/draws/roster/${home.officers[0].id}/avoidances/export`)).statusCode).toBe(404)
    await expectBadField(t.as(home.office), '/api/draws/roster/nobody/avoidances/export', '执法人员')
  })
})
