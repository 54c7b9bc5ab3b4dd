import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseDetailDto, CaseListDto } from '../../../shared/cases'
import type { SignedInContext } from '../../platform/context'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import type { TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'
import { caseNumber, clueInput, decision, makeCase, penalty, startCasesFixture } from './factory'
import { casesForSources, openCaseFromInspection } from './service/cases'

/** Cases through HTTP: clue → 立案 → steps → 决定 → 结案, deadlines on the official calendar, overdue flags, list filters. */

let t: TestApp
let town: TestTownship
let inspector: TestAccount
let officers: string[]
const TODAY = '2026-06-15'

beforeAll(async () => { ({ t, town, inspector, officers } = await startCasesFixture(TODAY)) })
afterAll(async () => { await t.close() })

const get = async (id: string) => (await t.as(inspector).get(`/api/cases/${id}`)).json() as CaseDetailDto

describe('a case from clue to 结案', () => {
  it('takes a registered business through every dated step, with a fine and a person penalty, and audits each', async () => {
    const entity = await makeEntity(t, inspector, town.villageCodes[0], { uscc: null, name: '老王卤肉店' })
    const clue = await t.as(inspector).post('/api/cases', clueInput({ entityId: entity.id, partyName: '别的名字', clueReceivedOn: '2026-03-02' }))
    expect(clue.statusCode).toBe(201)
    const c = clue.json() as CaseDetailDto
    // the party comes from the register, whatever the form said; 15 working days from Mon 2026-03-02 (no holiday) is 03-23
    expect(c).toMatchObject({ partyName: '老王卤肉店', partyKind: 'individual', regionCode: town.villageCodes[0], status: 'clue', filingDueOn: '2026-03-23', next: ['file', 'not_file'] })
    const number = caseNumber()
    const filed = await t.as(inspector).post(`/api/cases/${c.id}/file`, { filedOn: '2026-03-10', caseNumber: number, officerIds: officers })
    expect(filed.json()).toMatchObject({ status: 'filed', caseNumber: number, decisionDueOn: '2026-06-08' }) // 03-10 + 90 days
    for (const [step, on] of [['investigated', '2026-04-01'], ['notified', '2026-04-10']]) {
      expect((await t.as(inspector).post(`/api/cases/${c.id}/steps`, { step, on })).statusCode).toBe(200)
    }
    const decided = await t.as(inspector).post(`/api/cases/${c.id}/decision`, decision({
      decidedOn: '2026-04-20',
      penalties: [penalty({ kind: 'warning', amount: null }), penalty({ kind: 'fine', amount: '20000' }), penalty({ kind: 'confiscate_income', amount: '350.5' }),
        penalty({ kind: 'person_fine', amount: '3000.00', personName: '王大富', personRole: 'principal' })],
    }))
    expect(decided.statusCode).toBe(200)
    for (const [step, on] of [['executed', '2026-05-06'], ['closed', '2026-05-12']]) {
      expect((await t.as(inspector).post(`/api/cases/${c.id}/steps`, { step, on })).statusCode).toBe(200)
    }
    const done = await get(c.id)
    expect(done.status).toBe('closed')
    expect(done.timeline.map((s) => [s.label, s.on])).toEqual([
      ['线索受理', '2026-03-02'], ['立案', '2026-03-10'], ['调查终结', '2026-04-01'], ['告知', '2026-04-10'], ['决定', '2026-04-20'], ['执行', '2026-05-06'], ['结案', '2026-05-12'],
    ])
    expect(done.penalties.map((p) => [p.kind, p.amount, p.personName])).toEqual([
      ['warning', null, null], ['fine', '20000.00', null], ['confiscate_income', '350.50', null], ['person_fine', '3000.00', '王大富'],
    ])
    expect(done.officers.map((o) => o.id)).toEqual(officers)
    // the business was fined: one credit record, due on the credit system 20 working days after the decision
    // (04-21..24, 04-27..30, 05-06..08, Sat 05-09 调休, 05-11..15, 05-18..20: 劳动节 05-01..05 skipped → 05-20), shown 3 years
    expect(done.creditRecords).toMatchObject([{ kind: 'penalty', recordedOn: '2026-04-20', publishDueOn: '2026-05-20', displayUntil: '2029-04-20', publishedOn: null }])
    expect(done.creditRecords[0].summary).toContain(`${number}：`)
    expect(done.creditRecords[0].summary).not.toContain('王大富')
    expect((await t.auditFor(c.id)).map((a) => a.action)).toEqual(['case.create', 'case.file', 'case.step', 'case.step', 'case.decide', 'case.step', 'case.close'])
  })

  it('names the step that is out of order or misdated, and changes nothing', async () => {
    const c = await makeCase(t, inspector, officers, { stage: 'filed' })
    const send = (step: string, on: string) => t.as(inspector).post(`/api/cases/${c.id}/steps`, { step, on })
    expect((await send('notified', '2026-04-10')).json().message).toBe('告知：应在“调查终结”之后、依次记录（当前环节：立案）')
    expect((await send('investigated', '2026-03-09')).json().message).toBe('调查终结日期：不得早于立案日期（2026-03-10）')
    expect((await send('investigated', '2026-06-16')).json().message).toBe('调查终结日期：不得晚于今天（2026-06-15）')
    const decide = await t.as(inspector).post(`/api/cases/${c.id}/decision`, decision())
    expect(decide.statusCode).toBe(400)
    expect(decide.json().message).toBe('决定：应在“告知”之后、依次记录（当前环节：立案）')
    expect((await get(c.id)).status).toBe('filed')
    expect(await t.count('case_penalties', { case_id: c.id })).toBe(0)
    expect((await t.auditFor(c.id)).map((a) => a.action)).toEqual(['case.create', 'case.file'])
    const clue = await makeCase(t, inspector, officers, { stage: 'clue' })
    expect((await t.as(inspector).post(`/api/cases/${clue.id}/steps`, { step: 'investigated', on: '2026-04-01' })).json().message).toBe('调查终结：案件尚未立案')
    expect((await t.as(inspector).post(`/api/cases/${clue.id}/file`, { filedOn: '2026-03-01', caseNumber: caseNumber(), officerIds: officers })).json().message)
      .toBe('立案日期：不得早于线索受理日期（2026-03-02）')
  })

  it('checks the penalties: amounts for fines, a person for 处罚到人, 5-year bans only with revocation', async () => {
    const c = await makeCase(t, inspector, officers, { stage: 'notified' })
    const decide = (penalties: ReturnType<typeof penalty>[]) => t.as(inspector).post(`/api/cases/${c.id}/decision`, decision({ penalties }))
    expect((await decide([penalty({ amount: null })])).json().message).toBe('处罚内容第 1 项（罚款）：须填写大于 0 的处罚金额（元）')
    expect((await decide([penalty(), penalty({ kind: 'person_fine', amount: '100' })])).json().message).toBe('处罚内容第 2 项（处罚到人（罚款））：须填写被处罚人姓名')
    expect((await decide([penalty({ kind: 'employment_ban', amount: null, personName: '李某', personRole: 'legal_representative', banYears: 5 })])).json().message)
      .toBe('处罚内容第 1 项（从业禁止）：5 年从业禁止须同一决定吊销许可证（食品安全法第一百三十五条）')
    const bad = await decide([penalty({ amount: '12.345' })])
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('处罚金额（元）')
    const ok = await decide([penalty({ kind: 'licence_revoked', amount: null }),
      penalty({ kind: 'employment_ban', amount: null, personName: '李某', personRole: 'legal_representative', banYears: 5 })])
    expect(ok.statusCode).toBe(200)
    expect((ok.json() as CaseDetailDto).penalties[1]).toMatchObject({ banYears: 5, banUntil: '2031-04-20' })
  })

  it('a lone warning writes no credit record; a lower fine shows for 3 months', async () => {
    const entity = await makeEntity(t, inspector, town.villageCodes[1])
    const warned = await makeCase(t, inspector, officers, { entityId: entity.id, stage: 'decided', decision: { penalties: [penalty({ kind: 'warning', amount: null })] } })
    expect((await get(warned.id)).creditRecords).toEqual([])
    const fined = await makeCase(t, inspector, officers, { entityId: entity.id, stage: 'decided', decision: { penalties: [penalty({ amount: '2000' })] } })
    expect((await get(fined.id)).creditRecords).toMatchObject([{ displayUntil: '2026-07-20' }])
  })

  it('declines a clue with a reason, and refuses to file it afterwards', async () => {
    const c = await makeCase(t, inspector, officers, { stage: 'clue' })
    const res = await t.as(inspector).post(`/api/cases/${c.id}/not-file`, { decidedOn: '2026-03-12', reason: '初次违法且危害后果轻微并及时改正' })
    expect(res.json()).toMatchObject({ status: 'not_filed', notFiledReason: '初次违法且危害后果轻微并及时改正', overdue: false })
    expect((res.json() as CaseDetailDto).timeline.map((s) => s.label)).toEqual(['线索受理', '不予立案'])
    const again = await t.as(inspector).post(`/api/cases/${c.id}/file`, { filedOn: '2026-03-13', caseNumber: caseNumber(), officerIds: officers })
    expect(again.json().message).toBe('立案：该案件当前为“不予立案”，只有线索可以立案')
    expect((await t.auditFor(c.id)).map((a) => a.action)).toEqual(['case.create', 'case.not_file'])
  })

  it('refuses a case number already used (409), and an unregistered party without a name or outside the area', async () => {
    const first = await makeCase(t, inspector, officers, { stage: 'filed' })
    const second = await makeCase(t, inspector, officers, { stage: 'clue' })
    const dup = await t.as(inspector).post(`/api/cases/${second.id}/file`, { filedOn: '2026-03-10', caseNumber: first.caseNumber, officerIds: officers })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().message).toBe(`立案号：${first.caseNumber} 已被其他案件使用`)
    expect((await get(second.id)).status).toBe('clue')
    expect((await t.as(inspector).post('/api/cases', clueInput())).json().message).toBe('当事人名称：未选择经营主体时须填写当事人名称')
    // A nullable field is named by its own title (platform/validation looks inside `T | null`).
    const badId = await t.as(inspector).post('/api/cases', clueInput({ entityId: 'not-an-id' }))
    expect(badId.statusCode).toBe(400)
    expect(badId.json().message).toContain('当事人（经营主体）（entityId）：')
    const other = await makeTownship(t)
    const outside = await t.as(inspector).post('/api/cases', clueInput({ partyName: '某人', partyKind: 'individual', regionCode: other.villageCodes[0] }))
    expect(outside.json().message).toBe('案发地：不在本账号管辖范围内，或区划代码不存在')
    const oneOfficer = await t.as(inspector).post(`/api/cases/${second.id}/file`, { filedOn: '2026-03-10', caseNumber: caseNumber(), officerIds: [officers[0]] })
    expect(oneOfficer.json().message).toContain('办案人员')
    const stranger = await t.as(inspector).post(`/api/cases/${second.id}/file`, { filedOn: '2026-03-10', caseNumber: caseNumber(), officerIds: [officers[0], '00000000-0000-4000-8000-000000000000'] })
    expect(stranger.json().message).toBe('办案人员：须为本县在岗的执法人员账号')
  })
})

