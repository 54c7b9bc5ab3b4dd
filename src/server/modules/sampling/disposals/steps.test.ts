import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SignedInContext } from '../../../platform/context'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { openCaseFromSource } from '../../cases/service/cases'
import { makeEntity } from '../../entities/factory'
import { contextOf, failedSample, insertSample } from './factory'

const TODAY = '2026-12-01'
let t: TestApp
beforeAll(async () => { t = await startTestApp({ config: { now: () => new Date(`${TODAY}T10:00:00+08:00`) } }) })
afterAll(async () => { await t?.close() })

interface Setup { town: TestTownship; inspector: TestAccount; ctx: SignedInContext; entity: { id: string; name: string } }
async function setup(): Promise<Setup> {
  const town = await makeTownship(t)
  const inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  const entity = await makeEntity(t, inspector, town.villageCodes[0])
  return { town, inspector, ctx: contextOf(t, inspector), entity }
}
const open = (s: Setup, reportReceivedOn: string) => failedSample(t, s.ctx, { entityId: s.entity.id, regionCode: s.town.villageCodes[0], reportReceivedOn })
const step = (s: Setup, id: string, path: string, body: unknown) => t.as(s.inspector).post(`/api/disposals/${id}/${path}`, body)
const detail = async (s: Setup, id: string) => (await t.as(s.inspector).get(`/api/disposals/${id}`)).json()
const full = { controlledOn: '2026-10-09', measures: ['removed', 'sealed'], quantity: '35 kg' }

describe('a failed report received before 国庆 2026', () => {
  it('opens the file with due dates in working days across the holiday, and the rules behind them', async () => {
    const s = await setup()
    const { disposalId, sample } = await open(s, '2026-09-28')
    const d = await detail(s, disposalId)
    // 5 working days from Mon 09-28: 09-29, 09-30, (10-01…10-08 国庆), 10-09, Sat 10-10 (调休上班)
    expect(d).toMatchObject({ openedOn: '2026-09-28', notifyDueOn: '2026-10-10', closeDueOn: '2026-12-27', status: 'overdue', sampleNumber: sample.sampleNumber, entityName: s.entity.name })
    expect(d.overdueSteps.map((x: { step: string }) => x.step)).toEqual(['notify', 'start'])
    expect(d.failedItems).toEqual([{ itemName: '腐霉利', value: '0.52', unit: 'mg/kg', limit: '≤ 0.2 mg/kg', standard: 'GB 2763-2021' }])
    const notify = d.steps.find((x: { step: string }) => x.step === 'notify')
    expect(notify).toMatchObject({ dueOn: '2026-10-10', doneOn: null, overdue: true, rule: { code: 'notify_business', unconfirmed: true } })
    expect(notify.rule.source).toContain('第二十九条')
    expect(d.steps.find((x: { step: string }) => x.step === 'retest_request').rule.unconfirmed).toBe(false)
    expect(d.closeBlockers).toContain('尚未记录送达检验结论')
    expect((await t.auditFor(disposalId)).map((a) => a.action)).toEqual(['disposal.open'])
  })

  it('counts the 7-working-day 复检 window from the notice and refuses a late application', async () => {
    const s = await setup()
    const { disposalId } = await open(s, '2026-09-28')
    expect((await step(s, disposalId, 'retest-request', { requestedOn: '2026-10-12' })).json().message).toBe('复检申请：须先记录送达检验结论')
    const res = await step(s, disposalId, 'notify', { notifiedOn: '2026-10-09' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ notifiedOn: '2026-10-09', retestDueOn: '2026-10-19', startedOn: '2026-10-09', status: 'open', overdueSteps: [] })
    const late = await step(s, disposalId, 'retest-request', { requestedOn: '2026-10-20' })
    expect(late.statusCode).toBe(400)
    expect(late.json().message).toBe('复检申请：已超过 7 个工作日的申请期限（截止 2026-10-19）')
    expect((await step(s, disposalId, 'retest-request', { requestedOn: '2026-10-08' })).json().message).toBe('复检申请日期：不得早于送达日期（2026-10-09）')
    expect((await step(s, disposalId, 'retest-request', { requestedOn: '2026-10-19' })).json().retestRequestedOn).toBe('2026-10-19')
    const audit = await t.auditFor(disposalId)
    expect(audit.map((a) => a.action)).toEqual(['disposal.open', 'disposal.step', 'disposal.step'])
    expect(audit[1]).toMatchObject({ actorId: s.inspector.id, before: { step: 'notify', notifiedOn: null, retestDueOn: null }, after: { step: 'notify', notifiedOn: '2026-10-09', retestDueOn: '2026-10-19' } })
  })
})

