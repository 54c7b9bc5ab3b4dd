import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseDetailDto, CreditRecordDto, PublicBlacklistDto, SeriousViolationDto, TransferDto } from '../../../shared/cases'
import type { TestAccount, TestTownship } from '../../platform/testing/factories'
import type { TestApp } from '../../platform/testing/test-app'
import { makeEntity, validUscc } from '../entities/factory'
import { makeCase, penalty, startCasesFixture } from './factory'

/** 行刑衔接, credit records, the serious-violation list and its public page, through HTTP. */

let t: TestApp
let town: TestTownship
let inspector: TestAccount
let officers: string[]
const TODAY = '2026-06-15'

beforeAll(async () => { ({ t, town, inspector, officers } = await startCasesFixture(TODAY)) })
afterAll(async () => { await t.close() })

const api = () => t.as(inspector)

describe('行刑衔接', () => {
  it('transfers a filed case, follows the police to 刑事立案 with the people counts, and shows it on the case', async () => {
    const c = await makeCase(t, inspector, officers, { stage: 'filed' })
    const res = await api().post(`/api/cases/${c.id}/transfers`, { policeUnit: '西平县公安局食药环侦大队', transferredOn: '2026-03-20', note: null })
    expect(res.statusCode).toBe(201)
    const tr = res.json() as TransferDto
    // the police decide 立案 within 10 days (食药监稽〔2015〕271号)
    expect(tr).toMatchObject({ status: 'transferred', decisionDueOn: '2026-03-30', overdue: true })
    expect((await api().post(`/api/cases/${c.id}/transfers`, { policeUnit: '别处', transferredOn: '2026-03-21', note: null })).statusCode).toBe(409)
    const filedTooEarly = await api().post(`/api/case-transfers/${tr.id}/progress`, { status: 'filed', on: '2026-03-25' })
    expect(filedTooEarly.json().message).toBe('办理结果：当前为“已移送”，不能记为“已刑事立案”（须先受理）')
    expect((await api().post(`/api/case-transfers/${tr.id}/progress`, { status: 'accepted', on: '2026-03-19' })).json().message).toBe('已受理日期：不得早于移送日期（2026-03-20）')
    expect((await api().put(`/api/case-transfers/${tr.id}/counts`, { detainedCount: 1, arrestedCount: 0, prosecutedCount: 0, sentencedCount: 0, note: null })).json().message)
      .toBe('刑事拘留人数：公安机关刑事立案后才能填写涉案人数')
    await api().post(`/api/case-transfers/${tr.id}/progress`, { status: 'accepted', on: '2026-03-23' })
    const filed = await api().post(`/api/case-transfers/${tr.id}/progress`, { status: 'filed', on: '2026-03-27' })
    expect(filed.json()).toMatchObject({ status: 'filed', acceptedOn: '2026-03-23', decidedOn: '2026-03-27', overdue: false })
    expect((await api().put(`/api/case-transfers/${tr.id}/counts`, { detainedCount: 3, arrestedCount: 2, prosecutedCount: 1, sentencedCount: 2, note: null })).json().message)
      .toBe('判决人数：不能多于起诉人数')
    const counted = await api().put(`/api/case-transfers/${tr.id}/counts`, { detainedCount: 3, arrestedCount: 2, prosecutedCount: 2, sentencedCount: 1, note: '2 人已提起公诉' })
    expect(counted.json()).toMatchObject({ detainedCount: 3, arrestedCount: 2, prosecutedCount: 2, sentencedCount: 1 })
    const detail = (await api().get(`/api/cases/${c.id}`)).json() as CaseDetailDto
    expect(detail).toMatchObject({ transferred: true })
    expect(detail.transfers).toMatchObject([{ id: tr.id, policeUnit: '西平县公安局食药环侦大队', status: 'filed', detainedCount: 3 }])
    expect(detail.next).not.toContain('transfer')
    expect((await t.auditFor(tr.id)).map((a) => a.action)).toEqual(['transfer.create', 'transfer.update', 'transfer.update', 'transfer.update'])
    const ledger = (await api().get('/api/case-transfers?status=filed')).json()
    expect(ledger.items.map((i: TransferDto) => i.id)).toContain(tr.id)
  })

  it('does not transfer a clue, nor before 立案', async () => {
    const clue = await makeCase(t, inspector, officers, { stage: 'clue' })
    expect((await api().post(`/api/cases/${clue.id}/transfers`, { policeUnit: '县公安局', transferredOn: '2026-03-20', note: null })).json().message).toBe('移送公安：案件立案后才能移送')
    const c = await makeCase(t, inspector, officers, { stage: 'filed' })
    expect((await api().post(`/api/cases/${c.id}/transfers`, { policeUnit: '县公安局', transferredOn: '2026-03-09', note: null })).json().message).toBe('移送日期：不得早于立案日期（2026-03-10）')
    expect(await t.count('police_transfers', { case_id: c.id })).toBe(0)
  })
})

