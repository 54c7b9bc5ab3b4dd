import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseDetailDto } from '../../../shared/cases'
import { makeAccount, makeTownship, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'
import { caseNumber, clueInput, decision, makeCase, penalty } from './factory'

/**
 * Every endpoint with an id answers another township's record exactly like a missing one, and every
 * endpoint refuses bad input with a 400 naming the field in Chinese while writing nothing.
 */
let t: TestApp
let stranger: TestAccount
let reader: TestAccount
let homeOfficers: string[]
const ids = { clue: '', notified: '', decided: '', transfer: '', credit: '', listing: '' }
const MISSING = '00000000-0000-4000-8000-000000000000'
const TABLES = ['cases', 'case_penalties', 'police_transfers', 'credit_records', 'serious_violations']

beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } })
  const theirs = await makeTownship(t)
  const owner = await makeAccount(t, { role: 'inspector', regionCode: theirs.code })
  const crew = [owner.id, (await makeAccount(t, { role: 'inspector', regionCode: theirs.code })).id]
  const entity = await makeEntity(t, owner, theirs.villageCodes[0])
  ids.clue = (await makeCase(t, owner, crew, { stage: 'clue' })).id
  ids.notified = (await makeCase(t, owner, crew, { stage: 'notified' })).id
  ids.decided = (await makeCase(t, owner, crew, { entityId: entity.id, stage: 'decided', decision: { penalties: [penalty({ kind: 'licence_revoked', amount: null })] } })).id
  ids.transfer = (await t.as(owner).post(`/api/cases/${ids.decided}/transfers`, { policeUnit: '县公安局', transferredOn: '2026-05-01', note: null })).json().id
  ids.credit = ((await t.as(owner).get(`/api/cases/${ids.decided}`)).json() as CaseDetailDto).creditRecords[0].id
  ids.listing = (await t.as(owner).post('/api/serious-violations', { caseId: ids.decided, reason: '吊销许可证', decisionNumber: null, listedOn: '2026-05-06', heavyPenaltyConfirmed: true })).json().id
  const mine = await makeTownship(t)
  stranger = await makeAccount(t, { role: 'inspector', regionCode: mine.code })
  reader = await makeAccount(t, { role: 'township', regionCode: mine.code })
  homeOfficers = [stranger.id, (await makeAccount(t, { role: 'inspector', regionCode: mine.code })).id]
})
afterAll(async () => { await t.close() })

type Method = 'GET' | 'POST' | 'PUT'
const call = (who: TestAccount, method: Method, url: string, body?: unknown) =>
  method === 'GET' ? t.as(who).get(url) : method === 'PUT' ? t.as(who).put(url, body) : t.as(who).post(url, body)

const ENDPOINTS: { method: Method; path: (id: string) => string; id: keyof typeof ids; body?: unknown; who?: () => TestAccount }[] = [
  { method: 'GET', path: (id) => `/api/cases/${id}`, id: 'clue', who: () => reader },
  { method: 'POST', path: (id) => `/api/cases/${id}/file`, id: 'clue', body: { filedOn: '2026-03-10', caseNumber: 'X-1', officerIds: [MISSING, '00000000-0000-4000-8000-000000000001'] } },
  { method: 'POST', path: (id) => `/api/cases/${id}/not-file`, id: 'clue', body: { decidedOn: '2026-03-10', reason: '轻微' } },
  { method: 'POST', path: (id) => `/api/cases/${id}/steps`, id: 'notified', body: { step: 'investigated', on: '2026-04-01' } },
  { method: 'POST', path: (id) => `/api/cases/${id}/decision`, id: 'notified', body: decision() },
  { method: 'POST', path: (id) => `/api/cases/${id}/extension`, id: 'notified', body: { reason: '复杂' } },
  { method: 'POST', path: (id) => `/api/cases/${id}/transfers`, id: 'notified', body: { policeUnit: '县公安局', transferredOn: '2026-04-01', note: null } },
  { method: 'GET', path: (id) => `/api/case-transfers/${id}`, id: 'transfer', who: () => reader },
  { method: 'POST', path: (id) => `/api/case-transfers/${id}/progress`, id: 'transfer', body: { status: 'accepted', on: '2026-05-02' } },
  { method: 'PUT', path: (id) => `/api/case-transfers/${id}/counts`, id: 'transfer', body: { detainedCount: 1, arrestedCount: 0, prosecutedCount: 0, sentencedCount: 0, note: null } },
  { method: 'POST', path: (id) => `/api/credit-records/${id}/publish`, id: 'credit', body: { publishedOn: '2026-05-01' } },
  { method: 'POST', path: (id) => `/api/credit-records/${id}/repair`, id: 'credit', body: { repairedOn: '2026-05-01', note: '修复' } },
  { method: 'POST', path: (id) => `/api/serious-violations/${id}/publish`, id: 'listing', body: { publishedOn: '2026-05-07' } },
  { method: 'POST', path: (id) => `/api/serious-violations/${id}/remove`, id: 'listing', body: { removedOn: '2026-05-07', reason: 'annulled', note: '撤销' } },
]

