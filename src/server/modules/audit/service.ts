import type { AuditDto, AuditQuery } from '../../../shared/audit'
import { verifyAuditChain } from '../../platform/audit'
import type { SignedInContext } from '../../platform/context'
import type { AuditRow } from '../../platform/schema'
import { listAudit } from './queries'

const toAuditDto = (r: AuditRow): AuditDto => ({
  id: r.id, at: r.at.toISOString(), actorUsername: r.actorUsername, actorRole: r.actorRole, ip: r.ip, action: r.action,
  entityType: r.entityType, entityId: r.entityId, before: r.before, after: r.after, hash: r.hash ?? '',
})

export async function searchAudit(ctx: SignedInContext, query: AuditQuery) {
  const { items, total } = await listAudit(ctx.db, query)
  return { items: items.map(toAuditDto), total }
}

export async function verifyAudit(ctx: SignedInContext) {
  return { ...(await verifyAuditChain(ctx.db)), checkedAt: new Date().toISOString() }
}
