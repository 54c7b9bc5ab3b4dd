import { and, asc, desc, eq, gt, gte, ilike, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { Account } from '../../platform/context'
import type { Executor } from '../../platform/db'
import { accounts } from '../../platform/schema'
import { inScope } from '../../platform/scope'
import { casePenalties, cases, creditRecords, policeTransfers, seriousViolations } from './schema'

type Viewer = Pick<Account, 'regionCode'>
export type NewCaseRow = typeof cases.$inferInsert

// ── cases ────────────────────────────────────────────────────────────────────────────────────────

export const findCase = (db: Executor, account: Viewer, id: string) =>
  db.select().from(cases).where(and(eq(cases.id, id), inScope(cases.regionCode, account))).then(([r]) => r)

/** The whole county: a case number is unique wherever its case lies. */
export const findCaseIdByNumber = (db: Executor, caseNumber: string) =>
  db.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, caseNumber)).then(([r]) => r)

export const insertCase = (db: Executor, row: NewCaseRow) => db.insert(cases).values(row).returning().then(([r]) => r)

export const updateCase = (db: Executor, id: string, patch: Partial<NewCaseRow>) =>
  db.update(cases).set({ ...patch, updatedAt: new Date() }).where(eq(cases.id, id)).returning().then(([r]) => r)

const OPEN_FILED = ['filed', 'investigated', 'notified']

/** Overdue today: a clue still undecided after filingDueOn, a filed case still undecided after decisionDueOn. */
export const overdueSql = (today: string) => or(
  and(eq(cases.status, 'clue'), lt(cases.filingDueOn, today)),
  and(inArray(cases.status, OPEN_FILED), lt(cases.decisionDueOn, today)),
) as SQL

export interface CaseFilters { region?: string; status?: string; source?: string; year?: number; overdue?: boolean; q?: string }

export function caseWhere(account: Viewer, f: CaseFilters, today: string): SQL {
  const yearDate = sql`coalesce(${cases.filedOn}, ${cases.clueReceivedOn})`
  return and(
    inScope(cases.regionCode, account),
    f.region ? inScope(cases.regionCode, { regionCode: f.region }) : undefined,
    f.status ? eq(cases.status, f.status) : undefined,
    f.source ? eq(cases.source, f.source) : undefined,
    f.year ? and(gte(yearDate, `${f.year}-01-01`), lte(yearDate, `${f.year}-12-31`)) : undefined,
    f.overdue ? overdueSql(today) : undefined,
    f.q ? or(ilike(cases.partyName, `%${escapeLike(f.q)}%`), ilike(cases.caseNumber, `%${escapeLike(f.q)}%`)) : undefined,
  ) as SQL
}
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export const countCases = (db: Executor, where: SQL) => db.$count(cases, where)
export const listCasePage = (db: Executor, where: SQL, limit: number, offset: number) =>
  db.select().from(cases).where(where).orderBy(desc(cases.clueReceivedOn), desc(cases.createdAt), asc(cases.id)).limit(limit).offset(offset)

export const casesBySourceRefs = (db: Executor, account: Viewer, refs: string[]) =>
  db.select({ id: cases.id, status: cases.status, sourceRef: cases.sourceRef }).from(cases)
    .where(and(inArray(cases.sourceRef, refs), inScope(cases.regionCode, account))).orderBy(asc(cases.createdAt))

// ── penalties ────────────────────────────────────────────────────────────────────────────────────

export const penaltiesOf = (db: Executor, caseIds: string[]) =>
  caseIds.length ? db.select().from(casePenalties).where(inArray(casePenalties.caseId, caseIds)).orderBy(asc(casePenalties.caseId)) : Promise.resolve([])

export const insertPenalties = (db: Executor, rows: (typeof casePenalties.$inferInsert)[]) =>
  db.insert(casePenalties).values(rows).returning()

// ── officers (accounts are platform data) ───────────────────────────────────────────────────────

