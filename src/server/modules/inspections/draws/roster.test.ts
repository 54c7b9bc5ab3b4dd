import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AvoidanceDto, RosterEntryDto } from '../../../../shared/draws'
import { makeAccount } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { certificate, makeDrawTown, type DrawTown } from './factory'

/** 执法检查人员名录库 and the avoidance list through HTTP: writes, refusals, scope and permission. */

let t: TestApp
let home: DrawTown
let other: DrawTown
const MISSING = '00000000-0000-4000-8000-000000000000'

beforeAll(async () => {
  t = await startTestApp()
  home = await makeDrawTown(t, { officers: 2, entities: 3 })
  other = await makeDrawTown(t, { officers: 2, entities: 1 })
})
afterAll(async () => { await t.close() })

describe('the roster', () => {
  it('lists an inspector with the 执法证号 and the account\'s unit by default, audited, and no longer offers them as a candidate', async () => {
    const officer = await makeAccount(t, { role: 'inspector', regionCode: home.town.code, unitCode: `msa-${home.town.code.slice(0, 9)}` })
    const candidates = (await t.as(home.office).get('/api/draws/roster/candidates')).json() as { accountId: string }[]
    expect(candidates.map((c) => c.accountId)).toContain(officer.id)
    const res = await t.as(home.office).post('/api/draws/roster', { accountId: officer.id, certificateNumber: ' 41172199000001 ' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ accountId: officer.id, certificateNumber: '41172199000001', unitId: home.town.stationId, unitName: `${home.town.name}市场监督管理所`, active: true, avoidanceCount: 0 })
    expect((await t.auditFor(officer.id)).filter((a) => a.action.startsWith('inspector.'))).toMatchObject([{ action: 'inspector.roster_update', actorId: home.office.id }])
    const after = (await t.as(home.office).get('/api/draws/roster/candidates')).json() as { accountId: string }[]
    expect(after.map((c) => c.accountId)).not.toContain(officer.id)
    const roster = (await t.as(home.office).get('/api/draws/roster')).json() as RosterEntryDto[]
    expect(roster.map((r) => r.accountId)).toContain(officer.id)
    expect(roster.map((r) => r.accountId)).not.toContain(other.officers[0].id)
  })

  it('refuses a non-inspector, a second entry, an account without a unit, another township\'s account and bad fields, changing nothing', async () => {
    const before = await t.count('inspector_roster')
    const staff = await makeAccount(t, { role: 'township', regionCode: home.town.code })
    const bare = await makeAccount(t, { role: 'inspector', regionCode: home.town.code })
    const send = (body: unknown) => t.as(home.office).post('/api/draws/roster', body)
    expect((await send({ accountId: staff.id, certificateNumber: certificate() })).json().message).toBe('执法人员：只有“执法检查人员”角色的账号可以列入名录库')
    const dup = await send({ accountId: home.officers[0].id, certificateNumber: certificate() })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().message).toMatch(/^执法人员：.+ 已在名录库中$/)
    expect((await send({ accountId: bare.id, certificateNumber: certificate() })).json().message).toBe('执法单位：请选择执法单位（该账号未设所属单位）')
    const outside = await send({ accountId: other.officers[0].id, certificateNumber: certificate() })
    const missing = await send({ accountId: MISSING, certificateNumber: certificate() })
    expect(outside.statusCode).toBe(400)
    expect(outside.json()).toEqual(missing.json())
    for (const [body, field] of [[{ accountId: bare.id, certificateNumber: '' }, '执法证号'], [{ accountId: 'x', certificateNumber: '1' }, '执法人员'],
      [{ accountId: bare.id, certificateNumber: 'x'.repeat(33) }, '执法证号'], [{ accountId: bare.id, certificateNumber: '1', unitId: 'no' }, '执法单位']] as const) {
      const res = await send(body)
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toContain(field)
    }
    expect(await t.count('inspector_roster')).toBe(before)
  })

  it('updates certificate, unit and active; refuses a bad field; another township\'s entry answers like a missing one', async () => {
    const id = home.officers[1].id
    const body = { certificateNumber: '41172199000777', unitId: home.town.stationId, active: false }
    const res = await t.as(home.office).put(`/api/draws/roster/${id}`, body)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ certificateNumber: '41172199000777', active: false })
    expect((await t.auditFor(id)).at(-1)).toMatchObject({ action: 'inspector.roster_update', before: { active: true }, after: { active: false } })
    const bad = await t.as(home.office).put(`/api/draws/roster/${id}`, { ...body, active: 'ja' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('在岗')
    const outside = await t.as(home.office).put(`/api/draws/roster/${other.officers[0].id}`, body)
    const missing = await t.as(home.office).put(`/api/draws/roster/${MISSING}`, body)
    expect(outside.statusCode).toBe(404)
    expect(outside.json()).toEqual(missing.json())
    expect(outside.json().message).toBe('执法检查人员不存在')
    await t.as(home.office).put(`/api/draws/roster/${id}`, { ...body, active: true })
  })

  it('is for inspections.draw only: an inspector cannot read or change it', async () => {
    expect((await t.as(home.officers[0]).get('/api/draws/roster')).statusCode).toBe(403)
    expect((await t.as(home.officers[0]).post('/api/draws/roster', { accountId: home.officers[0].id, certificateNumber: '1' })).statusCode).toBe(403)
    expect((await t.get('/api/draws/roster')).statusCode).toBe(401)
  })
})

