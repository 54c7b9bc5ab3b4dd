import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, TEST_PASSWORD } from '../../platform/testing/factories'
import { forgetCachedSessions } from '../../platform/sessions'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'

let t: TestApp
beforeAll(async () => { t = await startTestApp() })
afterAll(async () => { await t.close() })

const login = (username: string, password: string) => t.post('/api/auth/login', { username, password })

describe('login', () => {
  it('returns a bearer token and sets an httpOnly SameSite=Strict cookie', async () => {
    const town = await makeTownship(t)
    const a = await makeAccount(t, { role: 'township', regionCode: town.code })
    const res = await login(a.username, TEST_PASSWORD)
    expect(res.statusCode).toBe(200)
    const cookie = String(res.headers['set-cookie'])
    expect(cookie).toMatch(/shian_session=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const me = await t.as({ token: res.json().token }).get('/api/me')
    expect(me.json()).toMatchObject({ username: a.username, role: 'township', regionName: town.name, roleLabel: '乡镇（街道）食安办' })
    // the cookie alone also works (web UI)
    const token = /shian_session=([^;]+)/.exec(cookie)![1]
    const viaCookie = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `shian_session=${token}` } })
    expect(viaCookie.statusCode).toBe(200)
  })

  it('answers a wrong password and an unknown username with the same Chinese message, and audits both', async () => {
    const a = await makeAccount(t, { role: 'office' })
    const wrong = await login(a.username, 'Wrong#Passw0rd')
    const unknown = await login('nobody_here', 'Wrong#Passw0rd')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json().message).toBe('用户名或密码错误')
    expect(unknown.json()).toEqual(wrong.json())
    const { rows } = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login_failed' AND actor_username IN (${a.username}, 'nobody_here')`)
    expect(rows[0].n).toBe(2)
  })

  it('locks after 5 failures for 15 minutes, for real and unknown usernames alike, and unlock ends it', async () => {
    const a = await makeAccount(t, { role: 'office' })
    const answers = []
    for (let i = 0; i < 5; i++) answers.push((await login(a.username, 'Wrong#Passw0rd')).json().code)
    expect(answers).toEqual(['wrong_credentials', 'wrong_credentials', 'wrong_credentials', 'wrong_credentials', 'locked'])
    const locked = await login(a.username, TEST_PASSWORD)
    expect(locked.statusCode).toBe(401)
    expect(locked.json().message).toContain('锁定 15 分钟')
    for (let i = 0; i < 5; i++) await login('ghost_user', 'Wrong#Passw0rd')
    expect((await login('ghost_user', 'x')).json().message).toBe(locked.json().message)
    // the administrator unlocks; the correct password works again
    const admin = await makeAccount(t, { role: 'sysadmin' })
    const unlock = await t.as(admin).post(`/api/accounts/${a.id}/unlock`)
    expect(unlock.statusCode).toBe(200)
    expect((await login(a.username, TEST_PASSWORD)).statusCode).toBe(200)
  })

  it('expires the lock after 15 minutes', async () => {
    const a = await makeAccount(t, { role: 'office' })
    for (let i = 0; i < 5; i++) await login(a.username, 'Wrong#Passw0rd')
    await t.db.execute(sql`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE username = ${a.username}`)
    expect((await login(a.username, TEST_PASSWORD)).statusCode).toBe(200)
  })

  it('refuses a disabled account with the same message', async () => {
    const a = await makeAccount(t, { role: 'office' })
    await t.db.execute(sql`UPDATE accounts SET disabled = true WHERE id = ${a.id}`)
    forgetCachedSessions() // an edit made in SQL, not through the service: the server would see it within 5 s
    expect((await login(a.username, TEST_PASSWORD)).json().message).toBe('用户名或密码错误')
    expect((await t.as(a).get('/api/me')).statusCode).toBe(401)
  })
})

