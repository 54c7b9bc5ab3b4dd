import type { IndicatorDefinitionDto, IndicatorRecordsDto, IndicatorRecordsQuery, IndicatorsDto, IndicatorsQuery } from '../../../shared/indicators'
import { periodRange } from '../../../shared/indicators'
import { round2 } from '../../../shared/rounding'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { badRequest, notFound } from '../../platform/errors'
import { measureRecords, measureTotals, type MeasureScope, type MeasureSplit } from '../../platform/measures'
import { findRegionInScope, listRegionChildren, unitNames } from '../regions/service'
import { INDICATORS, indicatorById, isLive, type IndicatorDef, type LiveIndicator } from './catalogue'
import { frozenFigures } from './frozen'
import { resolve } from './sources'

/**
 * Indicators for a region subtree and period: each figure from the measures it is made of, every source
 * read in one statement, and the records behind any numerator or denominator.
 */

type PeriodInput = Pick<IndicatorsQuery, 'period' | 'from' | 'to' | 'region'>

/** The period asked for: a named period, a from/to range, or this year so far. */
export function resolvePeriod(ctx: SignedInContext, q: PeriodInput): { from: string; to: string; label: string } {
  const today = todayOf(ctx)
  if (q.period) {
    const named = periodRange(q.period)
    if (!named) throw badRequest('统计期间：应为年（2026）、季度（2026-Q3）或月（2026-07）')
    return named
  }
  const from = q.from ?? `${today.slice(0, 4)}-01-01`
  const to = q.to ?? today
  if (from > to) throw badRequest('起始日期：不能晚于截止日期')
  return { from, to, label: `${from} 至 ${to}` }
}

async function regionOf(ctx: SignedInContext, code: string | undefined) {
  const region = await findRegionInScope(ctx, code ?? ctx.account.regionCode)
  if (!region) throw notFound('行政区划')
  return region
}

/** value = numerator ÷ denominator × factor, or the numerator itself for a count or sum. */
export function valueOf(def: LiveIndicator, numerator: number, denominator: number | null): number | null {
  if (!def.denominator) return round2(numerator)
  return denominator ? round2((numerator / denominator) * def.factor) : null
}

function refsOf(defs: LiveIndicator[]): string[] {
  return [...new Set(defs.flatMap((d) => [d.numerator, ...(d.denominator && d.denominator !== 'population' ? [d.denominator] : [])]))]
}

/** Totals of every measure the indicators need, one statement per source, split as asked. */
async function totalsOf(ctx: SignedInContext, defs: LiveIndicator[], scope: MeasureScope, split: MeasureSplit) {
  const bySource = new Map<string, { source: ReturnType<typeof resolve>['source']; ids: string[] }>()
  for (const ref of refsOf(defs)) {
    const r = resolve(ref)
    const entry = bySource.get(r.source.name) ?? { source: r.source, ids: [] }
    entry.ids.push(r.measureId)
    bySource.set(r.source.name, entry)
  }
  // States (no date) cannot be split by month: they are counted once, for the whole period.
  const results = await Promise.all([...bySource.values()].map(async ({ source, ids }) =>
    ({ name: source.name, rows: await measureTotals(ctx.db, source, scope, ids, split === 'month' && !source.date ? 'none' : split) })))
  const totals = new Map<string, Map<string, number>>() // key → ref → value
  for (const { name, rows } of results) {
    for (const row of rows) {
      const m = totals.get(row.key) ?? new Map<string, number>()
      for (const [id, v] of Object.entries(row.values)) m.set(`${name}.${id}`, v as number)
      totals.set(row.key, m)
    }
  }
  return totals
}

function selected(ids: string | undefined): IndicatorDef[] {
  if (!ids) return INDICATORS
  return ids.split(',').map((id) => {
    const def = indicatorById.get(id.trim())
    if (!def) throw badRequest(`指标：未知的指标 ${id.trim()}`)
    return def
  })
}

function scopeFor(ctx: SignedInContext, region: string, period: { from: string; to: string }): MeasureScope {
  // Records count by their dates over the whole period (so whole months can be read from tallies); a state
  // is read as it stands at the end of the period, or today when the period has not ended.
  const today = todayOf(ctx)
  return { accountRegion: ctx.account.regionCode, region, from: period.from, to: period.to, asOf: period.to < today ? period.to : today }
}

/** The months of a scope's period up to the day its states are read (each one a monthly duty: `perMonth`). */
export function monthsOwed(scope: Pick<MeasureScope, 'from' | 'asOf'>): number {
  return scope.asOf < scope.from ? 0 : monthsBetween(scope.from, scope.asOf).length
}

/** What a region's figures are divided by besides measures: its population, and the months a monthly duty is owed. */
interface Divisors { population: number; months: number }

