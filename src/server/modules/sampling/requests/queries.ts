import { and, asc, count, desc, eq, ilike, inArray, isNotNull, like, or, sql, type SQL } from 'drizzle-orm'
import type { Account } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { inScope } from '../../../platform/scope'
import { sampleResults, samples, samplingPlans, testRequests, testRequestVotes } from '../schema'

export type NewTestRequestRow = typeof testRequests.$inferInsert

/** A sample recorded for the request has its lab report: the request is tested (derived, never stored). */
const reported = sql`EXISTS (SELECT 1 FROM ${samples} WHERE ${samples.requestId} = ${testRequests.id} AND ${samples.reportReceivedOn} IS NOT NULL)`
/** The public sees "tested" only once a result is published, and never before. */
const published = sql`EXISTS (SELECT 1 FROM ${samples} WHERE ${samples.requestId} = ${testRequests.id} AND ${samples.publishedAt} IS NOT NULL AND ${samples.verdict} IS NOT NULL)`

export const officeStatus = sql<string>`CASE WHEN ${reported} THEN 'tested' ELSE ${testRequests.status} END`
const statusOrder = sql`CASE ${officeStatus} WHEN 'open' THEN 0 WHEN 'picked' THEN 1 WHEN 'tested' THEN 2 ELSE 3 END`

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c)

// ---- office ------------------------------------------------------------------------------------------

export interface OfficeFilters { status?: string; q?: string; region?: string }

export function officeWhere(account: Pick<Account, 'regionCode'>, f: OfficeFilters): SQL {
  const parts: (SQL | undefined)[] = [inScope(testRequests.regionCode, account)]
  if (f.region) parts.push(inScope(testRequests.regionCode, { regionCode: f.region }))
  if (f.status) parts.push(sql`${officeStatus} = ${f.status}`)
  if (f.q?.trim()) {
    const pattern = `%${escapeLike(f.q.trim())}%`
    parts.push(or(ilike(testRequests.food, pattern), ilike(testRequests.place, pattern), ilike(testRequests.reason, pattern),
      ilike(testRequests.proposerName, pattern), eq(testRequests.proposerPhone, f.q.trim())))
  }
  return and(...parts) as SQL
}

const officeColumns = { request: testRequests, status: officeStatus, planName: samplingPlans.name }

export const listForOffice = (db: Executor, where: SQL, limit: number, offset: number) =>
  db.select(officeColumns).from(testRequests).leftJoin(samplingPlans, eq(samplingPlans.id, testRequests.planId))
    .where(where).orderBy(statusOrder, desc(testRequests.votes), desc(testRequests.createdAt), asc(testRequests.id)).limit(limit).offset(offset)

export const countForOffice = (db: Executor, where: SQL) =>
  db.select({ n: count() }).from(testRequests).where(where).then(([r]) => r.n)

/** One request inside the caller's region (out of scope reads like missing); locked when `forUpdate`. */
export const findInScope = (db: Executor, account: Pick<Account, 'regionCode'>, id: string, forUpdate = false) => {
  const query = db.select(officeColumns).from(testRequests).leftJoin(samplingPlans, eq(samplingPlans.id, testRequests.planId))
    .where(and(eq(testRequests.id, id), inScope(testRequests.regionCode, account)))
  return (forUpdate ? query.for('update', { of: testRequests }) : query).then(([r]) => r)
}

/** Samples recorded for these requests (the office sees those inside its region). */
export const samplesOfRequests = (db: Executor, account: Pick<Account, 'regionCode'>, requestIds: string[]) =>
  requestIds.length ? db.select({
    id: samples.id, requestId: samples.requestId, sampleNumber: samples.sampleNumber, productName: samples.productName, sampledOn: samples.sampledOn,
    reportReceivedOn: samples.reportReceivedOn, verdict: samples.verdict, publishedAt: samples.publishedAt,
  }).from(samples).where(and(inArray(samples.requestId, requestIds), inScope(samples.regionCode, account))).orderBy(asc(samples.sampledOn), asc(samples.sampleNumber))
    : Promise.resolve([])

export const countSamplesOf = (db: Executor, requestId: string) =>
  db.select({ n: count() }).from(samples).where(eq(samples.requestId, requestId)).then(([r]) => r.n)

/** A plan of the given county, with its status: only a published one may take a request. */
export const findCountyPlan = (db: Executor, planId: string, countyCode: string) =>
  db.select({ id: samplingPlans.id, name: samplingPlans.name, status: samplingPlans.status }).from(samplingPlans)
    .where(and(eq(samplingPlans.id, planId), eq(samplingPlans.regionCode, countyCode))).then(([r]) => r)

export const updateRequest = (db: Executor, id: string, values: Partial<NewTestRequestRow>) =>
  db.update(testRequests).set(values).where(eq(testRequests.id, id)).returning().then(([r]) => r)

