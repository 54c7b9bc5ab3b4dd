import { and, asc, count, desc, eq, gte, inArray, like, lt, lte, sql, type SQL } from 'drizzle-orm'
import type { Account } from '../../platform/context'
import type { Executor } from '../../platform/db'
import { accounts, storedFiles } from '../../platform/schema'
import { inScope, inScopePlaceholder, regionPrefix, scopePattern } from '../../platform/scope'
import { inspectionDraws, inspectionTallies, inspections, rectificationOrders, type InspectionRow, type RectificationOrderRow } from './schema'
import { monthEnd, monthStart } from '../../../shared/months'

/**
 * Who is reading: staff see their region subtree; a business account (ownEntityId set, possibly to
 * nothing) sees only its own entity's records.
 */
export interface Viewer { account: Pick<Account, 'regionCode' | 'role'>; ownEntityId: string | null }

const NO_ENTITY = '00000000-0000-0000-0000-000000000000'

function scopeOf(table: typeof inspections | typeof rectificationOrders, viewer: Viewer): SQL {
  if (viewer.account.role === 'business') return eq(table.entityId, viewer.ownEntityId ?? NO_ENTITY)
  return inScope(table.regionCode, viewer.account)
}

// Correlated subqueries name the outer columns in plain SQL: drizzle renders a column inside sql`` without
// its table, which inside a subquery would bind to the inner table.
// Entity names come from the register's table by SQL name: reading a name is not reaching into the
// entities module's rules, and a join keeps the list one round trip (see the load benchmark).
const entityName = sql<string>`(SELECT e.name FROM entities e WHERE e.id = inspections.entity_id)`.as('entity_name')
const entityType = sql<string>`(SELECT e.type FROM entities e WHERE e.id = inspections.entity_id)`.as('entity_type')
const inspectorNames = sql<string[]>`(SELECT coalesce(array_agg(a.display_name ORDER BY i.ord), '{}') FROM unnest(inspections.inspector_ids) WITH ORDINALITY AS i(id, ord) JOIN accounts a ON a.id = i.id)`.as('inspector_names')

export interface InspectionFilters { region?: string; result?: string; kind?: string; entityId?: string; inspectorId?: string; from?: string; to?: string }

function inspectionWhere(viewer: Viewer, f: InspectionFilters): SQL {
  const parts: (SQL | undefined)[] = [scopeOf(inspections, viewer)]
  if (f.region) parts.push(like(inspections.regionCode, `${regionPrefix(f.region)}%`))
  if (f.result) parts.push(eq(inspections.result, f.result))
  if (f.kind) parts.push(eq(inspections.kind, f.kind))
  if (f.entityId) parts.push(eq(inspections.entityId, f.entityId))
  if (f.inspectorId) parts.push(sql`${f.inspectorId}::uuid = ANY(${inspections.inspectorIds})`)
  if (f.from) parts.push(gte(inspections.inspectedOn, f.from))
  if (f.to) parts.push(lte(inspections.inspectedOn, f.to))
  return and(...parts) as SQL
}

export const listInspections = (db: Executor, viewer: Viewer, f: InspectionFilters, limit: number, offset: number) =>
  db.select({
    id: inspections.id, entityId: inspections.entityId, regionCode: inspections.regionCode, kind: inspections.kind, inspectedOn: inspections.inspectedOn,
    result: inspections.result, keyFailures: inspections.keyFailures, generalFailures: inspections.generalFailures, handling: inspections.handling,
    entityName, entityType, inspectorNames,
  }).from(inspections).where(inspectionWhere(viewer, f)).orderBy(desc(inspections.inspectedOn), desc(inspections.createdAt)).limit(limit).offset(offset)

export const countInspections = (db: Executor, viewer: Viewer, f: InspectionFilters) =>
  db.select({ n: count() }).from(inspections).where(inspectionWhere(viewer, f)).then(([r]) => r.n)

export const countByResult = (db: Executor, viewer: Viewer, f: InspectionFilters) =>
  db.select({ result: inspections.result, n: count() }).from(inspections).where(inspectionWhere(viewer, f)).groupBy(inspections.result)

/**
 * The same counts from the trigger-kept tallies (village × month × kind × result), when the filters are ones
 * the tallies carry: a staff viewer, no entity or officer, and dates on whole months. Null otherwise; the
 * caller then counts the inspections themselves. Same answer either way (tallies.test.ts).
 */
function tallyWhere(viewer: Viewer, f: InspectionFilters): SQL | null {
  if (viewer.account.role === 'business' || f.entityId || f.inspectorId) return null
  if ((f.from && f.from !== monthStart(f.from)) || (f.to && f.to !== monthEnd(f.to))) return null
  return and(inScope(inspectionTallies.regionCode, viewer.account),
    f.region ? like(inspectionTallies.regionCode, `${regionPrefix(f.region)}%`) : undefined,
    f.result ? eq(inspectionTallies.result, f.result) : undefined,
    f.kind ? eq(inspectionTallies.kind, f.kind) : undefined,
    f.from ? gte(inspectionTallies.month, f.from) : undefined,
    f.to ? lte(inspectionTallies.month, f.to) : undefined) as SQL
}

