import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'

let t: TestApp
beforeAll(async () => { t = await startTestApp() })
afterAll(async () => { await t.close() })

const tamper = async (statement: ReturnType<typeof sql>) => {
  // Only a database owner who switches the guard off can change a row: the chain must still notice.
  await t.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`)
  try { await t.db.execute(statement) } finally { await t.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`) }
}

describe('audit log', () => {
  it('records logins, failed logins and writes with who, when, IP, before and after', async () => {
    const auditor = await makeAccount(t, { role: 'auditor' })
    await t.post('/api/auth/login', { username: 'someone_wrong', password: 'x' })
    const res = (await t.as(auditor).get('/api/audit?action=auth.login_failed&actor=someone_wrong')).json()
    expect(res.total).toBe(1)
    expect(res.items[0]).toMatchObject({ action: 'auth.login_failed', actorUsername: 'someone_wrong', ip: '127.0.0.1', after: { reason: 'credentials' } })
    expect(res.items[0].hash).toMatch(/^[0-9a-f]{64}$/)
    const logins = (await t.as(auditor).get(`/api/audit?action=auth.login&actor=${auditor.username}`)).json()
    expect(logins.items[0]).toMatchObject({ actorUsername: auditor.username, actorRole: 'auditor' })
  })

  it('filters by date range in Asia/Shanghai days and rejects a malformed date in Chinese', async () => {
    const auditor = await makeAccount(t, { role: 'auditor' })
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    expect((await t.as(auditor).get(`/api/audit?from=${today}&to=${today}`)).json().total).toBeGreaterThan(0)
    expect((await t.as(auditor).get('/api/audit?to=2000-01-01')).json().total).toBe(0)
    const bad = await t.as(auditor).get('/api/audit?from=2026-13-45')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toBe('开始日期（from）：格式不正确')
  })

  it('refuses UPDATE, DELETE and TRUNCATE at the database level', async () => {
    await makeAccount(t, { role: 'office' })
    await expect(t.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow()
    await expect(t.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow()
    await expect(t.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow()
  })

  it('verifies an intact chain, and finds the first broken link after a row is changed or removed', async () => {
    const auditor = await makeAccount(t, { role: 'auditor' })
    for (let i = 0; i < 3; i++) await makeAccount(t, { role: 'office' })
    const intact = (await t.as(auditor).get('/api/audit/verify')).json()
    expect(intact).toMatchObject({ ok: true, firstBrokenId: null })
    expect(intact.rows).toBeGreaterThan(4)

    const { rows } = await t.db.execute<{ id: number }>(sql`SELECT id FROM audit_log ORDER BY id`)
    const changed = rows[2].id
    await tamper(sql`UPDATE audit_log SET after = '{"reason":"edited"}' WHERE id = ${changed}`)
    expect((await t.as(auditor).get('/api/audit/verify')).json()).toMatchObject({ ok: false, firstBrokenId: changed, reason: '该行内容被修改' })
  })

  it('finds a removed row', async () => {
    const other = await startTestApp()
    try {
      for (let i = 0; i < 4; i++) await makeAccount(other, { role: 'office' })
      const auditor = await makeAccount(other, { role: 'auditor' })
      const { rows } = await other.db.execute<{ id: number }>(sql`SELECT id FROM audit_log ORDER BY id`)
      await other.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`)
      await other.db.execute(sql`DELETE FROM audit_log WHERE id = ${rows[1].id}`)
      await other.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`)
      expect((await other.as(auditor).get('/api/audit/verify')).json()).toMatchObject({ ok: false, firstBrokenId: rows[2].id, reason: '该行之前的记录被删除或替换' })
    } finally { await other.close() }
  })

  it('keeps the chain a line under concurrent writes', async () => {
    const other = await startTestApp()
    try {
      await Promise.all(Array.from({ length: 12 }, () => other.post('/api/auth/login', { username: 'parallel', password: 'x' })))
      const auditor = await makeAccount(other, { role: 'auditor' })
      expect((await other.as(auditor).get('/api/audit/verify')).json()).toMatchObject({ ok: true })
    } finally { await other.close() }
  })
})