describe('scope', () => {
  it.each(ENDPOINTS.map((e) => [`${e.method} ${e.path(':id')}`, e] as const))('%s: another township\'s record answers like a missing one', async (_name, e) => {
    const who = e.who?.() ?? stranger
    const missing = await call(who, e.method, e.path(MISSING), e.body)
    const outside = await call(who, e.method, e.path(ids[e.id]), e.body)
    expect(missing.statusCode).toBe(404)
    expect(outside.statusCode).toBe(404)
    expect(outside.json()).toEqual(missing.json())
  })

  it('lists, figures and the listing form see nothing of another township', async () => {
    expect((await t.as(reader).get('/api/cases')).json().total).toBe(0)
    expect((await t.as(reader).get('/api/case-transfers')).json().total).toBe(0)
    expect((await t.as(reader).get('/api/credit-records')).json().total).toBe(0)
    expect((await t.as(reader).get('/api/serious-violations')).json().total).toBe(0)
    expect((await t.as(reader).get('/api/cases/figures?from=2026-01-01&to=2026-06-15')).json()).toMatchObject({ filed: 0, transfers: 0, blacklistCurrent: 0 })
    const listing = await t.as(stranger).post('/api/serious-violations', { caseId: ids.decided, reason: '吊销', decisionNumber: null, listedOn: '2026-05-06', heavyPenaltyConfirmed: true })
    expect(listing.statusCode).toBe(404)
    expect(listing.json().message).toBe('案件不存在')
  })

  it('a reader without cases.manage cannot write', async () => {
    const res = await t.as(reader).post('/api/cases', clueInput({ partyName: '某', partyKind: 'individual', regionCode: reader.regionCode }))
    expect(res.statusCode).toBe(403)
  })
})