describe('credit records', () => {
  it('publishes a penalty record and repairs it only from a year after publication', async () => {
    const entity = await makeEntity(t, inspector, town.villageCodes[0])
    const c = await makeCase(t, inspector, officers, { entityId: entity.id, stage: 'decided', dates: { clue: '2025-03-03', filed: '2025-03-05', investigated: '2025-03-20', notified: '2025-03-25', decided: '2025-04-01' }, decision: { penalties: [penalty({ kind: 'suspension', amount: null })] } })
    const [record] = ((await api().get(`/api/cases/${c.id}`)).json() as CaseDetailDto).creditRecords
    expect(record).toMatchObject({ displayUntil: '2028-04-01', publishOverdue: true, showing: false })
    expect((await api().post(`/api/credit-records/${record.id}/publish`, { publishedOn: '2025-03-31' })).json().message).toBe('公示日期：不得早于处罚决定日期（2025-04-01）')
    const published = (await api().post(`/api/credit-records/${record.id}/publish`, { publishedOn: '2025-04-10' })).json() as CreditRecordDto
    expect(published).toMatchObject({ publishedOn: '2025-04-10', showing: true, repairEligibleOn: '2026-04-10', publishOverdue: false })
    const early = await api().post(`/api/credit-records/${record.id}/repair`, { repairedOn: '2026-04-09', note: '已履行处罚' })
    expect(early.json().message).toBe('信用修复日期：食品领域处罚信息公示满 1 年后方可修复（最早 2026-04-10）')
    const repaired = (await api().post(`/api/credit-records/${record.id}/repair`, { repairedOn: '2026-04-10', note: '已履行处罚，整改到位' })).json() as CreditRecordDto
    expect(repaired).toMatchObject({ repairedOn: '2026-04-10', showing: false })
    expect((await t.auditFor(record.id)).map((a) => a.action)).toEqual(['credit.publish', 'credit.repair'])
    expect((await api().get(`/api/credit-records?entityId=${entity.id}`)).json().items).toHaveLength(1)
  })
})

