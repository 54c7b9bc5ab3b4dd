import { Type, type Static, type TSchema } from 'typebox'
import { Nullable } from './common'
import { PeriodQuery } from './indicators'

/**
 * The office dashboard (工作看板) and the big screen (大屏): key indicators, what is overdue, the risk-grade
 * mix and monthly trends for a region subtree and period. Every figure comes from the indicators service,
 * every list from the module that owns its records.
 */

export const DashboardQuery = Type.Object({ ...PeriodQuery }, { additionalProperties: false })
export type DashboardQuery = Static<typeof DashboardQuery>

const Period = Type.Object({ from: Type.String(), to: Type.String(), label: Type.String() })

/** One indicator as a tile: its figure and the numbers it is made of (a click opens the records). */
export const TileDto = Type.Object({
  id: Type.String(), name: Type.String(), unit: Type.String(), group: Type.String(),
  value: Nullable(Type.Number()), numerator: Nullable(Type.Number()), denominator: Nullable(Type.Number()),
  typicalTarget: Nullable(Type.String()),
})
export type TileDto = Static<typeof TileDto>

export const GradeCountDto = Type.Object({ grade: Type.String(), count: Type.Number() })
export const PointDto = Type.Object({ key: Type.String(), label: Type.String(), value: Nullable(Type.Number()) })
export type PointDto = Static<typeof PointDto>

/** A list shows its first rows; `total` is how many there are in all. */
const ListOf = <T extends TSchema>(item: T) => Nullable(Type.Object({ total: Type.Integer(), items: Type.Array(item) }))

export const OverduePlanTaskDto = Type.Object({
  planId: Type.String(), planTitle: Type.String(), taskId: Type.String(), taskNumber: Type.String(), taskTitle: Type.String(),
  unitName: Type.String(), periodLabel: Type.String(), dueOn: Type.String(), daysOverdue: Type.Integer(),
})
export const PlanProgressDto = Type.Object({
  planId: Type.String(), title: Type.String(), tasks: Type.Integer(), slotsDue: Type.Integer(), reported: Type.Integer(), accepted: Type.Integer(), overdue: Type.Integer(),
})
export const OverdueOrderDto = Type.Object({
  id: Type.String(), inspectionId: Type.String(), entityName: Type.String(), issuedOn: Type.String(), dueOn: Type.String(), daysOverdue: Type.Integer(),
})
export const OverdueDisposalDto = Type.Object({
  id: Type.String(), sampleNumber: Type.String(), productName: Type.String(), entityName: Type.String(), openedOn: Type.String(),
  /** The first step past its due date and not done: its name and due date. */
  lateStep: Type.String(), lateSince: Type.String(),
})
export const FailedSampleDto = Type.Object({
  id: Type.String(), sampleNumber: Type.String(), productName: Type.String(), entityName: Type.String(), regionName: Type.String(),
  sampledOn: Type.String(), failedItems: Type.Array(Type.String()), disposalId: Nullable(Type.String()),
})

export const DashboardDto = Type.Object({
  regionCode: Type.String(), regionName: Type.String(), population: Type.Integer(), period: Period,
  /** The day the overdue lists are counted on (Asia/Shanghai). */
  asOf: Type.String(),
  tiles: Type.Array(TileDto),
  /** In-business entities by dynamic risk grade A–D, as the register stands. */
  grades: Type.Array(GradeCountDto),
  /** Inspections and samples by month of the period. */
  trend: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), inspections: Type.Number(), samples: Type.Number() })),
  // Null: the account may not read that module (its permission is missing), so the card is not shown.
  plans: Nullable(Type.Array(PlanProgressDto)),
  overduePlanTasks: ListOf(OverduePlanTaskDto),
  overdueOrders: ListOf(OverdueOrderDto),
  overdueDisposals: ListOf(OverdueDisposalDto),
  failedSamples: ListOf(FailedSampleDto),
})
export type DashboardDto = Static<typeof DashboardDto>

const RankingDto = Type.Object({ title: Type.String(), unit: Type.String(), items: Type.Array(PointDto) })

/**
 * One rotating panel of the big screen: key figures, a ranking by the regions one level down and one by member
 * unit, and a trend or the grade mix.
 */
export const ScreenPanelDto = Type.Object({
  key: Type.String(), title: Type.String(),
  figures: Type.Array(TileDto),
  ranking: RankingDto,
  unitRanking: RankingDto,
  trend: Nullable(Type.Object({ title: Type.String(), unit: Type.String(), items: Type.Array(PointDto) })),
  grades: Nullable(Type.Array(GradeCountDto)),
})
export type ScreenPanelDto = Static<typeof ScreenPanelDto>

export const ScreenDto = Type.Object({
  regionCode: Type.String(), regionName: Type.String(), period: Period, asOf: Type.String(),
  panels: Type.Array(ScreenPanelDto),
})
export type ScreenDto = Static<typeof ScreenDto>
