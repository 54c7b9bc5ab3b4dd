import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { contextOf, failedSample } from './factory'

// Its own database: the limits are county-wide settings, and this test changes them.
let t: TestApp
beforeAll(async () => { t = await startTestApp({ config: { now: () => new Date('2026-12-01T10:00:00+08:00') } }) })
afterAll(async () => { await t?.close() })

describe('time-limit settings', () => {
  it('lists the rules with source and status; the office changes one; only files opened afterwards use it', async () => {
    const town = await makeTownship(t)
    const inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
    const office = await makeAccount(t, { role: 'office' })
    const entity = await makeEntity(t, inspector, town.villageCodes[0])
    const open = () => failedSample(t, contextOf(t, inspector), { entityId: entity.id, regionCode: town.villageCodes[0], reportReceivedOn: '2026-09-28' })

    const list = (await t.as(inspector).get('/api/sampling/time-limits')).json().items
    expect(list.map((l: { code: string }) => l.code)).toEqual(['send_to_lab', 'lab_report', 'notify_business', 'retest_window', 'disposal_start', 'disposal_close'])
    expect(list.find((l: { code: string }) => l.code === 'disposal_close')).toMatchObject({ days: 90, unit: 'day', status: 'U', changed: false, defaultDays: 90 })
    expect(list.find((l: { code: string }) => l.code === 'retest_window')).toMatchObject({ days: 7, unit: 'workday', status: 'P' })

    const before = await open()
    expect((await t.as(inspector).put('/api/sampling/time-limits/notify_business', { days: 10, unit: 'workday' })).statusCode).toBe(403)
    for (const [body, field] of [[{ days: 400, unit: 'day' }, '时限天数'], [{ days: 5, unit: 'week' }, '时限单位'], [{ days: 5 }, '时限单位']] as const) {
      const res = await t.as(office).put('/api/sampling/time-limits/notify_business', body)
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toContain(field)
    }
    expect((await t.as(office).put('/api/sampling/time-limits/no_such_rule', { days: 5, unit: 'day' })).json().message).toBe('时限规则：不存在该规则')
    const put = await t.as(office).put('/api/sampling/time-limits/notify_business', { days: 10, unit: 'workday' })
    expect(put.statusCode).toBe(200)
    expect(put.json().items.find((l: { code: string }) => l.code === 'notify_business')).toMatchObject({ days: 10, unit: 'workday', changed: true, defaultDays: 5 })
    await t.as(office).put('/api/sampling/time-limits/disposal_close', { days: 60, unit: 'day' })
    expect((await t.auditFor('notify_business')).map((a) => a.action)).toEqual(['sampling_time_limit.update'])

    const after = await open()
    const get = async (id: string) => (await t.as(inspector).get(`/api/disposals/${id}`)).json()
    expect(await get(before.disposalId)).toMatchObject({ notifyDueOn: '2026-10-10', closeDueOn: '2026-12-27' })
    // 10 working days from 09-28 across 国庆: 09-29, 09-30, 10-09, 10-10, 10-12 … 10-16
    expect(await get(after.disposalId)).toMatchObject({ notifyDueOn: '2026-10-16', closeDueOn: '2026-11-27' })
    expect((await get(after.disposalId)).steps.find((x: { step: string }) => x.step === 'close').rule.text).toBe('收到不合格检验报告之日起 60 个自然日')
  })
})
