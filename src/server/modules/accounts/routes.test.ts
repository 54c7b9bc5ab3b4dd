import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COUNTY, makeAccount, makeTownship, TEST_PASSWORD } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { DEFAULT_ROLE_PERMISSIONS } from '../../../shared/roles'

let t: TestApp
beforeAll(async () => { t = await startTestApp() })
afterAll(async () => { await t.close() })

const newAccount = (overrides: Record<string, unknown> = {}) => ({
  username: `new${Math.random().toString(36).slice(2, 8)}`, displayName: '新同事', password: 'Strong#Pass2026', regionCode: COUNTY, ...overrides,
})

describe('account management (system administrator)', () => {
  it('creates an account without a role, audited, with no password hash in the answer', async () => {
    const admin = await makeAccount(t, { role: 'sysadmin' })
    const res = await t.as(admin).post('/api/accounts', newAccount({ username: 'zhangsan' }))
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ username: 'zhangsan', role: null, roleLabel: '未分配角色', regionName: '测试县' })
    expect(res.body).not.toContain('argon2')
    expect(await t.auditFor(res.json().id)).toMatchObject([{ action: 'account.create', actorId: admin.id }])
    // without a role the account signs in but may use nothing
    const login = await t.post('/api/auth/login', { username: 'zhangsan', password: 'Strong#Pass2026' })
    expect(login.json().account.permissions).toEqual([])
    expect((await t.as(login.json()).get('/api/regions')).statusCode).toBe(403)
  })

  it('refuses a weak password, a duplicate username and an unknown region, writing nothing', async () => {
    const admin = await makeAccount(t, { role: 'sysadmin' })
    const weak = await t.as(admin).post('/api/accounts', newAccount({ username: 'weakling', password: 'password' }))
    expect(weak.statusCode).toBe(400)
    expect(weak.json().message).toContain('初始密码（password）：至少 10 个字符')
    const dup = await t.as(admin).post('/api/accounts', newAccount({ username: admin.username }))
    expect(dup.statusCode).toBe(409)
    expect(dup.json().message).toContain('用户名（username）')
    const region = await t.as(admin).post('/api/accounts', newAccount({ username: 'noregion', regionCode: '411721888000' }))
    expect(region.statusCode).toBe(400)
    expect(region.json().message).toBe('所属区划（regionCode）：不存在或不在您的管理范围内')
    expect(await t.count('accounts', { username: 'weakling' })).toBe(0)
    expect(await t.count('accounts', { username: 'noregion' })).toBe(0)
  })

  it('disables an account: its sessions end at once', async () => {
    const admin = await makeAccount(t, { role: 'sysadmin' })
    const victim = await makeAccount(t, { role: 'office' })
    expect((await t.as(victim).get('/api/me')).statusCode).toBe(200) // the live session is now remembered by the server
    const res = await t.as(admin).patch(`/api/accounts/${victim.id}`, { disabled: true })
    expect(res.json().disabled).toBe(true)
    expect((await t.as(victim).get('/api/me')).statusCode).toBe(401)
    expect((await t.as(admin).patch(`/api/accounts/${admin.id}`, { disabled: true })).json().message).toBe('停用（disabled）：不能停用自己的账号')
  })

  it('resets a password: old sessions end and the new password works', async () => {
    const admin = await makeAccount(t, { role: 'sysadmin' })
    const user = await makeAccount(t, { role: 'office' })
    expect((await t.as(user).get('/api/me')).statusCode).toBe(200)
    const res = await t.as(admin).post(`/api/accounts/${user.id}/reset-password`, { password: 'Reset#Pass2026' })
    expect(res.statusCode).toBe(200)
    expect((await t.as(user).get('/api/me')).statusCode).toBe(401)
    expect((await t.post('/api/auth/login', { username: user.username, password: 'Reset#Pass2026' })).statusCode).toBe(200)
    expect((await t.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD })).statusCode).toBe(401)
  })

  it('keeps a township-level account manager to its township', async () => {
    const home = await makeTownship(t)
    const other = await makeTownship(t)
    const local = await makeAccount(t, { role: 'sysadmin', regionCode: home.code })
    const stranger = await makeAccount(t, { role: 'township', regionCode: other.code })
    const neighbour = await makeAccount(t, { role: 'township', regionCode: home.code })
    const list = (await t.as(local).get('/api/accounts?pageSize=200')).json()
    expect(list.items.map((a: { id: string }) => a.id)).toContain(neighbour.id)
    expect(list.items.map((a: { id: string }) => a.id)).not.toContain(stranger.id)
    for (const res of [
      await t.as(local).get(`/api/accounts/${stranger.id}`),
      await t.as(local).patch(`/api/accounts/${stranger.id}`, { displayName: '改名' }),
      await t.as(local).post(`/api/accounts/${stranger.id}/reset-password`, { password: 'Other#Pass2026' }),
      await t.as(local).post(`/api/accounts/${stranger.id}/unlock`),
    ]) {
      expect(res.statusCode).toBe(404)
      expect(res.json().message).toBe('账号不存在')
    }
    const placed = await t.as(local).post('/api/accounts', newAccount({ regionCode: other.code }))
    expect(placed.statusCode).toBe(400)
    expect((await t.as(stranger).get('/api/me')).json().displayName).toBe('测试用户')
  })

  it('filters by keyword and role, paginated', async () => {
    const admin = await makeAccount(t, { role: 'sysadmin' })
    await makeAccount(t, { role: 'leader', username: 'leader_findme' })
    const found = (await t.as(admin).get('/api/accounts?q=findme')).json()
    expect(found.items.map((a: { username: string }) => a.username)).toEqual(['leader_findme'])
    const leaders = (await t.as(admin).get('/api/accounts?role=leader&pageSize=1')).json()
    expect(leaders.items).toHaveLength(1)
    expect(leaders.total).toBeGreaterThanOrEqual(1)
  })
})

