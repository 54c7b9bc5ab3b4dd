import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestRequestListDto } from '../../../../shared/test-requests'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { COUNTY, makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'
import { makePlan, makeRequest } from './factory'

// Three proposals in one township: one picked into the county plan, one declined, one anonymous and still open.
let t: TestApp
let town: TestTownship
let office: TestAccount, stranger: TestAccount
let plan: { id: string; name: string }
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } })
  town = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: COUNTY })
  stranger = await makeAccount(t, { role: 'township', regionCode: (await makeTownship(t)).code })
  plan = await makePlan(t, COUNTY, '2026 年县级食品安全抽检计划（市场监管）')
  const picked = await makeRequest(t, town.code, { food: '酸辣粉' })
  const declined = await makeRequest(t, town.code, { food: '米线' })
  await makeRequest(t, town.code, { food: '凉皮', proposerName: null, proposerPhone: null })
  expect((await t.as(office).post(`/api/test-requests/${picked.id}/pick`, { planId: plan.id, note: '列入第三季度' })).statusCode).toBe(200)
  expect((await t.as(office).post(`/api/test-requests/${declined.id}/reject`, { note: '非食品' })).statusCode).toBe(200)
})
afterAll(async () => { await t.close() })

describe('你点我检 export', () => {
  it('holds every proposal the filters select, with its status, contact and decision', async () => {
    const query = `region=${town.code}`
    const list = (await t.as(office).get(`/api/test-requests?${query}`)).json() as TestRequestListDto
    const sheet = await openTable(await t.as(office).get(`/api/test-requests/export?${query}&pageSize=1`))
    expect(sheet.fileName).toBe('你点我检_2026-06-15.xlsx')
    expect(rowsByHeader(sheet).map((r) => [r['食品'], r['地点'], r['区域'], r['票数'], r['联系电话']]))
      .toEqual(list.items.map((x) => [x.food, x.place, town.name, x.votes, x.proposerPhone]))
    expect(rowsByHeader(sheet).map((r) => [r['食品'], r['状态'], r['建议人'], r['列入计划'], r['说明']]).sort()).toEqual([
      ['凉皮', '征集中', '匿名', null, null], ['米线', '未采纳', '王女士', null, '非食品'], ['酸辣粉', '已列入计划', '王女士', plan.name, '列入第三季度'],
    ])
    const open = await openTable(await t.as(office).get(`/api/test-requests/export?${query}&status=open`))
    expect(open.fileName).toBe('你点我检_征集中_2026-06-15.xlsx')
    expect(rowsByHeader(open).map((r) => r['食品'])).toEqual(['凉皮'])
  })

  it('keeps to the caller’s scope and names a bad filter', async () => {
    expect((await openTable(await t.as(stranger).get(`/api/test-requests/export?q=${encodeURIComponent('酸辣粉')}`))).rows).toEqual([])
    await expectBadField(t.as(office), '/api/test-requests/export?status=lost', '状态')
  })
})
