import { and, desc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import type { SampleListQuery } from '../../../../shared/sampling'
import type { Account } from '../../../platform/context'
import { bulkInsert } from '../../../platform/bulk-insert'
import type { Executor } from '../../../platform/db'
import { accounts, storedFiles } from '../../../platform/schema'
import { inScope, inScopeOrAbove, regionPrefix } from '../../../platform/scope'
import { disposals, sampleResults, samples, samplingPlans, testRequests, type SampleRow } from '../schema'

export type NewSampleRow = typeof samples.$inferInsert
export type NewResultRow = typeof sampleResults.$inferInsert

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Every read goes through here: a sample outside the caller's region subtree answers like a missing one. */
export const findSample = (db: Executor, account: Pick<Account, 'regionCode'>, id: string) =>
  db.select().from(samples).where(and(eq(samples.id, id), inScope(samples.regionCode, account))).then(([r]) => r as SampleRow | undefined)

/** The same, locked for a write (send, report, publish) so two reports of one sample cannot both pass. */
export const lockSample = (db: Executor, account: Pick<Account, 'regionCode'>, id: string) =>
  db.select().from(samples).where(and(eq(samples.id, id), inScope(samples.regionCode, account))).for('update').then(([r]) => r as SampleRow | undefined)

export const findSamplesByNumbers = (db: Executor, account: Pick<Account, 'regionCode'>, numbers: string[]) =>
  numbers.length ? db.select().from(samples).where(and(inArray(samples.sampleNumber, numbers), inScope(samples.regionCode, account))).for('update') : Promise.resolve([] as SampleRow[])

/** Whether the number is taken anywhere (it is unique county-wide, whoever recorded it). */
export const sampleNumberTaken = (db: Executor, sampleNumber: string) =>
  db.select({ id: samples.id }).from(samples).where(eq(samples.sampleNumber, sampleNumber)).then((rows) => rows.length > 0)

export const insertSample = (db: Executor, row: NewSampleRow) => db.insert(samples).values(row).returning().then(([r]) => r)
export const updateSample = (db: Executor, id: string, row: Partial<NewSampleRow>) =>
  db.update(samples).set({ ...row, updatedAt: new Date() }).where(eq(samples.id, id)).returning().then(([r]) => r)

/** Results of one report or of a whole import as one JSON parameter (see platform/bulk-insert). */
export const insertResultsBulk = (db: Executor, rows: NewResultRow[]) => bulkInsert(db, sampleResults, rows as Record<string, unknown>[])

/** Report number, date and verdict of many samples in one statement (an import of a thousand reports). */
export async function recordReports(db: Executor, rows: { id: string; reportReceivedOn: string; reportNumber: string; verdict: string }[]) {
  if (!rows.length) return
  await db.execute(sql`UPDATE samples SET report_received_on = x.report_received_on, report_number = x.report_number, verdict = x.verdict, updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.id, report_received_on: r.reportReceivedOn, report_number: r.reportNumber, verdict: r.verdict })))}::jsonb)
      AS x(id uuid, report_received_on date, report_number varchar, verdict varchar)
    WHERE samples.id = x.id`)
}
export const resultsOf = (db: Executor, sampleId: string) =>
  db.select().from(sampleResults).where(eq(sampleResults.sampleId, sampleId)).orderBy(sampleResults.sortOrder)

function listWhere(account: Pick<Account, 'regionCode'>, f: SampleListQuery): SQL {
  const conditions: (SQL | undefined)[] = [
    inScope(samples.regionCode, account),
    f.region ? sql`${samples.regionCode} LIKE ${`${regionPrefix(f.region)}%`}` : undefined,
    f.year ? and(gte(samples.sampledOn, `${f.year}-01-01`), lte(samples.sampledOn, `${f.year}-12-31`)) : undefined,
    f.from ? gte(samples.sampledOn, f.from) : undefined,
    f.to ? lte(samples.sampledOn, f.to) : undefined,
    f.planId ? eq(samples.planId, f.planId) : undefined,
    f.entityId ? eq(samples.entityId, f.entityId) : undefined,
    f.category ? eq(samples.category, f.category) : undefined,
    f.purpose ? eq(samples.purpose, f.purpose) : undefined,
    f.department ? eq(samples.department, f.department) : undefined,
    f.state === 'testing' ? isNull(samples.verdict) : f.state ? eq(samples.verdict, f.state) : undefined,
    f.q ? or(
      ilike(samples.sampleNumber, `%${escapeLike(f.q)}%`), ilike(samples.productName, `%${escapeLike(f.q)}%`),
      // the entity's name, read in SQL: a module never imports another's tables
      sql`(SELECT e.name FROM entities e WHERE e.id = ${samples.entityId}) ILIKE ${`%${escapeLike(f.q)}%`}`,
    ) : undefined,
  ]
  return and(...conditions) as SQL
}

export const listSamples = (db: Executor, account: Pick<Account, 'regionCode'>, f: SampleListQuery, limit: number, offset: number) =>
  db.select().from(samples).where(listWhere(account, f)).orderBy(desc(samples.sampledOn), desc(samples.createdAt), desc(samples.id)).limit(limit).offset(offset)

export const countSamples = (db: Executor, account: Pick<Account, 'regionCode'>, f: SampleListQuery) =>
  db.select({ n: sql<number>`count(*)::int` }).from(samples).where(listWhere(account, f)).then(([r]) => r.n)

export const failedItemsOf = (db: Executor, sampleIds: string[]) =>
  sampleIds.length
    ? db.select({ sampleId: sampleResults.sampleId, itemName: sampleResults.itemName }).from(sampleResults)
      .where(and(inArray(sampleResults.sampleId, sampleIds), eq(sampleResults.verdict, 'fail'))).orderBy(sampleResults.sortOrder)
    : Promise.resolve([])

export const disposalsOf = (db: Executor, sampleIds: string[]) =>
  sampleIds.length ? db.select({ id: disposals.id, sampleId: disposals.sampleId }).from(disposals).where(inArray(disposals.sampleId, sampleIds)) : Promise.resolve([])

export const entityNamesOf = (db: Executor, entityIds: string[]) =>
  entityIds.length
    ? db.execute<{ id: string; name: string }>(sql`SELECT id, name FROM entities WHERE id IN (${sql.join([...new Set(entityIds)].map((id) => sql`${id}::uuid`), sql`, `)})`).then((r) => new Map(r.rows.map((e) => [e.id, e.name])))
    : Promise.resolve(new Map<string, string>())

export const accountNames = (db: Executor, ids: string[]) =>
  ids.length ? db.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, ids)) : Promise.resolve([])

/** A plan the caller may read (a county plan binds its townships). */
export const findPlan = (db: Executor, account: Pick<Account, 'regionCode'>, id: string) =>
  db.select().from(samplingPlans).where(and(eq(samplingPlans.id, id), inScopeOrAbove(samplingPlans.regionCode, account))).then(([r]) => r)

export const findRequest = (db: Executor, id: string) => db.select().from(testRequests).where(eq(testRequests.id, id)).then(([r]) => r)

export const existingFiles = (db: Executor, hashes: string[]) =>
  hashes.length ? db.select({ sha256: storedFiles.sha256 }).from(storedFiles).where(inArray(storedFiles.sha256, hashes)).then((rows) => new Set(rows.map((r) => r.sha256))) : Promise.resolve(new Set<string>())

