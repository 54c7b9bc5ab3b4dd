import { ROLE_LABELS, type Role } from '../../../shared/roles'
import type { ChangePasswordInput, LoginDto, LoginInput, MeDto } from '../../../shared/auth'
import { writeAudit } from '../../platform/audit'
import type { RequestContext, SignedInContext } from '../../platform/context'
import { AppError, badRequest } from '../../platform/errors'
import { assertPasswordPolicy, hashPassword, verifyNothing, verifyPassword } from '../../platform/passwords'
import { permissionsOf } from '../../platform/permissions'
import { createSession, revokeAccountSessions, revokeSession } from '../../platform/sessions'
import { regionNames, unitNames } from '../regions/service'
import * as q from './queries'

// One message for a wrong password, an unknown username and a disabled account: none reveals which it was.
const WRONG = '用户名或密码错误'
const lockedMessage = (minutes: number) => `登录失败次数过多，账号已锁定 ${minutes} 分钟，请稍后再试或联系系统管理员解锁`

export async function login(ctx: RequestContext, input: LoginInput): Promise<LoginDto> {
  const username = input.username.trim()
  const { config } = ctx
  const throttle = await q.findThrottle(ctx.db, username)
  if (throttle?.lockedUntil && throttle.lockedUntil > new Date()) {
    await writeAudit(ctx.db, ctx, { action: 'auth.login_failed', actor: { username }, after: { reason: 'locked' } })
    throw new AppError(401, 'locked', lockedMessage(config.lockMinutes))
  }
  const account = await q.findAccountByUsername(ctx.db, username)
  const valid = account ? await verifyPassword(account.passwordHash, input.password) : (await verifyNothing(input.password), false)
  if (!account || !valid || account.disabled) {
    const row = await ctx.db.transaction(async (tx) => {
      const after = await q.recordFailure(tx, username, config.maxFailedLogins, config.lockMinutes)
      await writeAudit(tx, ctx, { action: 'auth.login_failed', actor: { username }, after: { reason: 'credentials', locked: Boolean(after.lockedUntil) } })
      return after
    })
    if (row.lockedUntil) throw new AppError(401, 'locked', lockedMessage(config.lockMinutes))
    throw new AppError(401, 'wrong_credentials', WRONG)
  }
  const session = await ctx.db.transaction(async (tx) => {
    await q.clearThrottle(tx, username)
    await q.markLoggedIn(tx, account.id)
    const created = await createSession(tx, config, account.id, ctx.ip, ctx.userAgent)
    await writeAudit(tx, ctx, { action: 'auth.login', entityType: 'account', entityId: account.id, actor: account })
    return created
  })
  const me = await describeAccount(ctx, account.id)
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), account: me }
}

export async function logout(ctx: SignedInContext) {
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, ctx.account.sessionTokenHash)
    await writeAudit(tx, ctx, { action: 'auth.logout', entityType: 'account', entityId: ctx.account.id })
  })
}

export async function describeAccount(ctx: Pick<RequestContext, 'db'>, accountId: string): Promise<MeDto> {
  const account = await q.findAccountById(ctx.db, accountId)
  if (!account) throw new AppError(401, 'unauthorized', '登录已失效，请重新登录')
  const [regions, units, permissions] = await Promise.all([
    regionNames(ctx, [account.regionCode]),
    unitNames(ctx, account.unitId ? [account.unitId] : []),
    permissionsOf(ctx.db, account.role),
  ])
  return {
    id: account.id, username: account.username, displayName: account.displayName, role: account.role,
    roleLabel: account.role ? ROLE_LABELS[account.role as Role] ?? account.role : '未分配角色',
    regionCode: account.regionCode, regionName: regions.get(account.regionCode) ?? account.regionCode,
    unitId: account.unitId, unitName: account.unitId ? units.get(account.unitId) ?? null : null,
    permissions: [...permissions].sort(), mustChangePassword: account.mustChangePassword,
  }
}

export async function changePassword(ctx: SignedInContext, input: ChangePasswordInput) {
  const account = await q.findAccountById(ctx.db, ctx.account.id)
  if (!account || !(await verifyPassword(account.passwordHash, input.oldPassword))) throw badRequest('原密码（oldPassword）：原密码不正确')
  assertPasswordPolicy(input.newPassword, account.username, 'newPassword', '新密码')
  if (input.newPassword === input.oldPassword) throw badRequest('新密码（newPassword）：不能与原密码相同')
  const passwordHash = await hashPassword(input.newPassword)
  await ctx.db.transaction(async (tx) => {
    await q.updatePassword(tx, account.id, passwordHash, false)
    // Other devices signed in with the old password are signed out; this one stays.
    await revokeAccountSessions(tx, account.id, ctx.account.sessionTokenHash)
    await writeAudit(tx, ctx, { action: 'auth.password_change', entityType: 'account', entityId: account.id })
  })
}