describe('deadlines on the official calendar', () => {
  it('counts 15 working days across 国庆 (2025-10-01..08 off, 09-28 and 10-11 worked)', async () => {
    const c = await makeCase(t, inspector, officers, { stage: 'clue', dates: { clue: '2025-09-26' } })
    // working days after Fri 09-26: 09-28(Sun, 调休) 09-29 09-30 | 10-09 10-10 10-11(Sat, 调休) 10-13..17 10-20..23 → the 15th is 10-23
    expect((await get(c.id)).filingDueOn).toBe('2025-10-23')
  })

  it('moves a 90-day limit that ends on a holiday to the next working day', async () => {
    const c = await makeCase(t, inspector, officers, { stage: 'filed', dates: { clue: '2025-07-01', filed: '2025-07-03' } })
    // 2025-07-03 + 90 days = 2025-10-01 (国庆) → 2025-10-09
    expect((await get(c.id)).decisionDueOn).toBe('2025-10-09')
  })

  it('extends once by 30 days with a reason, audited; not twice, not after the limit passed', async () => {
    const c = await makeCase(t, inspector, officers, { stage: 'filed', dates: { clue: '2026-04-28', filed: '2026-05-01' } })
    expect((await get(c.id)).decisionDueOn).toBe('2026-07-30')
    const res = await t.as(inspector).post(`/api/cases/${c.id}/extension`, { reason: '案情复杂，需补充检验' })
    // 05-01 + 120 days = Sat 08-29 → Mon 08-31
    expect(res.json()).toMatchObject({ decisionDueOn: '2026-08-31', decisionExtendedDays: 30 })
    expect((await t.auditFor(c.id)).at(-1)).toMatchObject({ action: 'case.extend', before: { decisionDueOn: '2026-07-30' }, after: { decisionDueOn: '2026-08-31', reason: '案情复杂，需补充检验' } })
    expect((await t.as(inspector).post(`/api/cases/${c.id}/extension`, { reason: '再延' })).json().message).toBe('延长办案期限：本案已延期一次，不能再次延期')
    const late = await makeCase(t, inspector, officers, { stage: 'filed' }) // due 06-08, today 06-15
    expect((await t.as(inspector).post(`/api/cases/${late.id}/extension`, { reason: '补' })).json().message).toBe('延长办案期限：办案期限已于 2026-06-08 届满，不能再延期')
  })
})