describe('sessions', () => {
  it('logout revokes the token on the server', async () => {
    const a = await makeAccount(t, { role: 'office' })
    expect((await t.as(a).post('/api/auth/logout')).statusCode).toBe(200)
    const after = await t.as(a).get('/api/me')
    expect(after.statusCode).toBe(401)
    expect(after.json().message).toBe('登录已失效，请重新登录')
    expect(await t.auditFor(a.id)).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'auth.logout' })]))
  })

  it('ends a session idle for 30 minutes, and one older than 12 hours', async () => {
    const idle = await makeAccount(t, { role: 'office' })
    await t.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE account_id = ${idle.id}`)
    forgetCachedSessions() // edits made in SQL, not through the service: the server would see them within 5 s
    expect((await t.as(idle).get('/api/me')).statusCode).toBe(401)
    const old = await makeAccount(t, { role: 'office' })
    await t.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE account_id = ${old.id}`)
    forgetCachedSessions()
    expect((await t.as(old).get('/api/me')).statusCode).toBe(200)
    await t.db.execute(sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE account_id = ${old.id}`)
    forgetCachedSessions()
    expect((await t.as(old).get('/api/me')).statusCode).toBe(401)
  })

  it('answers 401 without a token and for a forged one', async () => {
    expect((await t.get('/api/me')).statusCode).toBe(401)
    expect((await t.as({ token: 'forged' }).get('/api/regions')).statusCode).toBe(401)
  })
})

describe('passwords', () => {
  it('enforces the policy on change, naming the field in Chinese', async () => {
    const a = await makeAccount(t, { role: 'office' })
    const cases: [string, string][] = [
      ['Sh0rt!a', '至少 10 个字符'],
      ['alllowercase1', '至少三类'],
      [`X1!${a.username}`, '不能包含用户名'],
    ]
    for (const [newPassword, expected] of cases) {
      const res = await t.as(a).post('/api/me/password', { oldPassword: TEST_PASSWORD, newPassword })
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toContain('新密码（newPassword）')
      expect(res.json().message).toContain(expected)
    }
    const wrongOld = await t.as(a).post('/api/me/password', { oldPassword: 'nope', newPassword: 'Good#Passw0rd2' })
    expect(wrongOld.json().message).toContain('原密码不正确')
  })

  it('changes the password, signs out other sessions and keeps this one', async () => {
    const a = await makeAccount(t, { role: 'office' })
    const other = (await login(a.username, TEST_PASSWORD)).json().token
    const res = await t.as(a).post('/api/me/password', { oldPassword: TEST_PASSWORD, newPassword: 'Good#Passw0rd2' })
    expect(res.statusCode).toBe(200)
    expect((await t.as(a).get('/api/me')).statusCode).toBe(200)
    expect((await t.as({ token: other }).get('/api/me')).statusCode).toBe(401)
    expect((await login(a.username, 'Good#Passw0rd2')).statusCode).toBe(200)
    expect((await t.auditFor(a.id)).map((r) => r.action)).toContain('auth.password_change')
  })

  it('forces a change before anything else when the account must change its password', async () => {
    const a = await makeAccount(t, { role: 'office', mustChangePassword: true })
    const me = await t.as(a).get('/api/me')
    expect(me.json().mustChangePassword).toBe(true)
    const blocked = await t.as(a).get('/api/regions')
    expect(blocked.statusCode).toBe(403)
    expect(blocked.json().message).toBe('首次登录须先修改密码')
    await t.as(a).post('/api/me/password', { oldPassword: TEST_PASSWORD, newPassword: 'Good#Passw0rd2' })
    expect((await t.as(a).get('/api/regions')).statusCode).toBe(200)
  })

  it('never stores or audits the password in clear', async () => {
    const a = await makeAccount(t, { role: 'office' })
    const { rows } = await t.db.execute<{ password_hash: string }>(sql`SELECT password_hash FROM accounts WHERE id = ${a.id}`)
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/)
    const audit = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE before::text LIKE ${'%' + TEST_PASSWORD + '%'} OR after::text LIKE ${'%' + TEST_PASSWORD + '%'}`)
    expect(audit.rows[0].n).toBe(0)
  })
})

describe('rate limit', () => {
  it('limits login attempts per IP', async () => {
    const limited = await startTestApp({ loginRateLimit: 3 })
    try {
      const codes = []
      for (let i = 0; i < 4; i++) codes.push((await limited.post('/api/auth/login', { username: 'x', password: 'y' })).statusCode)
      expect(codes).toEqual([401, 401, 401, 429])
      const last = await limited.post('/api/auth/login', { username: 'x', password: 'y' })
      expect(last.json().message).toBe('请求过于频繁，请稍后再试')
    } finally { await limited.close() }
  })
})
