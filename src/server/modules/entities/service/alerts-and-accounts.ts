import { and, eq, inArray } from 'drizzle-orm'
import { LICENCE_KINDS, type LicenceKind } from '../../../../shared/entity-catalogue'
import { writeAudit } from '../../../platform/audit'
import { shanghaiDate } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Database } from '../../../platform/db'
import { conflict } from '../../../platform/errors'
import { notify } from '../../../platform/notifications'
import { accounts } from '../../../platform/schema'
import { createBusinessAccount } from '../../accounts/service'
import * as q from '../queries'
import { addDays } from '../rules'
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
 * Daily: each licence expiring within EXPIRY_ALERT_DAYS tells the entity's own account and the staff of
 * its township who may manage entities; a dedupe key per licence and expiry date sends it once.
 */
export async function sendExpiryAlerts(db: Database, now: Date): Promise<number> {
  const today = shanghaiDate(now)
  const rows = await q.expiringLicences(db, today, addDays(today, EXPIRY_ALERT_DAYS))
  if (!rows.length) return 0
  // Township staff hear of their own townships' licences; county staff use the list's expiry filter instead.
  const townships = [...new Set(rows.map((r) => r.regionCode.slice(0, 9) + '000'))]
  const staff = await db.select({ id: accounts.id, regionCode: accounts.regionCode }).from(accounts)
    .where(and(eq(accounts.disabled, false), inArray(accounts.role, ['inspector', 'township']), inArray(accounts.regionCode, townships)))
  const owners = await db.select().from(entityAccounts).where(inArray(entityAccounts.entityId, rows.map((r) => r.licence.entityId)))
  const items = rows.flatMap((r) => {
    const label = LICENCE_KINDS[r.licence.kind as LicenceKind]?.label ?? '证照'
    const message = `${r.entityName}的${label}（${r.licence.number}）将于 ${r.licence.expiresOn} 到期，请及时办理延续`
    const recipients = [
      ...staff.filter((s) => r.regionCode.startsWith(s.regionCode.slice(0, 9))).map((s) => s.id),
      ...owners.filter((o) => o.entityId === r.licence.entityId).map((o) => o.accountId),
    ]
    return recipients.map((accountId) => ({
      accountId, regionCode: r.regionCode, kind: 'licence_expiry', title: '证照即将到期', body: message, link: `/entities/${r.licence.entityId}`,
      dedupeKey: `licence-expiry:${r.licence.id}:${r.licence.expiresOn}:${accountId}`,
    }))
  })
  return notify(db, items)
}