describe('the avoidance list', () => {
  it('adds, lists and removes an entry, each audited', async () => {
    const officer = home.officers[0].id
    const entity = home.entities[0]
    const res = await t.as(home.office).post(`/api/draws/roster/${officer}/avoidances`, { entityId: entity.id, reason: '配偶经营' })
    expect(res.statusCode).toBe(201)
    expect(res.json() as AvoidanceDto[]).toMatchObject([{ entityId: entity.id, entityName: entity.name, reason: '配偶经营' }])
    expect((await t.as(home.office).get('/api/draws/roster')).json().find((r: RosterEntryDto) => r.accountId === officer).avoidanceCount).toBe(1)
    const dup = await t.as(home.office).post(`/api/draws/roster/${officer}/avoidances`, { entityId: entity.id, reason: '再次' })
    expect(dup.statusCode).toBe(409)
    const removed = await t.as(home.office).delete(`/api/draws/roster/${officer}/avoidances/${entity.id}`)
    expect(removed.statusCode).toBe(200)
    expect(removed.json()).toEqual([])
    expect((await t.auditFor(officer)).map((a) => a.action).slice(-2)).toEqual(['inspector.avoidance_add', 'inspector.avoidance_remove'])
    expect((await t.as(home.office).delete(`/api/draws/roster/${officer}/avoidances/${entity.id}`)).json().message).toBe('回避记录不存在')
  })

  it('refuses bad fields and a business outside the caller\'s area, writing nothing', async () => {
    const officer = home.officers[0].id
    const before = await t.count('inspector_avoidances')
    const send = (body: unknown) => t.as(home.office).post(`/api/draws/roster/${officer}/avoidances`, body)
    for (const [body, field] of [[{ entityId: home.entities[1].id, reason: '' }, '回避事由'], [{ entityId: 'nope', reason: '亲属' }, '经营主体'],
      [{ entityId: home.entities[1].id, reason: 'x'.repeat(201) }, '回避事由'], [{ entityId: home.entities[1].id }, '回避事由']] as const) {
      const res = await send(body)
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toContain(field)
    }
    const outside = await send({ entityId: other.entities[0].id, reason: '亲属' })
    expect(outside.statusCode).toBe(400)
    expect(outside.json()).toEqual((await send({ entityId: MISSING, reason: '亲属' })).json())
    expect(await t.count('inspector_avoidances')).toBe(before)
  })

  it('another township\'s officer answers like a missing one on every avoidance endpoint, and nothing changes', async () => {
    const stranger = other.officers[0].id
    const entity = await makeEntity(t, home.office, home.town.villageCodes[0])
    const before = await t.count('inspector_avoidances')
    const pairs = [
      [t.as(home.office).get(`/api/draws/roster/${stranger}/avoidances`), t.as(home.office).get(`/api/draws/roster/${MISSING}/avoidances`)],
      [t.as(home.office).post(`/api/draws/roster/${stranger}/avoidances`, { entityId: entity.id, reason: '亲属' }), t.as(home.office).post(`/api/draws/roster/${MISSING}/avoidances`, { entityId: entity.id, reason: '亲属' })],
      [t.as(home.office).delete(`/api/draws/roster/${stranger}/avoidances/${entity.id}`), t.as(home.office).delete(`/api/draws/roster/${MISSING}/avoidances/${entity.id}`)],
    ]
    for (const [a, b] of pairs) {
      const [outside, missing] = await Promise.all([a, b])
      expect(outside.statusCode).toBe(404)
      expect(outside.json()).toEqual(missing.json())
    }
    expect(await t.count('inspector_avoidances')).toBe(before)
  })

  it('keeps the list with inspections.draw: an inspector gets 403', async () => {
    expect((await t.as(home.officers[0]).get(`/api/draws/roster/${home.officers[0].id}/avoidances`)).statusCode).toBe(403)
  })
})