/** Counts by result: from the tallies when they can answer (the stats endpoint, the dashboard), else counted. */
export async function countByResultFast(db: Executor, viewer: Viewer, f: InspectionFilters): Promise<{ result: string; n: number }[]> {
  const where = tallyWhere(viewer, f)
  if (!where) return countByResult(db, viewer, f)
  return db.select({ result: inspectionTallies.result, n: sql<number>`sum(${inspectionTallies.n})::int` }).from(inspectionTallies).where(where).groupBy(inspectionTallies.result)
}

/** The list's total: from the tallies when they can answer, else counted. */
export async function countInspectionsFast(db: Executor, viewer: Viewer, f: InspectionFilters): Promise<number> {
  const where = tallyWhere(viewer, f)
  if (!where) return countInspections(db, viewer, f)
  return db.select({ n: sql<number>`coalesce(sum(${inspectionTallies.n}), 0)::int` }).from(inspectionTallies).where(where).then(([r]) => r.n)
}

/** One inspection with what its page shows, in one round trip. */
const detailColumns = {
  i: inspections, entityName, entityType, inspectorNames,
  entityAddress: sql<string | null>`(SELECT e.address FROM entities e WHERE e.id = inspections.entity_id)`,
}

// A staff read of one inspection is the busiest statement of the module (bench/inspections-api, call (c)):
// built once per database handle and sent as a named prepared statement, instead of rebuilding the SQL
// through drizzle on every request (about a fifth of the server's CPU per call in a profile).
const preparedDetail = new WeakMap<object, ReturnType<typeof prepareDetail>>()
const prepareDetail = (db: Executor) => db.select(detailColumns).from(inspections)
  .where(and(eq(inspections.id, sql.placeholder('id')), inScopePlaceholder(inspections.regionCode, 'scope'))).prepare('inspection_detail')

export const findInspection = async (db: Executor, viewer: Viewer, id: string) => {
  if (viewer.account.role === 'business') {
    return db.select(detailColumns).from(inspections).where(and(eq(inspections.id, id), scopeOf(inspections, viewer))).then(([r]) => r)
  }
  let prepared = preparedDetail.get(db)
  if (!prepared) preparedDetail.set(db, prepared = prepareDetail(db))
  return prepared.execute({ id, scope: scopePattern(viewer.account) }).then(([r]) => r)
}

export const insertInspection = (db: Executor, row: typeof inspections.$inferInsert) => db.insert(inspections).values(row).returning().then(([r]) => r)
export const markPublished = (db: Executor, id: string, at: Date) => db.update(inspections).set({ publishedAt: at }).where(eq(inspections.id, id))

// Rectification orders
const orderEntityName = sql<string>`(SELECT e.name FROM entities e WHERE e.id = rectification_orders.entity_id)`.as('entity_name')
export interface OrderFilters { region?: string; status?: string; overdueBefore?: string; entityId?: string; inspectionId?: string }

function orderWhere(viewer: Viewer, f: OrderFilters): SQL {
  const parts: (SQL | undefined)[] = [scopeOf(rectificationOrders, viewer)]
  if (f.region) parts.push(like(rectificationOrders.regionCode, `${regionPrefix(f.region)}%`))
  if (f.status) parts.push(eq(rectificationOrders.status, f.status))
  if (f.overdueBefore) parts.push(and(eq(rectificationOrders.status, 'open'), lt(rectificationOrders.dueOn, f.overdueBefore)))
  if (f.entityId) parts.push(eq(rectificationOrders.entityId, f.entityId))
  if (f.inspectionId) parts.push(eq(rectificationOrders.inspectionId, f.inspectionId))
  return and(...parts) as SQL
}

export type OrderWithName = { o: RectificationOrderRow; entityName: string }
export const listOrders = (db: Executor, viewer: Viewer, f: OrderFilters, limit: number, offset: number): Promise<OrderWithName[]> =>
  db.select({ o: rectificationOrders, entityName: orderEntityName }).from(rectificationOrders).where(orderWhere(viewer, f))
    .orderBy(asc(rectificationOrders.dueOn), asc(rectificationOrders.createdAt)).limit(limit).offset(offset)
export const countOrders = (db: Executor, viewer: Viewer, f: OrderFilters) =>
  db.select({ n: count() }).from(rectificationOrders).where(orderWhere(viewer, f)).then(([r]) => r.n)
