import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeEntity } from '../entities/factory'
import { applicableItems, checklistFor } from '../../../shared/inspection-checklists'
import { answersFor, inspectionInput, makeInspection, sampleItems } from './factory'

// "Today" for these tests: 2026-10-20, after 国庆 2026 (10-01 … 10-07 off, Saturday 10-10 a working day).
const TODAY = '2026-10-20'
let t: TestApp
let town: TestTownship
let office: TestAccount
let inspectorA: TestAccount
let inspectorB: TestAccount
let pair: string[]
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date(`${TODAY}T10:00:00+08:00`) } })
  town = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: town.code })
  inspectorA = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  inspectorB = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  pair = [inspectorA.id, inspectorB.id]
})
afterAll(async () => { await t.close() })

const restaurant = () => makeEntity(t, office, town.villageCodes[0], { type: 'small_restaurant' })
const producer = () => makeEntity(t, office, town.villageCodes[1], { type: 'food_producer', cateringGrade: null, openKitchen: 'none' })
const CATERING = sampleItems('small_restaurant')
const PRODUCTION = sampleItems('food_producer')

describe('recording an inspection', () => {
  it('judges 符合 from a clean checklist, dates publication 20 working days on, and tells the register', async () => {
    const e = await restaurant()
    // 2026-09-28 (Mon) + 20 working days, counted by hand: 9-29, 9-30, [国庆 10-01…10-07], 10-08, 10-09,
    // 10-10 (调休 Saturday), 10-12 … 10-16, 10-19 … 10-23, 10-26 … 10-30 → 2026-10-30.
    const res = await t.as(inspectorA).post('/api/inspections', inspectionInput(e.id, 'small_restaurant', pair, { inspectedOn: '2026-09-28' }))
    expect(res.statusCode).toBe(201)
    const d = res.json()
    expect(d).toMatchObject({ result: 'conform', keyFailures: 0, generalFailures: 0, handling: 'none', publishDueOn: '2026-10-30', orders: [], checklistTitle: expect.stringContaining('餐饮') })
    expect(d.inspectors.map((i: { id: string }) => i.id)).toEqual(pair)
    const entity = (await t.as(office).get(`/api/entities/${e.id}`)).json()
    expect(entity.lastInspectedOn).toBe('2026-09-28')
    const assessments = (await t.as(office).get(`/api/entities/${e.id}/assessments`)).json()
    expect(assessments[0]).toMatchObject({ source: 'inspection', assessedOn: '2026-09-28' })
    expect(await t.auditFor(d.id)).toMatchObject([{ action: 'inspection.create', actorUsername: inspectorA.username }])
  })

  it('applies the catering rule: one key failure is 基本符合, two are 不符合; the production rule: one is 不符合', async () => {
    const e = await restaurant()
    const allKeys = applicableItems(checklistFor('small_restaurant'), 'small_restaurant').filter((i) => i.key).map((i) => i.code)
    const one = await makeInspection(t, inspectorA, inspectionInput(e.id, 'small_restaurant', pair, { answers: answersFor('small_restaurant', { fail: [allKeys[0]] }), handling: 'rectification', rectification: { kind: 'rectify', dueOn: '2026-03-25', requirements: '立即整改', documentNumber: null } }))
    expect(one.result).toBe('basic')
    const two = await makeInspection(t, inspectorA, inspectionInput(e.id, 'small_restaurant', pair, { answers: answersFor('small_restaurant', { fail: allKeys.slice(0, 2) }), handling: 'rectification', rectification: { kind: 'rectify', dueOn: '2026-03-25', requirements: '立即整改', documentNumber: null } }))
    expect(two.result).toBe('nonconform')
    const p = await producer()
    const prod = await makeInspection(t, inspectorA, inspectionInput(p.id, 'food_producer', pair, { answers: answersFor('food_producer', { fail: [PRODUCTION.key] }), handling: 'rectification', rectification: { kind: 'correct', dueOn: '2026-03-20', requirements: '责令改正', documentNumber: '西市监改〔2026〕1号' } }))
    expect(prod.result).toBe('nonconform')
    const generalOnly = await makeInspection(t, inspectorA, inspectionInput(p.id, 'food_producer', pair, { answers: answersFor('food_producer', { fail: PRODUCTION.general.slice(0, 2) }), handling: 'on_the_spot' }))
    expect(generalOnly.result).toBe('basic')
    const list = (await t.as(office).get(`/api/inspections?entityId=${p.id}`)).json()
    expect(list.items.map((i: { id: string; result: string }) => [i.id, i.result]).sort()).toEqual([[prod.id, 'nonconform'], [generalOnly.id, 'basic']].sort())
    expect(list.total).toBe(2)
  })

  it('refuses an incomplete checklist (except 飞行检查), unknown or repeated items, and changes nothing', async () => {
    const e = await restaurant()
    const before = await t.count('inspections')
    const partial = answersFor('small_restaurant').slice(0, 5)
    const res = await t.as(inspectorA).post('/api/inspections', inspectionInput(e.id, 'small_restaurant', pair, { answers: partial }))
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toMatch(/^检查项目：还有 24 项未填写/)
    const unknown = await t.as(inspectorA).post('/api/inspections', inspectionInput(e.id, 'small_restaurant', pair, { answers: [...answersFor('small_restaurant'), { code: '99.9', outcome: 'conform' }] }))
    expect(unknown.json().message).toContain('99.9 不是本检查表')
    const twice = await t.as(inspectorA).post('/api/inspections', inspectionInput(e.id, 'small_restaurant', pair, { answers: [...answersFor('small_restaurant'), answersFor('small_restaurant')[0]] }))
    expect(twice.json().message).toContain('填写了两次')
    expect(await t.count('inspections')).toBe(before)
    const flying = await t.as(inspectorA).post('/api/inspections', inspectionInput(e.id, 'small_restaurant', pair, { kind: 'flying', answers: partial }))
    expect(flying.statusCode).toBe(201)
  })

  it('checks the handling against the findings, the officers and the signature', async () => {
    const e = await restaurant()
    const failing = answersFor('small_restaurant', { fail: [CATERING.key] })
    const cases: [Partial<Parameters<typeof inspectionInput>[3]>, string][] = [
      [{ handling: 'on_the_spot' }, '处理措施：没有不符合项'],
      [{ answers: failing }, '处理措施：有不符合项'],
      [{ answers: failing, handling: 'on_the_spot' }, '重点项目不符合，不能以当场整改了结'],
      [{ answers: failing, handling: 'rectification' }, '整改通知：选择限期整改时应填写'],
      [{ answers: failing, handling: 'rectification', rectification: { kind: 'rectify', dueOn: '2026-03-10', requirements: '改', documentNumber: null } }, '整改期限：应晚于检查日期'],
      [{ inspectorIds: [inspectorA.id] }, '执法人员'],
      [{ inspectorIds: [inspectorA.id, office.id] }, '不是执法检查人员'],
      [{ signerName: null }, '签字人'],
      [{ inspectedOn: '2026-10-21' }, '检查日期：不能晚于今天'],
      [{ kind: 'campaign' }, '专项名称'],
      [{ kind: 'follow_up' }, '整改复查应关联整改通知'],
      [{ photoIds: ['a'.repeat(64)] }, '照片：有照片尚未上传成功'],
    ]
    const before = await t.count('inspections')
    for (const [over, message] of cases) {
      const res = await t.as(inspectorA).post('/api/inspections', inspectionInput(e.id, 'small_restaurant', pair, over))
      expect(res.statusCode, message).toBe(400)
      expect(res.json().message).toContain(message)
    }
    expect(await t.count('inspections')).toBe(before)
    expect(await t.count('rectification_orders', { entity_id: e.id })).toBe(0)
  })

  it('keeps an out-of-scope entity and officer out, like missing ones', async () => {
    const elsewhere = await makeTownship(t)
    const stranger = await makeAccount(t, { role: 'inspector', regionCode: elsewhere.code })
    const e = await restaurant()
    const foreignEntity = await makeEntity(t, await makeAccount(t, { role: 'office', regionCode: elsewhere.code }), elsewhere.villageCodes[0])
    const res = await t.as(inspectorA).post('/api/inspections', inspectionInput(foreignEntity.id, 'small_restaurant', pair))
    expect(res.statusCode).toBe(404)
    expect(res.json().message).toBe('经营主体不存在')
    const officers = (await t.as(inspectorA).get(`/api/inspections/officers?entityId=${e.id}`)).json().map((o: { id: string }) => o.id)
    expect(officers).toEqual(expect.arrayContaining(pair))
    expect(officers).not.toContain(stranger.id)
    expect((await t.as(inspectorA).get(`/api/inspections/officers?entityId=${foreignEntity.id}`)).statusCode).toBe(404)
    const officer = await t.as(inspectorA).post('/api/inspections', inspectionInput(e.id, 'small_restaurant', [inspectorA.id, stranger.id]))
    expect(officer.json().message).toContain('不负责该主体所在区域')
    const mine = await makeInspection(t, inspectorA, inspectionInput(e.id, 'small_restaurant', pair))
    const other = await t.as(stranger).get(`/api/inspections/${mine.id}`)
    expect(other.statusCode).toBe(404)
    expect(other.json().message).toBe('检查记录不存在')
    expect((await t.as(stranger).get(`/api/inspections?entityId=${e.id}`)).json()).toEqual({ items: [], total: 0 })
  })
})

