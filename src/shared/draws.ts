import { Type, type Static } from 'typebox'
import { DateString, Nullable, OneOf, Page, PageSize, RegionCode, Text, Uuid } from './common'
import { ENTITY_TYPES } from './entity-catalogue'

/** 双随机一公开: the 执法检查人员名录库 with its avoidance list, draws, and the public draw record. */

export const DRAW_STATUS = { frozen: '名录已冻结', drawn: '已抽取', published: '已公示', cancelled: '已作废' } as const
export type DrawStatus = keyof typeof DRAW_STATUS
export const DRAW_GRADES = ['A', 'B', 'C', 'D', 'none'] as const
/** What a draw selects, as the list shows it before the draw: 5 户 or 30%. */
export const selectionText = (s: { count?: number; proportion?: number }) =>
  (s.count !== undefined ? `${s.count} 户` : `${Number(((s.proportion ?? 0) * 100).toFixed(4))}%`)

// ── 执法检查人员名录库 ──────────────────────────────────────────────────────────────
export const RosterInput = Type.Object({
  accountId: Uuid('执法人员'),
  certificateNumber: Text('执法证号', 32, 1),
  /** Null: the account's own unit. */
  unitId: Type.Optional(Type.Union([Uuid('执法单位'), Type.Null()], { title: '执法单位' })),
}, { additionalProperties: false })
export type RosterInput = Static<typeof RosterInput>

export const RosterUpdate = Type.Object({
  certificateNumber: Text('执法证号', 32, 1),
  unitId: Uuid('执法单位'),
  active: Type.Boolean({ title: '在岗' }),
}, { additionalProperties: false })
export type RosterUpdate = Static<typeof RosterUpdate>

export const RosterEntryDto = Type.Object({
  accountId: Type.String(), name: Type.String(), username: Type.String(), regionCode: Type.String(), regionName: Type.String(),
  unitId: Nullable(Type.String()), unitName: Type.String(), certificateNumber: Type.String(), active: Type.Boolean(),
  accountDisabled: Type.Boolean(), avoidanceCount: Type.Integer(), updatedAt: Type.String(),
})
export type RosterEntryDto = Static<typeof RosterEntryDto>

export const RosterCandidateDto = Type.Object({
  accountId: Type.String(), name: Type.String(), username: Type.String(), unitId: Nullable(Type.String()), unitName: Type.String(),
})
export type RosterCandidateDto = Static<typeof RosterCandidateDto>

export const AvoidanceInput = Type.Object({
  entityId: Uuid('经营主体'),
  reason: Text('回避事由', 200, 1),
}, { additionalProperties: false })
export type AvoidanceInput = Static<typeof AvoidanceInput>

export const AvoidanceDto = Type.Object({
  accountId: Type.String(), entityId: Type.String(), entityName: Type.String(), reason: Type.String(), createdAt: Type.String(),
})
export type AvoidanceDto = Static<typeof AvoidanceDto>

export const AvoidanceParams = Type.Object({ id: Uuid('执法人员'), entityId: Uuid('经营主体') }, { additionalProperties: false })
export const RosterParams = Type.Object({ id: Uuid('执法人员') }, { additionalProperties: false })

// ── Draws ─────────────────────────────────────────────────────────────────────
export const DrawInput = Type.Object({
  title: Text('抽查任务名称', 100, 1),
  matter: Text('抽查事项', 200, 1),
  year: Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' }),
  entityFilter: Type.Object({
    regionCode: RegionCode('抽查区域'),
    /** Empty: every type. */
    types: Type.Array(OneOf(Object.keys(ENTITY_TYPES), '主体类型'), { maxItems: 50, uniqueItems: true, title: '主体类型' }),
    /** Empty: every grade; 'none' = not yet graded. */
    grades: Type.Array(OneOf(DRAW_GRADES, '风险等级'), { maxItems: 5, uniqueItems: true, title: '风险等级' }),
  }, { additionalProperties: false, title: '抽取范围' }),
  /** Exactly one of the two (the service says so in Chinese when not). */
  selection: Type.Object({
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, title: '抽取数量' })),
    proportion: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1, title: '抽取比例' })),
  }, { additionalProperties: false, title: '抽取数量或比例' }),
  sameUnitRequired: Type.Boolean({ title: '两名执法人员须同一单位' }),
}, { additionalProperties: false })
export type DrawInput = Static<typeof DrawInput>

/** Either the seed itself, or the public parts it is built from (date + a lottery number drawn after the hashes were published). */
export const RunDrawInput = Type.Object({
  seed: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\n\\r]+$', title: '随机种子' })),
  drawDate: Type.Optional(DateString('抽取日期')),
  lotteryNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\n\\r]+$', title: '开奖号码' })),
}, { additionalProperties: false })
export type RunDrawInput = Static<typeof RunDrawInput>

export const CancelDrawInput = Type.Object({ reason: Text('作废原因', 200, 1) }, { additionalProperties: false })
export type CancelDrawInput = Static<typeof CancelDrawInput>

export const DrawListQuery = Type.Object({
  status: Type.Optional(OneOf(Object.keys(DRAW_STATUS), '状态')),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })),
  page: Page, pageSize: PageSize,
}, { additionalProperties: false })
export type DrawListQuery = Static<typeof DrawListQuery>

