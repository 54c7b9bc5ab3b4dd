import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DrawListDto, RosterEntryDto } from '../../../../shared/draws'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'
import { freeze, makeDrawTown, type DrawTown } from './factory'

// A township with three officers and six businesses: one draw run, one only frozen; another township has its own.
let t: TestApp
let home: DrawTown, other: DrawTown
beforeAll(async () => {
  t = await startTestApp()
  home = await makeDrawTown(t, { officers: 3, entities: 6 })
  other = await makeDrawTown(t, { officers: 2, entities: 2 })
  const drawn = await freeze(t, home.office, home.town, { selection: { count: 2 } })
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
})