export const findOrder = (db: Executor, viewer: Viewer, id: string): Promise<OrderWithName | undefined> =>
  db.select({ o: rectificationOrders, entityName: orderEntityName }).from(rectificationOrders)
    .where(and(eq(rectificationOrders.id, id), scopeOf(rectificationOrders, viewer))).then(([r]) => r)
export const insertOrder = (db: Executor, row: typeof rectificationOrders.$inferInsert) => db.insert(rectificationOrders).values(row).returning().then(([r]) => r)
export const updateOrder = (db: Executor, id: string, set: Partial<typeof rectificationOrders.$inferInsert>) =>
  db.update(rectificationOrders).set({ ...set, updatedAt: new Date() }).where(eq(rectificationOrders.id, id)).returning().then(([r]) => r)

/** Inspections with findings in a period, with what became of them, for 问题发现处置率. */
export const findingsInPeriod = (db: Executor, viewer: Viewer, f: InspectionFilters) =>
  db.select({
    id: inspections.id, handling: inspections.handling,
    openOrders: sql<number>`(SELECT count(*)::int FROM rectification_orders o WHERE o.inspection_id = inspections.id AND (o.status IN ('open', 'reported') OR (o.status = 'failed' AND o.case_id IS NULL)))`,
  }).from(inspections).where(and(inspectionWhere(viewer, f), sql`${inspections.keyFailures} + ${inspections.generalFailures} > 0`))

export const ordersIssuedIn = (db: Executor, viewer: Viewer, f: { region?: string; from: string; to: string }) =>
  db.select().from(rectificationOrders).where(and(orderWhere(viewer, { region: f.region }), gte(rectificationOrders.issuedOn, f.from), lte(rectificationOrders.issuedOn, f.to)))

/** The report's figures in one pass over the period's inspections (and their orders). */
export async function figures(db: Executor, viewer: Viewer, f: InspectionFilters & { sector?: string }) {
  const where = and(inspectionWhere(viewer, f), f.sector ? sql`(SELECT e.sector FROM entities e WHERE e.id = inspections.entity_id) = ${f.sector}` : undefined)
  const [r] = await db.select({
    inspections: sql<number>`count(*)::int`,
    entitiesInspected: sql<number>`count(DISTINCT ${inspections.entityId})::int`,
    conform: sql<number>`count(*) FILTER (WHERE ${inspections.result} = 'conform')::int`,
    basic: sql<number>`count(*) FILTER (WHERE ${inspections.result} = 'basic')::int`,
    nonconform: sql<number>`count(*) FILTER (WHERE ${inspections.result} = 'nonconform')::int`,
    onTheSpot: sql<number>`count(*) FILTER (WHERE ${inspections.handling} = 'on_the_spot')::int`,
    investigations: sql<number>`count(*) FILTER (WHERE ${inspections.handling} = 'investigation')::int`,
    operationsHalted: sql<number>`count(*) FILTER (WHERE ${inspections.operationsHalted})::int`,
    officerVisits: sql<number>`coalesce(sum(cardinality(${inspections.inspectorIds})), 0)::int`,
    ordersIssued: sql<number>`coalesce(sum((SELECT count(*) FROM rectification_orders o WHERE o.inspection_id = inspections.id)), 0)::int`,
    ordersReported: sql<number>`coalesce(sum((SELECT count(*) FROM rectification_orders o WHERE o.inspection_id = inspections.id AND (o.reported_on IS NOT NULL OR o.status IN ('reported', 'passed')))), 0)::int`,
    ordersVerified: sql<number>`coalesce(sum((SELECT count(*) FROM rectification_orders o WHERE o.inspection_id = inspections.id AND o.status IN ('passed', 'failed'))), 0)::int`,
  }).from(inspections).where(where)
  return r
}

// Validation lookups
/** Officers who may sign an inspection: active inspector accounts. Scope is the entity's, checked by the caller. */
export const officers = (db: Executor, ids: string[]) =>
  db.select({ id: accounts.id, name: accounts.displayName, role: accounts.role, disabled: accounts.disabled, regionCode: accounts.regionCode, unitId: accounts.unitId })
    .from(accounts).where(inArray(accounts.id, ids))
export const enabledInspectors = (db: Executor) =>
  db.select({ id: accounts.id, name: accounts.displayName, regionCode: accounts.regionCode, unitId: accounts.unitId })
    .from(accounts).where(and(eq(accounts.role, 'inspector'), eq(accounts.disabled, false))).orderBy(asc(accounts.displayName))
export const existingFiles = (db: Executor, hashes: string[]) =>
  hashes.length ? db.select({ sha256: storedFiles.sha256 }).from(storedFiles).where(inArray(storedFiles.sha256, hashes)).then((rows) => new Set(rows.map((r) => r.sha256))) : Promise.resolve(new Set<string>())
export const findDraw = (db: Executor, id: string) => db.select().from(inspectionDraws).where(eq(inspectionDraws.id, id)).then(([r]) => r)

export type { InspectionRow }
