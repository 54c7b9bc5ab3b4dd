import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicTestRequestListDto, TestRequestDto, TestRequestListDto } from '../../../../shared/test-requests'
import { COUNTY, makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { seedRegionsAndUnits } from '../../regions/service'
import { makeEntity } from '../../entities/factory'
import { freshIp, fromIp, makePlan, makeRequest, makeSample } from './factory'

/** 你点我检, the office half: the list with contacts, picking into a plan of the county, declining, and "tested" derived from samples. */

let t: TestApp
let town: TestTownship
let other: TestTownship
let office: TestAccount
let townOffice: TestAccount
let townViewer: TestAccount
let inspector: TestAccount
let plan: { id: string; name: string }
const OTHER_COUNTY = '411722000000'

beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } })
  town = await makeTownship(t)
  other = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: COUNTY })
  townOffice = await makeAccount(t, { role: 'office', regionCode: other.code }) // sampling.manage, but another township
  townViewer = await makeAccount(t, { role: 'township', regionCode: town.code }) // sampling.read only
  inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  plan = await makePlan(t, COUNTY, '2026 年县级食品安全抽检计划（市场监管）')
})
afterAll(async () => { await t.close() })

const get = (id: string, who = office) => t.as(who).get(`/api/test-requests/${id}`)

describe('the office list', () => {
  it('shows the proposer\'s contact to the office, filters by status and keyword, and keeps each township to its own', async () => {
    const mine = await makeRequest(t, town.code, { food: '酸辣粉', proposerName: '赵女士', proposerPhone: '13811112222' })
    const theirs = await makeRequest(t, other.code, { food: '米线' })
    const res = await t.as(office).get('/api/test-requests?q=酸辣粉')
    expect(res.statusCode).toBe(200)
    const body = res.json() as TestRequestListDto
    expect(body.total).toBe(1)
    expect(body.items[0]).toMatchObject({ id: mine.id, proposerName: '赵女士', proposerPhone: '13811112222', status: 'open', regionName: town.name, samples: [] })
    expect((await t.as(office).get('/api/test-requests?q=13811112222')).json().total).toBe(1)

    const townList = (await t.as(townViewer).get('/api/test-requests?pageSize=200')).json() as TestRequestListDto
    expect(townList.items.map((r) => r.id)).toContain(mine.id)
    expect(townList.items.map((r) => r.id)).not.toContain(theirs.id)
    const hidden = await get(theirs.id, townViewer)
    expect(hidden.statusCode).toBe(404)
    expect(hidden.json().message).toBe('你点我检建议不存在')
    expect((await get(crypto.randomUUID(), townViewer)).json().message).toBe('你点我检建议不存在')

    expect((await t.as(office).get('/api/test-requests?status=done')).json().message).toContain('状态')
    expect((await t.get('/api/test-requests')).statusCode).toBe(401)
  })
})