describe('step rules', () => {
  it('refuses a date in the future or before the report, names the field, and changes nothing', async () => {
    const s = await setup()
    const { disposalId } = await open(s, '2026-11-02')
    const future = await step(s, disposalId, 'notify', { notifiedOn: '2026-12-02' })
    expect(future.statusCode).toBe(400)
    expect(future.json().message).toBe('送达日期：不得晚于今天（2026-12-01）')
    expect((await step(s, disposalId, 'control', { ...full, controlledOn: '2026-11-01' })).json().message).toBe('控制日期：不得早于收到不合格检验报告之日（2026-11-02）')
    expect((await step(s, disposalId, 'cause', { cause: '进货把关不严', foundOn: '2026-10-30' })).json().message).toContain('查明日期')
    expect((await step(s, disposalId, 'notify', { notifiedOn: '2026-13-01' })).json().message).toContain('送达日期')
    expect((await detail(s, disposalId)).notifiedOn).toBeNull()
    expect((await t.auditFor(disposalId)).length).toBe(1)
  })

  it('takes control measures only from 下架/召回/封存, at least one', async () => {
    const s = await setup()
    const { disposalId } = await open(s, '2026-11-02')
    for (const measures of [[], ['burned'], ['removed', 'removed']]) {
      const res = await step(s, disposalId, 'control', { ...full, controlledOn: '2026-11-03', measures })
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toContain('控制措施')
    }
    expect((await step(s, disposalId, 'control', { ...full, controlledOn: '2026-11-03', quantity: '' })).json().message).toContain('控制数量')
    const ok = await step(s, disposalId, 'control', { ...full, controlledOn: '2026-11-03', measures: ['recalled'] })
    expect(ok.json()).toMatchObject({ controlMeasures: ['recalled'], controlledOn: '2026-11-03', controlledQuantity: '35 kg', startedOn: '2026-11-03' })
    expect(ok.json().steps.find((x: { step: string }) => x.step === 'control').detail).toBe('召回，数量 35 kg')
  })

  it('records 复检 once; its result only after an application; a notice only once', async () => {
    const s = await setup()
    const { disposalId } = await open(s, '2026-11-02')
    expect((await step(s, disposalId, 'retest-result', { verdict: 'pass', resultOn: '2026-11-05' })).json().message).toBe('复检结论：须先记录复检申请')
    await step(s, disposalId, 'notify', { notifiedOn: '2026-11-03' })
    expect((await step(s, disposalId, 'notify', { notifiedOn: '2026-11-04' })).statusCode).toBe(409)
    await step(s, disposalId, 'retest-request', { requestedOn: '2026-11-05' })
    expect((await step(s, disposalId, 'retest-result', { verdict: 'maybe', resultOn: '2026-11-05' })).json().message).toContain('复检结论')
    expect((await step(s, disposalId, 'retest-result', { verdict: 'fail', resultOn: '2026-11-05' })).json().retestVerdict).toBe('fail')
    expect((await step(s, disposalId, 'retest-result', { verdict: 'pass', resultOn: '2026-11-05' })).statusCode).toBe(409)
  })

  it('closes only when notified, controlled, cause and rectification recorded; not before the last step; then nothing changes', async () => {
    const s = await setup()
    const { disposalId } = await open(s, '2026-11-02')
    const early = await step(s, disposalId, 'close', { closedOn: '2026-11-20', note: null })
    expect(early.statusCode).toBe(400)
    expect(early.json().message).toBe('办结：尚未记录送达检验结论；尚未记录风险控制措施（下架、召回或封存）；尚未记录不合格原因排查；尚未记录整改情况')
    await step(s, disposalId, 'notify', { notifiedOn: '2026-11-03' })
    await step(s, disposalId, 'control', { ...full, controlledOn: '2026-11-03' })
    await step(s, disposalId, 'cause', { cause: '供货商未提供检验报告，进货查验不严', foundOn: '2026-11-10' })
    expect((await step(s, disposalId, 'close', { closedOn: '2026-11-20', note: null })).json().message).toBe('办结：尚未记录整改情况')
    await step(s, disposalId, 'rectification', { rectification: '更换供货商，建立进货查验台账', rectifiedOn: '2026-11-18' })
    expect((await step(s, disposalId, 'close', { closedOn: '2026-11-17', note: null })).json().message).toBe('办结日期：不得早于已记录环节的最晚日期（2026-11-18）')
    const closed = await step(s, disposalId, 'close', { closedOn: '2026-11-20', note: '已按要求处置' })
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-11-20', outcome: 'disposed', closeBlockers: [], overdueSteps: [] })
    const after = await step(s, disposalId, 'cause', { cause: '改一下', foundOn: '2026-11-21' })
    expect(after.statusCode).toBe(409)
    expect(after.json().message).toBe('该核查处置已于 2026-11-20 办结，不能再修改')
    expect((await t.auditFor(disposalId)).map((a) => a.action).at(-1)).toBe('disposal.close')
  })

  it('closes a file whose 复检 passed with the notice alone, as 复检合格', async () => {
    const s = await setup()
    const { disposalId } = await open(s, '2026-11-02')
    await step(s, disposalId, 'notify', { notifiedOn: '2026-11-03' })
    await step(s, disposalId, 'retest-request', { requestedOn: '2026-11-04' })
    expect((await step(s, disposalId, 'close', { closedOn: '2026-11-20', note: null })).json().message).toMatch(/^办结：复检结论尚未记录；/)
    await step(s, disposalId, 'retest-result', { verdict: 'pass', resultOn: '2026-11-05' })
    const res = await step(s, disposalId, 'close', { closedOn: '2026-11-25', note: null })
    expect(res.json()).toMatchObject({ outcome: 'retest_passed', status: 'closed' })
  })

  it('extends the close date once, by 1–90 days with a reason', async () => {
    const s = await setup()
    const { disposalId } = await open(s, '2026-09-28')
    for (const days of [0, 91]) expect((await step(s, disposalId, 'extension', { days, reason: '需跨省协查' })).json().message).toContain('延长天数')
    expect((await step(s, disposalId, 'extension', { days: 30, reason: '' })).json().message).toContain('延期理由')
    const res = await step(s, disposalId, 'extension', { days: 30, reason: '需跨省协查生产者' })
    expect(res.json()).toMatchObject({ closeDueOn: '2027-01-26', extensionDays: 30 })
    expect(res.json().steps.find((x: { step: string }) => x.step === 'extension').detail).toBe('延长 30 日：需跨省协查生产者')
    expect((await step(s, disposalId, 'extension', { days: 10, reason: '再延' })).statusCode).toBe(409)
    const audit = (await t.auditFor(disposalId)).find((a) => a.action === 'disposal.extend')
    expect(audit).toMatchObject({ before: { closeDueOn: '2026-12-27', extensionDays: 0 }, after: { closeDueOn: '2027-01-26', extensionDays: 30 } })
  })

  it('opens a case clue from the sample in the same transaction, or links a case of the same business', async () => {
    const s = await setup()
    const { disposalId, sample } = await open(s, '2026-11-02')
    expect((await step(s, disposalId, 'case', { caseId: null, clueReceivedOn: null, cause: null, officerIds: [] })).json().message).toBe('移送立案日期：新建案件线索时须填写')
    // The form offers the county's officers; a new clue needs two of them.
    const partner = await makeAccount(t, { role: 'inspector', regionCode: s.town.code })
    const offered = (await t.as(s.inspector).get('/api/disposals/officers')).json().map((o: { id: string }) => o.id)
    expect(offered).toEqual(expect.arrayContaining([s.inspector.id, partner.id]))
    const clue = (officerIds: string[]) => step(s, disposalId, 'case', { caseId: null, clueReceivedOn: '2026-11-05', cause: null, officerIds })
    for (const officerIds of [[], [s.inspector.id]]) {
      const refused = await clue(officerIds)
      expect(refused.statusCode).toBe(400)
      expect(refused.json().message).toBe('办案人员：新建案件线索时须选择至少两名办案人员')
    }
    const notOfficer = await makeAccount(t, { role: 'township', regionCode: s.town.code })
    expect((await clue([s.inspector.id, notOfficer.id])).json().message).toBe('办案人员：须为本县在岗的执法人员账号')
    const res = await clue([s.inspector.id, partner.id])
    expect(res.statusCode).toBe(200)
    const caseId = res.json().caseId
    const kase = (await t.as(s.inspector).get(`/api/cases/${caseId}`)).json()
    expect(kase).toMatchObject({ source: 'sampling', sourceRef: sample.id, entityId: s.entity.id, status: 'clue', clueReceivedOn: '2026-11-05' })
    expect(kase.officers.map((o: { id: string }) => o.id).sort()).toEqual([s.inspector.id, partner.id].sort())
    expect(kase.cause).toContain('抽检不合格：韭菜')
    expect((await step(s, disposalId, 'case', { caseId, clueReceivedOn: null, cause: null, officerIds: [] })).statusCode).toBe(409)

    // another file of the same business links that case; a case of another business is refused
    const second = await open(s, '2026-11-09')
    const other = await makeEntity(t, s.inspector, s.town.villageCodes[1])
    const otherCase = await t.db.transaction((tx) => openCaseFromSource(tx, s.ctx, {
      source: 'other', sourceRef: second.sample.id, entityId: other.id, regionCode: s.town.villageCodes[1], partyName: other.name, cause: '其他', clueReceivedOn: '2026-11-10', officerIds: [],
    }))
    expect((await step(s, second.disposalId, 'case', { caseId: otherCase, clueReceivedOn: null, cause: null, officerIds: [] })).json().message).toBe('已有案件：须为该经营主体的案件')
    expect((await step(s, second.disposalId, 'case', { caseId: '00000000-0000-4000-8000-000000000000', clueReceivedOn: null, cause: null, officerIds: [] })).json().message).toBe('已有案件：不存在或不在管辖范围内')
    expect((await step(s, second.disposalId, 'case', { caseId, clueReceivedOn: null, cause: null, officerIds: [] })).json().caseId).toBe(caseId)
  })

  it('links a follow-up sample of the same business taken after the file opened', async () => {
    const s = await setup()
    const { disposalId, sample } = await open(s, '2026-11-02')
    const other = await makeEntity(t, s.inspector, s.town.villageCodes[1])
    const foreign = await insertSample(t, { entityId: other.id, regionCode: s.town.villageCodes[1], sampledOn: '2026-11-20' })
    const before = await insertSample(t, { entityId: s.entity.id, regionCode: s.town.villageCodes[0], sampledOn: '2026-10-30' })
    const good = await insertSample(t, { entityId: s.entity.id, regionCode: s.town.villageCodes[0], sampledOn: '2026-11-20', reportReceivedOn: '2026-11-27', verdict: 'pass' })
    expect((await step(s, disposalId, 'follow-up', { sampleId: foreign.id })).json().message).toBe('跟踪抽检样品：须为该经营主体的抽样记录')
    expect((await step(s, disposalId, 'follow-up', { sampleId: before.id })).json().message).toBe('跟踪抽检样品：须为核查处置启动（2026-11-02）之后抽取的样品')
    expect((await step(s, disposalId, 'follow-up', { sampleId: sample.id })).statusCode).toBe(400)
    const res = await step(s, disposalId, 'follow-up', { sampleId: good.id })
    expect(res.json().followUpSample).toMatchObject({ id: good.id, sampledOn: '2026-11-20', verdict: 'pass' })
  })
})

