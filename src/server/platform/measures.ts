import { and, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Executor } from './db'
import { isWholeMonths, monthStart } from '../../shared/months'
import { inScope, regionPrefix } from './scope'

/**
 * Measures: the counts and sums that indicators are made of. A module declares them over its own tables
 * (its `indicator-sources.ts`); this runner computes them for a region subtree and period, one statement
 * per source (every measure of the source is a FILTER of the same scan), and lists the records behind any
 * one of them (the drill-down), so that a figure and its records can never disagree.
 */

/** count (default): records; sum: an amount per record; distinct: different values of a column (e.g. entities). */
export type MeasureValue = { sum: SQL } | { distinct: AnyPgColumn | SQL }

export interface Measure {
  /** What the measure counts, in Chinese (shown beside the figure and on the drill-down). */
  label: string
  /** The condition on the source's rows, besides region and period. */
  where?: SQL
  value?: MeasureValue
}

export interface MeasureSource<M extends string = string> {
  /** Names the source in messages and logs, e.g. 'samples'. */
  name: string
  table: PgTable
  /** The row's village-level region code (every regional table carries one). */
  region: AnyPgColumn
  /** The date that places a record in a period (a column, or SQL reaching a parent's date), with its Chinese name. */
  date: { column: AnyPgColumn | SQL; label: string } | null
  /**
   * For a source without a date (a state, e.g. the entries on a list): the rows in that state at the end of
   * the period. Absent too: counted as it stands now (the register keeps no history; closing a period
   * freezes the figure).
   */
  asOf?: (day: string) => SQL
  /** The member unit that made the record (检查、抽样、办案单位), for rankings by unit; absent: the records carry none. */
  unit?: AnyPgColumn | SQL
  /**
   * What a drill-down row shows: its id, a title, a short detail, and the page that opens it (`:id` replaced
   * by `linkId`, by default the row's id).
   */
  record: { id: AnyPgColumn; title: SQL; detail: SQL; link: string; linkId?: SQL | AnyPgColumn }
  measures: Record<M, Measure>
  /** The audit log's entityType for these rows: changes after a period was closed are found by it. */
  auditType?: string
  /**
   * Month tallies kept by triggers (a row per village and month, or finer): the measures named in `columns`
   * (a column, or SQL over the tally's columns) are summed from them when the period is whole months, instead of scanning the rows — a county year of
   * inspections is a few thousand tally rows instead of 160,000 inspections (bench/dashboard). Counts and
   * sums only: a distinct count cannot be added up from months. The module's tests check both ways agree.
   */
  tally?: {
    table: PgTable; region: AnyPgColumn; month: AnyPgColumn
    /** The tally's unit column: without one, a split by unit scans the rows. */
    unit?: AnyPgColumn
    /** How many records a tally row counts: a month or region whose rows count none is left out, as a scan leaves it out. */
    records: AnyPgColumn
    columns: Partial<Record<M, AnyPgColumn | SQL>>
  }
}

export interface MeasureScope {
  /** The caller's own region (the scope every read filters by). */
  accountRegion: string
  /** The subtree asked for, inside the caller's scope (the caller checked it). */
  region: string
  from: string
  to: string
  /** The day a source without a date is read at: the period's end, or today when the period has not ended. */
  asOf: string
}

/**
 * How totals are split: not at all, by month of the date, by the region one level below `region`, or by the
 * member unit (key: the unit's id, '' for records without one).
 */
export type MeasureSplit = 'none' | 'month' | 'child' | 'unit'

function baseWhere(source: MeasureSource, scope: MeasureScope): SQL {
  return and(
    inScope(source.region, { regionCode: scope.accountRegion }),
    inScope(source.region, { regionCode: scope.region }),
    source.date ? sql`${source.date.column} BETWEEN ${scope.from} AND ${scope.to}` : source.asOf?.(scope.asOf),
  ) as SQL
}

function aggregate(m: Measure): SQL {
  const filter = m.where ? sql` FILTER (WHERE ${m.where})` : sql``
  if (!m.value) return sql`count(*)${filter}`
  if ('sum' in m.value) return sql`coalesce(sum(${m.value.sum})${filter}, 0)`
  return sql`count(DISTINCT ${m.value.distinct})${filter}`
}

