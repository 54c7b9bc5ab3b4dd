import { and, asc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import { date, pgTable, uuid, varchar } from 'drizzle-orm/pg-core'
import type { Account } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { accounts } from '../../../platform/schema'
import { inScope, regionPrefix } from '../../../platform/scope'
import { inspections } from '../schema'

/**
 * The yearly plan and coverage, computed in SQL: one aggregate of `inspections` per entity for the
 * window, joined to the register. The register's table is read by its SQL name, declared here with only
 * the columns these aggregates read: the accepted compromise for aggregate queries (a module never
 * imports another module's tables, and asking the entities service for 20,000 rows to loop over in JS is
 * what this replaces). The entities module owns the table and its migration; drizzle-kit does not read
 * this file.
 */
const register = pgTable('entities', {
  id: uuid().notNull(),
  name: varchar().notNull(),
  type: varchar().notNull(),
  regionCode: varchar().notNull(),
  status: varchar().notNull(),
  riskGrade: varchar(),
  openedOn: date({ mode: 'string' }),
  lastInspectedOn: date({ mode: 'string' }),
})

/** What the plan of one year is computed against. */
export interface PlanFrame {
  year: number
  /** The last day the figures cover: today for this year, 12-31 for a past year. */
  asOf: string
  /** A due date before today is overdue (for a past year, every due date is). */
  today: string
  /** Minimum inspections a year per grade, from the grading rules in force; ungraded entities get `ungraded`. */
  perGrade: Record<'A' | 'B' | 'C' | 'D', number>
  ungraded: number
}

export interface PlanFilters {
  region?: string
  type?: string
  grade?: string
  unitId?: string
  inspectorId?: string
  status?: string
  coverageGap?: boolean
  /** A business account reads its own entity only. */
  entityId?: string
}

const yearStart = (f: PlanFrame) => `${f.year}-01-01`
const yearEnd = (f: PlanFrame) => `${f.year}-12-31`
/** 第二十二条①: the two years up to the plan date are (asOf − 2 years, asOf]. */
const twoYearsBefore = (asOf: string) => `${Number(asOf.slice(0, 4)) - 2}${asOf.slice(4)}`.replace('-02-29', '-02-28')

/**
 * Per entity, the year's inspections and the two-year coverage. 复查 (follow_up) verifies an order; it is
 * not a routine inspection, so it does not count against the plan. 飞行检查 may skip items (第二十七条), so
 * it does not count as the full inspection 第二十二条① asks for every two years.
 */
function countsOf(db: Executor, account: Pick<Account, 'regionCode'>, frame: PlanFrame, f: PlanFilters) {
  const inYear = sql`${inspections.inspectedOn} >= ${yearStart(frame)} AND ${inspections.inspectedOn} <= ${yearEnd(frame)}`
  const cutoff = twoYearsBefore(frame.asOf)
  const byWhom = [
    f.unitId ? sql`${inspections.unitId} = ${f.unitId}` : undefined,
    f.inspectorId ? sql`${f.inspectorId}::uuid = ANY(${inspections.inspectorIds})` : undefined,
  ].filter((p): p is SQL => p !== undefined)
  return db.$with('counts').as(db.select({
    entityId: inspections.entityId,
    done: sql<number>`count(*) FILTER (WHERE ${inYear} AND ${inspections.kind} <> 'follow_up')::int`.as('done'),
    fullRecent: sql<number>`count(*) FILTER (WHERE ${inspections.inspectedOn} > ${cutoff} AND ${inspections.inspectedOn} <= ${frame.asOf} AND ${inspections.kind} <> 'flying')::int`.as('full_recent'),
    anyRecent: sql<number>`count(*) FILTER (WHERE ${inspections.inspectedOn} > ${cutoff} AND ${inspections.inspectedOn} <= ${frame.asOf})::int`.as('any_recent'),
    byWhom: (byWhom.length ? sql<number>`count(*) FILTER (WHERE ${inYear} AND ${and(...byWhom)})::int` : sql<number>`0`).as('by_whom'),
  }).from(inspections)
    .where(and(inScope(inspections.regionCode, account), f.region ? inScope(inspections.regionCode, { regionCode: f.region }) : undefined,
      gte(inspections.inspectedOn, cutoff < yearStart(frame) ? cutoff : yearStart(frame)), lte(inspections.inspectedOn, yearEnd(frame))))
    .groupBy(inspections.entityId))
}

/**
 * The plan's figures as SQL over the register row and its counts. Let start = the later of 1 January
 * and the opening day, period = the days from start to the year's end, required = the grade's minimum:
 * to keep pace, the k-th inspection is needed once ⌊required × elapsed ÷ period⌋ reaches k, i.e. by
 * start + ⌈k × period ÷ required⌉ − 1 (the next due date for k = done + 1). Overdue = that day has
 * passed; done = required reached. A past year has fully elapsed, so anything short of required is overdue.
 */
function planColumns(counts: ReturnType<typeof countsOf>, frame: PlanFrame) {
  const required = sql<number>`(CASE ${register.riskGrade} WHEN 'A' THEN ${frame.perGrade.A}::int WHEN 'B' THEN ${frame.perGrade.B}::int WHEN 'C' THEN ${frame.perGrade.C}::int WHEN 'D' THEN ${frame.perGrade.D}::int ELSE ${frame.ungraded}::int END)`
  const done = sql<number>`coalesce(${counts.done}, 0)`
  const start = sql`greatest(${yearStart(frame)}::date, ${register.openedOn})`
  const period = sql`(${yearEnd(frame)}::date + 1 - ${start})`
  const nextDueOn = sql<string | null>`(CASE WHEN ${done} < ${required} THEN ${start} + ceil((${done} + 1) * ${period}::numeric / ${required})::int - 1 END)`
  const status = sql<string>`(CASE WHEN ${done} >= ${required} THEN 'done' WHEN ${nextDueOn} < ${frame.today}::date THEN 'overdue' ELSE 'on_track' END)`
  // Entities with no inspection record at all in the window may still have one in the old register's
  // date (imported before inspections were recorded here): that date counts for the two-year rule.
  const covered = sql`(coalesce(${counts.fullRecent}, 0) > 0 OR (coalesce(${counts.anyRecent}, 0) = 0 AND coalesce(${register.lastInspectedOn} > ${twoYearsBefore(frame.asOf)} AND ${register.lastInspectedOn} <= ${frame.asOf}, false)))`
  const coverageGap = sql<boolean>`(NOT ${covered} AND (${register.openedOn} IS NULL OR ${register.openedOn} <= ${twoYearsBefore(frame.asOf)}))`
  return { required, done, nextDueOn, status, coverageGap }
}

function planWhere(account: Pick<Account, 'regionCode'>, frame: PlanFrame, f: PlanFilters, counts: ReturnType<typeof countsOf>, cols: ReturnType<typeof planColumns>) {
  return and(
    inScope(register.regionCode, account),
    eq(register.status, 'active'),
    // Not yet open in that year: nothing was due.
    or(isNull(register.openedOn), lte(register.openedOn, yearEnd(frame))),
    f.region ? inScope(register.regionCode, { regionCode: f.region }) : undefined,
    f.type ? eq(register.type, f.type) : undefined,
    f.grade ? (f.grade === 'none' ? isNull(register.riskGrade) : eq(register.riskGrade, f.grade)) : undefined,
    f.entityId ? eq(register.id, f.entityId) : undefined,
    f.unitId || f.inspectorId ? sql`coalesce(${counts.byWhom}, 0) > 0` : undefined,
    f.status ? sql`${cols.status} = ${f.status}` : undefined,
    f.coverageGap ? cols.coverageGap : undefined,
  )
}

/** One page of the plan: overdue first, soonest due first. */
export function planPage(db: Executor, account: Pick<Account, 'regionCode'>, frame: PlanFrame, f: PlanFilters, limit: number, offset: number) {
  const counts = countsOf(db, account, frame, f)
  const cols = planColumns(counts, frame)
  return db.with(counts).select({
    entityId: register.id, name: register.name, type: register.type, regionCode: register.regionCode, riskGrade: register.riskGrade,
    lastInspectedOn: register.lastInspectedOn,
    required: cols.required.as('required'), done: cols.done.as('done_count'), nextDueOn: cols.nextDueOn.as('next_due_on'),
    status: cols.status.as('status'), coverageGap: cols.coverageGap.as('coverage_gap'),
  }).from(register).leftJoin(counts, eq(counts.entityId, register.id))
    .where(planWhere(account, frame, f, counts, cols))
    .orderBy(sql`CASE ${cols.status} WHEN 'overdue' THEN 0 WHEN 'on_track' THEN 1 ELSE 2 END`, sql`${cols.nextDueOn} NULLS LAST`,
      asc(register.regionCode), asc(register.name), asc(register.id))
    .limit(limit).offset(offset)
}

/** The figures of the whole filtered plan, in the same pass over the same rows. */
export function planSummary(db: Executor, account: Pick<Account, 'regionCode'>, frame: PlanFrame, f: PlanFilters) {
  const counts = countsOf(db, account, frame, f)
  const cols = planColumns(counts, frame)
  return db.with(counts).select({
    entities: sql<number>`count(*)::int`,
    requiredTotal: sql<number>`coalesce(sum(${cols.required}), 0)::int`,
    doneTotal: sql<number>`coalesce(sum(${cols.done}), 0)::int`,
    metTotal: sql<number>`coalesce(sum(least(${cols.done}, ${cols.required})), 0)::int`,
    doneEntities: sql<number>`count(*) FILTER (WHERE ${cols.status} = 'done')::int`,
    overdue: sql<number>`count(*) FILTER (WHERE ${cols.status} = 'overdue')::int`,
    coverageGaps: sql<number>`count(*) FILTER (WHERE ${cols.coverageGap})::int`,
  }).from(register).leftJoin(counts, eq(counts.entityId, register.id))
    .where(planWhere(account, frame, f, counts, cols)).then(([r]) => r)
}

/**
 * Coverage of one year: in-business entities (open by the year's end) and how many had at least one
 * routine inspection in it (复查 excluded, as in the plan), by child region (the code's first
 * `childPrefixLength` digits), by type, and in total — one pass with GROUPING SETS.
 */
export async function coverageCounts(db: Executor, account: Pick<Account, 'regionCode'>, year: number, region: string, childPrefixLength: number) {
  const inspected = db.$with('inspected').as(db.selectDistinct({ entityId: inspections.entityId }).from(inspections)
    .where(and(inScope(inspections.regionCode, account), inScope(inspections.regionCode, { regionCode: region }),
      gte(inspections.inspectedOn, `${year}-01-01`), lte(inspections.inspectedOn, `${year}-12-31`), sql`${inspections.kind} <> 'follow_up'`)))
  // The length goes in as a literal: GROUP BY matches the select's expression only if both are the same text.
  const child = sql<string>`left(${register.regionCode}, ${sql.raw(String(Math.trunc(childPrefixLength)))})`
  const rows = await db.with(inspected).select({
    child: child.as('child'), type: register.type,
    byChild: sql<number>`GROUPING(${child})`.as('by_child'), byType: sql<number>`GROUPING(${register.type})`.as('by_type'),
    active: sql<number>`count(*)::int`.as('active'),
    inspected: sql<number>`count(${inspected.entityId})::int`.as('inspected'),
  }).from(register).leftJoin(inspected, eq(inspected.entityId, register.id))
    .where(and(inScope(register.regionCode, account), inScope(register.regionCode, { regionCode: region }), eq(register.status, 'active'),
      or(isNull(register.openedOn), lte(register.openedOn, `${year}-12-31`))))
    .groupBy(sql`GROUPING SETS ((${child}), (${register.type}), ())`)
  // GROUPING(x) is 1 when x is rolled up in that row: (0, 1) is a region row, (1, 0) a type row, (1, 1) the total.
  return {
    byChild: rows.filter((r) => r.byChild === 0).map((r) => ({ key: r.child, active: r.active, inspected: r.inspected })),
    byType: rows.filter((r) => r.byType === 0).map((r) => ({ key: r.type, active: r.active, inspected: r.inspected })),
    total: rows.find((r) => r.byChild === 1 && r.byType === 1) ?? { active: 0, inspected: 0 },
  }
}

/**
 * The year's work per inspecting unit (inspections.unit_id: the recording officer's unit) or per officer
 * (every officer on an inspection, the pair and not only the lead, is credited). Counted per (who, entity)
 * first and then per who: two hash aggregates instead of sorting every row for count(DISTINCT).
 */
function workload(db: Executor, account: Pick<Account, 'regionCode'>, year: number, region: string, who: 'unit' | 'inspector') {
  const whoColumn = who === 'unit' ? sql`${inspections.unitId}` : sql`unnest(${inspections.inspectorIds})`
  const perEntity = db.select({
    who: whoColumn.mapWith(String).as('who'),
    n: sql<number>`count(*)::int`.as('n'),
    followUps: sql<number>`count(*) FILTER (WHERE ${inspections.kind} = 'follow_up')::int`.as('follow_ups'),
  }).from(inspections).where(and(
    inScope(inspections.regionCode, account), inScope(inspections.regionCode, { regionCode: region }),
    gte(inspections.inspectedOn, `${year}-01-01`), lte(inspections.inspectedOn, `${year}-12-31`),
  )).groupBy(sql`1`, inspections.entityId).as('per_entity')
  return { perEntity, totals: { inspections: sql<number>`sum(${perEntity.n})::int`, followUps: sql<number>`sum(${perEntity.followUps})::int`, entities: sql<number>`count(*)::int` } }
}

export function workloadByUnit(db: Executor, account: Pick<Account, 'regionCode'>, year: number, region: string) {
  const { perEntity, totals } = workload(db, account, year, region, 'unit')
  return db.select({ key: sql<string | null>`${perEntity.who}`, ...totals }).from(perEntity).groupBy(perEntity.who).orderBy(sql`2 DESC`)
}

export function workloadByInspector(db: Executor, account: Pick<Account, 'regionCode'>, year: number, region: string) {
  const { perEntity, totals } = workload(db, account, year, region, 'inspector')
  return db.select({ key: sql<string>`${perEntity.who}`, label: sql<string>`coalesce(${accounts.displayName}, '（已删除账号）')`, ...totals })
    .from(perEntity).leftJoin(accounts, sql`${accounts.id} = ${perEntity.who}::uuid`)
    .groupBy(perEntity.who, accounts.displayName).orderBy(sql`3 DESC`, accounts.displayName)
}

export { regionPrefix }
