import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm'
import type { Account } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { inScope, inScopeOrAbove } from '../../../platform/scope'
import { samples, samplingPlans, samplingQuotas } from '../schema'

export type NewPlanRow = typeof samplingPlans.$inferInsert
export type QuotaRow = typeof samplingQuotas.$inferSelect

/** A county plan binds its townships: they read it (inScopeOrAbove); only the county writes it (inScope). */
export const findPlanToRead = (db: Executor, account: Pick<Account, 'regionCode'>, id: string) =>
  db.select().from(samplingPlans).where(and(eq(samplingPlans.id, id), inScopeOrAbove(samplingPlans.regionCode, account))).then(([r]) => r)

export const findPlanToWrite = (db: Executor, account: Pick<Account, 'regionCode'>, id: string) =>
  db.select().from(samplingPlans).where(and(eq(samplingPlans.id, id), inScope(samplingPlans.regionCode, account))).for('update').then(([r]) => r)

export const listPlans = (db: Executor, account: Pick<Account, 'regionCode'>, year: number | undefined) =>
  db.select().from(samplingPlans)
    .where(and(inScopeOrAbove(samplingPlans.regionCode, account), year === undefined ? undefined : eq(samplingPlans.year, year)))
    .orderBy(desc(samplingPlans.year), asc(samplingPlans.level), asc(samplingPlans.department), asc(samplingPlans.name))

export const insertPlan = (db: Executor, row: NewPlanRow) => db.insert(samplingPlans).values(row).returning().then(([r]) => r)

export const updatePlan = (db: Executor, id: string, row: Partial<NewPlanRow>) =>
  db.update(samplingPlans).set({ ...row, updatedAt: new Date() }).where(eq(samplingPlans.id, id)).returning().then(([r]) => r)

export const quotasOf = (db: Executor, planIds: string[]) =>
  planIds.length ? db.select().from(samplingQuotas).where(inArray(samplingQuotas.planId, planIds)) : Promise.resolve([] as QuotaRow[])

export async function replaceQuotas(db: Executor, planId: string, rows: { regionCode: string; category: string | null; batches: number }[]) {
  await db.delete(samplingQuotas).where(eq(samplingQuotas.planId, planId))
  if (rows.length) await db.insert(samplingQuotas).values(rows.map((r) => ({ ...r, planId })))
}

export const townshipQuotasOf = (db: Executor, planId: string) =>
  db.select().from(samplingQuotas).where(and(eq(samplingQuotas.planId, planId), isNull(samplingQuotas.category)))
export const categoryQuotasOf = (db: Executor, planId: string) =>
  db.select().from(samplingQuotas).where(and(eq(samplingQuotas.planId, planId), isNotNull(samplingQuotas.category)))

const yearOf = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const
const planSamples = (account: Pick<Account, 'regionCode'>, planId: string, year: number) =>
  and(eq(samples.planId, planId), gte(samples.sampledOn, yearOf(year)[0]), lte(samples.sampledOn, yearOf(year)[1]), inScope(samples.regionCode, account))

/** Samples taken under a plan in its year, inside the caller's scope, by food category. */
export const doneByCategory = (db: Executor, account: Pick<Account, 'regionCode'>, planId: string, year: number) =>
  db.select({ category: samples.category, n: sql<number>`count(*)::int` }).from(samples).where(planSamples(account, planId, year)).groupBy(samples.category)

/** The same by township (the first 9 digits of the sample's region). */
export const doneByTownship = (db: Executor, account: Pick<Account, 'regionCode'>, planId: string, year: number) => {
  const township = sql<string>`left(${samples.regionCode}, 9) || '000'`
  return db.select({ regionCode: township, n: sql<number>`count(*)::int` }).from(samples).where(planSamples(account, planId, year)).groupBy(township)
}

/** Samples per plan (list page), inside the caller's scope. */
export const doneByPlan = (db: Executor, account: Pick<Account, 'regionCode'>, plans: { id: string; year: number }[]) =>
  Promise.all(plans.map((p) => db.select({ n: sql<number>`count(*)::int` }).from(samples).where(planSamples(account, p.id, p.year)).then(([r]) => [p.id, r.n] as const)))
    .then((rows) => new Map(rows))
