import { and, count, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm'
import type { AuditQuery } from '../../../shared/audit'
import type { Executor } from '../../platform/db'
import { auditLog } from '../../platform/schema'

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c)

/** The audit log is not regional data: only the auditor reads it, and reads all of it. */
export async function listAudit(db: Executor, query: AuditQuery) {
  const filters: (SQL | undefined)[] = []
  if (query.actor) filters.push(ilike(auditLog.actorUsername, `%${escapeLike(query.actor)}%`))
  if (query.action) filters.push(query.action.endsWith('.') ? ilike(auditLog.action, `${escapeLike(query.action)}%`) : eq(auditLog.action, query.action))
  if (query.entityType) filters.push(eq(auditLog.entityType, query.entityType))
  if (query.entityId) filters.push(eq(auditLog.entityId, query.entityId))
  // Dates are whole days in Asia/Shanghai, inclusive.
  if (query.from) filters.push(gte(auditLog.at, sql`(${query.from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`))
  if (query.to) filters.push(lt(auditLog.at, sql`((${query.to}::date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`))
  const where = and(...filters)
  const pageSize = query.pageSize ?? 50
  const [items, [{ total }]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(pageSize).offset(((query.page ?? 1) - 1) * pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ])
  return { items, total }
}