function denominatorOf(def: LiveIndicator, totals: Map<string, number> | undefined, d: Divisors): number | null {
  if (!def.denominator) return null
  if (def.denominator === 'population') return d.population
  return (totals?.get(def.denominator) ?? 0) * (def.perMonth ? d.months : 1)
}

/** Every indicator's value from measure totals, a population and the months owed. */
export function valuesFrom(defs: IndicatorDef[], totals: Map<string, number>, d: Divisors) {
  return defs.map((def) => {
    if (!isLive(def)) return { id: def.id, value: null, numerator: null, denominator: null }
    const numerator = totals.get(def.numerator) ?? 0
    const denominator = denominatorOf(def, totals, d)
    return { id: def.id, value: valueOf(def, numerator, denominator), numerator, denominator }
  })
}

export async function computeIndicators(ctx: SignedInContext, query: IndicatorsQuery): Promise<IndicatorsDto> {
  const period = resolvePeriod(ctx, query)
  const region = await regionOf(ctx, query.region)
  const defs = selected(query.ids)
  const scope = scopeFor(ctx, region.code, period)
  const totals = (await totalsOf(ctx, defs.filter(isLive), scope, 'none')).get('') ?? new Map<string, number>()
  const values = valuesFrom(defs, totals, { population: region.population, months: monthsOwed(scope) })
  const closed = query.period ? await frozenFigures(ctx, region.code, query.period) : null
  return {
    regionCode: region.code, regionName: region.name, population: region.population, period,
    closed: closed ? { closedAt: closed.closedAt, closedBy: closed.closedBy } : null,
    values: values.map((v) => ({ ...v, frozen: closed?.values.get(v.id) ?? null })),
  }
}

/**
 * Every live indicator for a region and each region one level below it, for one period: what closing the
 * period freezes. Two passes over each source (whole and split by child region).
 */
export async function figuresForClosing(ctx: SignedInContext, regionCode: string, period: { from: string; to: string }) {
  const region = await regionOf(ctx, regionCode)
  const children = (await listRegionChildren(ctx, region.code)) ?? []
  const live = INDICATORS.filter(isLive)
  const scope = scopeFor(ctx, region.code, period)
  const [whole, split] = await Promise.all([totalsOf(ctx, live, scope, 'none'), totalsOf(ctx, live, scope, 'child')])
  const months = monthsOwed(scope)
  const out = [{ regionCode: region.code, values: valuesFrom(live, whole.get('') ?? new Map(), { population: region.population, months }) }]
  for (const c of children) {
    const key = [...split.keys()].find((k) => k && c.code.startsWith(k))
    out.push({ regionCode: c.code, values: valuesFrom(live, (key ? split.get(key) : undefined) ?? new Map(), { population: c.population, months }) })
  }
  return out
}

/** Whether an indicator can be split by the member unit that made its records (every source records one). */
export function splitsByUnit(def: LiveIndicator): boolean {
  return def.denominator !== 'population' && refsOf([def]).every((ref) => resolve(ref).source.unit)
}

/**
 * One indicator split by month of the period, by the regions one level down, or by member unit (rankings).
 * By unit: the units whose records it counts, best first, and 未记录单位 for records that name none.
 */
export async function indicatorBreakdown(ctx: SignedInContext, id: string, query: PeriodInput, by: 'month' | 'region' | 'unit') {
  const def = liveOr404(id)
  if (by === 'unit' && !splitsByUnit(def)) throw badRequest(`分列方式：${def.name}不能按单位分列（${def.denominator === 'population' ? '分母是辖区人口' : '其记录不记办理单位'}）`)
  const period = resolvePeriod(ctx, query)
  const region = await regionOf(ctx, query.region)
  const scope = scopeFor(ctx, region.code, period)
  const totals = await totalsOf(ctx, [def], scope, by === 'region' ? 'child' : by)
  const months = monthsOwed(scope)
  if (by === 'unit') return unitBreakdown(ctx, def, totals, months)
  if (by === 'month') {
    const whole = totals.get('') ?? [] // states: one figure for every month
    return monthsBetween(period.from, period.to).map((m) => {
      const inMonth = new Map([...whole, ...(totals.get(m) ?? [])])
      const numerator = inMonth.get(def.numerator) ?? 0
      // A monthly duty is owed once in each month up to the day states are read.
      const denominator = denominatorOf(def, inMonth, { population: region.population, months: m <= scope.asOf.slice(0, 7) ? 1 : 0 })
      return { key: m, label: `${Number(m.slice(5))}月`, numerator, denominator, value: valueOf(def, numerator, denominator) }
    })
  }
  const children = (await listRegionChildren(ctx, region.code)) ?? []
  return children.map((c) => {
    const key = [...totals.keys()].find((k) => k && c.code.startsWith(k)) ?? ''
    const numerator = totals.get(key)?.get(def.numerator) ?? 0
    const denominator = denominatorOf(def, totals.get(key), { population: c.population, months })
    return { key: c.code, label: c.name, numerator, denominator, value: valueOf(def, numerator, denominator) }
  })
}

