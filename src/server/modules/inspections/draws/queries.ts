import { and, asc, desc, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm'
import type { Account } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { accounts } from '../../../platform/schema'
import { inScope } from '../../../platform/scope'
import { inspectionDraws, inspections, inspectorAvoidances, inspectorRoster } from '../schema'

type Viewer = Pick<Account, 'regionCode'>

// ── 执法检查人员名录库 ──────────────────────────────────────────────────────────────
const rosterColumns = {
  accountId: inspectorRoster.accountId, regionCode: inspectorRoster.regionCode, unitId: inspectorRoster.unitId,
  certificateNumber: inspectorRoster.certificateNumber, active: inspectorRoster.active, updatedAt: inspectorRoster.updatedAt,
  name: accounts.displayName, username: accounts.username, accountDisabled: accounts.disabled,
  avoidanceCount: sql<number>`(SELECT count(*)::int FROM ${inspectorAvoidances} WHERE ${inspectorAvoidances.accountId} = ${inspectorRoster.accountId})`,
}
export type RosterView = Awaited<ReturnType<typeof listRoster>>[number]

export const listRoster = (db: Executor, viewer: Viewer, where?: SQL) =>
  db.select(rosterColumns).from(inspectorRoster).innerJoin(accounts, eq(accounts.id, inspectorRoster.accountId))
    .where(and(inScope(inspectorRoster.regionCode, viewer), where)).orderBy(asc(inspectorRoster.regionCode), asc(accounts.displayName), asc(inspectorRoster.accountId))

export const findRosterEntry = (db: Executor, viewer: Viewer, accountId: string) =>
  listRoster(db, viewer, eq(inspectorRoster.accountId, accountId)).then(([r]) => r)

/** Officers a draw may use: on the roster and active, with an enabled account. */
export const listActiveRoster = (db: Executor, viewer: Viewer) =>
  listRoster(db, viewer, and(eq(inspectorRoster.active, true), eq(accounts.disabled, false)))

/** Inspector accounts in scope not yet on the roster (the add form's choices). */
export const listRosterCandidates = (db: Executor, viewer: Viewer) =>
  db.select({ accountId: accounts.id, name: accounts.displayName, username: accounts.username, unitId: accounts.unitId, regionCode: accounts.regionCode })
    .from(accounts)
    .where(and(eq(accounts.role, 'inspector'), eq(accounts.disabled, false), inScope(accounts.regionCode, viewer),
      sql`NOT EXISTS (SELECT 1 FROM ${inspectorRoster} WHERE ${inspectorRoster.accountId} = ${accounts.id})`))
    .orderBy(asc(accounts.displayName))

export const findInspectorAccount = (db: Executor, viewer: Viewer, id: string) =>
  db.select().from(accounts).where(and(eq(accounts.id, id), inScope(accounts.regionCode, viewer))).then(([r]) => r)

export const insertRosterEntry = (db: Executor, row: typeof inspectorRoster.$inferInsert) =>
  db.insert(inspectorRoster).values(row).onConflictDoNothing().returning().then(([r]) => r)

export const updateRosterEntry = (db: Executor, accountId: string, row: Partial<typeof inspectorRoster.$inferInsert>) =>
  db.update(inspectorRoster).set({ ...row, updatedAt: new Date() }).where(eq(inspectorRoster.accountId, accountId))

// ── Avoidance (personal data: read only here, never published) ─────────────────────
export const listAvoidances = (db: Executor, accountId: string) =>
  db.select().from(inspectorAvoidances).where(eq(inspectorAvoidances.accountId, accountId)).orderBy(desc(inspectorAvoidances.createdAt))

export const insertAvoidance = (db: Executor, row: typeof inspectorAvoidances.$inferInsert) =>
  db.insert(inspectorAvoidances).values(row).onConflictDoNothing().returning().then(([r]) => r)

export const deleteAvoidance = (db: Executor, accountId: string, entityId: string) =>
  db.delete(inspectorAvoidances).where(and(eq(inspectorAvoidances.accountId, accountId), eq(inspectorAvoidances.entityId, entityId))).returning().then(([r]) => r)

/** The avoidance pairs among these officers (the draw keeps only those within both lists). */
export const avoidancePairsOf = (db: Executor, accountIds: string[]) =>
  accountIds.length
    ? db.select({ inspectorId: inspectorAvoidances.accountId, entityId: inspectorAvoidances.entityId }).from(inspectorAvoidances).where(inArray(inspectorAvoidances.accountId, accountIds))
    : Promise.resolve([])

// ── Draws ─────────────────────────────────────────────────────────────────────
export const findDraw = (db: Executor, viewer: Viewer, id: string) =>
  db.select().from(inspectionDraws).where(and(eq(inspectionDraws.id, id), inScope(inspectionDraws.regionCode, viewer))).then(([r]) => r)

/** Locks the row so two concurrent runs (or a run and a cancel) cannot both pass the status check. */
export const findDrawForUpdate = (db: Executor, viewer: Viewer, id: string) =>
  db.select().from(inspectionDraws).where(and(eq(inspectionDraws.id, id), inScope(inspectionDraws.regionCode, viewer))).for('update').then(([r]) => r)

/** Public: no scope, only what has been published. */
export const findPublishedDraw = (db: Executor, id: string) =>
  db.select().from(inspectionDraws).where(and(eq(inspectionDraws.id, id), eq(inspectionDraws.status, 'published'))).then(([r]) => r)

export const listPublishedDraws = (db: Executor, limit: number) =>
  db.select({ id: inspectionDraws.id, title: inspectionDraws.title, matter: inspectionDraws.matter, year: inspectionDraws.year, regionCode: inspectionDraws.regionCode,
    record: inspectionDraws.record, publishedAt: inspectionDraws.publishedAt })
    .from(inspectionDraws).where(and(eq(inspectionDraws.status, 'published'), isNotNull(inspectionDraws.publishedAt)))
    .orderBy(desc(inspectionDraws.publishedAt)).limit(limit)

/** List rows without the (large) list texts. */
const summaryColumns = {
  id: inspectionDraws.id, title: inspectionDraws.title, matter: inspectionDraws.matter, year: inspectionDraws.year, regionCode: inspectionDraws.regionCode,
  status: inspectionDraws.status, selection: inspectionDraws.selection, frozenAt: inspectionDraws.frozenAt, drawnAt: inspectionDraws.drawnAt,
  publishedAt: inspectionDraws.publishedAt, entityFilter: inspectionDraws.entityFilter,
  entityCount: sql<number>`json_array_length(${inspectionDraws.entityList}::json)`,
  inspectorCount: sql<number>`json_array_length(${inspectionDraws.inspectorList}::json)`,
  drawnCount: sql<number | null>`(${inspectionDraws.record} -> 'parameters' ->> 'drawnCount')::int`,
}
export type DrawSummaryRow = Awaited<ReturnType<typeof listDrawPage>>[number]

export function drawWhere(viewer: Viewer, f: { status?: string; year?: number }): SQL {
  return and(inScope(inspectionDraws.regionCode, viewer), f.status ? eq(inspectionDraws.status, f.status) : undefined,
    f.year ? eq(inspectionDraws.year, f.year) : undefined) as SQL
}
export const countDraws = (db: Executor, where: SQL) => db.$count(inspectionDraws, where)
export const listDrawPage = (db: Executor, where: SQL, limit: number, offset: number) =>
  db.select(summaryColumns).from(inspectionDraws).where(where).orderBy(desc(inspectionDraws.frozenAt), desc(inspectionDraws.id)).limit(limit).offset(offset)

export const insertDraw = (db: Executor, row: typeof inspectionDraws.$inferInsert) =>
  db.insert(inspectionDraws).values(row).returning().then(([r]) => r)

export const updateDraw = (db: Executor, id: string, row: Partial<typeof inspectionDraws.$inferInsert>) =>
  db.update(inspectionDraws).set(row).where(eq(inspectionDraws.id, id)).returning().then(([r]) => r)

// ── The work a draw gives: inspections recorded with drawId = this draw ─────────────────
export const inspectionsOfDraw = (db: Executor, viewer: Viewer, drawId: string) =>
  db.select({ id: inspections.id, entityId: inspections.entityId, inspectedOn: inspections.inspectedOn }).from(inspections)
    .where(and(eq(inspections.drawId, drawId), inScope(inspections.regionCode, viewer), ne(inspections.kind, 'follow_up')))
    .orderBy(asc(inspections.inspectedOn))
