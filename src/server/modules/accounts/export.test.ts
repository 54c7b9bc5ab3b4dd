import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccountDto } from '../../../shared/accounts'
import { expectBadField } from '../../platform/testing/expect-bad'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'

// A township with three accounts (one disabled); a system administrator placed in another township sees none of them.
let t: TestApp
let home: TestTownship
let admin: TestAccount, stranger: TestAccount
beforeAll(async () => {
  t = await startTestApp()
  home = await makeTownship(t)
  admin = await makeAccount(t, { role: 'sysadmin' })
  stranger = await makeAccount(t, { role: 'sysadmin', regionCode: (await makeTownship(t)).code })
  const made = await Promise.all(['inspector', 'township', null].map((role) => makeAccount(t, { role, regionCode: home.code })))
  expect((await t.as(admin).patch(`/api/accounts/${made[2].id}`, { disabled: true })).statusCode).toBe(200)
})
afterAll(async () => { await t.close() })

describe('accounts export', () => {
  it('holds every account the filters select, in the list’s order, with role, status and login time', async () => {
    const query = `regionCode=${home.code}`
    const list = (await t.as(admin).get(`/api/accounts?${query}`)).json() as { items: AccountDto[] }
    const sheet = await openTable(await t.as(admin).get(`/api/accounts/export?${query}&pageSize=1`))
    expect(sheet.fileName).toMatch(/^账号_\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(sheet.rows).toHaveLength(3)
    expect(rowsByHeader(sheet).map((r) => [r['用户名'], r['角色'], r['所属区划'], r['创建时间']]))
      .toEqual(list.items.map((a) => [a.username, a.roleLabel, home.name, new Date(Date.parse(a.createdAt) + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19)]))
    expect(rowsByHeader(sheet).map((r) => r['状态']).sort()).toEqual(['停用', '正常', '正常'])
    expect(rowsByHeader(sheet).every((r) => r['最近登录'] !== null)).toBe(true)
  })

  it('keeps to the caller’s scope and names a bad filter', async () => {
    const theirs = await openTable(await t.as(stranger).get('/api/accounts/export'))
    expect(theirs.rows.map((r) => r[1])).toEqual([stranger.username])
    await expectBadField(t.as(admin), '/api/accounts/export?regionCode=41', '所属区划')
  })
})
