import { and, count, desc, eq, gte, ilike, inArray, isNull, like, lt, lte, or, sql, type SQL } from 'drizzle-orm'
import type { Account } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { inScope, regionPrefix } from '../../../platform/scope'
import { disposals, sampleResults, samples, type DisposalRow } from '../schema'

/** Every read filters with inScope on the file's region: outside the caller's subtree is answered as missing. */

const sampleColumns = { sampleNumber: samples.sampleNumber, productName: samples.productName }
export type DisposalWithSample = { d: DisposalRow; sampleNumber: string; productName: string }

/** A file for a step, locked so that two steps on the same file cannot interleave. */
export const lockDisposal = (db: Executor, account: Account, id: string) =>
  db.select().from(disposals).where(and(eq(disposals.id, id), inScope(disposals.regionCode, account))).for('update').then(([r]) => r)

export const findDisposal = (db: Executor, account: Account, id: string) =>
  db.select({ d: disposals, sample: samples }).from(disposals).innerJoin(samples, eq(samples.id, disposals.sampleId))
    .where(and(eq(disposals.id, id), inScope(disposals.regionCode, account))).then(([r]) => r)

export const updateDisposal = (db: Executor, id: string, values: Partial<DisposalRow>) =>
  db.update(disposals).set({ ...values, updatedAt: new Date() }).where(eq(disposals.id, id)).returning().then(([r]) => r)

export const failedResultsOf = (db: Executor, sampleId: string) =>
  db.select().from(sampleResults).where(and(eq(sampleResults.sampleId, sampleId), eq(sampleResults.verdict, 'fail'))).orderBy(sampleResults.sortOrder)

/** A sample in the caller's scope (for the follow-up link and the detail's summary). */
export const findSampleInScope = (db: Executor, account: Account, id: string) =>
  db.select().from(samples).where(and(eq(samples.id, id), inScope(samples.regionCode, account))).then(([r]) => r)

export interface DisposalFilters {
  region?: string; year?: number; status?: string; q?: string; entityIds?: string[]
  /** For status overdue. */
  today: string
}

/** Open and past a due date: the close date, the notify date, or the start date. */
export const overdueCondition = (today: string) => and(isNull(disposals.closedOn), or(
  lt(disposals.closeDueOn, today),
  and(isNull(disposals.notifiedOn), lt(disposals.notifyDueOn, today)),
  and(isNull(disposals.notifiedOn), isNull(disposals.controlledOn), lt(disposals.startDueOn, today)),
)) as SQL

function where(account: Account, f: DisposalFilters): SQL {
  const parts: SQL[] = [inScope(disposals.regionCode, account)]
  if (f.region) parts.push(like(disposals.regionCode, `${regionPrefix(f.region)}%`))
  if (f.year) parts.push(gte(disposals.openedOn, `${f.year}-01-01`), lte(disposals.openedOn, `${f.year}-12-31`))
  if (f.status === 'open') parts.push(isNull(disposals.closedOn))
  if (f.status === 'closed') parts.push(sql`${disposals.closedOn} IS NOT NULL`)
  if (f.status === 'overdue') parts.push(overdueCondition(f.today))
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const text = [ilike(samples.sampleNumber, pattern), ilike(samples.productName, pattern)]
    if (f.entityIds?.length) text.push(inArray(disposals.entityId, f.entityIds))
    parts.push(or(...text) as SQL)
  }
  return and(...parts) as SQL
}

export const listDisposals = (db: Executor, account: Account, f: DisposalFilters, limit: number, offset: number) =>
  db.select({ d: disposals, ...sampleColumns }).from(disposals).innerJoin(samples, eq(samples.id, disposals.sampleId))
    .where(where(account, f)).orderBy(desc(disposals.openedOn), desc(disposals.createdAt)).limit(limit).offset(offset)

export const countDisposals = (db: Executor, account: Account, f: DisposalFilters) =>
  db.select({ n: count() }).from(disposals).innerJoin(samples, eq(samples.id, disposals.sampleId)).where(where(account, f)).then(([r]) => r.n)

/** The files of failed reports received in a period (for the rates). */
export const disposalsOpenedIn = (db: Executor, account: Account, f: { region?: string; from: string; to: string }) =>
  db.select().from(disposals).where(and(
    inScope(disposals.regionCode, account),
    f.region ? like(disposals.regionCode, `${regionPrefix(f.region)}%`) : undefined,
    gte(disposals.openedOn, f.from), lte(disposals.openedOn, f.to),
  ))