describe('bad input', () => {
  const counts = () => Promise.all(TABLES.map((table) => t.count(table)))
  const cases: { name: string; method: Method; url: () => string; body?: unknown; field: string }[] = [
    { name: 'clue without a cause', method: 'POST', url: () => '/api/cases', body: clueInput({ cause: '' }), field: '案由' },
    { name: 'clue with an unknown source', method: 'POST', url: () => '/api/cases', body: clueInput({ source: 'rumour' }), field: '案件来源' },
    { name: 'clue with a bad date', method: 'POST', url: () => '/api/cases', body: clueInput({ clueReceivedOn: '2026-02-30' }), field: '线索受理日期' },
    { name: 'clue in the future', method: 'POST', url: () => '/api/cases', body: clueInput({ partyName: '某', partyKind: 'individual', regionCode: '411721000000', clueReceivedOn: '2026-06-16' }), field: '线索受理日期' },
    { name: 'filing with one officer', method: 'POST', url: () => `/api/cases/${ids.clue}/file`, body: { filedOn: '2026-03-10', caseNumber: caseNumber(), officerIds: [MISSING] }, field: '办案人员' },
    { name: 'filing without a number', method: 'POST', url: () => `/api/cases/${ids.clue}/file`, body: { filedOn: '2026-03-10', caseNumber: '', officerIds: homeOfficers }, field: '立案号' },
    { name: 'declining without a reason', method: 'POST', url: () => `/api/cases/${ids.clue}/not-file`, body: { decidedOn: '2026-03-10', reason: '' }, field: '不予立案理由' },
    { name: 'an unknown step', method: 'POST', url: () => `/api/cases/${ids.notified}/steps`, body: { step: 'decided', on: '2026-04-01' }, field: '办案环节' },
    { name: 'a negative fine', method: 'POST', url: () => `/api/cases/${ids.notified}/decision`, body: decision({ penalties: [penalty({ amount: '-5' })] }), field: '处罚金额（元）' },
    { name: 'a decision without penalties', method: 'POST', url: () => `/api/cases/${ids.notified}/decision`, body: decision({ penalties: [] }), field: '处罚内容' },
    { name: 'an extension without a reason', method: 'POST', url: () => `/api/cases/${ids.notified}/extension`, body: { reason: '' }, field: '延期理由' },
    { name: 'a transfer without a police unit', method: 'POST', url: () => `/api/cases/${ids.notified}/transfers`, body: { policeUnit: '', transferredOn: '2026-04-01', note: null }, field: '移送公安机关' },
    { name: 'an unknown police result', method: 'POST', url: () => `/api/case-transfers/${ids.transfer}/progress`, body: { status: 'sentenced', on: '2026-05-02' }, field: '办理结果' },
    { name: 'a negative count', method: 'PUT', url: () => `/api/case-transfers/${ids.transfer}/counts`, body: { detainedCount: -1, arrestedCount: 0, prosecutedCount: 0, sentencedCount: 0, note: null }, field: '刑事拘留人数' },
    { name: 'a fractional count', method: 'PUT', url: () => `/api/case-transfers/${ids.transfer}/counts`, body: { detainedCount: 1, arrestedCount: 0.5, prosecutedCount: 0, sentencedCount: 0, note: null }, field: '逮捕人数' },
    { name: 'publishing without a date', method: 'POST', url: () => `/api/credit-records/${ids.credit}/publish`, body: {}, field: '公示日期' },
    { name: 'repair without a note', method: 'POST', url: () => `/api/credit-records/${ids.credit}/repair`, body: { repairedOn: '2027-06-01', note: '' }, field: '修复说明' },
    { name: 'listing without a reason', method: 'POST', url: () => '/api/serious-violations', body: { caseId: ids.decided, reason: '', decisionNumber: null, listedOn: '2026-05-06', heavyPenaltyConfirmed: true }, field: '列入事由' },
    { name: 'listing a bad case id', method: 'POST', url: () => '/api/serious-violations', body: { caseId: 'abc', reason: '吊销', decisionNumber: null, listedOn: '2026-05-06', heavyPenaltyConfirmed: true }, field: '案件' },
    { name: 'publishing a listing with a bad date', method: 'POST', url: () => `/api/serious-violations/${ids.listing}/publish`, body: { publishedOn: '2026/05/07' }, field: '公示日期' },
    { name: 'removal for an unknown reason', method: 'POST', url: () => `/api/serious-violations/${ids.listing}/remove`, body: { removedOn: '2026-05-07', reason: 'expired', note: '期满' }, field: '移出原因' },
    { name: 'a list with a bad status', method: 'GET', url: () => '/api/cases?status=done', field: '案件状态' },
    { name: 'a transfer list with a bad year', method: 'GET', url: () => '/api/case-transfers?year=1999', field: '年度' },
    { name: 'a listing list with a bad state', method: 'GET', url: () => '/api/serious-violations?state=gone', field: '名单状态' },
    { name: 'a credit list with a bad entity', method: 'GET', url: () => '/api/credit-records?entityId=x', field: '经营主体' },
    { name: 'figures without a start', method: 'GET', url: () => '/api/cases/figures?to=2026-06-15', field: '开始日期' },
    { name: 'figures ending before they start', method: 'GET', url: () => '/api/cases/figures?from=2026-06-15&to=2026-01-01', field: '结束日期' },
    { name: 'a path id that is not a uuid', method: 'GET', url: () => '/api/cases/not-an-id', field: '编号' },
    { name: 'the public page with a huge page size', method: 'GET', url: () => '/api/public/blacklist?pageSize=100000', field: '每页条数' },
  ]
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await counts()
    // the owner of the records would pass scope: use an account that sees them (the county office)
    const res = await call(await county(), c.method, c.url(), c.body)
    expect(res.statusCode, res.body).toBe(400)
    expect(res.json().message).toContain(c.field)
    expect(await counts()).toEqual(before)
  })
})

let office: TestAccount | undefined
async function county() {
  office ??= await makeAccount(t, { role: 'office' })
  return office
}