describe('the list', () => {
  it('flags overdue clues and cases and filters by status, source, year, overdue and region', async () => {
    const home = await makeTownship(t)
    const office = await makeAccount(t, { role: 'inspector', regionCode: home.code })
    const crew = [office.id, (await makeAccount(t, { role: 'inspector', regionCode: home.code })).id]
    const overdueClue = await makeCase(t, office, crew, { stage: 'clue', regionCode: home.villageCodes[0] }) // due 03-23
    const freshClue = await makeCase(t, office, crew, { stage: 'clue', regionCode: home.villageCodes[1], dates: { clue: '2026-06-10' }, clue: { source: 'sampling' } })
    const overdueCase = await makeCase(t, office, crew, { stage: 'notified', regionCode: home.villageCodes[0] }) // due 06-08
    const closed = await makeCase(t, office, crew, { stage: 'closed', regionCode: home.villageCodes[1], dates: { clue: '2025-11-03', filed: '2025-11-05' } })
    const list = async (qs: string) => ((await t.as(office).get(`/api/cases?${qs}`)).json() as CaseListDto)
    const all = await list('')
    expect(all.total).toBe(4)
    expect(Object.fromEntries(all.items.map((i) => [i.id, i.overdue]))).toEqual({ [overdueClue.id]: true, [freshClue.id]: false, [overdueCase.id]: true, [closed.id]: false })
    expect((await list('overdue=true')).items.map((i) => i.id).sort()).toEqual([overdueClue.id, overdueCase.id].sort())
    expect((await list('source=sampling')).items.map((i) => i.id)).toEqual([freshClue.id])
    expect((await list('status=closed')).items.map((i) => i.id)).toEqual([closed.id])
    expect((await list('year=2025')).items.map((i) => i.id)).toEqual([closed.id])
    expect((await list(`region=${home.villageCodes[1]}`)).total).toBe(2)
    expect(await list('pageSize=1&page=2')).toMatchObject({ total: 4, page: 2, pageSize: 1 })
    const bad = await t.as(office).get('/api/cases?year=abc')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('年度')
  })
})

