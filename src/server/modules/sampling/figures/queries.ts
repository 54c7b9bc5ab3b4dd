import { and, gte, lte, sql } from 'drizzle-orm'
import { LEAN_MEAT_POWDER_ITEMS } from '../../../../shared/sampling-catalogue'
import type { Executor } from '../../../platform/db'
import { regionPrefix } from '../../../platform/scope'
import { rapidTests, sampleResults, samples, testItems } from '../schema'

/**
 * The counts behind the sampling figures, grouped by the region one level below `region` (its first
 * `childLength` digits). The caller has checked that `region` lies in the account's scope, so the prefix
 * filter is the scope filter.
 */
export interface Period { region: string; from: string; to: string }

const childLengthOf = (region: string) => Math.min(regionPrefix(region).length + 3, 12)

/** Agricultural samples with at least one pesticide or veterinary-drug item of the catalogue (农药兽药残留检验量). */
export const residueTested = sql`${samples.agricultural} AND EXISTS (SELECT 1 FROM ${sampleResults} JOIN ${testItems} ON ${testItems.id} = ${sampleResults.testItemId}
  WHERE ${sampleResults.sampleId} = ${samples.id} AND ${testItems.group} IN ('pesticide', 'vet_drug'))`

export function sampleCounts(db: Executor, p: Period) {
  const child = sql<string>`left(${samples.regionCode}, ${sql.raw(String(childLengthOf(p.region)))})`
  const n = (cond: ReturnType<typeof sql>) => sql<number>`count(*) FILTER (WHERE ${cond})::int`
  return db.select({
    child, batches: sql<number>`count(*)::int`,
    market: n(sql`${samples.department} = 'market'`),
    residue: n(residueTested),
    planting: n(sql`${samples.stage} = 'planting'`),
    judged: n(sql`${samples.purpose} = 'supervision' AND ${samples.verdict} IS NOT NULL`),
    passed: n(sql`${samples.purpose} = 'supervision' AND ${samples.verdict} = 'pass'`),
    routineJudged: n(sql`${samples.purpose} = 'routine' AND ${samples.verdict} IS NOT NULL`),
    routinePassed: n(sql`${samples.purpose} = 'routine' AND ${samples.verdict} = 'pass'`),
    failed: n(sql`${samples.verdict} = 'fail'`),
  }).from(samples)
    .where(and(sql`${samples.regionCode} LIKE ${`${regionPrefix(p.region)}%`}`, gte(samples.sampledOn, p.from), lte(samples.sampledOn, p.to)))
    .groupBy(child)
}

export function rapidCounts(db: Executor, p: Period) {
  const child = sql<string>`left(${rapidTests.regionCode}, ${sql.raw(String(childLengthOf(p.region)))})`
  const lean = sql`${rapidTests.item} IN (${sql.join(LEAN_MEAT_POWDER_ITEMS.map((i) => sql`${i}`), sql`, `)})`
  return db.select({
    child, item: rapidTests.item, count: sql<number>`count(*)::int`,
    positives: sql<number>`count(*) FILTER (WHERE ${rapidTests.result} = 'positive')::int`,
    pending: sql<number>`count(*) FILTER (WHERE ${rapidTests.result} = 'positive' AND ${rapidTests.confirmSampleId} IS NULL)::int`,
    lean: sql<number>`count(*) FILTER (WHERE ${lean})::int`,
  }).from(rapidTests)
    .where(and(sql`${rapidTests.regionCode} LIKE ${`${regionPrefix(p.region)}%`}`, gte(rapidTests.testedOn, p.from), lte(rapidTests.testedOn, p.to)))
    .groupBy(child, rapidTests.item)
}
