import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { contextOf, failedSample } from './factory'

const TODAY = '2026-12-01'
let t: TestApp
beforeAll(async () => { t = await startTestApp({ config: { now: () => new Date(`${TODAY}T10:00:00+08:00`) } }) })
afterAll(async () => { await t?.close() })

async function setup() {
  const town = await makeTownship(t)
  const inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  const entity = await makeEntity(t, inspector, town.villageCodes[0], { name: `永丰蔬菜批发部${Math.random().toString(36).slice(2, 6)}` })
  const ctx = contextOf(t, inspector)
  const open = async (reportReceivedOn: string) => (await failedSample(t, ctx, { entityId: entity.id, regionCode: town.villageCodes[0], reportReceivedOn })).disposalId
  const step = async (id: string, path: string, body: unknown) => {
    const res = await t.as(inspector).post(`/api/disposals/${id}/${path}`, body)
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.body}`)
    return res.json()
  }
  /** Every step a close needs, each on `on`. */
  const dispose = async (id: string, on: string) => {
    await step(id, 'notify', { notifiedOn: on })
    await step(id, 'control', { measures: ['removed'], controlledOn: on, quantity: '10 kg' })
    await step(id, 'cause', { cause: '进货查验不严', foundOn: on })
    await step(id, 'rectification', { rectification: '建立进货查验记录', rectifiedOn: on })
  }
  return { town, inspector, entity, open, step, dispose }
}
const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((i) => i.id).sort()

describe('the list', () => {
  it('shows open, closed and overdue files with which step is late, and filters by status, year and words', async () => {
    const s = await setup()
    const pastClose = await s.open('2026-09-01') // close due 11-30: late by today
    await s.step(pastClose, 'notify', { notifiedOn: '2026-09-02' })
    const notNotified = await s.open('2026-11-20') // notify/start due 11-27: late
    const fresh = await s.open('2026-11-30') // due 12-07: on time
    const closed = await s.open('2026-10-12')
    await s.dispose(closed, '2026-10-13')
    await s.step(closed, 'close', { closedOn: '2026-10-20', note: null })
    const last = await s.open('2025-12-15')
    await s.dispose(last, '2025-12-16')
    await s.step(last, 'close', { closedOn: '2026-01-05', note: null })

    const list = (qs: string) => t.as(s.inspector).get(`/api/disposals?region=${s.town.code}&${qs}`)
    const all = (await list('')).json()
    expect(all.total).toBe(5)
    const byId = new Map(all.items.map((i: { id: string }) => [i.id, i]))
    expect(byId.get(pastClose)).toMatchObject({ status: 'overdue', closeDueOn: '2026-11-30', overdueSteps: [{ step: 'close', label: '办结', dueOn: '2026-11-30' }] })
    expect(byId.get(notNotified)).toMatchObject({ status: 'overdue', notifyDueOn: '2026-11-27', startedOn: null })
    expect((byId.get(notNotified) as { overdueSteps: { step: string }[] }).overdueSteps.map((x) => x.step)).toEqual(['notify', 'start'])
    expect(byId.get(fresh)).toMatchObject({ status: 'open', notifyDueOn: '2026-12-07', overdueSteps: [] })
    expect(byId.get(closed)).toMatchObject({ status: 'closed', closedOn: '2026-10-20', outcome: 'disposed' })

    expect(ids(await list('status=overdue'))).toEqual([pastClose, notNotified].sort())
    expect(ids(await list('status=open'))).toEqual([pastClose, notNotified, fresh].sort())
    expect(ids(await list('status=closed'))).toEqual([closed, last].sort())
    expect(ids(await list('year=2025'))).toEqual([last])
    expect((await list(`q=${encodeURIComponent(s.entity.name)}`)).json().total).toBe(5)
    const numbered = all.items.find((i: { id: string }) => i.id === fresh).sampleNumber
    expect(ids(await list(`q=${numbered}`))).toEqual([fresh])
    expect((await list('q=不存在的东西')).json().total).toBe(0)
    expect((await list('pageSize=2&page=3')).json()).toMatchObject({ total: 5, items: [expect.anything()] })
    const bad = await list('status=late')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('处置状态')
    expect((await list('year=abc')).json().message).toContain('年度')
  })
})

describe('the rates', () => {
  it('computes 核查处置率, 处置完成率 and 按时完成率 for a known set, without 复检合格 samples, and a late close lowers the on-time rate', async () => {
    const s = await setup()
    const onTime = await s.open('2026-03-02') // close due 05-31
    await s.dispose(onTime, '2026-03-05')
    await s.step(onTime, 'close', { closedOn: '2026-05-20', note: null })
    const extended = await s.open('2026-03-04') // close due 06-02, extended 30 days → 07-02: a close on 06-20 is on time
    await s.dispose(extended, '2026-03-06')
    await s.step(extended, 'extension', { days: 30, reason: '跨省协查' })
    await s.step(extended, 'close', { closedOn: '2026-06-20', note: null })
    const willBeLate = await s.open('2026-03-10') // close due 06-08
    await s.dispose(willBeLate, '2026-03-12')
    const notifiedOnly = await s.open('2026-04-01') // started, open, past its close date 06-30
    await s.step(notifiedOnly, 'notify', { notifiedOn: '2026-04-02' })
    await s.open('2026-05-01') // nothing recorded: not started, overdue
    const retestPassed = await s.open('2026-05-05')
    await s.step(retestPassed, 'notify', { notifiedOn: '2026-05-06' })
    await s.step(retestPassed, 'retest-request', { requestedOn: '2026-05-07' })
    await s.step(retestPassed, 'retest-result', { verdict: 'pass', resultOn: '2026-05-20' })
    await s.step(retestPassed, 'close', { closedOn: '2026-05-25', note: null })
    const lastYear = await s.open('2025-12-01') // outside the period
    await s.dispose(lastYear, '2025-12-02')

    const rates = async (who: TestAccount = s.inspector, town: TestTownship = s.town) =>
      (await t.as(who).get(`/api/disposals/rates?region=${town.code}&from=2026-01-01&to=2026-12-01`)).json()
    // failed 5 (6 in the period − 1 复检合格); started 4; closed 2, both on time; overdue open: notifiedOnly, nothing, willBeLate (due 06-08)
    expect(await rates()).toMatchObject({
      from: '2026-01-01', to: '2026-12-01', failed: 5, retestPassed: 1, started: 4, closed: 2, onTime: 2, overdueOpen: 3,
      startRate: 80, completionRate: 40, onTimeRate: 100,
    })
    await s.step(willBeLate, 'close', { closedOn: '2026-07-01', note: '协查耗时' })
    const after = await rates()
    expect(after).toMatchObject({ failed: 5, started: 4, closed: 3, onTime: 2, overdueOpen: 2, startRate: 80, completionRate: 60, onTimeRate: 66.67 })
    expect(after.notes.join('')).toContain('复检合格的 1 批次不属于不合格样品，未计入分母')

    const stranger = await makeAccount(t, { role: 'inspector', regionCode: (await makeTownship(t)).code })
    expect(await rates(stranger, s.town)).toMatchObject({ failed: 0, closed: 0, startRate: null, onTimeRate: null })
    const bad = await t.as(s.inspector).get('/api/disposals/rates?from=2026-06-01&to=2026-01-01')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toBe('开始日期：不能晚于结束日期')
  })
})
