import { eq, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db'
import { accounts, loginThrottle } from '../../platform/schema'
import { forgetCachedSessions } from '../../platform/sessions'

export const findAccountByUsername = (db: Executor, username: string) =>
  db.select().from(accounts).where(eq(accounts.username, username)).then(([row]) => row)

export const findAccountById = (db: Executor, id: string) =>
  db.select().from(accounts).where(eq(accounts.id, id)).then(([row]) => row)

export const findThrottle = (db: Executor, username: string) =>
  db.select().from(loginThrottle).where(eq(loginThrottle.username, username)).then(([row]) => row)

/** Counts one more failure; the maxFailures-th locks the name for lockMinutes and starts the count again. */
export const recordFailure = (db: Executor, username: string, maxFailures: number, lockMinutes: number) =>
  db.insert(loginThrottle).values({ username, failures: 1 })
    .onConflictDoUpdate({
      target: loginThrottle.username,
      set: {
        failures: sql`CASE WHEN ${loginThrottle.lockedUntil} IS NOT NULL AND ${loginThrottle.lockedUntil} <= now() THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
        lockedUntil: sql`CASE WHEN ${loginThrottle.lockedUntil} IS NOT NULL AND ${loginThrottle.lockedUntil} <= now() THEN NULL ELSE ${loginThrottle.lockedUntil} END`,
        lastFailureAt: sql`now()`,
      },
    }).returning().then(async ([row]) => {
      if (row.failures >= maxFailures && !row.lockedUntil) {
        const [locked] = await db.update(loginThrottle).set({ lockedUntil: sql`now() + make_interval(mins => ${lockMinutes})`, failures: 0 })
          .where(eq(loginThrottle.username, username)).returning()
        return locked
      }
      return row
    })

export const clearThrottle = (db: Executor, username: string) =>
  db.delete(loginThrottle).where(eq(loginThrottle.username, username))

export const markLoggedIn = (db: Executor, id: string) =>
  db.update(accounts).set({ lastLoginAt: sql`now()` }).where(eq(accounts.id, id))

// The signed-in account is cached with its session (platform/sessions): a change to it clears that memory.
export const updatePassword = (db: Executor, id: string, passwordHash: string, mustChangePassword: boolean) =>
  db.update(accounts).set({ passwordHash, mustChangePassword, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(accounts.id, id)).then((r) => { forgetCachedSessions(); return r })