describe('access', () => {
  it('answers a file outside the caller\'s township exactly like a missing one, and needs sampling.record to write', async () => {
    const s = await setup()
    const { disposalId } = await open(s, '2026-11-02')
    const stranger = await makeAccount(t, { role: 'inspector', regionCode: (await makeTownship(t)).code })
    const foreign = await t.as(stranger).get(`/api/disposals/${disposalId}`)
    const missing = await t.as(stranger).get('/api/disposals/00000000-0000-4000-8000-000000000000')
    expect(foreign.statusCode).toBe(404)
    expect(foreign.json()).toEqual(missing.json())
    expect(foreign.json().message).toBe('核查处置不存在')
    expect((await t.as(stranger).post(`/api/disposals/${disposalId}/notify`, { notifiedOn: '2026-11-03' })).statusCode).toBe(404)
    expect((await t.as(stranger).get('/api/disposals')).json().items.map((i: { id: string }) => i.id)).not.toContain(disposalId)
    const leader = await makeAccount(t, { role: 'leader', regionCode: s.town.code })
    expect((await t.as(leader).get(`/api/disposals/${disposalId}`)).statusCode).toBe(200)
    expect((await t.as(leader).post(`/api/disposals/${disposalId}/notify`, { notifiedOn: '2026-11-03' })).statusCode).toBe(403)
    expect((await t.as(s.inspector).get('/api/disposals/not-a-uuid')).statusCode).toBe(400)
    expect((await detail(s, disposalId)).notifiedOn).toBeNull()
  })
  it('answers every step endpoint for another township\'s file exactly like a missing one, and changes nothing', async () => {
    const s = await setup()
    const { disposalId } = await open(s, '2026-11-02')
    const before = await detail(s, disposalId)
    const stranger = await makeAccount(t, { role: 'inspector', regionCode: (await makeTownship(t)).code })
    const bodies: Record<string, unknown> = {
      notify: { notifiedOn: '2026-11-03' }, 'retest-request': { requestedOn: '2026-11-04' }, 'retest-result': { verdict: 'pass', resultOn: '2026-11-05' }, control: { ...full, controlledOn: '2026-11-03' },
      cause: { cause: '越界', foundOn: '2026-11-03' }, rectification: { rectification: '越界', rectifiedOn: '2026-11-03' },
      case: { caseId: null, clueReceivedOn: '2026-11-03', cause: null, officerIds: [] }, 'follow-up': { sampleId: '00000000-0000-4000-8000-000000000001' },
      extension: { days: 10, reason: '越界' }, close: { closedOn: '2026-11-20', note: null },
    }
    for (const [path, body] of Object.entries(bodies)) {
      const foreign = await t.as(stranger).post(`/api/disposals/${disposalId}/${path}`, body)
      const missing = await t.as(stranger).post(`/api/disposals/00000000-0000-4000-8000-000000000000/${path}`, body)
      expect([path, foreign.statusCode, foreign.json()]).toEqual([path, 404, missing.json()])
    }
    expect(await detail(s, disposalId)).toEqual(before)
    expect((await t.auditFor(disposalId)).length).toBe(1)
  })
})