describe('严重违法失信名单', () => {
  async function revokedCase(name: string) {
    const entity = await makeEntity(t, inspector, town.villageCodes[1], { name, uscc: validUscc() })
    const c = await makeCase(t, inspector, officers, {
      entityId: entity.id, stage: 'decided',
      decision: { penalties: [penalty({ kind: 'fine', amount: '100000' }), penalty({ kind: 'licence_revoked', amount: null }), penalty({ kind: 'person_fine', amount: '8000', personName: '赵某某', personRole: 'legal_representative', personIdNumber: '41172119800101123X' })] },
    })
    return { entity, c }
  }
  const listing = (caseId: string, over: Record<string, unknown> = {}) => ({ caseId, reason: '生产经营添加非食用物质的食品，被吊销许可证', decisionNumber: null, listedOn: '2026-05-06', heavyPenaltyConfirmed: true, ...over })

  it('lists, publishes, shows on the public page without anyone personal, and removes early only after a year', async () => {
    const { entity, c } = await revokedCase(`黑名单测试食品厂${Date.now() % 100000}`)
    const res = await api().post('/api/serious-violations', listing(c.id))
    expect(res.statusCode).toBe(201)
    const sv = res.json() as SeriousViolationDto
    expect(sv).toMatchObject({ entityName: entity.name, uscc: entity.uscc, state: 'listed', repairEligibleOn: '2027-05-06', expiresOn: '2029-05-06', decisionNumber: c.caseNumber })
    const publicBefore = (await t.get('/api/public/blacklist?pageSize=200')).json() as PublicBlacklistDto
    expect(publicBefore.items.map((i) => i.entityName)).not.toContain(entity.name)
    expect((await api().post('/api/serious-violations', listing(c.id))).statusCode).toBe(409)
    const pub = await api().post(`/api/serious-violations/${sv.id}/publish`, { publishedOn: '2026-05-08' })
    expect(pub.json()).toMatchObject({ state: 'current', publishedOn: '2026-05-08' })
    const open = await t.get('/api/public/blacklist?pageSize=200')
    expect(open.statusCode).toBe(200)
    const entry = (open.json() as PublicBlacklistDto).items.find((i) => i.entityName === entity.name)
    expect(entry).toEqual({ entityName: entity.name, uscc: entity.uscc, reason: '生产经营添加非食用物质的食品，被吊销许可证', decisionNumber: c.caseNumber, listedOn: '2026-05-06', expiresOn: '2029-05-06' })
    expect(open.body).not.toContain('赵某某')
    expect(open.body).not.toContain('41172119800101123X')
    const early = await api().post(`/api/serious-violations/${sv.id}/remove`, { removedOn: '2026-06-01', reason: 'repaired', note: '申请信用修复' })
    expect(early.json().message).toBe('移出日期：列入满 1 年后方可申请信用修复提前移出（最早 2027-05-06）')
    const annulled = await api().post(`/api/serious-violations/${sv.id}/remove`, { removedOn: '2026-06-10', reason: 'annulled', note: '复议撤销原处罚决定' })
    expect(annulled.json()).toMatchObject({ state: 'removed', removalReason: 'annulled' })
    expect(((await t.get('/api/public/blacklist?pageSize=200')).json() as PublicBlacklistDto).items.map((i) => i.entityName)).not.toContain(entity.name)
    expect((await t.auditFor(sv.id)).map((a) => a.action)).toEqual(['serious_violation.list', 'serious_violation.publish', 'serious_violation.remove'])
    const detail = (await api().get(`/api/cases/${c.id}`)).json() as CaseDetailDto
    expect(detail.creditRecords.map((r) => r.kind)).toEqual(['penalty', 'serious_violation'])
  })

  it('refuses a case without a 较重 penalty, an undecided case, and an unconfirmed listing', async () => {
    const entity = await makeEntity(t, inspector, town.villageCodes[1])
    const warned = await makeCase(t, inspector, officers, { entityId: entity.id, stage: 'decided', decision: { penalties: [penalty({ kind: 'warning', amount: null })] } })
    expect((await api().post('/api/serious-violations', listing(warned.id))).json().message).toBe('案件：处罚内容中没有较重行政处罚（吊销许可证、责令停产停业或从重罚款）')
    const open = await makeCase(t, inspector, officers, { entityId: entity.id, stage: 'notified' })
    expect((await api().post('/api/serious-violations', listing(open.id))).json().message).toBe('案件：尚未作出处罚决定，不能列入严重违法失信名单')
    const { c } = await revokedCase(`未确认食品厂${Date.now() % 100000}`)
    const unconfirmed = await api().post('/api/serious-violations', listing(c.id, { heavyPenaltyConfirmed: false }))
    expect(unconfirmed.statusCode).toBe(400)
    expect(unconfirmed.json().message).toContain('确认属较重行政处罚')
    expect(await t.count('serious_violations', { case_id: c.id })).toBe(0)
  })

  it('drops an entry from the public page once it expires after 3 years', async () => {
    const { c } = await revokedCase(`期满食品厂${Date.now() % 100000}`)
    const sv = (await api().post('/api/serious-violations', listing(c.id, { listedOn: '2026-05-06' }))).json() as SeriousViolationDto
    await api().post(`/api/serious-violations/${sv.id}/publish`, { publishedOn: '2026-05-06' })
    const numbers = async () => ((await t.get('/api/public/blacklist?pageSize=200')).json() as PublicBlacklistDto).items.map((i) => i.decisionNumber)
    expect(await numbers()).toContain(c.caseNumber)
    const now = t.config.now
    try {
      t.config.now = () => new Date('2029-05-05T04:00:00Z') // the last day before expiresOn 2029-05-06
      expect(await numbers()).toContain(c.caseNumber)
      t.config.now = () => new Date('2029-05-06T04:00:00Z')
      expect(await numbers()).not.toContain(c.caseNumber)
      expect(((await api().get('/api/serious-violations?state=expired&pageSize=200')).json().items as SeriousViolationDto[]).map((i) => i.id)).toContain(sv.id)
    } finally { t.config.now = now }
  })
})
