import { Type, type Static } from 'typebox'
import { Nullable, OneOf, Page, PageSize, RegionCode, Uuid } from './common'
import { ENTITY_TYPE_CODES } from './entity-catalogue'

/**
 * The yearly inspection plan by risk grade (年度检查计划) and inspection coverage (检查覆盖率): queries and
 * DTOs shared by server and web.
 */

/** Where an entity stands against its plan for the year (the rule is in plan/queries.ts and on the page). */
export const PLAN_STATUS = { done: '已完成', on_track: '进行中', overdue: '逾期' } as const
export type PlanStatus = keyof typeof PLAN_STATUS

/** What the page and the export say about how the plan is computed; the SQL in plan/queries.ts does exactly this. */
export const PLAN_RULE_TEXT = [
  '应检次数：按现行风险分级规则中该等级的每年最少检查次数（未评级的按 1 次）。',
  '已检次数：本年度内的日常、专项、飞行、双随机检查；整改复查只核实整改，不计入。',
  '逾期：按时间进度应完成的次数 = ⌊应检次数 × 已过天数 ÷ 全年天数⌋（本年开业的从开业日算起），已检次数少于它即为逾期；下次应检日期是保持进度的最后一天。往年按全年计。',
  '两年未检：在业满两年的主体，近两年内没有一次全项检查（飞行检查不算；《食品生产经营监督检查管理办法》第二十二条①）。',
]

const GRADES = ['A', 'B', 'C', 'D', 'none']
const Year = Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' }))

export const PlanQuery = Type.Object({
  year: Year,
  region: Type.Optional(RegionCode('区域')),
  type: Type.Optional(OneOf(ENTITY_TYPE_CODES, '主体类型')),
  grade: Type.Optional(OneOf(GRADES, '风险等级')),
  /** Entities this unit (inspections.unit_id) or officer inspected during the year. */
  unitId: Type.Optional(Uuid('检查单位')),
  inspectorId: Type.Optional(Uuid('执法人员')),
  status: Type.Optional(OneOf(Object.keys(PLAN_STATUS), '完成情况')),
  coverageGap: Type.Optional(Type.Boolean({ title: '只看两年未检' })),
  page: Page,
  pageSize: PageSize,
}, { additionalProperties: false })
export type PlanQuery = Static<typeof PlanQuery>

export const PlanItemDto = Type.Object({
  entityId: Type.String(), name: Type.String(), type: Type.String(), typeLabel: Type.String(),
  regionCode: Type.String(), regionName: Type.String(), townshipName: Type.String(),
  riskGrade: Nullable(Type.String()),
  required: Type.Integer(), done: Type.Integer(), remaining: Type.Integer(),
  lastInspectedOn: Nullable(Type.String()), nextDueOn: Nullable(Type.String()),
  status: Type.String(), statusLabel: Type.String(),
  /** 第二十二条①: no full inspection in the two years up to the plan date. */
  coverageGap: Type.Boolean(),
})
export type PlanItemDto = Static<typeof PlanItemDto>

export const PlanSummaryDto = Type.Object({
  entities: Type.Integer(),
  requiredTotal: Type.Integer(),
  /** Inspections counted (an entity inspected more than it must counts every one). */
  doneTotal: Type.Integer(),
  /** Completion % = Σ min(done, required) ÷ Σ required: extra visits to one entity do not make up for another. */
  completionRate: Nullable(Type.Number()),
  doneEntities: Type.Integer(),
  overdue: Type.Integer(),
  coverageGaps: Type.Integer(),
})
export type PlanSummaryDto = Static<typeof PlanSummaryDto>

export const PlanDto = Type.Object({
  year: Type.Integer(),
  /** The day the figures are as of: today for this year, 12-31 for a past year. */
  asOf: Type.String(),
  summary: PlanSummaryDto,
  total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(),
  items: Type.Array(PlanItemDto),
})
export type PlanDto = Static<typeof PlanDto>

export const CoverageQuery = Type.Object({ year: Year, region: Type.Optional(RegionCode('区域')) }, { additionalProperties: false })
export type CoverageQuery = Static<typeof CoverageQuery>
/** The coverage tab to export: rates by sub-region or by type, or the work of each unit or officer. */
export const COVERAGE_TABLES = { region: '按区域', type: '按业态', unit: '按单位', inspector: '按执法人员' } as const
export const CoverageExportQuery = Type.Object({
  ...CoverageQuery.properties,
  by: OneOf(Object.keys(COVERAGE_TABLES), '分组'),
}, { additionalProperties: false })
export type CoverageExportQuery = Static<typeof CoverageExportQuery>

const Rate = Nullable(Type.Number())
export const CoverageRowDto = Type.Object({ key: Type.String(), label: Type.String(), active: Type.Integer(), inspected: Type.Integer(), rate: Rate })
export type CoverageRowDto = Static<typeof CoverageRowDto>
export const WorkloadRowDto = Type.Object({
  key: Nullable(Type.String()), label: Type.String(),
  /** Every inspection made, 复查 included (each is a visit); followUps says how many of them were 复查. */
  inspections: Type.Integer(), followUps: Type.Integer(), entities: Type.Integer(),
})
export type WorkloadRowDto = Static<typeof WorkloadRowDto>

export const CoverageDto = Type.Object({
  year: Type.Integer(), regionCode: Type.String(), regionName: Type.String(),
  total: CoverageRowDto,
  byRegion: Type.Array(CoverageRowDto),
  byType: Type.Array(CoverageRowDto),
  byUnit: Type.Array(WorkloadRowDto),
  byInspector: Type.Array(WorkloadRowDto),
})
export type CoverageDto = Static<typeof CoverageDto>
