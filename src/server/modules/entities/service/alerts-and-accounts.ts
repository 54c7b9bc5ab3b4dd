import { and, eq, inArray } from 'drizzle-orm'
import { CERTIFICATION_KINDS, LICENCE_KINDS, type CertificationKind, type LicenceKind } from '../../../../shared/entity-catalogue'
import { writeAudit } from '../../../platform/audit'
import { shanghaiDate } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Database } from '../../../platform/db'
import { conflict } from '../../../platform/errors'
import { notify } from '../../../platform/notifications'
import { accounts } from '../../../platform/schema'
import { createBusinessAccount } from '../../accounts/service'
import * as q from '../queries'
import { addDays } from '../../../platform/working-days'
import { entityAccounts } from '../schema'
import { findEntityOr404, getEntity } from './register'

/** How far ahead licences are flagged (issue: 30 days; 三小 must renew ≥ 30 days before expiry, REGULATIONS.md §10). */
export const EXPIRY_ALERT_DAYS = 30

export async function openBusinessAccount(ctx: SignedInContext, entityId: string, input: { username: string; password: string; displayName: string }) {
  await ctx.db.transaction(async (tx) => {
    const entity = await findEntityOr404(tx, ctx, entityId)
    if (await q.hasBusinessAccount(tx, entityId)) throw conflict('企业账号：该经营主体已开通账号')
    const accountId = await createBusinessAccount(tx, ctx, { ...input, regionCode: entity.regionCode, phone: entity.contactPhone })
    await q.linkAccount(tx, accountId, entityId)
    await writeAudit(tx, ctx, { action: 'entity.account_create', entityType: 'entity', entityId, after: { username: input.username } })
  })
  return getEntity(ctx, entityId)
}

/**
 * Daily: each licence or certification expiring within EXPIRY_ALERT_DAYS tells the entity's own account and the staff of
 * its township who may manage entities; a dedupe key per licence and expiry date sends it once.
 */
export async function sendExpiryAlerts(db: Database, now: Date): Promise<number> {
  const today = shanghaiDate(now)
  const by = addDays(today, EXPIRY_ALERT_DAYS)
  const licences = (await q.expiringLicences(db, today, by)).map((r) => ({
    id: r.licence.id, entityId: r.licence.entityId, entityName: r.entityName, regionCode: r.regionCode, expiresOn: r.licence.expiresOn!,
    what: `${LICENCE_KINDS[r.licence.kind as LicenceKind]?.label ?? '证照'}（${r.licence.number}）`, title: '证照即将到期', action: '请及时办理延续',
  }))
  const certifications = (await q.expiringCertifications(db, today, by)).map((r) => ({
    id: r.certification.id, entityId: r.certification.entityId, entityName: r.entityName, regionCode: r.regionCode, expiresOn: r.certification.expiresOn!,
    what: `${CERTIFICATION_KINDS[r.certification.kind as CertificationKind] ?? r.certification.kind} 认证证书${r.certification.number ? `（${r.certification.number}）` : ''}`, title: '认证证书即将到期', action: '请及时复审换证',
  }))
  const rows = [...licences, ...certifications]
  if (!rows.length) return 0
  // Township staff hear of their own townships' businesses; county staff use the list's expiry filter instead.
  const townships = [...new Set(rows.map((r) => r.regionCode.slice(0, 9) + '000'))]
  const staff = await db.select({ id: accounts.id, regionCode: accounts.regionCode }).from(accounts)
    .where(and(eq(accounts.disabled, false), inArray(accounts.role, ['inspector', 'township']), inArray(accounts.regionCode, townships)))
  const owners = await db.select().from(entityAccounts).where(inArray(entityAccounts.entityId, [...new Set(rows.map((r) => r.entityId))]))
  const items = rows.flatMap((r) => {
    const recipients = [
      ...staff.filter((s) => r.regionCode.startsWith(s.regionCode.slice(0, 9))).map((s) => s.id),
      ...owners.filter((o) => o.entityId === r.entityId).map((o) => o.accountId),
    ]
    return recipients.map((accountId) => ({
      accountId, regionCode: r.regionCode, kind: 'licence_expiry', title: r.title, body: `${r.entityName}的${r.what}将于 ${r.expiresOn} 到期，${r.action}`,
      link: `/entities/${r.entityId}`, dedupeKey: `expiry:${r.id}:${r.expiresOn}:${accountId}`,
    }))
  })
  return notify(db, items)
}