/** A tally's count of records where a condition on the tally row's key holds (for `tally.columns`). */
export const countWhere = (condition: SQL, n: AnyPgColumn): SQL => sql`CASE WHEN ${condition} THEN ${n} ELSE 0 END`

const childLength = (region: string) => Math.min(regionPrefix(region).length + 3, 12)

type Totals<M extends string> = { key: string; values: Record<M, number> }[]

/**
 * Totals of the named measures of one source. With a split, one row per month ('YYYY-MM'), child region
 * (its code prefix) or unit (its id); without, a single row keyed ''. Measures the source tallies come from the tallies when
 * the period is whole months (`tallies: false` scans anyway: the tests compare the two).
 */
export async function measureTotals<M extends string>(db: Executor, source: MeasureSource<M>, scope: MeasureScope, ids: readonly M[],
  split: MeasureSplit = 'none', options: { tallies?: boolean } = {}): Promise<Totals<M>> {
  if (ids.length === 0) return []
  if (split === 'month' && !source.date) throw new Error(`measure source ${source.name} has no date to split by month`)
  if (split === 'unit' && !source.unit) throw new Error(`measure source ${source.name} has no unit to split by`)
  const tally = options.tallies !== false && source.tally && isWholeMonths(scope.from, scope.to)
    && (split !== 'unit' || source.tally.unit) ? source.tally : null
  const tallied = tally ? ids.filter((id) => tally.columns[id]) : []
  const scanned = ids.filter((id) => !tallied.includes(id))
  const parts = await Promise.all([
    tallied.length ? tallyTotals(db, source, scope, tallied, split) : null,
    scanned.length ? scanTotals(db, source, scope, scanned, split) : null,
  ])
  const present = parts.filter((p): p is Totals<M> => p !== null)
  if (present.length === 1) return present[0]
  // Both: one row per key that either has, a measure missing on one side being 0 there (no rows, nothing counted).
  const merged = new Map<string, Record<string, number>>()
  for (const part of present) for (const row of part) merged.set(row.key, { ...merged.get(row.key), ...row.values })
  return [...merged].map(([key, values]) => ({ key, values: Object.fromEntries(ids.map((id) => [id, values[id] ?? 0])) as Record<M, number> }))
}

function splitKey(split: MeasureSplit, scope: MeasureScope, columns: { month: AnyPgColumn | SQL; region: AnyPgColumn; unit?: AnyPgColumn | SQL }): SQL {
  if (split === 'month') return sql`to_char(${columns.month}, 'YYYY-MM')`
  if (split === 'unit') return sql`coalesce((${columns.unit})::text, '')`
  return split === 'child' ? sql`left(${columns.region}, ${sql.raw(String(childLength(scope.region)))})` : sql`''`
}

/** Runs a totals statement whose columns are key, m0, m1 … in the order of `ids`. */
async function totalsOf<M extends string>(db: Executor, ids: readonly M[], statement: SQL): Promise<Totals<M>> {
  const { rows } = await db.execute<Record<string, string>>(statement)
  return rows.map((r) => ({ key: String(r.key), values: Object.fromEntries(ids.map((id, i) => [id, Number(r[`m${i}`])])) as Record<M, number> }))
}

function scanTotals<M extends string>(db: Executor, source: MeasureSource<M>, scope: MeasureScope, ids: readonly M[], split: MeasureSplit) {
  const key = splitKey(split, scope, { month: source.date?.column ?? sql`NULL::date`, region: source.region, unit: source.unit })
  const columns = sql.join(ids.map((id, i) => sql`(${aggregate(source.measures[id])})::numeric AS ${sql.identifier(`m${i}`)}`), sql`, `)
  const grouped = split === 'none' ? sql`` : sql` GROUP BY 1`
  return totalsOf(db, ids, sql`SELECT ${key} AS key, ${columns} FROM ${source.table} WHERE ${baseWhere(source, scope)}${grouped}`)
}

