import { Type, type Static } from 'typebox'
import type { BreakdownQuery, IndicatorDefinitionDto, IndicatorRecordsDto, IndicatorsQuery, LateChangesDto, LateChangesQuery } from '../../../shared/indicators'
import { IndicatorRecordsQuery, PeriodQuery } from '../../../shared/indicators'
import type { SignedInContext } from '../../platform/context'
import { allPages, buildTableWorkbook, excelDate, excelDateTime, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { notFound } from '../../platform/errors'
import { regionNames } from '../regions/service'
import { indicatorLateChanges } from './periods'
import { catalogue, computeIndicators, indicatorBreakdown, indicatorRecords } from './service'

/**
 * The 指标 page's tables as .xlsx, built from the very service calls that feed the page: the indicator table
 * of a region and period, one indicator split by month, region or unit, every record behind a figure, and the
 * corrections made to a closed period.
 */

type Def = IndicatorDefinitionDto
type Figure = { value: number | null; numerator: number | null; denominator: number | null }
interface IndicatorRow { def: Def; figure: Figure; frozen: Figure | null }

/** The records list without paging: the export holds them all. */
export const RecordsExportQuery = Type.Object({ ...PeriodQuery, part: IndicatorRecordsQuery.properties.part }, { additionalProperties: false })
export type RecordsExportQuery = Static<typeof RecordsExportQuery>

const INDICATOR_COLUMNS: ExcelColumn<IndicatorRow>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '分组', width: 12, value: (r) => r.def.group },
  { header: '指标', width: 30, value: (r) => r.def.name },
  { header: '数值', width: 12, value: (r) => r.figure.value },
  { header: '单位', width: 10, value: (r) => r.def.unit },
  { header: '分子', width: 26, value: (r) => (r.def.source === 'live' ? r.def.numeratorLabel : '') },
  { header: '分子数', width: 10, value: (r) => r.figure.numerator },
  { header: '分母', width: 26, value: (r) => r.def.denominatorLabel ?? '' },
  { header: '分母数', width: 10, value: (r) => r.figure.denominator },
]
const FROZEN_COLUMN: ExcelColumn<IndicatorRow> = { header: '关闭时冻结数值', width: 14, value: (r) => r.frozen?.value ?? null }
const TAIL_COLUMNS: ExcelColumn<IndicatorRow>[] = [
  { header: '参考目标', width: 16, value: (r) => r.def.typicalTarget ?? '' },
  { header: '数据来源', width: 30, value: (r) => (r.def.source === 'live' ? r.def.module ?? '' : `暂无数据来源：${r.def.noSourceReason ?? ''}`) },
  { header: '计入期间', width: 24, value: (r) => (r.def.source === 'live' ? r.def.periodBasis : '') },
]

/** The live indicators group by group (the page's order), then those with no data source yet. */
function pageOrder(defs: Def[]): Def[] {
  const live = defs.filter((d) => d.source === 'live')
  const groups = [...new Set(live.map((d) => d.group))]
  return [...groups.flatMap((g) => live.filter((d) => d.group === g)), ...defs.filter((d) => d.source === 'none')]
}

export async function indicatorsWorkbook(ctx: SignedInContext, query: IndicatorsQuery) {
  const figures = await computeIndicators(ctx, query)
  const byId = new Map(figures.values.map((v) => [v.id, v]))
  const wanted = new Set(byId.keys())
  const rows = pageOrder(catalogue().filter((d) => wanted.has(d.id))).map((def): IndicatorRow => {
    const v = byId.get(def.id)!
    return { def, figure: v, frozen: v.frozen ?? null }
  })
  const { closed, period } = figures
  const columns = [...INDICATOR_COLUMNS, ...(closed ? [FROZEN_COLUMN] : []), ...TAIL_COLUMNS]
  const notes = [
    `${figures.regionName}（含下级），人口 ${figures.population} 人；${period.label}（${period.from} 至 ${period.to}）。`,
    '数值 = 分子 ÷ 分母 × 系数（% 为 100，每千人为 1000）；计数、金额类指标的数值即分子。',
    ...(closed ? [`该期间已由${closed.closedBy}于 ${closed.closedAt.slice(0, 10)} 关闭：“关闭时冻结数值”为当时上报的数字，“数值”为其后更正后的实时数。`] : []),
  ]
  return {
    buffer: await buildTableWorkbook({ sheetName: '指标', title: `${figures.regionName}指标（${period.label}）`, columns, rows, notes }),
    fileName: xlsxName('指标', figures.regionName, period.label),
  }
}

type BreakdownRow = Awaited<ReturnType<typeof indicatorBreakdown>>[number]