describe('rectification', () => {
  it('a non-conforming item opens an order; overdue after its deadline; a follow-up verifies it on time or late', async () => {
    const e = await restaurant()
    const failing = answersFor('small_restaurant', { fail: [CATERING.general[0], CATERING.general[1]] })
    const first = await makeInspection(t, inspectorA, inspectionInput(e.id, 'small_restaurant', pair, {
      inspectedOn: '2026-09-28', answers: failing, handling: 'rectification', findings: '操作间地面积水',
      rectification: { kind: 'rectify', dueOn: '2026-10-12', requirements: '10 月 12 日前完成整改并报告', documentNumber: '西市监限改〔2026〕8号' },
    }))
    expect(first.result).toBe('basic')
    const [order] = first.orders
    expect(order).toMatchObject({ status: 'open', dueOn: '2026-10-12', itemCodes: [CATERING.general[0], CATERING.general[1]], overdue: true, onTime: null })
    const overdue = (await t.as(office).get(`/api/rectifications?overdue=true&entityId=${e.id}`)).json()
    expect(overdue.items.map((o: { id: string }) => o.id)).toEqual([order.id])
    // The follow-up finds one item still failing: the order fails.
    const followUp = await makeInspection(t, inspectorB, inspectionInput(e.id, 'small_restaurant', pair, {
      kind: 'follow_up', verifiesOrderId: order.id, inspectedOn: '2026-10-15', answers: answersFor('small_restaurant', { fail: [CATERING.general[1]] }), handling: 'on_the_spot',
    }))
    const after = (await t.as(office).get(`/api/rectifications/${order.id}`)).json()
    expect(after).toMatchObject({ status: 'failed', verifiedOn: '2026-10-15', followUpInspectionId: followUp.id, overdue: false, onTime: false })
    expect(after.verificationNote).toContain(`${CATERING.general[1]} 仍不符合`)
    expect((await t.as(office).post(`/api/rectifications/${order.id}/verify`, { passed: true, verifiedOn: '2026-10-16', note: '再验', followUpInspectionId: null, toCase: false })).statusCode).toBe(409)
  })

  it('the business answers its own order; the office verifies it; rates follow', async () => {
    const e = await restaurant()
    const username = `biz${Date.now().toString(36)}`
    expect((await t.as(office).post(`/api/entities/${e.id}/account`, { username, displayName: '店主', password: 'Shop#Owner2026' })).statusCode).toBe(201)
    const first = { token: (await t.post('/api/auth/login', { username, password: 'Shop#Owner2026' })).json().token }
    expect((await t.as(first).post('/api/me/password', { oldPassword: 'Shop#Owner2026', newPassword: 'Shop#Owner2027' })).statusCode).toBe(200)
    const biz = { token: (await t.post('/api/auth/login', { username, password: 'Shop#Owner2027' })).json().token }
    const inspection = await makeInspection(t, inspectorA, inspectionInput(e.id, 'small_restaurant', pair, {
      inspectedOn: '2026-10-09', answers: answersFor('small_restaurant', { fail: [CATERING.general[2]] }), handling: 'rectification',
      rectification: { kind: 'rectify', dueOn: '2026-10-23', requirements: '更换破损的防蝇设施', documentNumber: null },
    }))
    const orderId = inspection.orders[0].id
    const mine = (await t.as(biz).get('/api/rectifications')).json()
    expect(mine.items.map((o: { id: string }) => o.id)).toEqual([orderId])
    expect((await t.as(biz).get(`/api/inspections/${inspection.id}`)).statusCode).toBe(200)
    const reported = await t.as(biz).post(`/api/rectifications/${orderId}/report`, { note: '已更换纱窗和灭蝇灯' })
    expect(reported.json()).toMatchObject({ status: 'reported', reportedOn: TODAY, overdue: false })
    expect((await t.as(biz).post(`/api/rectifications/${orderId}/verify`, { passed: true, verifiedOn: TODAY, note: 'x', followUpInspectionId: null, toCase: false })).statusCode).toBe(403)
    const bad = await t.as(office).post(`/api/rectifications/${orderId}/verify`, { passed: true, verifiedOn: '2026-10-01', note: '现场核实', followUpInspectionId: null, toCase: false })
    expect(bad.json().message).toBe('验证日期：不能早于整改通知下达日期')
    const verified = await t.as(office).post(`/api/rectifications/${orderId}/verify`, { passed: true, verifiedOn: TODAY, note: '现场核实已整改', followUpInspectionId: null, toCase: false })
    expect(verified.json()).toMatchObject({ status: 'passed', onTime: true })
    // Another entity's order is not the business's to see.
    const other = await makeInspection(t, inspectorA, inspectionInput((await restaurant()).id, 'small_restaurant', pair, {
      answers: answersFor('small_restaurant', { fail: [CATERING.general[0]] }), handling: 'rectification', rectification: { kind: 'rectify', dueOn: '2026-11-01', requirements: '整改', documentNumber: null },
    }))
    expect((await t.as(biz).get(`/api/rectifications/${other.orders[0].id}`)).statusCode).toBe(404)
    expect((await t.as(biz).post(`/api/rectifications/${other.orders[0].id}/report`, { note: '越权' })).statusCode).toBe(404)
  })

  it('computes 问题发现处置率 and the on-time rate for a known set', async () => {
    const region = await makeTownship(t)
    const off = await makeAccount(t, { role: 'office', regionCode: region.code })
    const a = await makeAccount(t, { role: 'inspector', regionCode: region.code })
    const b = await makeAccount(t, { role: 'inspector', regionCode: region.code })
    const e = await makeEntity(t, off, region.villageCodes[0], { type: 'small_restaurant' })
    const fail = (code: string) => answersFor('small_restaurant', { fail: [code] })
    const order = (dueOn: string) => ({ handling: 'rectification' as const, rectification: { kind: 'rectify' as const, dueOn, requirements: '整改', documentNumber: null } })
    // 5 inspections in 2026: 1 clean, 1 on the spot, 3 with orders (one verified on time, one late, one still open and overdue).
    await makeInspection(t, a, inspectionInput(e.id, 'small_restaurant', [a.id, b.id], { inspectedOn: '2026-05-01' }))
    await makeInspection(t, a, inspectionInput(e.id, 'small_restaurant', [a.id, b.id], { inspectedOn: '2026-05-02', answers: fail(CATERING.general[0]), handling: 'on_the_spot' }))
    const onTime = await makeInspection(t, a, inspectionInput(e.id, 'small_restaurant', [a.id, b.id], { inspectedOn: '2026-06-01', answers: fail(CATERING.general[0]), ...order('2026-06-15') }))
    const late = await makeInspection(t, a, inspectionInput(e.id, 'small_restaurant', [a.id, b.id], { inspectedOn: '2026-07-01', answers: fail(CATERING.general[1]), operationsHalted: true, ...order('2026-07-15') }))
    await makeInspection(t, a, inspectionInput(e.id, 'small_restaurant', [a.id, b.id], { inspectedOn: '2026-08-01', answers: fail(CATERING.general[2]), ...order('2026-08-15') }))
    await t.as(off).post(`/api/rectifications/${onTime.orders[0].id}/verify`, { passed: true, verifiedOn: '2026-06-14', note: '按期整改', followUpInspectionId: null, toCase: false })
    await t.as(off).post(`/api/rectifications/${late.orders[0].id}/verify`, { passed: true, verifiedOn: '2026-07-20', note: '逾期整改', followUpInspectionId: null, toCase: false })
    const rates = (await t.as(off).get(`/api/rectifications/rates?from=2026-01-01&to=2026-12-31`)).json()
    // found 4 (all but the clean one); handled 3 (on the spot + two verified); orders 3, verified 2, on time 1, overdue 1.
    expect(rates).toMatchObject({ problemsFound: 4, problemsHandled: 3, disposalRate: 75, ordersIssued: 3, ordersVerified: 2, ordersOnTime: 1, ordersOverdue: 1, onTimeRate: 50 })
    const stats = (await t.as(off).get(`/api/inspections/stats?year=2026`)).json()
    expect(stats).toMatchObject({ year: 2026, total: 5, byResult: { conform: 1, basic: 4, nonconform: 0 } })
    expect((await t.as(off).get('/api/rectifications/rates?from=2026-12-01&to=2026-01-01')).json().message).toBe('开始日期：不能晚于结束日期')
    // The report's figures: 5 inspections (家次) of 1 business by 2 officers each; 3 orders, 2 verified (a passed
    // order counts as reported too: the business reports before the check), 1 halted.
    const figures = (await t.as(off).get('/api/inspections/figures?from=2026-01-01&to=2026-12-31')).json()
    expect(figures).toEqual({
      from: '2026-01-01', to: '2026-12-31', inspections: 5, entitiesInspected: 1, conform: 1, basic: 4, nonconform: 0, onTheSpot: 1, investigations: 0,
      operationsHalted: 1, ordersIssued: 3, ordersReported: 2, ordersVerified: 2, officerVisits: 10,
    })
    expect((await t.as(off).get('/api/inspections/figures?from=2026-06-01&to=2026-06-30')).json()).toMatchObject({ inspections: 1, ordersIssued: 1, ordersVerified: 1 })
    expect((await t.as(off).get('/api/inspections/figures?sector=production')).json().inspections).toBe(0)
    expect((await t.as(off).get('/api/inspections/figures?sector=bakery')).json().message).toContain('环节')
  })
})