async function unitBreakdown(ctx: SignedInContext, def: LiveIndicator, totals: Map<string, Map<string, number>>, months: number) {
  const names = await unitNames(ctx, [...totals.keys()].filter(Boolean))
  const rows = [...totals].map(([key, m]) => {
    const numerator = m.get(def.numerator) ?? 0
    const denominator = denominatorOf(def, m, { population: 0, months })
    return { key, label: key ? (names.get(key) ?? '（已删除的单位）') : '未记录单位', numerator, denominator, value: valueOf(def, numerator, denominator) }
  })
  // Best first; a unit without a denominator (no rate) last, and 未记录单位 after the named units of its value.
  return rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || Number(a.key === '') - Number(b.key === '') || a.label.localeCompare(b.label, 'zh'))
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); `${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7); m === 12 ? (y++, m = 1) : m++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
  }
  return out
}

function liveOr404(id: string): LiveIndicator {
  const def = indicatorById.get(id)
  if (!def) throw notFound('指标')
  if (!isLive(def)) throw badRequest(`指标：${def.name}暂无数据来源（${def.noSource}）`)
  return def
}

export async function indicatorRecords(ctx: SignedInContext, id: string, query: IndicatorRecordsQuery): Promise<IndicatorRecordsDto> {
  const def = liveOr404(id)
  const period = resolvePeriod(ctx, query)
  const region = await regionOf(ctx, query.region)
  const ref = query.part === 'numerator' ? def.numerator : def.denominator
  if (!ref) throw badRequest('分子或分母：该指标是计数，没有分母')
  if (ref === 'population') {
    return { indicatorId: id, part: query.part, label: '辖区人口（人）', figure: region.population, total: 0, items: [], note: '分母为辖区人口（行政区划资料），不是记录清单。' }
  }
  const { source, measureId, measure } = resolve(ref)
  const scope = scopeFor(ctx, region.code, period)
  const [list, totals] = await Promise.all([
    measureRecords(ctx.db, source, scope, measureId, query.page ?? 1, query.pageSize ?? 20),
    measureTotals(ctx.db, source, scope, [measureId]),
  ])
  const figure = totals[0]?.values[measureId] ?? 0
  // A monthly duty: the list is the businesses that owe it, the denominator those × the months.
  const note = query.part === 'denominator' && def.perMonth
    ? `分母 = ${measure.label} ${figure} 家 × ${monthsOwed(scope)} 个月 = ${figure * monthsOwed(scope)} 户·月（统计到 ${scope.asOf.slice(0, 7)}）；下列为这些主体。` : null
  return { indicatorId: id, part: query.part, label: measure.label, figure, total: list.total, items: list.rows, note }
}

export function catalogue(): IndicatorDefinitionDto[] {
  return INDICATORS.map((def) => {
    if (!isLive(def)) {
      return { id: def.id, name: def.name, group: def.group, definition: def.definition, unit: def.unit, formula: '—', numeratorLabel: '—', denominatorLabel: null, module: null,
        periodBasis: '—', rollUp: '—', splitsByUnit: false, source: 'none' as const, noSourceReason: def.noSource, typicalTarget: def.typicalTarget ?? null }
    }
    const num = resolve(def.numerator)
    const den = def.denominator && def.denominator !== 'population' ? resolve(def.denominator) : null
    const denominatorLabel = def.denominator === 'population' ? '辖区人口（人）' : den ? `${den.measure.label}${def.perMonth ? ' × 月数' : ''}` : null
    const formula = !def.denominator ? num.measure.label : `${num.measure.label} ÷ ${denominatorLabel}${def.factor === 100 ? ' × 100%' : def.factor === 1000 ? ' × 1000' : ''}`
    const basis = (r: ReturnType<typeof resolve>) => r.source.date ? `按${r.source.date.label}计入期间` : r.source.asOf ? '期末状态' : '现状（截至统计时）'
    return {
      id: def.id, name: def.name, group: def.group, definition: def.definition, unit: def.unit, formula, numeratorLabel: num.measure.label, denominatorLabel,
      module: [...new Set([num.moduleLabel, ...(den ? [den.moduleLabel] : [])])].join('、'),
      periodBasis: [...new Set([basis(num), ...(den ? [basis(den)] : [])])].join('；'),
      rollUp: def.denominator ? '下级分子、分母分别相加后再计算' : '下级相加',
      splitsByUnit: splitsByUnit(def),
      source: 'live' as const, noSourceReason: null, typicalTarget: def.typicalTarget ?? null,
    }
  })
}