const Selection = Type.Object({ count: Type.Optional(Type.Integer()), proportion: Type.Optional(Type.Number()) })
const EntityFilterDto = Type.Object({ regionCode: Type.String(), regionName: Type.String(), types: Type.Array(Type.String()), grades: Type.Array(Type.String()) })

export const DrawSummaryDto = Type.Object({
  id: Type.String(), title: Type.String(), matter: Type.String(), year: Type.Integer(), regionCode: Type.String(), regionName: Type.String(),
  status: Type.String(), statusLabel: Type.String(), entityCount: Type.Integer(), inspectorCount: Type.Integer(), drawnCount: Nullable(Type.Integer()),
  selection: Selection, frozenAt: Type.String(), drawnAt: Nullable(Type.String()), publishedAt: Nullable(Type.String()),
})
export type DrawSummaryDto = Static<typeof DrawSummaryDto>

export const DrawListDto = Type.Object({ total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), items: Type.Array(DrawSummaryDto) })
export type DrawListDto = Static<typeof DrawListDto>

const Officer = Type.Object({ id: Type.String(), name: Type.String(), unit: Type.String(), certificateNumber: Type.String() })
const ListedEntity = Type.Object({
  id: Type.String(), name: Type.String(), uscc: Nullable(Type.String()), licenceNumber: Nullable(Type.String()),
  regionCode: Type.String(), type: Type.String(), grade: Nullable(Type.String()),
})
/** One row of the result: a drawn business with its two officers, or unassigned with the reason. */
export const DrawResultRowDto = Type.Object({
  position: Type.Integer(), entity: ListedEntity, inspectors: Type.Array(Officer), unassignedReason: Nullable(Type.String()),
})
export type DrawResultRowDto = Static<typeof DrawResultRowDto>

/** The DrawRecord of draw/draw-record.ts as stored (assignments, unassigned, parameters, hashes). */
const DrawRecordDto = Type.Object({
  algorithm: Type.String(), seed: Type.String(), entityListHash: Type.String(), inspectorListHash: Type.String(), avoidanceHash: Type.String(),
  parameters: Type.Object({ selection: Selection, entityCount: Type.Integer(), inspectorCount: Type.Integer(), drawnCount: Type.Integer(), sameUnitRequired: Type.Boolean() }),
  assignments: Type.Array(Type.Object({ position: Type.Integer(), entityId: Type.String(), inspectorIds: Type.Array(Type.String()) })),
  unassigned: Type.Array(Type.Object({ position: Type.Integer(), entityId: Type.String(), reason: Type.String(), eligibleCount: Type.Integer() })),
})

export const DrawDetailDto = Type.Object({
  ...DrawSummaryDto.properties,
  entityFilter: EntityFilterDto, sameUnitRequired: Type.Boolean(),
  entityListHash: Type.String(), inspectorListHash: Type.String(), avoidanceHash: Type.String(),
  seed: Nullable(Type.String()), seedParts: Nullable(Type.Array(Type.String())),
  rows: Type.Array(DrawResultRowDto),
})
export type DrawDetailDto = Static<typeof DrawDetailDto>

/** What 双随机一公开 publishes: the frozen list texts, hashes, seed, parameters, result and the algorithm — never the avoidance list. */
export const PublicDrawDto = Type.Object({
  id: Type.String(), title: Type.String(), matter: Type.String(), year: Type.Integer(), regionName: Type.String(),
  frozenAt: Type.String(), drawnAt: Type.String(), publishedAt: Type.String(),
  entityList: Type.String(), inspectorList: Type.String(),
  entityListHash: Type.String(), inspectorListHash: Type.String(), avoidanceHash: Type.String(),
  seed: Type.String(), seedParts: Nullable(Type.Array(Type.String())),
  record: DrawRecordDto, rows: Type.Array(DrawResultRowDto), algorithmText: Type.String(),
})
export type PublicDrawDto = Static<typeof PublicDrawDto>

export const PublicDrawSummaryDto = Type.Object({
  id: Type.String(), title: Type.String(), matter: Type.String(), year: Type.Integer(), regionName: Type.String(),
  drawnCount: Type.Integer(), publishedAt: Type.String(),
})
export type PublicDrawSummaryDto = Static<typeof PublicDrawSummaryDto>

export const VerifyResultDto = Type.Object({
  matches: Type.Boolean(), verdict: Type.String(),
  differences: Type.Array(Type.Object({ where: Type.String(), recorded: Type.Unknown(), recomputed: Type.Unknown() })),
})
export type VerifyResultDto = Static<typeof VerifyResultDto>

export const AssignmentDto = Type.Object({
  position: Type.Integer(), entityId: Type.String(), entityName: Type.String(), regionCode: Type.String(),
  inspectors: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })), unassignedReason: Nullable(Type.String()),
  done: Type.Boolean(), inspectionId: Nullable(Type.String()), inspectedOn: Nullable(Type.String()),
})
export const AssignmentListDto = Type.Object({ drawId: Type.String(), total: Type.Integer(), done: Type.Integer(), items: Type.Array(AssignmentDto) })
export type AssignmentDto = Static<typeof AssignmentDto>
export type AssignmentListDto = Static<typeof AssignmentListDto>
