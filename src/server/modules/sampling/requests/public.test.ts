import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicTestRequestListDto } from '../../../../shared/test-requests'
import { COUNTY, makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { freshIp, fromIp, makePlan, makeRequest, makeSample, requestInput } from './factory'

/** 你点我检, the public half: proposing and voting without login, throttled per address and day, and nothing personal shown. */

let t: TestApp
let town: TestTownship
let office: TestAccount
let inspector: TestAccount
let now = new Date('2026-06-15T04:00:00Z') // 12:00 in the county
const setDay = (day: string) => { now = new Date(`${day}T04:00:00Z`) }
const URL = '/api/public/test-requests'

beforeAll(async () => {
  t = await startTestApp({ config: { now: () => now } })
  town = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: COUNTY })
  inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
})
afterAll(async () => { await t.close() })

const list = async (ip = freshIp(), query = '') => {
  const res = await fromIp(t, ip, 'GET', `${URL}${query}`)
  expect(res.statusCode).toBe(200)
  return res.json() as PublicTestRequestListDto
}

describe('proposing', () => {
  it('takes a proposal without login, keeps the contact and only a hash of the address, and audits it without an actor', async () => {
    setDay('2026-06-15')
    const ip = '203.0.113.7'
    const res = await fromIp(t, ip, 'POST', URL, requestInput(town.code, { food: '油条', place: '南街早点摊', proposerName: '王女士', proposerPhone: '13912345678' }))
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ food: '油条', place: '南街早点摊', regionName: town.name, votes: 0, status: 'open', proposedOn: '2026-06-15', votedToday: false, results: [] })
    expect(res.body).not.toMatch(/13912345678|王女士|ipHash|proposer/)

    const { rows } = await t.db.$client.query('SELECT proposer_name, proposer_phone, ip_hash FROM test_requests WHERE id = $1', [res.json().id])
    expect(rows[0]).toMatchObject({ proposer_name: '王女士', proposer_phone: '13912345678' })
    expect(rows[0].ip_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(rows[0].ip_hash).not.toContain('203.0.113.7')
    const audit = await t.auditFor(res.json().id)
    expect(audit).toMatchObject([{ action: 'test_request.create', actorId: null, actorUsername: null }])
    expect(JSON.stringify(audit)).not.toMatch(/13912345678|王女士|203\.0\.113\.7/)
  })

  it('names the bad field in Chinese and writes nothing', async () => {
    const before = await t.count('test_requests')
    const cases: [object, string][] = [
      [{ proposerPhone: '12345' }, '手机号码'],
      [{ food: '' }, '想检测的食品'],
      [{ food: '   ' }, '想检测的食品：不能为空'],
      [{ place: 'x'.repeat(101) }, '购买或就餐地点'],
      [{ regionCode: town.villageCodes[0] }, '所在乡镇（街道）：请选择县（区）或乡镇（街道）'],
      [{ regionCode: '411721999000' }, '所在乡镇（街道）：该区划不存在'],
      [{ regionCode: '4117' }, '所在乡镇（街道）'],
      [{ ipHash: 'x' }, '不允许的字段'],
    ]
    for (const [over, message] of cases) {
      const res = await fromIp(t, freshIp(), 'POST', URL, { ...requestInput(town.code), ...over })
      expect(res.statusCode, JSON.stringify(over)).toBe(400)
      expect(res.json().message).toContain(message)
    }
    expect(await t.count('test_requests')).toBe(before)
  })

  it('accepts a proposal without contact details, for the county as a whole', async () => {
    const res = await fromIp(t, freshIp(), 'POST', URL, { food: '桶装水', place: '县城各小区送水点', regionCode: COUNTY })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ regionName: '测试县', reason: null })
  })

  it('takes three proposals a day from one address, refuses the fourth with 429, and takes it again the next day', async () => {
    setDay('2026-06-16')
    const ip = freshIp()
    for (let i = 0; i < 3; i++) expect((await fromIp(t, ip, 'POST', URL, requestInput(town.code))).statusCode).toBe(201)
    const before = await t.count('test_requests')
    const fourth = await fromIp(t, ip, 'POST', URL, requestInput(town.code))
    expect(fourth.statusCode).toBe(429)
    expect(fourth.json().message).toBe('同一网络每天最多提交 3 条建议，请明天再来')
    expect(await t.count('test_requests')).toBe(before)
    expect((await fromIp(t, freshIp(), 'POST', URL, requestInput(town.code))).statusCode).toBe(201) // another address
    setDay('2026-06-17')
    expect((await fromIp(t, ip, 'POST', URL, requestInput(town.code))).statusCode).toBe(201)
    setDay('2026-06-15')
  })

  it('limits bursts per minute on top of the daily limit', async () => {
    const ip = freshIp()
    const codes: number[] = []
    for (let i = 0; i < 11; i++) codes.push((await fromIp(t, ip, 'POST', URL, requestInput(town.code))).statusCode)
    expect(codes).toEqual([201, 201, 201, 429, 429, 429, 429, 429, 429, 429, 429])
    const burst = await fromIp(t, ip, 'POST', URL, requestInput(town.code))
    expect(burst.statusCode).toBe(429)
    expect(burst.json().message).toBe('请求过于频繁，请稍后再试')
  })
})