export async function breakdownWorkbook(ctx: SignedInContext, id: string, query: BreakdownQuery) {
  const rows = await indicatorBreakdown(ctx, id, query, query.by) // first: it answers 404 / 400 for an unknown or unsourced indicator
  const def = catalogue().find((d) => d.id === id)
  if (!def) throw notFound('指标')
  // The whole-period figure of the same indicator, for the title and a check line under the table.
  const whole = await computeIndicators(ctx, { region: query.region, period: query.period, from: query.from, to: query.to, ids: id })
  const byLabel = { month: '按月', region: '按下级区域', unit: '按单位' }[query.by]
  const columns: ExcelColumn<BreakdownRow>[] = [
    { header: '序号', width: 7, value: (_r, i) => i + 1 },
    { header: { month: '月份', region: '区域', unit: '单位' }[query.by], width: 20, value: (r) => r.label },
    { header: `数值（${def.unit}）`, width: 14, value: (r) => r.value },
    { header: `分子：${def.numeratorLabel}`, width: 26, value: (r) => r.numerator },
    ...(def.denominatorLabel ? [{ header: `分母：${def.denominatorLabel}`, width: 26, value: (r: BreakdownRow) => r.denominator }] : []),
  ]
  const total = whole.values[0]
  const notes = [
    `${whole.regionName}（含下级）${whole.period.label}全期：数值 ${total?.value ?? '—'}，分子 ${total?.numerator ?? '—'}${def.denominatorLabel ? `，分母 ${total?.denominator ?? '—'}` : ''}。`,
    ...(query.by === 'month' && def.periodBasis.includes('现状') ? ['该指标读取现状（登记簿不保留历史），各月显示同一数值。'] : []),
  ]
  return {
    buffer: await buildTableWorkbook({ sheetName: byLabel, title: `${def.name}${byLabel}（${whole.regionName}，${whole.period.label}）`, columns, rows, notes }),
    fileName: xlsxName(def.name, byLabel, whole.regionName, whole.period.label),
  }
}

type RecordRow = IndicatorRecordsDto['items'][number] & { regionName: string }

export async function recordsWorkbook(ctx: SignedInContext, id: string, query: RecordsExportQuery) {
  let first: IndicatorRecordsDto | undefined
  const items = await allPages(async (page, pageSize) => {
    const list = await indicatorRecords(ctx, id, { ...query, page, pageSize })
    first ??= list
    return list
  })
  const head = first!
  const def = catalogue().find((d) => d.id === id)!
  const figures = await computeIndicators(ctx, { region: query.region, period: query.period, from: query.from, to: query.to, ids: id })
  const names = await regionNames(ctx, items.map((r) => r.regionCode))
  const rows: RecordRow[] = items.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionCode }))
  const summed = items.some((r) => r.value !== 1) || def.unit === '元'
  const columns: ExcelColumn<RecordRow>[] = [
    { header: '序号', width: 7, value: (_r, i) => i + 1 },
    { header: '记录', width: 34, value: (r) => r.title },
    { header: '说明', width: 40, value: (r) => r.detail },
    { header: '日期', width: 13, value: (r) => excelDate(r.date), date: true },
    { header: '区域', width: 16, value: (r) => r.regionName },
    ...(summed ? [{ header: '数额', width: 14, value: (r: RecordRow) => r.value }] : []),
  ]
  const partLabel = query.part === 'numerator' ? '分子' : '分母'
  const notes = [
    head.note ?? (summed ? `合计 ${head.figure}（${head.total} 条记录），即该${partLabel}。` : `共 ${head.total} 条记录，即该${partLabel} ${head.figure}。`),
  ]
  return {
    buffer: await buildTableWorkbook({
      sheetName: `${partLabel}记录`, title: `${def.name} · ${partLabel}：${head.label}（${figures.regionName}，${figures.period.label}）`, columns, rows, notes,
    }),
    fileName: xlsxName(def.name, `${partLabel}记录`, figures.regionName, figures.period.label),
  }
}

type LateChangeRow = LateChangesDto['changes'][number]

/** 关闭后的更正: who changed which record of a closed period, under the frozen and the live figure. */
export async function lateChangesWorkbook(ctx: SignedInContext, id: string, query: LateChangesQuery) {
  const late = await indicatorLateChanges(ctx, id, query) // first: 404 for an unknown indicator or a period not closed
  const def = catalogue().find((d) => d.id === id)!
  const whole = await computeIndicators(ctx, { region: query.region, period: query.period, ids: id })
  const figure = (f: LateChangesDto['live']) => `${f.value ?? '—'}（分子 ${f.numerator ?? '—'}${def.denominatorLabel ? `，分母 ${f.denominator ?? '—'}` : ''}）`
  const columns: ExcelColumn<LateChangeRow>[] = [
    { header: '序号', width: 7, value: (_r, i) => i + 1 },
    { header: '时间', width: 20, value: (r) => excelDateTime(r.at), dateTime: true },
    { header: '操作人', width: 14, value: (r) => r.actor },
    { header: '操作', width: 18, value: (r) => r.actionLabel },
    { header: '记录', width: 40, value: (r) => r.title },
  ]
  return {
    buffer: await buildTableWorkbook({
      sheetName: '关闭后的更正', title: `${def.name}：关闭后的更正（${whole.regionName}，${whole.period.label}）`, columns, rows: late.changes,
      notes: [`冻结数 ${figure(late.frozen)}，现数 ${figure(late.live)}（${def.unit}）；期间关闭于 ${late.closedAt.slice(0, 10)}。`],
    }),
    fileName: xlsxName(def.name, '关闭后的更正', whole.regionName, whole.period.label),
  }
}
