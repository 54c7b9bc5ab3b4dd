import { and, eq, inArray } from 'drizzle-orm'
import type { Executor } from '../../platform/db'
import { accounts } from '../../platform/schema'
import { inScope } from '../../platform/scope'
import { indicatorPeriods, indicatorSnapshots, targetBindings } from './schema'

export type BindingRow = typeof targetBindings.$inferSelect
export type PeriodRow = typeof indicatorPeriods.$inferSelect

export const bindingsOfPlan = (db: Executor, planId: string) => db.select().from(targetBindings).where(eq(targetBindings.planId, planId))
export const findBinding = (db: Executor, targetId: string) => db.select().from(targetBindings).where(eq(targetBindings.targetId, targetId)).then(([r]) => r)
export const upsertBinding = (db: Executor, row: typeof targetBindings.$inferInsert) =>
  db.insert(targetBindings).values(row).onConflictDoUpdate({ target: targetBindings.targetId, set: { indicatorId: row.indicatorId, confirmedBy: row.confirmedBy, confirmedAt: row.confirmedAt } })

/** Closed (or reopened) periods of regions in the caller's scope. */
export const periodsInScope = (db: Executor, account: { regionCode: string }) =>
  db.select().from(indicatorPeriods).where(inScope(indicatorPeriods.regionCode, account))
export const findPeriod = (db: Executor, regionCode: string, period: string) =>
  db.select().from(indicatorPeriods).where(and(eq(indicatorPeriods.regionCode, regionCode), eq(indicatorPeriods.period, period))).then(([r]) => r)
export const insertPeriod = (db: Executor, row: typeof indicatorPeriods.$inferInsert) => db.insert(indicatorPeriods).values(row).returning().then(([r]) => r)
export const updatePeriod = (db: Executor, id: string, set: Partial<typeof indicatorPeriods.$inferInsert>) =>
  db.update(indicatorPeriods).set(set).where(eq(indicatorPeriods.id, id)).returning().then(([r]) => r)

export const replaceSnapshots = async (db: Executor, periodId: string, rows: (typeof indicatorSnapshots.$inferInsert)[]) => {
  await db.delete(indicatorSnapshots).where(eq(indicatorSnapshots.periodId, periodId))
  if (rows.length) await db.insert(indicatorSnapshots).values(rows)
}
export const snapshotsOf = (db: Executor, periodId: string, regionCodes: string[]) =>
  db.select().from(indicatorSnapshots).where(and(eq(indicatorSnapshots.periodId, periodId), inArray(indicatorSnapshots.regionCode, regionCodes)))

/** The closed period of this name for any of the given regions (a region and those above it). */
export const closedPeriodCovering = (db: Executor, regionCodes: string[], period: string) =>
  db.select().from(indicatorPeriods)
    .where(and(eq(indicatorPeriods.period, period), eq(indicatorPeriods.status, 'closed'), inArray(indicatorPeriods.regionCode, regionCodes))).then(([r]) => r)

export const accountNames = async (db: Executor, ids: string[]) => {
  const rows = ids.length ? await db.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, ids)) : []
  return new Map(rows.map((r) => [r.id, r.name]))
}