/** Enabled staff accounts of the caller's county that may act as case officers. */
export const officersIn = (db: Executor, county: string, ids?: string[]) =>
  db.select({ id: accounts.id, name: accounts.displayName }).from(accounts)
    .where(and(sql`${accounts.regionCode} LIKE ${`${county}%`}`, eq(accounts.disabled, false), inArray(accounts.role, ['inspector', 'office']),
      ids ? inArray(accounts.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']) : undefined))
    .orderBy(asc(accounts.displayName))

export const accountNames = (db: Executor, ids: string[]) =>
  ids.length ? db.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, ids)) : Promise.resolve([])

// ── police transfers ─────────────────────────────────────────────────────────────────────────────

export const transferCaseJoin = { transfer: policeTransfers, caseNumber: cases.caseNumber, partyName: cases.partyName }

export const findTransfer = (db: Executor, account: Viewer, id: string) =>
  db.select(transferCaseJoin).from(policeTransfers).innerJoin(cases, eq(cases.id, policeTransfers.caseId))
    .where(and(eq(policeTransfers.id, id), inScope(policeTransfers.regionCode, account))).then(([r]) => r)

export const transfersOfCase = (db: Executor, caseId: string) =>
  db.select(transferCaseJoin).from(policeTransfers).innerJoin(cases, eq(cases.id, policeTransfers.caseId))
    .where(eq(policeTransfers.caseId, caseId)).orderBy(asc(policeTransfers.transferredOn))

export const transferWhere = (account: Viewer, f: { region?: string; status?: string; year?: number }) => and(
  inScope(policeTransfers.regionCode, account),
  f.region ? inScope(policeTransfers.regionCode, { regionCode: f.region }) : undefined,
  f.status ? eq(policeTransfers.status, f.status) : undefined,
  f.year ? and(gte(policeTransfers.transferredOn, `${f.year}-01-01`), lte(policeTransfers.transferredOn, `${f.year}-12-31`)) : undefined,
) as SQL

export const countTransfers = (db: Executor, where: SQL) => db.$count(policeTransfers, where)
export const listTransferPage = (db: Executor, where: SQL, limit: number, offset: number) =>
  db.select(transferCaseJoin).from(policeTransfers).innerJoin(cases, eq(cases.id, policeTransfers.caseId))
    .where(where).orderBy(desc(policeTransfers.transferredOn), asc(policeTransfers.id)).limit(limit).offset(offset)

export const insertTransfer = (db: Executor, row: typeof policeTransfers.$inferInsert) => db.insert(policeTransfers).values(row).returning().then(([r]) => r)
export const updateTransfer = (db: Executor, id: string, patch: Partial<typeof policeTransfers.$inferInsert>) =>
  db.update(policeTransfers).set({ ...patch, updatedAt: new Date() }).where(eq(policeTransfers.id, id)).returning().then(([r]) => r)

// ── credit records ───────────────────────────────────────────────────────────────────────────────

export const insertCreditRecord = (db: Executor, row: typeof creditRecords.$inferInsert) => db.insert(creditRecords).values(row).returning().then(([r]) => r)
export const findCreditRecord = (db: Executor, account: Viewer, id: string) =>
  db.select().from(creditRecords).where(and(eq(creditRecords.id, id), inScope(creditRecords.regionCode, account))).then(([r]) => r)
export const creditRecordsOfCase = (db: Executor, caseId: string) =>
  db.select().from(creditRecords).where(eq(creditRecords.caseId, caseId)).orderBy(asc(creditRecords.recordedOn))
export const creditWhere = (account: Viewer, f: { entityId?: string; unpublished?: boolean }) => and(
  inScope(creditRecords.regionCode, account),
  f.entityId ? eq(creditRecords.entityId, f.entityId) : undefined,
  f.unpublished ? isNull(creditRecords.publishedOn) : undefined,
) as SQL
export const countCreditRecords = (db: Executor, where: SQL) => db.$count(creditRecords, where)
export const listCreditPage = (db: Executor, where: SQL, limit: number, offset: number) =>
  db.select().from(creditRecords).where(where).orderBy(desc(creditRecords.recordedOn), asc(creditRecords.id)).limit(limit).offset(offset)
export const updateCreditRecord = (db: Executor, id: string, patch: Partial<typeof creditRecords.$inferInsert>) =>
  db.update(creditRecords).set(patch).where(eq(creditRecords.id, id)).returning().then(([r]) => r)

// ── serious-violation list ───────────────────────────────────────────────────────────────────────

export const listingJoin = { listing: seriousViolations, caseNumber: cases.caseNumber, partyName: cases.partyName }

export const findListing = (db: Executor, account: Viewer, id: string) =>
  db.select(listingJoin).from(seriousViolations).innerJoin(cases, eq(cases.id, seriousViolations.caseId))
    .where(and(eq(seriousViolations.id, id), inScope(seriousViolations.regionCode, account))).then(([r]) => r)
export const activeListingOfCase = (db: Executor, caseId: string) =>
  db.select({ id: seriousViolations.id }).from(seriousViolations).where(and(eq(seriousViolations.caseId, caseId), isNull(seriousViolations.removedOn))).then(([r]) => r)
export const listingsOfCase = (db: Executor, caseId: string) =>
  db.select(listingJoin).from(seriousViolations).innerJoin(cases, eq(cases.id, seriousViolations.caseId))
    .where(eq(seriousViolations.caseId, caseId)).orderBy(asc(seriousViolations.listedOn))

/** Published, not removed and not expired on `day`: what the public sees. */
export const currentListingSql = (day: string) => and(
  isNotNull(seriousViolations.publishedOn), lte(seriousViolations.publishedOn, day), lte(seriousViolations.listedOn, day),
  or(isNull(seriousViolations.removedOn), gt(seriousViolations.removedOn, day)), gt(seriousViolations.expiresOn, day),
) as SQL

export function listingStateSql(state: string, today: string): SQL {
  switch (state) {
    case 'listed': return and(isNull(seriousViolations.publishedOn), isNull(seriousViolations.removedOn), gt(seriousViolations.expiresOn, today)) as SQL
    case 'current': return currentListingSql(today)
    case 'removed': return isNotNull(seriousViolations.removedOn)
    default: return and(isNull(seriousViolations.removedOn), lte(seriousViolations.expiresOn, today)) as SQL
  }
}

export const listingWhere = (account: Viewer | null, f: { region?: string; state?: string }, today: string) => and(
  account ? inScope(seriousViolations.regionCode, account) : undefined,
  f.region ? inScope(seriousViolations.regionCode, { regionCode: f.region }) : undefined,
  f.state ? listingStateSql(f.state, today) : undefined,
) as SQL
export const countListings = (db: Executor, where: SQL) => db.$count(seriousViolations, where)
export const listListingPage = (db: Executor, where: SQL, limit: number, offset: number) =>
  db.select(listingJoin).from(seriousViolations).innerJoin(cases, eq(cases.id, seriousViolations.caseId))
    .where(where).orderBy(desc(seriousViolations.listedOn), asc(seriousViolations.id)).limit(limit).offset(offset)
export const insertListing = (db: Executor, row: typeof seriousViolations.$inferInsert) => db.insert(seriousViolations).values(row).returning().then(([r]) => r)
export const updateListing = (db: Executor, id: string, patch: Partial<typeof seriousViolations.$inferInsert>) =>
  db.update(seriousViolations).set(patch).where(eq(seriousViolations.id, id)).returning().then(([r]) => r)

// ── figures (自查报告) ──────────────────────────────────────────────────────────────────────────

/** All figures for one region subtree and period in one round trip per table; see service/figures.ts for what each counts. */
export async function caseFigures(db: Executor, account: Viewer, region: string, from: string, to: string) {
  const scoped = (col: AnyPgColumn) => and(inScope(col, account), inScope(col, { regionCode: region }))
  const [caseRow] = await db.select({
    filed: sql<number>`count(*) FILTER (WHERE ${cases.filedOn} BETWEEN ${from} AND ${to})::int`,
    closed: sql<number>`count(*) FILTER (WHERE ${cases.status} = 'closed' AND ${cases.closedOn} BETWEEN ${from} AND ${to})::int`,
  }).from(cases).where(scoped(cases.regionCode))
  const [penaltyRow] = await db.select({
    moneyFen: sql<string>`coalesce(sum(round(${casePenalties.amount} * 100)) FILTER (WHERE ${casePenalties.kind} IN ('fine', 'person_fine', 'confiscate_income')), 0)::text`,
    goodsFen: sql<string>`coalesce(sum(round(${casePenalties.amount} * 100)) FILTER (WHERE ${casePenalties.kind} = 'confiscate_goods'), 0)::text`,
    persons: sql<number>`count(DISTINCT (${casePenalties.caseId}, ${casePenalties.personName})) FILTER (WHERE ${casePenalties.kind} IN ('person_fine', 'employment_ban'))::int`,
  }).from(casePenalties).innerJoin(cases, eq(cases.id, casePenalties.caseId))
    .where(and(scoped(cases.regionCode), gte(cases.decidedOn, from), lte(cases.decidedOn, to)))
  const [transferRow] = await db.select({
    transfers: sql<number>`count(*)::int`,
    criminalCases: sql<number>`count(*) FILTER (WHERE ${policeTransfers.status} = 'filed')::int`,
    detained: sql<number>`coalesce(sum(${policeTransfers.detainedCount}), 0)::int`,
    arrested: sql<number>`coalesce(sum(${policeTransfers.arrestedCount}), 0)::int`,
    bailed: sql<number>`coalesce(sum(${policeTransfers.bailedCount}), 0)::int`,
    prosecuted: sql<number>`coalesce(sum(${policeTransfers.prosecutedCount}), 0)::int`,
    sentenced: sql<number>`coalesce(sum(${policeTransfers.sentencedCount}), 0)::int`,
  }).from(policeTransfers).where(and(scoped(policeTransfers.regionCode), gte(policeTransfers.transferredOn, from), lte(policeTransfers.transferredOn, to)))
  const blacklistCurrent = await db.$count(seriousViolations, and(scoped(seriousViolations.regionCode), currentListingSql(to)))
  return { ...caseRow, ...penaltyRow, ...transferRow, blacklistCurrent }
}


export const transferredCaseIds = (db: Executor, caseIds: string[]) =>
  caseIds.length
    ? db.selectDistinct({ caseId: policeTransfers.caseId }).from(policeTransfers).where(inArray(policeTransfers.caseId, caseIds)).then((rows) => new Set(rows.map((r) => r.caseId)))
    : Promise.resolve(new Set<string>())

/** A transfer still with the police (not declined or returned) blocks a second one. */
export const activeTransferOfCase = (db: Executor, caseId: string) =>
  db.select({ id: policeTransfers.id }).from(policeTransfers)
    .where(and(eq(policeTransfers.caseId, caseId), inArray(policeTransfers.status, ['transferred', 'accepted', 'filed']))).then(([r]) => r)
