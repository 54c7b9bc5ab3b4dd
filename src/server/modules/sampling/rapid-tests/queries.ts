import { and, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm'
import type { RapidTestListQuery } from '../../../../shared/rapid-tests'
import type { Account } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { inScope } from '../../../platform/scope'
import { regionPrefix } from '../../../platform/scope'
import { rapidTests, samples } from '../schema'

export type NewRapidTestRow = typeof rapidTests.$inferInsert

/** The list's filters; `omit` leaves one out (the counts by item ignore the item filter). */
export function rapidWhere(account: Pick<Account, 'regionCode'>, f: RapidTestListQuery, omit?: 'item'): SQL {
  return and(
    inScope(rapidTests.regionCode, account),
    f.region ? sql`${rapidTests.regionCode} LIKE ${`${regionPrefix(f.region)}%`}` : undefined,
    f.from ? gte(rapidTests.testedOn, f.from) : undefined,
    f.to ? lte(rapidTests.testedOn, f.to) : undefined,
    f.item && omit !== 'item' ? eq(rapidTests.item, f.item) : undefined,
    f.result ? eq(rapidTests.result, f.result) : undefined,
    f.placeKind ? eq(rapidTests.placeKind, f.placeKind) : undefined,
    f.pending ? and(eq(rapidTests.result, 'positive'), isNull(rapidTests.confirmSampleId)) : undefined,
  ) as SQL
}

export const listPage = (db: Executor, where: SQL, limit: number, offset: number) =>
  db.select().from(rapidTests).where(where).orderBy(desc(rapidTests.testedOn), desc(rapidTests.createdAt), desc(rapidTests.id)).limit(limit).offset(offset)

export const countWhere = (db: Executor, where: SQL) => db.select({ n: count() }).from(rapidTests).where(where).then(([r]) => r.n)

export const countsByItem = (db: Executor, where: SQL) =>
  db.select({ item: rapidTests.item, count: sql<number>`count(*)::int`, positives: sql<number>`count(*) FILTER (WHERE ${rapidTests.result} = 'positive')::int` })
    .from(rapidTests).where(where).groupBy(rapidTests.item)

export const findRapidTest = (db: Executor, account: Pick<Account, 'regionCode'>, id: string) =>
  db.select().from(rapidTests).where(and(eq(rapidTests.id, id), inScope(rapidTests.regionCode, account))).then(([r]) => r)

export const insertRapidTest = (db: Executor, row: NewRapidTestRow) => db.insert(rapidTests).values(row).returning().then(([r]) => r)

export const confirmRapidTest = (db: Executor, id: string, sampleId: string, disposalNote: string | null) =>
  db.update(rapidTests).set({ confirmSampleId: sampleId, disposalNote }).where(and(eq(rapidTests.id, id), isNull(rapidTests.confirmSampleId))).returning().then(([r]) => r)

/** A lab sample inside the caller's scope (the confirmatory sample of a positive). */
export const findSampleInScope = (db: Executor, account: Pick<Account, 'regionCode'>, id: string) =>
  db.select({ id: samples.id, entityId: samples.entityId, regionCode: samples.regionCode, sampleNumber: samples.sampleNumber, sampledOn: samples.sampledOn, verdict: samples.verdict })
    .from(samples).where(and(eq(samples.id, id), inScope(samples.regionCode, account))).then(([r]) => r)

export const samplesByIds = (db: Executor, ids: string[]) =>
  ids.length ? db.select({ id: samples.id, sampleNumber: samples.sampleNumber, verdict: samples.verdict }).from(samples).where(inArray(samples.id, ids)) : Promise.resolve([])

/** Rows identical to an imported one (same day, place, item, sample, reading, result and operator): an import run twice adds nothing. */
export async function existingKeys(db: Executor, dates: string[]) {
  if (!dates.length) return new Set<string>()
  const rows = await db.select().from(rapidTests).where(inArray(rapidTests.testedOn, [...new Set(dates)]))
  return new Set(rows.map(naturalKey))
}

export const naturalKey = (r: Pick<NewRapidTestRow, 'testedOn' | 'regionCode' | 'placeName' | 'item' | 'sampleName' | 'reading' | 'result' | 'operatorName'>) =>
  [r.testedOn, r.regionCode, r.placeName, r.item, r.sampleName, r.reading === null || r.reading === undefined ? '' : Number(r.reading).toString(), r.result, r.operatorName].join('|')
