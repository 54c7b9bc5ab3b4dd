import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SeriousViolationDto, TransferDto } from '../../../shared/cases'
import { expectBadField } from '../../platform/testing/expect-bad'
import type { TestAccount } from '../../platform/testing/factories'
import type { TestApp } from '../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'
import { makeEntity } from '../entities/factory'
import { makeCase, penalty, startCasesFixture } from './factory'

// On 2026-06-15: a business's licence revoked on 2026-04-20, the case moved to the police on 05-01 (no answer yet:
// past the 10-day limit) and the business listed on 05-06; a second case moved on 06-10 and accepted.
let t: TestApp
let inspector: TestAccount, stranger: TestAccount
beforeAll(async () => {
  const f = await startCasesFixture('2026-06-15')
  ;({ t, inspector, stranger } = f)
  const entity = await makeEntity(t, inspector, f.town.villageCodes[0])
  const revoked = await makeCase(t, inspector, f.officers, { entityId: entity.id, stage: 'decided', decision: { penalties: [penalty({ kind: 'licence_revoked', amount: null })] } })
  const other = await makeCase(t, inspector, f.officers, { stage: 'decided' })
  const api = t.as(inspector)
  expect((await api.post(`/api/cases/${revoked.id}/transfers`, { policeUnit: '县公安局', transferredOn: '2026-05-01', note: null })).statusCode).toBe(201)
  const second = (await api.post(`/api/cases/${other.id}/transfers`, { policeUnit: '县公安局食药环侦大队', transferredOn: '2026-06-10', note: '涉案货值较大' })).json()
  expect((await api.post(`/api/case-transfers/${second.id}/progress`, { status: 'accepted', on: '2026-06-12' })).statusCode).toBe(200)
  expect((await api.post('/api/serious-violations', { caseId: revoked.id, reason: '吊销许可证', decisionNumber: null, listedOn: '2026-05-06', heavyPenaltyConfirmed: true })).statusCode).toBe(201)
})
afterAll(async () => { await t.close() })

describe('行刑衔接 and 严重违法失信名单 exports', () => {
  it('the transfers ledger: every transfer the filters select, with its limit, status and counts', async () => {
    const list = (await t.as(inspector).get('/api/case-transfers?year=2026&pageSize=200')).json() as { items: TransferDto[] }
    const sheet = await openTable(await t.as(inspector).get('/api/case-transfers/export?year=2026&pageSize=1'))
    expect(sheet.fileName).toBe('行刑衔接_2026年_2026-06-15.xlsx')
    expect(rowsByHeader(sheet).map((r) => [r['立案号'], r['当事人'], r['公安机关'], r['移送日期'], r['立案期限'], r['受理日期'], r['备注']]))
      .toEqual(list.items.map((x) => [x.caseNumber, x.partyName, x.policeUnit, x.transferredOn, x.decisionDueOn, x.acceptedOn, x.note]))
    expect(rowsByHeader(sheet).map((r) => [r['状态'], r['超期'], r['刑拘']]).sort()).toEqual([['已受理', '', 0], ['已移送', '是', 0]])
    const accepted = await openTable(await t.as(inspector).get('/api/case-transfers/export?status=accepted'))
    expect(rowsByHeader(accepted).map((r) => r['公安机关'])).toEqual(['县公安局食药环侦大队'])
    expect((await openTable(await t.as(stranger).get('/api/case-transfers/export'))).rows).toEqual([])
    await expectBadField(t.as(inspector), '/api/case-transfers/export?status=lost', '移送状态')
  })

  it('the 名单: every listing the filters select, with its dates and state label', async () => {
    const list = (await t.as(inspector).get('/api/serious-violations?pageSize=200')).json() as { items: SeriousViolationDto[] }
    const sheet = await openTable(await t.as(inspector).get('/api/serious-violations/export?state=listed'))
    expect(sheet.fileName).toBe('严重违法失信名单_已列入待公示_2026-06-15.xlsx')
    expect(rowsByHeader(sheet).map((r) => [r['经营主体'], r['列入事由'], r['列入日期'], r['期满'], r['状态'], r['公示日期']]))
      .toEqual(list.items.map((x) => [x.entityName, '吊销许可证', '2026-05-06', x.expiresOn, '已列入待公示', null]))
    expect((await openTable(await t.as(stranger).get('/api/serious-violations/export'))).rows).toEqual([])
    await expectBadField(t.as(inspector), '/api/serious-violations/export?state=gone', '名单状态')
  })
})
