import { Type, type Static } from 'typebox'
import { DateString, Nullable, Page, PageSize, RegionCode } from './common'
import { lastDayOf } from './months'

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
  /** Whether it can be split by member unit (every record it counts names the unit that made it). */
  splitsByUnit: Type.Boolean(),
  /** live: computed from records; none: no data source yet (the reason says what is missing). */
  source: Type.Union([Type.Literal('live'), Type.Literal('none')]),
  noSourceReason: Nullable(Type.String()),
  /** The usual target in the seed plans (for reading a figure before a plan is bound). */
  typicalTarget: Nullable(Type.String()),
})
export type IndicatorDefinitionDto = Static<typeof IndicatorDefinitionDto>

const Figure = {
  value: Nullable(Type.Number()),
  numerator: Nullable(Type.Number()),
  denominator: Nullable(Type.Number()),
}
export const IndicatorValueDto = Type.Object({
  id: Type.String(),
  ...Figure,
  /** When the period is closed: the figure frozen then (the live one beside it differs by late corrections). */
  frozen: Type.Optional(Nullable(Type.Object(Figure))),
})
export type IndicatorValueDto = Static<typeof IndicatorValueDto>

export const IndicatorsDto = Type.Object({
  regionCode: Type.String(), regionName: Type.String(), population: Type.Integer(),
  period: Type.Object({ from: Type.String(), to: Type.String(), label: Type.String() }),
  /** Set when the office has closed this period for this region (or above it). */
  closed: Type.Optional(Nullable(Type.Object({ closedAt: Type.String(), closedBy: Type.String() }))),
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
    return { from: `${quarter[1]}-${String(startMonth).padStart(2, '0')}-01`, to: lastDayOf(Number(quarter[1]), startMonth + 2), label: `${quarter[1]}年第${'一二三四'[q - 1]}季度` }
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period)
  if (month) return { from: `${period}-01`, to: lastDayOf(Number(month[1]), Number(month[2])), label: `${month[1]}年${Number(month[2])}月` }
  return null
}

export const BreakdownQuery = Type.Object({
  ...PeriodQuery,
  by: Type.Union([Type.Literal('month'), Type.Literal('region'), Type.Literal('unit')], { title: '分列方式' }),
}, { additionalProperties: false })
export type BreakdownQuery = Static<typeof BreakdownQuery>

export const BreakdownDto = Type.Array(Type.Object({
  key: Type.String(), label: Type.String(), value: Nullable(Type.Number()), numerator: Type.Number(), denominator: Nullable(Type.Number()),
}))
export type BreakdownDto = Static<typeof BreakdownDto>

// ── Plan scoreboard ───────────────────────────────────────────────────────────────────────────────

export const ScoreboardQuery = Type.Object({
  year: Type.Optional(Type.Integer({ title: '年度', minimum: 2000, maximum: 2100 })),
}, { additionalProperties: false })

export const ScoreboardTargetDto = Type.Object({
  targetId: Type.String(), taskId: Type.String(), taskNumber: Type.String(), taskTitle: Type.String(),
  text: Type.String(), metric: Type.String(), comparator: Type.String(), goal: Type.Number(), unit: Type.String(),
  /** The bound indicator; with confirmed false it is Shian's suggestion, not yet the office's choice. */
  indicatorId: Nullable(Type.String()), indicatorName: Nullable(Type.String()), confirmed: Type.Boolean(),
  /** live: computed from records; reported: the latest figure a lead unit reported; none: no figure yet. */
  source: Type.Union([Type.Literal('live'), Type.Literal('reported'), Type.Literal('none')]),
  actual: Nullable(Type.Number()), numerator: Nullable(Type.Number()), denominator: Nullable(Type.Number()),
  reportedBy: Nullable(Type.String()), reportedOn: Nullable(Type.String()),
  deadline: Type.String(),
  /** met 达标 | missed 未达标 (deadline passed) | in_progress 进行中 */
  status: Type.Union([Type.Literal('met'), Type.Literal('missed'), Type.Literal('in_progress')]),
})
export type ScoreboardTargetDto = Static<typeof ScoreboardTargetDto>

export const ScoreboardDto = Type.Object({
  planId: Type.String(), planTitle: Type.String(), year: Type.Integer(), yearFrom: Type.Integer(), yearTo: Type.Integer(),
  /** The figures are for this region: the plan's, or the viewer's own subtree when the plan is above it. */
  regionCode: Type.String(), regionName: Type.String(),
  counts: Type.Object({ met: Type.Integer(), missed: Type.Integer(), inProgress: Type.Integer(), unbound: Type.Integer() }),
  targets: Type.Array(ScoreboardTargetDto),
})
export type ScoreboardDto = Static<typeof ScoreboardDto>

export const BindingInput = Type.Object({
  /** An indicator id, or null to keep the unit-reported figure. */
  indicatorId: Nullable(Type.String({ title: '指标', pattern: '^[a-z][a-z0-9_.]{1,63}$' })),
}, { additionalProperties: false })
export type BindingInput = Static<typeof BindingInput>

export const TargetParams = Type.Object({ targetId: Type.String({ format: 'uuid', title: '方案目标' }) }, { additionalProperties: false })
export const PlanParams = Type.Object({ planId: Type.String({ format: 'uuid', title: '工作方案' }) }, { additionalProperties: false })

export const OffTrackDto = Type.Array(Type.Object({
  planId: Type.String(), planTitle: Type.String(), targetId: Type.String(), taskNumber: Type.String(), metric: Type.String(),
  comparator: Type.String(), goal: Type.Number(), unit: Type.String(), actual: Nullable(Type.Number()), deadline: Type.String(),
  status: Type.Union([Type.Literal('missed'), Type.Literal('in_progress')]),
}))
export type OffTrackDto = Static<typeof OffTrackDto>

// ── Closing a period ────────────────────────────────────────────────────────────────────────────────

export const ClosePeriodInput = Type.Object({
  period: Type.String({ title: '统计期间', pattern: '^[0-9]{4}(-Q[1-4])?$', description: '年（2026）或季度（2026-Q3）' }),
}, { additionalProperties: false })
export const ReopenPeriodInput = Type.Object({
  period: ClosePeriodInput.properties.period,
  reason: Type.String({ title: '重开理由', minLength: 2, maxLength: 300 }),
}, { additionalProperties: false })

export const PeriodDto = Type.Object({
  id: Type.String(), regionCode: Type.String(), period: Type.String(), label: Type.String(), from: Type.String(), to: Type.String(),
  status: Type.Union([Type.Literal('closed'), Type.Literal('reopened')]),
  closedAt: Type.String(), closedBy: Type.String(),
  reopenedAt: Nullable(Type.String()), reopenedBy: Nullable(Type.String()), reopenReason: Nullable(Type.String()),
})
export type PeriodDto = Static<typeof PeriodDto>

export const LateChangesQuery = Type.Object({
  region: PeriodQuery.region, period: Type.String({ title: '统计期间', pattern: '^[0-9]{4}(-Q[1-4])?$' }),
}, { additionalProperties: false })
export type LateChangesQuery = Static<typeof LateChangesQuery>

export const LateChangesDto = Type.Object({
  indicatorId: Type.String(), closedAt: Type.String(),
  frozen: Type.Object(Figure), live: Type.Object(Figure),
  changes: Type.Array(Type.Object({ at: Type.String(), actor: Nullable(Type.String()), action: Type.String(), actionLabel: Type.String(), recordId: Type.String(), title: Type.String() })),
})
export type LateChangesDto = Static<typeof LateChangesDto>
