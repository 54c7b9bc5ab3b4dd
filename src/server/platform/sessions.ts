import { createHash, randomBytes } from 'node:crypto'
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Config } from './config'
import type { Executor } from './db'
import { accounts, sessions } from './schema'

export const SESSION_COOKIE = 'shian_session'

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export async function createSession(db: Executor, config: Config, accountId: string, ip: string, userAgent: string) {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + config.sessionAbsoluteHours * 3600_000)
  await db.insert(sessions).values({ tokenHash: hashToken(token), accountId, expiresAt, ip, userAgent: userAgent.slice(0, 256) })
  return { token, expiresAt }
}

// Every request looks its session up: under load that is one database round trip in two. A live session is
// remembered for a few seconds; whatever ends a session or changes an account in this (single) server process
// clears the memory at once, so only an edit made directly in the database waits up to SESSION_CACHE_MS.
const SESSION_CACHE_MS = 5000
const SESSION_CACHE_MAX = 10_000
type LiveSession = NonNullable<Awaited<ReturnType<typeof selectLiveSession>>>
const liveSessions = new Map<string, { at: number; session: LiveSession }>()

/** Called by everything that revokes sessions or changes accounts (and by tests that edit those tables in SQL). */
export function forgetCachedSessions() { liveSessions.clear() }

async function selectLiveSession(db: Executor, config: Config, tokenHash: string) {
  const [row] = await db.select({
    tokenHash: sessions.tokenHash, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt,
    account: { id: accounts.id, username: accounts.username, displayName: accounts.displayName, role: accounts.role,
      regionCode: accounts.regionCode, unitId: accounts.unitId, mustChangePassword: accounts.mustChangePassword },
  }).from(sessions).innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), eq(accounts.disabled, false),
      sql`${sessions.expiresAt} > now()`,
      sql`${sessions.lastSeenAt} > now() - make_interval(mins => ${config.sessionIdleMinutes})`))
  return row
}

/**
 * The account behind a token, if the session is live: not revoked, not past its absolute expiry,
 * not idle longer than the idle timeout, and the account not disabled.
 */
export async function findLiveSession(db: Executor, config: Config, tokenHash: string) {
  const now = Date.now()
  const hit = liveSessions.get(tokenHash)
  if (hit && now - hit.at < SESSION_CACHE_MS && hit.session.expiresAt.getTime() > now
    && hit.session.lastSeenAt.getTime() > now - config.sessionIdleMinutes * 60_000) return hit.session
  const session = await selectLiveSession(db, config, tokenHash)
  if (!session) liveSessions.delete(tokenHash)
  else {
    if (liveSessions.size >= SESSION_CACHE_MAX) liveSessions.clear()
    liveSessions.set(tokenHash, { at: now, session })
  }
  return session
}

/** Sliding idle timeout; written at most once a minute per session to keep reads cheap. */
export async function touchSession(db: Executor, tokenHash: string, lastSeenAt: Date) {
  if (Date.now() - lastSeenAt.getTime() < 60_000) return
  await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.tokenHash, tokenHash))
  const hit = liveSessions.get(tokenHash)
  if (hit) hit.session.lastSeenAt = new Date()
}

export async function revokeSession(db: Executor, tokenHash: string) {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
  forgetCachedSessions()
}

/** After a password change or a disable: every other session of the account ends. */
export async function revokeAccountSessions(db: Executor, accountId: string, exceptTokenHash?: string) {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt),
    exceptTokenHash ? sql`${sessions.tokenHash} <> ${exceptTokenHash}` : undefined))
  forgetCachedSessions()
}
