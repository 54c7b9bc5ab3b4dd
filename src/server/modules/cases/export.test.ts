import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseListDto } from '../../../shared/cases'
import type { TestAccount } from '../../platform/testing/factories'
import type { TestApp } from '../../platform/testing/test-app'
import { expectBadField } from '../../platform/testing/expect-bad'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'
import { makeCase, startCasesFixture } from './factory'

// On 2026-06-15: a closed case, a filed one, and a clue received in May.
let t: TestApp
let inspector: TestAccount, stranger: TestAccount
beforeAll(async () => {
  const f = await startCasesFixture('2026-06-15')
  ;({ t, inspector, stranger } = f)
  await makeCase(t, inspector, f.officers)
  await makeCase(t, inspector, f.officers, { stage: 'filed' })
  await makeCase(t, inspector, f.officers, { stage: 'clue', dates: { clue: '2026-05-20' } })
})
afterAll(async () => { await t.close() })

describe('cases export', () => {
  it('holds every case the filters select, in the list’s order, with its dates and deadline', async () => {
    const list = (await t.as(inspector).get('/api/cases?year=2026&pageSize=200')).json() as CaseListDto
    const sheet = await openTable(await t.as(inspector).get('/api/cases/export?year=2026&pageSize=1'))
    expect(sheet.fileName).toBe('案件_2026年_2026-06-15.xlsx')
    expect(sheet.rows).toHaveLength(3)
    expect(rowsByHeader(sheet).map((r) => [r['立案号'], r['当事人'], r['区域'], r['受理日期'], r['立案日期'], r['结案日期']]))
      .toEqual(list.items.map((c) => [c.caseNumber ?? '（线索）', c.partyName, c.regionName, c.clueReceivedOn, c.filedOn, c.closedOn]))
    expect(rowsByHeader(sheet).map((r) => r['状态']).sort()).toEqual(['已立案', '已结案', '线索核查'])
    expect(rowsByHeader(sheet).find((r) => r['状态'] === '线索核查')).toMatchObject({ 期限: list.items.find((c) => c.status === 'clue')!.filingDueOn })
  })

  it('keeps to the caller’s scope and names a bad filter', async () => {
    expect((await openTable(await t.as(stranger).get('/api/cases/export'))).rows).toEqual([])
    await expectBadField(t.as(inspector), '/api/cases/export?status=lost', '案件状态')
  })
})
