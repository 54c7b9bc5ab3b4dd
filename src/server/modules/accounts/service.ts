import type { AccountDto, AccountQuery, CreateAccountInput, UpdateAccountInput } from '../../../shared/accounts'
import { ROLES, isAdminRole } from '../../../shared/roles'
import { writeAudit } from '../../platform/audit'
import type { RequestContext, SignedInContext } from '../../platform/context'
import type { Database, Executor } from '../../platform/db'
import { badRequest, conflict, notFound } from '../../platform/errors'
import { assertPasswordPolicy, hashPassword } from '../../platform/passwords'
import type { AccountRow } from '../../platform/schema'
import { revokeAccountSessions } from '../../platform/sessions'
import { findRegionInScope, findUnitInScope, regionNames, unitNames } from '../regions/service'
import { auditView, toAccountDto } from './presenter'
import * as q from './queries'

async function present(ctx: SignedInContext, rows: { account: AccountRow; locked: boolean }[]): Promise<AccountDto[]> {
  const [regions, units] = await Promise.all([
    regionNames(ctx, rows.map((r) => r.account.regionCode)),
    unitNames(ctx, rows.flatMap((r) => (r.account.unitId ? [r.account.unitId] : []))),
  ])
  return rows.map((r) => toAccountDto(r.account, r.locked, regions.get(r.account.regionCode) ?? r.account.regionCode,
    r.account.unitId ? units.get(r.account.unitId) ?? null : null))
}

export async function listAccounts(ctx: SignedInContext, query: AccountQuery) {
  const { items, total } = await q.listAccountsInScope(ctx.db, ctx.account, query)
  return { items: await present(ctx, items), total }
}

export async function getAccount(ctx: SignedInContext, id: string): Promise<AccountDto> {
  const row = await q.findAccountInScope(ctx.db, ctx.account, id)
  if (!row) throw notFound('账号')
  return (await present(ctx, [row]))[0]
}

async function loadForChange(tx: Executor, ctx: SignedInContext, id: string) {
  const row = await q.findAccountInScope(tx, ctx.account, id)
  if (!row) throw notFound('账号')
  return row.account
}

async function checkPlacement(ctx: SignedInContext, regionCode?: string, unitId?: string | null) {
  if (regionCode !== undefined && !(await findRegionInScope(ctx, regionCode))) {
    throw badRequest('所属区划（regionCode）：不存在或不在您的管理范围内')
  }
  if (unitId && !(await findUnitInScope(ctx, unitId))) throw badRequest('所属单位（unitId）：单位不存在')
}

/** Created without a role: the security administrator assigns it (三员分立). */
export async function createAccount(ctx: SignedInContext, input: CreateAccountInput): Promise<AccountDto> {
  const username = input.username.trim()
  assertPasswordPolicy(input.password, username, 'password', '初始密码')
  await checkPlacement(ctx, input.regionCode, input.unitId)
  const passwordHash = await hashPassword(input.password)
  const id = await ctx.db.transaction(async (tx) => {
    if (await q.usernameTaken(tx, username)) throw conflict(`用户名（username）：“${username}”已存在`)
    const saved = await q.insertAccount(tx, {
      username, displayName: input.displayName.trim(), passwordHash, role: null, regionCode: input.regionCode,
      unitId: input.unitId ?? null, phone: input.phone ?? null, mustChangePassword: ctx.config.production,
    })
    await writeAudit(tx, ctx, { action: 'account.create', entityType: 'account', entityId: saved.id, after: auditView(saved) })
    return saved.id
  })
  return getAccount(ctx, id)
}

export async function updateAccount(ctx: SignedInContext, id: string, patch: UpdateAccountInput): Promise<AccountDto> {
  await checkPlacement(ctx, patch.regionCode, patch.unitId)
  if (patch.disabled && id === ctx.account.id) throw badRequest('停用（disabled）：不能停用自己的账号')
  await ctx.db.transaction(async (tx) => {
    const before = await loadForChange(tx, ctx, id)
    const after = await q.updateAccount(tx, id, {
      ...(patch.displayName !== undefined && { displayName: patch.displayName.trim() }),
      ...(patch.regionCode !== undefined && { regionCode: patch.regionCode }),
      ...(patch.unitId !== undefined && { unitId: patch.unitId }),
      ...(patch.phone !== undefined && { phone: patch.phone }),
      ...(patch.disabled !== undefined && { disabled: patch.disabled }),
    })
    if (patch.disabled) await revokeAccountSessions(tx, id)
    await writeAudit(tx, ctx, { action: 'account.update', entityType: 'account', entityId: id, before: auditView(before), after: auditView(after) })
  })
  return getAccount(ctx, id)
}

