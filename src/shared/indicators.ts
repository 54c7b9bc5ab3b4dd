import { Type, type Static } from 'typebox'
import { DateString, Nullable, Page, PageSize, RegionCode } from './common'

/** The indicator catalogue, figures for a region subtree and period, and the records behind a figure. */

/** A period: a year (2026), a quarter (2026-Q3), a month (2026-07), or from/to dates. */
export const PeriodQuery = {
  region: Type.Optional(RegionCode('区域')),
  period: Type.Optional(Type.String({ title: '统计期间', pattern: '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$', description: '年（2026）、季度（2026-Q3）或月（2026-07）' })),
  from: Type.Optional(DateString('起始日期')),
  to: Type.Optional(DateString('截止日期')),
}

export const IndicatorsQuery = Type.Object({
  ...PeriodQuery,
  /** Only these indicators (comma-separated ids); all when absent. */
  ids: Type.Optional(Type.String({ title: '指标', maxLength: 2000 })),
}, { additionalProperties: false })
export type IndicatorsQuery = Static<typeof IndicatorsQuery>

export const IndicatorRecordsQuery = Type.Object({
  ...PeriodQuery,
  part: Type.Union([Type.Literal('numerator'), Type.Literal('denominator')], { title: '分子或分母' }),
  page: Page,
  pageSize: PageSize,
}, { additionalProperties: false })
export type IndicatorRecordsQuery = Static<typeof IndicatorRecordsQuery>

export const IndicatorParams = Type.Object({ id: Type.String({ title: '指标', pattern: '^[a-z][a-z0-9_.]{1,63}$' }) }, { additionalProperties: false })

export const IndicatorDefinitionDto = Type.Object({
  id: Type.String(), name: Type.String(), group: Type.String(), definition: Type.String(), unit: Type.String(),
  /** How the value is formed, in words: 分子 ÷ 分母 × 100 etc. */
  formula: Type.String(),
  numeratorLabel: Type.String(), denominatorLabel: Nullable(Type.String()),
  /** The module whose records it counts; null when Shian holds no data for it yet. */
  module: Nullable(Type.String()),
  /** The date that places a record in a period, or how a state is counted. */
  periodBasis: Type.String(),
  rollUp: Type.String(),
  /** live: computed from records; none: no data source yet (the reason says what is missing). */
  source: Type.Union([Type.Literal('live'), Type.Literal('none')]),
  noSourceReason: Nullable(Type.String()),
  /** The usual target in the seed plans (for reading a figure before a plan is bound). */
  typicalTarget: Nullable(Type.String()),
})
export type IndicatorDefinitionDto = Static<typeof IndicatorDefinitionDto>

export const IndicatorValueDto = Type.Object({
  id: Type.String(),
  value: Nullable(Type.Number()),
  numerator: Nullable(Type.Number()),
  denominator: Nullable(Type.Number()),
})
export type IndicatorValueDto = Static<typeof IndicatorValueDto>

export const IndicatorsDto = Type.Object({
  regionCode: Type.String(), regionName: Type.String(), population: Type.Integer(),
  period: Type.Object({ from: Type.String(), to: Type.String(), label: Type.String() }),
  values: Type.Array(IndicatorValueDto),
})
export type IndicatorsDto = Static<typeof IndicatorsDto>

export const IndicatorRecordDto = Type.Object({
  id: Type.String(), title: Type.String(), detail: Type.String(), date: Nullable(Type.String()), regionCode: Type.String(),
  /** 1 for a counted record; the amount for a summed one (元, persons). */
  value: Type.Number(),
  link: Type.String(),
})
export const IndicatorRecordsDto = Type.Object({
  indicatorId: Type.String(), part: Type.String(), label: Type.String(),
  /** The figure this list makes: its length (count) or the sum of its values. */
  figure: Type.Number(),
  total: Type.Integer(),
  items: Type.Array(IndicatorRecordDto),
  /** Population (per-1,000 denominators) is not a list of records. */
  note: Nullable(Type.String()),
})
export type IndicatorRecordsDto = Static<typeof IndicatorRecordsDto>

/** The first and last day of a period, and its Chinese label. Null when the text is not a period. */
export function periodRange(period: string): { from: string; to: string; label: string } | null {
  const year = /^(\d{4})$/.exec(period)
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31`, label: `${year[1]}年` }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period)
  if (quarter) {
    const q = Number(quarter[2])
    const startMonth = (q - 1) * 3 + 1
    return { from: `${quarter[1]}-${String(startMonth).padStart(2, '0')}-01`, to: lastDay(Number(quarter[1]), startMonth + 2), label: `${quarter[1]}年第${'一二三四'[q - 1]}季度` }
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period)
  if (month) return { from: `${period}-01`, to: lastDay(Number(month[1]), Number(month[2])), label: `${month[1]}年${Number(month[2])}月` }
  return null
}

function lastDay(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}

export const BreakdownQuery = Type.Object({
  ...PeriodQuery,
  by: Type.Union([Type.Literal('month'), Type.Literal('region')], { title: '分列方式' }),
}, { additionalProperties: false })
export type BreakdownQuery = Static<typeof BreakdownQuery>

export const BreakdownDto = Type.Array(Type.Object({
  key: Type.String(), label: Type.String(), value: Nullable(Type.Number()), numerator: Type.Number(), denominator: Nullable(Type.Number()),
}))
export type BreakdownDto = Static<typeof BreakdownDto>