// ---- public ------------------------------------------------------------------------------------------

const inCounty = (prefix: string | null) => (prefix ? like(testRequests.regionCode, `${prefix}%`) : undefined)

/** Proposals still collecting votes or picked into a plan, without a published result yet. */
export const proposalsWhere = (prefix: string | null) =>
  and(inCounty(prefix), inArray(testRequests.status, ['open', 'picked']), sql`NOT ${published}`) as SQL
export const testedWhere = (prefix: string | null) => and(inCounty(prefix), published) as SQL

const publicColumns = {
  id: testRequests.id, regionCode: testRequests.regionCode, food: testRequests.food, place: testRequests.place, reason: testRequests.reason,
  votes: testRequests.votes, status: testRequests.status, createdAt: testRequests.createdAt, planName: samplingPlans.name,
}
export type PublicRow = Awaited<ReturnType<typeof listProposals>>[number]

export const listProposals = (db: Executor, where: SQL, sort: 'votes' | 'newest', limit: number, offset: number) =>
  db.select(publicColumns).from(testRequests).leftJoin(samplingPlans, eq(samplingPlans.id, testRequests.planId)).where(where)
    .orderBy(...(sort === 'votes' ? [desc(testRequests.votes), desc(testRequests.createdAt)] : [desc(testRequests.createdAt)]), asc(testRequests.id))
    .limit(limit).offset(offset)

const lastPublished = sql`(SELECT max(${samples.publishedAt}) FROM ${samples} WHERE ${samples.requestId} = ${testRequests.id})`
export const listTested = (db: Executor, where: SQL, limit: number) =>
  db.select(publicColumns).from(testRequests).leftJoin(samplingPlans, eq(samplingPlans.id, testRequests.planId)).where(where)
    .orderBy(sql`${lastPublished} DESC`, asc(testRequests.id)).limit(limit)

export const countWhere = (db: Executor, where: SQL) =>
  db.select({ n: count() }).from(testRequests).where(where).then(([r]) => r.n)

/** Published samples of these requests with their failed items: what the public page shows. */
export const publishedSamplesOf = (db: Executor, requestIds: string[]) =>
  requestIds.length ? db.select({
    id: samples.id, requestId: samples.requestId, entityId: samples.entityId, productName: samples.productName, sampledOn: samples.sampledOn, verdict: samples.verdict,
  }).from(samples).where(and(inArray(samples.requestId, requestIds), isNotNull(samples.publishedAt), isNotNull(samples.verdict)))
    .orderBy(asc(samples.sampledOn), asc(samples.sampleNumber))
    : Promise.resolve([])

export const failedItemsOf = (db: Executor, sampleIds: string[]) =>
  sampleIds.length ? db.select().from(sampleResults).where(and(inArray(sampleResults.sampleId, sampleIds), eq(sampleResults.verdict, 'fail')))
    .orderBy(asc(sampleResults.sortOrder), asc(sampleResults.itemName))
    : Promise.resolve([])

export const findPublicRequest = (db: Executor, id: string) =>
  db.select({ id: testRequests.id, status: testRequests.status, votes: testRequests.votes, published: sql<boolean>`${published}` })
    .from(testRequests).where(eq(testRequests.id, id)).then(([r]) => r)

export const votedIds = (db: Executor, ipHash: string, day: string, ids: string[]) =>
  ids.length ? db.select({ id: testRequestVotes.requestId }).from(testRequestVotes)
    .where(and(eq(testRequestVotes.ipHash, ipHash), eq(testRequestVotes.votedOn, day), inArray(testRequestVotes.requestId, ids)))
    .then((rows) => new Set(rows.map((r) => r.id)))
    : Promise.resolve(new Set<string>())

/** Serialises one address's proposals within the transaction, so that two at once cannot both pass the count. */
export const lockAddress = (db: Executor, ipHash: string) => db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${ipHash}, 0))`)

/** Today's proposals from one address (the hash already names the day). */
export const countProposalsOf = (db: Executor, ipHash: string) =>
  db.select({ n: count() }).from(testRequests).where(eq(testRequests.ipHash, ipHash)).then(([r]) => r.n)

export const insertRequest = (db: Executor, row: NewTestRequestRow) =>
  db.insert(testRequests).values(row).returning().then(([r]) => r)

/** One vote per request, address and day (the table's key): false when this address already voted today. */
export const insertVote = (db: Executor, requestId: string, ipHash: string, day: string) =>
  db.insert(testRequestVotes).values({ requestId, ipHash, votedOn: day }).onConflictDoNothing().returning().then((rows) => rows.length > 0)

export const addVote = (db: Executor, id: string) =>
  db.update(testRequests).set({ votes: sql`${testRequests.votes} + 1` }).where(eq(testRequests.id, id)).returning({ id: testRequests.id, votes: testRequests.votes }).then(([r]) => r)