export async function resetPassword(ctx: SignedInContext, id: string, password: string): Promise<AccountDto> {
  await ctx.db.transaction(async (tx) => {
    const account = await loadForChange(tx, ctx, id)
    assertPasswordPolicy(password, account.username, 'password', '新密码')
    await q.updateAccount(tx, id, { passwordHash: await hashPassword(password), mustChangePassword: ctx.config.production, passwordChangedAt: new Date() })
    await revokeAccountSessions(tx, id)
    await q.clearLock(tx, account.username)
    await writeAudit(tx, ctx, { action: 'account.reset_password', entityType: 'account', entityId: id })
  })
  return getAccount(ctx, id)
}

export async function unlockAccount(ctx: SignedInContext, id: string): Promise<AccountDto> {
  await ctx.db.transaction(async (tx) => {
    const account = await loadForChange(tx, ctx, id)
    const cleared = await q.clearLock(tx, account.username)
    if (cleared) await writeAudit(tx, ctx, { action: 'account.unlock', entityType: 'account', entityId: id })
  })
  return getAccount(ctx, id)
}

/** One role per account, so 三员 cannot be combined; the security administrator cannot change their own role. */
export async function assignRole(ctx: SignedInContext, id: string, role: string | null): Promise<AccountDto> {
  if (role !== null && !(ROLES as readonly string[]).includes(role)) throw badRequest('角色（role）：取值无效')
  if (id === ctx.account.id) throw badRequest('角色（role）：不能修改自己的角色')
  await ctx.db.transaction(async (tx) => {
    const before = await loadForChange(tx, ctx, id)
    if (before.role && isAdminRole(before.role) && before.role !== role && (await q.countRole(tx, before.role)) <= 1) {
      throw conflict('角色（role）：这是该管理员角色的最后一个账号，不能移除')
    }
    const after = await q.updateAccount(tx, id, { role })
    await revokeAccountSessions(tx, id) // the new permissions apply from the next sign-in
    await writeAudit(tx, ctx, { action: 'account.role_assign', entityType: 'account', entityId: id, before: { role: before.role }, after: { role: after.role } })
  })
  return getAccount(ctx, id)
}

/**
 * A business's own login, opened by the regulator that registered the business (inside the caller's
 * transaction, which links it to the entity). Role fixed to business; the first sign-in must change the
 * password. Returns the new account's id.
 */
export async function createBusinessAccount(tx: Executor, ctx: SignedInContext, input: { username: string; displayName: string; password: string; regionCode: string; phone: string | null }) {
  const username = input.username.trim()
  assertPasswordPolicy(input.password, username, 'password', '初始密码')
  if (await q.usernameTaken(tx, username)) throw conflict(`用户名（username）：“${username}”已存在`)
  const saved = await q.insertAccount(tx, {
    username, displayName: input.displayName.trim(), passwordHash: await hashPassword(input.password), role: 'business',
    regionCode: input.regionCode, unitId: null, phone: input.phone, mustChangePassword: true,
  })
  await writeAudit(tx, ctx, { action: 'account.create', entityType: 'account', entityId: saved.id, after: auditView(saved) })
  return saved.id
}

export interface AccountSeed { username: string; displayName: string; password: string; role: string | null; regionCode: string; unitId: string | null; mustChangePassword: boolean }

/** For the demo loader and the CLI: creates the account unless the username exists; returns whether it did. */
export async function seedAccount(tx: Executor, seed: AccountSeed): Promise<boolean> {
  if (await q.usernameTaken(tx, seed.username)) return false
  await q.insertAccount(tx, {
    username: seed.username, displayName: seed.displayName, passwordHash: await hashPassword(seed.password), role: seed.role,
    regionCode: seed.regionCode, unitId: seed.unitId, mustChangePassword: seed.mustChangePassword,
  })
  return true
}

/** CLI: the operator resets a password by username (no scope: the operator holds the server). */
export async function cliResetAccountPassword(db: Database, actor: Pick<RequestContext, 'account' | 'ip'>, username: string, password: string) {
  const passwordHash = await hashPassword(password)
  return db.transaction(async (tx) => {
    const account = await q.findAccountByUsername(tx, username)
    if (!account) return false
    await q.updateAccount(tx, account.id, { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() })
    await revokeAccountSessions(tx, account.id)
    await q.clearLock(tx, username)
    await writeAudit(tx, actor, { action: 'account.reset_password', entityType: 'account', entityId: account.id, actor: { username: 'cli' } })
    return true
  })
}

export async function cliUnlockAccount(db: Database, actor: Pick<RequestContext, 'account' | 'ip'>, username: string) {
  return db.transaction(async (tx) => {
    const cleared = await q.clearLock(tx, username)
    if (cleared) await writeAudit(tx, actor, { action: 'account.unlock', entityType: 'account', entityId: username, actor: { username: 'cli' } })
    return cleared
  })
}

/** Ids of accounts by username (seeding links records to the demo accounts). */
export async function accountIdsByUsername(db: Executor, usernames: string[]): Promise<[string, string][]> {
  return (await q.idsByUsername(db, usernames)).map((r) => [r.username, r.id])
}