describe('for the inspections module', () => {
  it('opens a clue inside the caller\'s transaction with its audit row, and finds cases by source record', async () => {
    const entity = await makeEntity(t, inspector, town.villageCodes[2])
    const account = { id: inspector.id, username: inspector.username, displayName: '测试用户', role: 'inspector', regionCode: town.code, unitId: null, permissions: new Set<string>(), mustChangePassword: false, sessionTokenHash: '' }
    const ctx: SignedInContext = { db: t.db, config: t.config, account, ip: '127.0.0.1', userAgent: 'test' }
    const inspectionId = '11111111-2222-4333-8444-555555555555'
    const input = { inspectionId, entityId: entity.id, regionCode: town.villageCodes[2], partyName: entity.name, cause: '检查发现使用超范围食品添加剂', clueReceivedOn: '2026-06-01', officerIds: officers }
    // rolled back with the caller's transaction: nothing stays
    await expect(t.db.transaction(async (tx) => { await openCaseFromInspection(tx, ctx, input); throw new Error('inspection failed') })).rejects.toThrow('inspection failed')
    expect(await t.count('cases', { source_ref: inspectionId })).toBe(0)
    const id = await t.db.transaction((tx) => openCaseFromInspection(tx, ctx, input))
    expect(await get(id)).toMatchObject({ source: 'inspection', sourceRef: inspectionId, status: 'clue', entityId: entity.id, filingDueOn: '2026-06-23' }) // 端午 06-19 skipped
    expect((await t.auditFor(id)).map((a) => a.action)).toEqual(['case.create'])
    const found = await casesForSources(t.db, ctx, [inspectionId, '99999999-2222-4333-8444-555555555555'])
    expect([...found.entries()]).toEqual([[inspectionId, { id, status: 'clue' }]])
    const otherTown = await makeTownship(t)
    expect((await casesForSources(t.db, { ...ctx, account: { ...account, regionCode: otherTown.code } }, [inspectionId])).size).toBe(0)
  })
})
