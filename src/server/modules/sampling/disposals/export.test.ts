import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DisposalListDto } from '../../../../shared/disposals'
import { makeAccount, makeTownship, type TestAccount } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'
import { makeEntity } from '../../entities/factory'
import { contextOf, failedSample } from './factory'

// A township on 2026-12-01 with three disposal files: one past its close date, one not notified in time, one fresh.
let t: TestApp
let inspector: TestAccount, stranger: TestAccount
let entityName: string
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-12-01T10:00:00+08:00') } })
  const town = await makeTownship(t)
  inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  stranger = await makeAccount(t, { role: 'inspector', regionCode: (await makeTownship(t)).code })
  const entity = await makeEntity(t, inspector, town.villageCodes[0])
  entityName = entity.name
  for (const on of ['2026-09-01', '2026-11-20', '2026-11-30']) await failedSample(t, contextOf(t, inspector), { entityId: entity.id, regionCode: town.villageCodes[0], reportReceivedOn: on })
})
afterAll(async () => { await t.close() })

describe('disposals export', () => {
  it('holds every file the filters select, in the list’s order, with its late steps', async () => {
    const list = (await t.as(inspector).get('/api/disposals?pageSize=200')).json() as DisposalListDto
    const sheet = await openTable(await t.as(inspector).get('/api/disposals/export'))
    expect(rowsByHeader(sheet).map((r) => [r['样品编号'], r['被抽样单位'], r['收到不合格报告'], r['办结期限'], r['状态']]))
      .toEqual(list.items.map((d) => [d.sampleNumber, entityName, d.openedOn, d.closeDueOn, { open: '处置中', overdue: '逾期', closed: '已办结' }[d.status]]))
    const overdue = await openTable(await t.as(inspector).get('/api/disposals/export?status=overdue&year=2026'))
    const late = (await t.as(inspector).get('/api/disposals?status=overdue&year=2026')).json() as DisposalListDto
    expect(overdue.fileName).toBe('核查处置_2026年_逾期_2026-12-01.xlsx')
    expect(overdue.rows).toHaveLength(late.total)
    expect(late.total).toBe(2)
    expect(rowsByHeader(overdue).map((r) => r['逾期环节'])).toEqual(late.items.map((d) => d.overdueSteps.map((s) => `${s.label}（应于 ${s.dueOn}）`).join('；')))
  })

  it('keeps to the caller’s scope and names a bad filter', async () => {
    expect((await openTable(await t.as(stranger).get('/api/disposals/export'))).rows).toEqual([])
    await expectBadField(t.as(inspector), '/api/disposals/export?status=lost', '处置状态')
  })
})