describe('三员分立', () => {
  it('the system administrator cannot read the audit log or assign roles', async () => {
    const admin = await makeAccount(t, { role: 'sysadmin' })
    const target = await makeAccount(t, { role: null })
    expect((await t.as(admin).get('/api/audit')).statusCode).toBe(403)
    expect((await t.as(admin).put(`/api/accounts/${target.id}/role`, { role: 'office' })).statusCode).toBe(403)
    expect((await t.as(admin).put('/api/roles/office/permissions', { permissions: [] })).statusCode).toBe(403)
  })

  it('the security administrator assigns roles and permissions but manages no accounts and reads no audit', async () => {
    const sec = await makeAccount(t, { role: 'secadmin' })
    const target = await makeAccount(t, { role: null })
    const res = await t.as(sec).put(`/api/accounts/${target.id}/role`, { role: 'leader' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ role: 'leader', roleLabel: '县领导' })
    expect(await t.auditFor(target.id)).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'account.role_assign', after: { role: 'leader' } })]))
    expect((await t.as(sec).post('/api/accounts', newAccount())).statusCode).toBe(403)
    expect((await t.as(sec).get('/api/audit')).statusCode).toBe(403)
    expect((await t.as(sec).put(`/api/accounts/${sec.id}/role`, { role: 'auditor' })).json().message).toBe('角色（role）：不能修改自己的角色')
    expect((await t.as(sec).put(`/api/accounts/${target.id}/role`, { role: 'superuser' })).statusCode).toBe(400)
  })

  it('only the auditor reads the audit log', async () => {
    const auditor = await makeAccount(t, { role: 'auditor' })
    expect((await t.as(auditor).get('/api/audit')).statusCode).toBe(200)
    expect((await t.as(auditor).post('/api/accounts', newAccount())).statusCode).toBe(403)
    for (const role of ['office', 'leader', 'township', 'inspector', 'unit_staff', 'coordinator']) {
      const other = await makeAccount(t, { role })
      expect((await t.as(other).get('/api/audit')).statusCode).toBe(403)
    }
  })

  it('administrator permissions can never be granted to a business role, and the 三员 roles are fixed', async () => {
    const sec = await makeAccount(t, { role: 'secadmin' })
    const grant = await t.as(sec).put('/api/roles/office/permissions', { permissions: ['regions.read', 'audit.read'] })
    expect(grant.statusCode).toBe(400)
    expect(grant.json().message).toContain('查看与校验审计日志 只属于三员')
    const fixed = await t.as(sec).put('/api/roles/sysadmin/permissions', { permissions: ['audit.read'] })
    expect(fixed.statusCode).toBe(400)
    expect(fixed.json().message).toContain('权限固定')
  })

  it('a permission removed by the security administrator takes effect and is audited', async () => {
    const sec = await makeAccount(t, { role: 'secadmin' })
    const coordinator = await makeAccount(t, { role: 'coordinator' })
    expect((await t.as(coordinator).get('/api/regions')).statusCode).toBe(200)
    const res = await t.as(sec).put('/api/roles/coordinator/permissions', { permissions: [] })
    expect(res.json()).toMatchObject({ role: 'coordinator', permissions: [] })
    expect((await t.as(coordinator).get('/api/regions')).statusCode).toBe(403)
    expect(await t.auditFor('coordinator')).toMatchObject([{ action: 'role.permissions_update', before: { permissions: [...DEFAULT_ROLE_PERMISSIONS.coordinator].sort() }, after: { permissions: [] } }])
    await t.as(sec).put('/api/roles/coordinator/permissions', { permissions: [...DEFAULT_ROLE_PERMISSIONS.coordinator] })
  })

  it('lists roles with their permissions for the security administrator', async () => {
    const sec = await makeAccount(t, { role: 'secadmin' })
    const roles = (await t.as(sec).get('/api/roles')).json()
    expect(roles.find((r: { role: string }) => r.role === 'sysadmin')).toMatchObject({ adminRole: true, editable: false, permissions: ['regions.read', 'units.read', 'accounts.read', 'accounts.manage'] })
    expect(roles.find((r: { role: string }) => r.role === 'office')).toMatchObject({ label: '县食安办', editable: true })
    const catalogue = (await t.as(sec).get('/api/permissions')).json()
    expect(catalogue.find((p: { permission: string }) => p.permission === 'audit.read')).toMatchObject({ adminOnly: true })
  })
})

describe('production (SHIAN_ENV=production)', () => {
  it('forces a password change at first sign-in of a created or reset account', async () => {
    const prod = await startTestApp({ config: { production: true } })
    try {
      const admin = await makeAccount(prod, { role: 'sysadmin' })
      const created = (await prod.as(admin).post('/api/accounts', newAccount({ username: 'produser' }))).json()
      expect(created.mustChangePassword).toBe(true)
      const session = (await prod.post('/api/auth/login', { username: 'produser', password: 'Strong#Pass2026' })).json()
      expect(session.account.mustChangePassword).toBe(true)
      await prod.as(session).post('/api/me/password', { oldPassword: 'Strong#Pass2026', newPassword: 'Changed#Pass2026' })
      expect((await prod.as(session).get('/api/me')).json().mustChangePassword).toBe(false)
      const reset = (await prod.as(admin).post(`/api/accounts/${created.id}/reset-password`, { password: 'Reset#Pass2026x' })).json()
      expect(reset.mustChangePassword).toBe(true)
    } finally { await prod.close() }
  })
})
