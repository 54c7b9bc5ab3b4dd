import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditDto } from '../../../shared/audit'
import { expectBadField } from '../../platform/testing/expect-bad'
import { makeAccount, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'

// Two failed logins under one made-up username: the auditor exports exactly those rows.
let t: TestApp
let auditor: TestAccount
const probe = `probe_${Date.now().toString(36)}`
beforeAll(async () => {
  t = await startTestApp()
  auditor = await makeAccount(t, { role: 'auditor' })
  await t.post('/api/auth/login', { username: probe, password: 'x' })
  await t.post('/api/auth/login', { username: probe, password: 'y' })
})
afterAll(async () => { await t.close() })

const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19)

describe('audit log export', () => {
  it('holds every row the filters select, newest first, with Beijing times, labels, the change and the hash', async () => {
    const list = (await t.as(auditor).get(`/api/audit?actor=${probe}`)).json() as { items: AuditDto[] }
    const sheet = await openTable(await t.as(auditor).get(`/api/audit/export?actor=${probe}&pageSize=1`))
    expect(sheet.fileName).toMatch(/^审计日志_\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(sheet.rows).toHaveLength(2)
    expect(rowsByHeader(sheet).map((r) => [r['记录编号'], r['时间'], r['操作人'], r['IP 地址'], r['操作'], r['操作代码'], r['哈希']]))
      .toEqual(list.items.map((a) => [a.id, beijing(a.at), probe, a.ip, '登录失败', 'auth.login_failed', a.hash]))
    expect(JSON.parse(String(rowsByHeader(sheet)[0]['变更后']))).toEqual(list.items[0].after)
  })

  it('audits the export itself, is the auditor’s alone, and names a bad filter', async () => {
    await t.as(auditor).get(`/api/audit/export?actor=${probe}`)
    const exports = (await t.as(auditor).get(`/api/audit?action=audit.export&actor=${auditor.username}`)).json() as { items: AuditDto[] }
    expect(exports.items[0].after).toMatchObject({ filters: { actor: probe }, rows: 2 })
    const office = await makeAccount(t, { role: 'office' })
    expect((await t.as(office).get('/api/audit/export')).statusCode).toBe(403)
    await expectBadField(t.as(auditor), '/api/audit/export?from=2026-13-45', '开始日期')
  })
})
