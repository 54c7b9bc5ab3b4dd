import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { AccountQuery } from '../../../shared/accounts'
import type { Account } from '../../platform/context'
import type { Executor } from '../../platform/db'
import { accounts, loginThrottle, type AccountRow } from '../../platform/schema'
import { inScope } from '../../platform/scope'
import { forgetCachedSessions } from '../../platform/sessions'

const lockedSql = sql<boolean>`coalesce(${loginThrottle.lockedUntil} > now(), false)`

const selection = { account: accounts, locked: lockedSql }

export async function listAccountsInScope(db: Executor, viewer: Account, query: AccountQuery) {
  const filters: (SQL | undefined)[] = [inScope(accounts.regionCode, viewer)]
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`
    filters.push(or(ilike(accounts.username, pattern), ilike(accounts.displayName, pattern)))
  }
  if (query.role) filters.push(query.role === 'none' ? sql`${accounts.role} IS NULL` : eq(accounts.role, query.role))
  if (query.regionCode) filters.push(inScope(accounts.regionCode, { regionCode: query.regionCode }))
  const where = and(...filters)
  const pageSize = query.pageSize ?? 20
  const page = query.page ?? 1
  const [items, [{ total }]] = await Promise.all([
    db.select(selection).from(accounts).leftJoin(loginThrottle, eq(loginThrottle.username, accounts.username))
      .where(where).orderBy(desc(accounts.createdAt), accounts.username).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ total: count() }).from(accounts).where(where),
  ])
  return { items, total }
}

export const findAccountInScope = (db: Executor, viewer: Pick<Account, 'regionCode'>, id: string) =>
  db.select(selection).from(accounts).leftJoin(loginThrottle, eq(loginThrottle.username, accounts.username))
    .where(and(eq(accounts.id, id), inScope(accounts.regionCode, viewer))).then(([row]) => row)

export const usernameTaken = (db: Executor, username: string) =>
  db.$count(accounts, sql`lower(${accounts.username}) = lower(${username})`).then((n) => n > 0)

export const insertAccount = (db: Executor, row: typeof accounts.$inferInsert) =>
  db.insert(accounts).values(row).returning().then(([saved]) => saved)

// The signed-in account is cached with its session (platform/sessions): a change to it clears that memory.
export const updateAccount = (db: Executor, id: string, patch: Partial<AccountRow>) =>
  db.update(accounts).set({ ...patch, updatedAt: sql`now()` }).where(eq(accounts.id, id)).returning()
    .then(([saved]) => { forgetCachedSessions(); return saved })

export const clearLock = (db: Executor, username: string) =>
  db.delete(loginThrottle).where(eq(loginThrottle.username, username)).returning().then((rows) => rows.length > 0)

export const countRole = (db: Executor, role: string) =>
  db.$count(accounts, and(eq(accounts.role, role), eq(accounts.disabled, false)))

export const findAccountByUsername = (db: Executor, username: string) =>
  db.select().from(accounts).where(eq(accounts.username, username)).then(([row]) => row)

export const idsByUsername = (db: Executor, usernames: string[]) =>
  db.select({ id: accounts.id, username: accounts.username }).from(accounts).where(inArray(accounts.username, usernames))