function tallyTotals<M extends string>(db: Executor, source: MeasureSource<M>, scope: MeasureScope, ids: readonly M[], split: MeasureSplit) {
  const tally = source.tally!
  const key = splitKey(split, scope, tally)
  const columns = sql.join(ids.map((id, i) => sql`coalesce(sum(${tally.columns[id]}), 0)::numeric AS ${sql.identifier(`m${i}`)}`), sql`, `)
  const where = and(
    inScope(tally.region, { regionCode: scope.accountRegion }), inScope(tally.region, { regionCode: scope.region }),
    sql`${tally.month} BETWEEN ${scope.from} AND ${monthStart(scope.to)}`)
  const grouped = split === 'none' ? sql`` : sql` GROUP BY 1 HAVING sum(${tally.records}) <> 0`
  return totalsOf(db, ids, sql`SELECT ${key} AS key, ${columns} FROM ${tally.table} WHERE ${where}${grouped}`)
}

export interface MeasureRecord { id: string; title: string; detail: string; date: string | null; regionCode: string; value: number; link: string }

/**
 * The records behind one measure, newest first: as many rows as the count (one per value for a distinct
 * measure), or the rows whose amounts make the sum.
 */
export async function measureRecords(db: Executor, source: MeasureSource, scope: MeasureScope, id: string, page: number, pageSize: number): Promise<{ total: number; rows: MeasureRecord[] }> {
  const m = source.measures[id]
  const where = and(baseWhere(source, scope), m.where) as SQL
  const date = source.date ? sql`${source.date.column}::text` : sql`NULL::text`
  const value = m.value && 'sum' in m.value ? sql`(${m.value.sum})::numeric` : sql`1::numeric`
  const offset = (page - 1) * pageSize
  // A distinct measure lists one record per value (the newest), so the list's length is the figure.
  const distinctOn = m.value && 'distinct' in m.value ? sql`DISTINCT ON (${m.value.distinct}) ` : sql``
  const order = m.value && 'distinct' in m.value ? sql`${m.value.distinct}, ${date} DESC NULLS LAST` : sql`${date} DESC NULLS LAST, ${source.record.id}`
  const inner = sql`SELECT ${distinctOn}${source.record.id}::text AS id, ${source.record.title} AS title, ${source.record.detail} AS detail, ${date} AS date,
    ${source.region} AS region_code, ${value} AS value, (${source.record.linkId ?? source.record.id})::text AS link_id FROM ${source.table} WHERE ${where} ORDER BY ${order}`
  const { rows } = await db.execute<{ id: string; title: string; detail: string | null; date: string | null; region_code: string; value: string; link_id: string; total: string }>(
    sql`SELECT r.*, count(*) OVER () AS total FROM (${inner}) r ORDER BY r.date DESC NULLS LAST, r.id LIMIT ${pageSize} OFFSET ${offset}`)
  const total = rows.length ? Number(rows[0].total) : await countRecords(db, inner)
  return {
    total,
    rows: rows.map((r) => ({ id: r.id, title: r.title, detail: r.detail ?? '', date: r.date, regionCode: r.region_code, value: Number(r.value), link: source.record.link.replace(':id', r.link_id) })),
  }
}

/** A page past the end has no row to carry the total: count it alone. */
async function countRecords(db: Executor, inner: SQL): Promise<number> {
  const { rows } = await db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM (${inner}) r`)
  return Number(rows[0].n)
}

export interface LateChange { at: string; actor: string | null; action: string; recordId: string; title: string }

/**
 * Audit rows written after `since` about the source's records of the period (created or changed late): what
 * makes a live figure differ from the one frozen when the period was closed.
 */
export async function lateChanges(db: Executor, source: MeasureSource, scope: MeasureScope, since: Date, limit = 200): Promise<LateChange[]> {
  if (!source.auditType) return []
  const { rows } = await db.execute<{ at: Date; actor: string | null; action: string; record_id: string; title: string }>(sql`
    SELECT a.at, a.actor_username AS actor, a.action, a.entity_id AS record_id, r.title
      FROM audit_log a
      JOIN (SELECT ${source.record.id}::text AS id, ${source.record.title} AS title FROM ${source.table} WHERE ${baseWhere(source, scope)}) r ON r.id = a.entity_id
     WHERE a.entity_type = ${source.auditType} AND a.at > ${since.toISOString()}
     ORDER BY a.at DESC LIMIT ${limit}`)
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, recordId: r.record_id, title: r.title }))
}
