import { and, desc, eq, sql } from 'drizzle-orm'
import type { RequestContext } from './context'
import { bulkInsert } from './bulk-insert'
import type { Executor } from './db'
import { auditLog } from './schema'

export interface AuditEvent {
  action: string
  entityType?: string
  entityId?: string | number
  before?: unknown
  after?: unknown
  /** For events without a signed-in actor: who it was (login) or whom it was about (failed login). */
  actor?: { id?: string; username: string; role?: string | null }
}

const SECRET_KEYS = /^(password|passwordHash|newPassword|oldPassword|token|tokenHash)$/i

/** Secrets never enter the audit log, whatever the caller passes. */
function redact(value: unknown): unknown {
  if (value === undefined || value === null) return null
  return JSON.parse(JSON.stringify(value, (key, v) => (SECRET_KEYS.test(key) ? '[已隐藏]' : v)))
}

const auditRow = (ctx: Pick<RequestContext, 'account' | 'ip'>, event: AuditEvent) => ({
  actorId: ctx.account?.id ?? event.actor?.id ?? null,
  actorUsername: ctx.account?.username ?? event.actor?.username ?? null,
  actorRole: ctx.account?.role ?? event.actor?.role ?? null,
  ip: ctx.ip,
  action: event.action,
  entityType: event.entityType ?? null,
  entityId: event.entityId === undefined ? null : String(event.entityId),
  before: redact(event.before),
  after: redact(event.after),
})

/** Appends one audit row. Call it inside the transaction of the write it records. */
export async function writeAudit(db: Executor, ctx: Pick<RequestContext, 'account' | 'ip'>, event: AuditEvent) {
  await db.insert(auditLog).values(auditRow(ctx, event))
}

/**
 * Appends many rows (a bulk import writes one per record) through bulkInsert; the chain trigger fires
 * per row and sees the earlier rows of the same statement, so the chain stays in id order.
 */
export async function writeAuditMany(db: Executor, ctx: Pick<RequestContext, 'account' | 'ip'>, events: AuditEvent[]) {
  await bulkInsert(db, auditLog, events.map((e) => auditRow(ctx, e)))
}

/** The audit rows about one record, newest first: the record's history (who changed what, when). */
export const auditTrail = (db: Executor, entityType: string, entityId: string, limit = 500) =>
  db.select().from(auditLog).where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId))).orderBy(desc(auditLog.id)).limit(limit)

export interface ChainReport { ok: boolean; rows: number; firstBrokenId: number | null; reason: string | null }

/** Recomputes every row's hash and link; reports the first row where the chain breaks. */
export async function verifyAuditChain(db: Executor): Promise<ChainReport> {
  const zero = '0'.repeat(64)
  const result = await db.execute<{ id: number; reason: string }>(sql`
    SELECT id, CASE WHEN content_bad THEN 'content' ELSE 'link' END AS reason FROM (
      SELECT id, hash IS DISTINCT FROM audit_row_hash(a) AS content_bad,
             prev_hash IS DISTINCT FROM coalesce(lag(hash) OVER (ORDER BY id), ${zero}) AS link_bad
      FROM audit_log a) checked
    WHERE content_bad OR link_bad
    ORDER BY id LIMIT 1`)
  const count = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log`)
  const broken = result.rows[0]
  return {
    ok: !broken,
    rows: count.rows[0].n,
    firstBrokenId: broken ? Number(broken.id) : null,
    reason: broken ? (broken.reason === 'content' ? '该行内容被修改' : '该行之前的记录被删除或替换') : null,
  }
}