describe('investigation', () => {
  it('a key failure handed to investigation opens a case clue; a failed order can go to a case too', async () => {
    const e = await restaurant()
    const i = await makeInspection(t, inspectorA, inspectionInput(e.id, 'small_restaurant', pair, {
      answers: answersFor('small_restaurant', { fail: [CATERING.key] }), handling: 'investigation', findings: '使用超过保质期的食品原料',
    }))
    const detail = (await t.as(office).get(`/api/inspections/${i.id}`)).json()
    expect(detail.caseId).not.toBeNull()
    const theCase = (await t.as(office).get(`/api/cases/${detail.caseId}`)).json()
    expect(theCase).toMatchObject({ source: 'inspection', sourceRef: i.id, status: 'clue', partyName: e.name, entityId: e.id })
    expect(theCase.cause).toContain(CATERING.key)
    const withOrder = await makeInspection(t, inspectorA, inspectionInput(e.id, 'small_restaurant', pair, {
      answers: answersFor('small_restaurant', { fail: [CATERING.general[0]] }), handling: 'rectification',
      rectification: { kind: 'rectify', dueOn: '2026-03-20', requirements: '整改', documentNumber: null },
    }))
    const failed = await t.as(office).post(`/api/rectifications/${withOrder.orders[0].id}/verify`, { passed: false, verifiedOn: '2026-03-25', note: '逾期未整改', followUpInspectionId: null, toCase: true })
    expect(failed.json()).toMatchObject({ status: 'failed', onTime: false })
    const caseId = failed.json().caseId
    expect((await t.as(office).get(`/api/cases/${caseId}`)).json()).toMatchObject({ source: 'inspection', sourceRef: withOrder.id, status: 'clue' })
    expect((await t.auditFor(withOrder.orders[0].id)).map((a) => a.action)).toEqual(['rectification.issue', 'rectification.verify', 'rectification.to_case'])
  })
})

describe('documents and publication', () => {
  it('prints the 检查结果记录表 with the failed items and the result, and publishes once', async () => {
    const e = await restaurant()
    const i = await makeInspection(t, inspectorA, inspectionInput(e.id, 'small_restaurant', pair, {
      answers: answersFor('small_restaurant', { fail: [CATERING.general[0]] }), handling: 'on_the_spot', findings: '冰箱生熟混放，已当场整改',
    }))
    const res = await t.as(office).get(`/api/inspections/${i.id}/record.docx`)
    expect(res.statusCode).toBe(200)
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value
    expect(text).toContain('食品生产经营监督检查结果记录表')
    expect(text).toContain(e.name)
    expect(text).toContain('检查结果：基本符合')
    expect(text).toContain('处理措施：当场整改')
    expect(text).toContain(`${CATERING.general[0]} 现场发现问题`)
    const published = await t.as(office).post(`/api/inspections/${i.id}/publish`)
    expect(published.json().publishedAt).not.toBeNull()
    expect((await t.as(office).post(`/api/inspections/${i.id}/publish`)).statusCode).toBe(409)
  })
})
