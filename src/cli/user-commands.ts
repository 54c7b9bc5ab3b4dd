import { randomBytes } from 'node:crypto'
import { ROLES } from '../shared/roles'
import { writeAudit } from '../server/platform/audit'
import type { RequestContext } from '../server/platform/context'
import type { Database } from '../server/platform/db'
import { AppError } from '../server/platform/errors'
import { assertPasswordPolicy } from '../server/platform/passwords'
import { cliResetAccountPassword, cliUnlockAccount, seedAccount } from '../server/modules/accounts/service'
import { regionExists, unitIdByCode } from '../server/modules/regions/service'

type Actor = Pick<RequestContext, 'account' | 'ip'>

/** A random password that satisfies the policy: printed once, to be changed at first login. */
const generatedPassword = () => `Sh-${randomBytes(9).toString('base64url')}7a`

const explain = (e: unknown) => { throw e instanceof AppError ? new Error(e.message) : e }

export async function cliCreateUser(db: Database, actor: Actor, username: string, opts: { name: string; region: string; role?: string; unit?: string; password?: string }) {
  if (opts.role && !(ROLES as readonly string[]).includes(opts.role)) throw new Error(`角色（--role）：取值无效，可选 ${ROLES.join('、')}`)
  if (!/^[0-9]{12}$/.test(opts.region) || !(await regionExists(db, opts.region))) throw new Error(`所属区划（--region）：${opts.region} 不存在`)
  const unitId = opts.unit ? await unitIdByCode(db, opts.unit) : null
  if (opts.unit && !unitId) throw new Error(`所属单位（--unit）：${opts.unit} 不存在`)
  const password = opts.password ?? generatedPassword()
  try { assertPasswordPolicy(password, username, '--password', '密码') } catch (e) { explain(e) }
  const created = await db.transaction(async (tx) => {
    const made = await seedAccount(tx, { username, displayName: opts.name, password, role: opts.role ?? null, regionCode: opts.region, unitId, mustChangePassword: true })
    if (made) await writeAudit(tx, actor, { action: 'account.create', entityType: 'account', entityId: username, after: { username, role: opts.role ?? null, regionCode: opts.region }, actor: { username: 'cli' } })
    return made
  })
  if (!created) throw new Error(`用户名 ${username} 已存在`)
  console.log(`已创建账号 ${username}${opts.password ? '' : `，初始密码：${password}`}（首次登录须修改密码）`)
}

export async function cliResetPassword(db: Database, actor: Actor, username: string, given?: string) {
  const password = given ?? generatedPassword()
  try { assertPasswordPolicy(password, username, '--password', '密码') } catch (e) { explain(e) }
  if (!(await cliResetAccountPassword(db, actor, username, password))) throw new Error(`账号 ${username} 不存在`)
  console.log(`已重置 ${username} 的密码${given ? '' : `：${password}`}（首次登录须修改密码；其所有会话已注销）`)
}

export async function cliUnlock(db: Database, actor: Actor, username: string) {
  const unlocked = await cliUnlockAccount(db, actor, username)
  console.log(unlocked ? `已解除 ${username} 的登录锁定` : `${username} 未被锁定`)
}
