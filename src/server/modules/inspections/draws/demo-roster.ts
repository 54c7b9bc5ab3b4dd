import { and, eq, isNotNull } from 'drizzle-orm'
import type { Executor } from '../../../platform/db'
import { accounts } from '../../../platform/schema'
import { inspectorRoster } from '../schema'

/**
 * Demo data: every enabled inspector account with a unit goes on the 执法检查人员名录库, with a made-up
 * 执法证号 (41172100 + a running number). Idempotent: accounts already on the roster are left alone.
 * For the demo loader (src/server/modules/demo/load-demo.ts), inside its transaction.
 */
export async function seedDemoRoster(tx: Executor): Promise<number> {
  const inspectors = await tx.select({ id: accounts.id, regionCode: accounts.regionCode, unitId: accounts.unitId }).from(accounts)
    .where(and(eq(accounts.role, 'inspector'), eq(accounts.disabled, false), isNotNull(accounts.unitId)))
    .orderBy(accounts.username)
  if (!inspectors.length) return 0
  const rows = inspectors.map((a, i) => ({
    accountId: a.id, regionCode: a.regionCode, unitId: a.unitId, certificateNumber: `41172100${String(i + 1).padStart(6, '0')}`, active: true,
  }))
  const inserted = await tx.insert(inspectorRoster).values(rows).onConflictDoNothing().returning({ accountId: inspectorRoster.accountId })
  return inserted.length
}