describe('voting', () => {
  it('counts one vote per proposal, address and day; a second the same day is refused; the next day counts again', async () => {
    setDay('2026-06-15')
    const request = await makeRequest(t, town.code)
    const vote = (ip: string) => fromIp(t, ip, 'POST', `${URL}/${request.id}/vote`)
    const ip = freshIp()
    expect((await vote(ip)).json()).toEqual({ id: request.id, votes: 1 })
    const again = await vote(ip)
    expect(again.statusCode).toBe(409)
    expect(again.json().message).toBe('今天已为这条建议投过票，请明天再来')
    expect((await vote(freshIp())).json().votes).toBe(2)
    expect((await list(ip)).proposals.find((p) => p.id === request.id)).toMatchObject({ votes: 2, votedToday: true })
    expect((await list(freshIp())).proposals.find((p) => p.id === request.id)).toMatchObject({ votedToday: false })
    setDay('2026-06-16')
    expect((await vote(ip)).json().votes).toBe(3)
    setDay('2026-06-15')
    expect(await t.count('test_request_votes', { request_id: request.id })).toBe(3)
  })

  it('answers 404 for a missing or declined proposal and 400 for a malformed id', async () => {
    expect((await fromIp(t, freshIp(), 'POST', `${URL}/${crypto.randomUUID()}/vote`)).json()).toMatchObject({ message: '你点我检建议不存在' })
    const declined = await makeRequest(t, town.code)
    expect((await t.as(office).post(`/api/test-requests/${declined.id}/reject`, { note: '已在本年度计划内' })).statusCode).toBe(200)
    const res = await fromIp(t, freshIp(), 'POST', `${URL}/${declined.id}/vote`)
    expect(res.statusCode).toBe(404)
    expect(res.json().message).toBe('你点我检建议不存在')
    expect((await fromIp(t, freshIp(), 'POST', `${URL}/abc/vote`)).statusCode).toBe(400)
  })
})

describe('the public list', () => {
  it('shows open and picked proposals most voted first, the form\'s regions, and nothing personal', async () => {
    const a = await makeRequest(t, town.code, { food: '凉皮', proposerName: '李先生', proposerPhone: '13700001111' })
    const b = await makeRequest(t, town.code, { food: '卤肉' })
    for (let i = 0; i < 3; i++) await fromIp(t, freshIp(), 'POST', `${URL}/${b.id}/vote`)
    await fromIp(t, freshIp(), 'POST', `${URL}/${a.id}/vote`)
    const plan = await makePlan(t, COUNTY, '2026 年县级食品安全抽检计划')
    expect((await t.as(office).post(`/api/test-requests/${a.id}/pick`, { planId: plan.id, note: null })).statusCode).toBe(200)

    const page = await list(freshIp(), `?county=${COUNTY}`)
    expect(page.county).toEqual({ code: COUNTY, name: '测试县' })
    expect(page.regions.map((r) => r.code)).toEqual(expect.arrayContaining([COUNTY, town.code]))
    expect(page.regions.some((r) => town.villageCodes.includes(r.code))).toBe(false)
    const ids = page.proposals.map((p) => p.id)
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id))
    expect(page.proposals.find((p) => p.id === a.id)).toMatchObject({ status: 'picked', planName: '2026 年县级食品安全抽检计划', votes: 1 })
    const text = JSON.stringify(page)
    expect(text).not.toMatch(/13700001111|李先生|proposer|ipHash|ip_hash|decisionNote/)
    expect(Object.keys(page.proposals[0]).sort()).toEqual(['food', 'id', 'place', 'planName', 'proposedOn', 'reason', 'regionCode', 'regionName', 'results', 'status', 'votedToday', 'votes'])

    const newest = await list(freshIp(), '?sort=newest&pageSize=1')
    expect(newest.proposals).toHaveLength(1)
    expect(newest.total).toBeGreaterThan(1)
    expect((await fromIp(t, freshIp(), 'GET', `${URL}?county=411799000000`)).json().message).toBe('县（区）：该区划不存在')
    expect((await fromIp(t, freshIp(), 'GET', `${URL}?county=${town.code}`)).json().message).toBe('县（区）：应为县级 12 位区划代码')
  })

  it('shows results only once a sample is published, with its failed items, and then takes no more votes', async () => {
    const entity = await makeEntity(t, inspector, town.villageCodes[0])
    const request = await makeRequest(t, town.code, { food: '散装豆腐' })
    const sample = await makeSample(t, { entityId: entity.id, regionCode: town.villageCodes[0], requestId: request.id, reported: true, failed: true })
    let page = await list()
    expect(page.proposals.find((p) => p.id === request.id)).toMatchObject({ status: 'open', results: [] })
    expect(page.tested.find((p) => p.id === request.id)).toBeUndefined()

    await t.db.$client.query('UPDATE samples SET published_at = now() WHERE id = $1', [sample.id])
    page = await list()
    expect(page.proposals.find((p) => p.id === request.id)).toBeUndefined()
    expect(page.tested.find((p) => p.id === request.id)).toMatchObject({
      status: 'tested',
      results: [{ productName: '散装豆腐', entityName: entity.name, sampledOn: '2026-06-10', verdict: 'fail', failedItems: [
        { itemName: '苯甲酸及其钠盐', value: '1.2', unit: 'g/kg', limit: '≤1', standard: 'GB 2760-2024' },
      ] }],
    })
    const vote = await fromIp(t, freshIp(), 'POST', `${URL}/${request.id}/vote`)
    expect(vote.statusCode).toBe(409)
    expect(vote.json().message).toBe('这条建议已有检测结果，无需再投票')
  })
})