describe('picking and declining', () => {
  it('picks a proposal into a plan of the county, audits it, and the public sees the plan', async () => {
    const request = await makeRequest(t, town.code)
    const res = await t.as(office).post(`/api/test-requests/${request.id}/pick`, { planId: plan.id, note: '列入第三季度' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'picked', planId: plan.id, planName: plan.name, decisionNote: '列入第三季度' })
    const audit = await t.auditFor(request.id)
    expect(audit.map((a) => a.action)).toEqual(['test_request.create', 'test_request.pick'])
    expect(audit[1]).toMatchObject({ actorId: office.id, before: { status: 'open' }, after: { status: 'picked', planId: plan.id } })
    const again = await t.as(office).post(`/api/test-requests/${request.id}/pick`, { planId: plan.id, note: null })
    expect(again.statusCode).toBe(409)
    expect(again.json().message).toBe(`这条建议已列入“${plan.name}”`)
    const page = (await fromIp(t, freshIp(), 'GET', '/api/public/test-requests')).json() as PublicTestRequestListDto
    expect(page.proposals.find((p) => p.id === request.id)).toMatchObject({ status: 'picked', planName: plan.name })
  })

  it('refuses a plan of another county or a missing one (404), a malformed id (400), a reader (403), and another township\'s request like a missing one (404)', async () => {
    await t.db.transaction((tx) => seedRegionsAndUnits(tx, [{ code: OTHER_COUNTY, name: '邻县', level: 'county', parentCode: null, population: 1000, urbanRuralClass: null }], []))
    const foreign = await makePlan(t, OTHER_COUNTY, '邻县抽检计划')
    const request = await makeRequest(t, town.code)
    const pick = (body: object, who = office) => t.as(who).post(`/api/test-requests/${request.id}/pick`, body)
    for (const planId of [foreign.id, crypto.randomUUID()]) {
      const res = await pick({ planId, note: null })
      expect(res.statusCode).toBe(404)
      expect(res.json().message).toBe('抽检计划不存在')
    }
    const bad = await pick({ planId: 'nope', note: null })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('抽检计划')
    expect((await pick({ planId: plan.id, note: null }, townViewer)).statusCode).toBe(403)
    const outside = await pick({ planId: plan.id, note: null }, townOffice)
    expect(outside.statusCode).toBe(404)
    expect(outside.json().message).toBe('你点我检建议不存在')
    const declineOutside = await t.as(townOffice).post(`/api/test-requests/${request.id}/reject`, { note: '越界' })
    expect(declineOutside.statusCode).toBe(404)
    expect(declineOutside.json().message).toBe('你点我检建议不存在')
    expect((await t.as(townOffice).post(`/api/test-requests/${crypto.randomUUID()}/reject`, { note: '越界' })).json().message).toBe('你点我检建议不存在')
    expect((await get(request.id)).json()).toMatchObject({ status: 'open', planId: null })
    expect((await t.auditFor(request.id)).map((a) => a.action)).toEqual(['test_request.create'])
  })

  it('refuses a draft plan (400, naming 抽检计划) and changes nothing; once the plan is published it is accepted', async () => {
    const draft = await makePlan(t, COUNTY, '2026 年县级食品安全抽检计划（草稿）', 'draft')
    const request = await makeRequest(t, town.code)
    const pick = (planId: string) => t.as(office).post(`/api/test-requests/${request.id}/pick`, { planId, note: '先列上' })
    const refused = await pick(draft.id)
    expect(refused.statusCode).toBe(400)
    expect(refused.json().message).toBe('抽检计划：“2026 年县级食品安全抽检计划（草稿）”尚未发布，发布后才能列入')
    expect((await get(request.id)).json()).toMatchObject({ status: 'open', planId: null, decisionNote: null })
    expect((await t.auditFor(request.id)).map((a) => a.action)).toEqual(['test_request.create'])

    // Already picked into a published plan: moving it into a draft is refused and it stays where it was.
    expect((await pick(plan.id)).statusCode).toBe(200)
    expect((await pick(draft.id)).statusCode).toBe(400)
    expect((await get(request.id)).json()).toMatchObject({ status: 'picked', planId: plan.id, planName: plan.name })

    expect((await t.as(office).post(`/api/sampling-plans/${draft.id}/publish`)).statusCode).toBe(200)
    const moved = await pick(draft.id)
    expect(moved.statusCode).toBe(200)
    expect(moved.json()).toMatchObject({ status: 'picked', planId: draft.id, planName: draft.name })
    expect((await t.auditFor(request.id)).map((a) => a.action)).toEqual(['test_request.create', 'test_request.pick', 'test_request.pick'])
  })

  it('declines with a reason, which hides it from the public page; a second decline, no reason, or a sampled proposal are refused', async () => {
    const request = await makeRequest(t, town.code)
    const reject = (body: object, id = request.id) => t.as(office).post(`/api/test-requests/${id}/reject`, body)
    const empty = await reject({ note: '  ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().message).toBe('不采纳理由：不能为空')
    expect((await reject({})).json().message).toContain('不采纳理由')
    const res = await reject({ note: '不属于食品安全抽检范围' })
    expect(res.json()).toMatchObject({ status: 'rejected', decisionNote: '不属于食品安全抽检范围', planId: null })
    expect((await reject({ note: '再次' })).statusCode).toBe(409)
    expect((await t.auditFor(request.id)).map((a) => a.action)).toEqual(['test_request.create', 'test_request.reject'])
    const page = (await fromIp(t, freshIp(), 'GET', '/api/public/test-requests?pageSize=200')).json() as PublicTestRequestListDto
    expect(page.proposals.map((p) => p.id)).not.toContain(request.id)
    // The office may reconsider a declined proposal.
    expect((await t.as(office).post(`/api/test-requests/${request.id}/pick`, { planId: plan.id, note: '复议后采纳' })).json().status).toBe('picked')

    const sampled = await makeRequest(t, town.code)
    const entity = await makeEntity(t, inspector, town.villageCodes[0])
    await makeSample(t, { entityId: entity.id, regionCode: town.villageCodes[0], requestId: sampled.id })
    const refused = await reject({ note: '不需要' }, sampled.id)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().message).toBe('已按这条建议抽样，不能再标为未采纳')
  })
})

describe('tested, derived from samples', () => {
  it('is tested once a sample recorded for it has its report, and is then settled', async () => {
    const request = await makeRequest(t, town.code, { food: '腐竹' })
    await t.as(office).post(`/api/test-requests/${request.id}/pick`, { planId: plan.id, note: null })
    const entity = await makeEntity(t, inspector, town.villageCodes[1])
    const sample = await makeSample(t, { entityId: entity.id, regionCode: town.villageCodes[1], requestId: request.id })
    let dto = (await get(request.id)).json() as TestRequestDto
    expect(dto).toMatchObject({ status: 'picked', samples: [{ id: sample.id, reportReceivedOn: null, verdict: null, published: false }] })

    await t.db.$client.query(`UPDATE samples SET report_received_on = '2026-06-12', verdict = 'pass' WHERE id = $1`, [sample.id])
    dto = (await get(request.id)).json() as TestRequestDto
    expect(dto).toMatchObject({ status: 'tested', samples: [{ verdict: 'pass', published: false }] })
    const tested = (await t.as(office).get('/api/test-requests?status=tested&pageSize=200')).json() as TestRequestListDto
    expect(tested.items.map((r) => r.id)).toContain(request.id)
    expect(((await t.as(office).get('/api/test-requests?status=picked&pageSize=200')).json() as TestRequestListDto).items.map((r) => r.id)).not.toContain(request.id)
    for (const [action, body] of [['pick', { planId: plan.id, note: null }], ['reject', { note: '无' }]] as const) {
      const res = await t.as(office).post(`/api/test-requests/${request.id}/${action}`, body)
      expect(res.statusCode).toBe(409)
      expect(res.json().message).toBe('这条建议已有检验报告，不能再调整')
    }
    // Not yet published: the public still sees it as picked, without a result.
    const page = (await fromIp(t, freshIp(), 'GET', '/api/public/test-requests?pageSize=200')).json() as PublicTestRequestListDto
    expect(page.proposals.find((p) => p.id === request.id)).toMatchObject({ status: 'picked', results: [] })
  })
})
