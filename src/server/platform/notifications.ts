import { and, count, desc, eq, inArray, isNull, or } from 'drizzle-orm'
import type { Account } from './context'
import type { Executor } from './db'
import { notificationReads, notifications } from './schema'

/**
 * The bell: notifications addressed to a unit (every account of the unit sees them) or to one account.
 * Modules call notify() inside their own transaction; a dedupeKey makes a reminder idempotent.
 */
export interface NewNotification {
  unitId?: string | null
  accountId?: string | null
  regionCode: string
  kind: string
  title: string
  body?: string | null
  link?: string | null
  dedupeKey?: string | null
}

/** Returns how many were new (a repeated dedupeKey is skipped). */
export async function notify(db: Executor, items: NewNotification[]): Promise<number> {
  if (!items.length) return 0
  const rows = await db.insert(notifications).values(items.map((n) => ({ ...n, title: n.title.slice(0, 200) }))).onConflictDoNothing().returning({ id: notifications.id })
  return rows.length
}

const mine = (account: Pick<Account, 'id' | 'unitId'>) =>
  account.unitId ? or(eq(notifications.accountId, account.id), eq(notifications.unitId, account.unitId)) : eq(notifications.accountId, account.id)

export function listNotifications(db: Executor, account: Pick<Account, 'id' | 'unitId'>, limit = 50) {
  return db.select({ n: notifications, readAt: notificationReads.readAt }).from(notifications)
    .leftJoin(notificationReads, and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.accountId, account.id)))
    .where(mine(account)).orderBy(desc(notifications.createdAt)).limit(limit)
}

export function unreadCount(db: Executor, account: Pick<Account, 'id' | 'unitId'>) {
  return db.select({ n: count() }).from(notifications)
    .leftJoin(notificationReads, and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.accountId, account.id)))
    .where(and(mine(account), isNull(notificationReads.readAt))).then(([r]) => r.n)
}

/** Marks the caller's notifications read: the given ones, or all. Returns how many were newly read. */
export async function markRead(db: Executor, account: Pick<Account, 'id' | 'unitId'>, ids: string[] | 'all') {
  if (ids !== 'all' && !ids.length) return 0
  const targets = await db.select({ id: notifications.id }).from(notifications)
    .where(and(mine(account), ids === 'all' ? undefined : inArray(notifications.id, ids)))
  if (!targets.length) return 0
  const rows = await db.insert(notificationReads).values(targets.map((t) => ({ notificationId: t.id, accountId: account.id }))).onConflictDoNothing().returning()
  return rows.length
}
