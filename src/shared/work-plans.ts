import { Type, type Static } from 'typebox'
import { Nullable } from './common'

/** Work plans: DTOs and inputs shared by the server routes and the web pages. */

const Span = { sourceStart: Nullable(Type.Integer()), sourceEnd: Nullable(Type.Integer()) }

export const COLLECTIVES = { all_townships: '全部乡镇（街道）', all_members: '全部成员单位', none: '不单独指派' } as const
export type Collective = keyof typeof COLLECTIVES
export const COMPARATORS = ['>=', '>', '=', '<=', '<'] as const
export const COMPARATOR_LABELS: Record<string, string> = { '>=': '不低于', '>': '超过', '=': '达到', '<=': '不超过', '<': '低于' }
export const DEADLINE_KINDS = { 'by-date': '限期', recurring: '周期', 'count-per-period': '每期次数' } as const
export const PLAN_STATUS_LABELS: Record<string, string> = { draft: '草稿（待审核）', published: '已发布' }

export const TaskUnitDto = Type.Object({
  id: Type.String(), role: Type.String(), nameAsWritten: Type.String(), unitId: Nullable(Type.String()),
  unitName: Nullable(Type.String()), collective: Nullable(Type.String()), ...Span,
})
export const TargetDto = Type.Object({
  id: Type.String(), text: Type.String(), metric: Type.String(), comparator: Type.String(), value: Type.Number(), unit: Type.String(),
  fromProgress: Type.Boolean(), ...Span,
})
export const DueDateDto = Type.Object({
  id: Type.String(), dueOn: Type.String(), nominalOn: Type.String(), periodLabel: Type.String(), periodStart: Type.String(),
  periodEnd: Type.String(), requiredCount: Nullable(Type.Integer()),
})
export const DeadlineDto = Type.Object({
  id: Type.String(), text: Type.String(), kind: Type.String(), context: Type.String(), fromProgress: Type.Boolean(),
  dueDates: Type.Array(DueDateDto), ...Span,
})
export const TaskDto = Type.Object({
  id: Type.String(), number: Type.String(), sectionNumber: Nullable(Type.String()), title: Type.String(), text: Type.String(),
  progressText: Nullable(Type.String()), units: Type.Array(TaskUnitDto), targets: Type.Array(TargetDto), deadlines: Type.Array(DeadlineDto), ...Span,
})
export const PlanProblemDto = Type.Object({ taskId: Nullable(Type.String()), field: Type.String(), message: Type.String() })
export const PlanSummaryDto = Type.Object({
  id: Type.String(), title: Type.String(), issuer: Nullable(Type.String()), yearFrom: Type.Integer(), yearTo: Type.Integer(),
  status: Type.String(), sourceFileName: Type.String(), taskCount: Type.Integer(), createdAt: Type.String(), publishedAt: Nullable(Type.String()),
})
export const PlanDetailDto = Type.Object({
  ...PlanSummaryDto.properties,
  sections: Type.Array(Type.Object({ id: Type.String(), number: Type.String(), title: Type.String() })),
  tasks: Type.Array(TaskDto),
  generalDeadlines: Type.Array(DeadlineDto),
  problems: Type.Array(PlanProblemDto),
  calendarMissingYears: Type.Array(Type.Integer()),
})
export const ImportResultDto = Type.Object({ plan: PlanSummaryDto, duplicate: Type.Boolean() })
export type TaskUnitDto = Static<typeof TaskUnitDto>
export type TargetDto = Static<typeof TargetDto>
export type DeadlineDto = Static<typeof DeadlineDto>
export type DueDateDto = Static<typeof DueDateDto>
export type TaskDto = Static<typeof TaskDto>
export type PlanProblemDto = Static<typeof PlanProblemDto>
export type PlanSummaryDto = Static<typeof PlanSummaryDto>
export type PlanDetailDto = Static<typeof PlanDetailDto>

export const ImportTextInput = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 2_000_000, title: '方案文本' }),
  fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 200, title: '名称' })),
}, { additionalProperties: false })
export type ImportTextInput = Static<typeof ImportTextInput>

const Year = (title: string) => Type.Integer({ minimum: 2000, maximum: 2100, title })
export const PlanPatchInput = Type.Object({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 200, title: '标题' })),
  issuer: Type.Optional(Nullable(Type.String({ maxLength: 100, title: '发文单位' }))),
  yearFrom: Type.Optional(Year('起始年度')),
  yearTo: Type.Optional(Year('截止年度')),
}, { additionalProperties: false })
export type PlanPatchInput = Static<typeof PlanPatchInput>

export const TaskInput = Type.Object({
  sectionNumber: Type.Optional(Nullable(Type.String({ maxLength: 16, title: '所属章节' }))),
  number: Type.String({ minLength: 1, maxLength: 16, title: '任务编号' }),
  title: Type.String({ minLength: 1, maxLength: 300, title: '任务标题' }),
  text: Type.Optional(Type.String({ maxLength: 20000, title: '任务内容' })),
  progressText: Type.Optional(Nullable(Type.String({ maxLength: 20000, title: '工作进度' }))),
}, { additionalProperties: false })
export type TaskInput = Static<typeof TaskInput>
export const TaskPatchInput = Type.Partial(TaskInput, { additionalProperties: false })
export type TaskPatchInput = Static<typeof TaskPatchInput>

const CollectiveSchema = Type.Union([Type.Literal('all_townships'), Type.Literal('all_members'), Type.Literal('none')], { title: '集合单位' })
export const TaskUnitsInput = Type.Object({
  units: Type.Array(Type.Object({
    role: Type.Union([Type.Literal('lead'), Type.Literal('cooperating')], { title: '牵头或配合' }),
    nameAsWritten: Type.String({ minLength: 1, maxLength: 100, title: '单位名称' }),
    unitId: Type.Optional(Nullable(Type.String({ format: 'uuid', title: '单位' }))),
    collective: Type.Optional(Nullable(CollectiveSchema)),
  }, { additionalProperties: false }), { maxItems: 100, title: '责任单位' }),
}, { additionalProperties: false })
export type TaskUnitsInput = Static<typeof TaskUnitsInput>

export const ResolveUnitInput = Type.Object({
  nameAsWritten: Type.String({ minLength: 1, maxLength: 100, title: '单位名称' }),
  unitId: Type.Optional(Nullable(Type.String({ format: 'uuid', title: '单位' }))),
  collective: Type.Optional(Nullable(CollectiveSchema)),
  remember: Type.Optional(Type.Boolean({ title: '记住别名' })),
}, { additionalProperties: false })
export type ResolveUnitInput = Static<typeof ResolveUnitInput>

export const TargetsInput = Type.Object({
  targets: Type.Array(Type.Object({
    text: Type.String({ minLength: 1, maxLength: 500, title: '指标原文' }),
    metric: Type.String({ minLength: 1, maxLength: 200, title: '指标名称' }),
    comparator: Type.Union([Type.Literal('>='), Type.Literal('>'), Type.Literal('='), Type.Literal('<='), Type.Literal('<')], { title: '比较方式' }),
    value: Type.Number({ minimum: -1e12, maximum: 1e12, title: '目标值' }),
    unit: Type.String({ maxLength: 32, title: '单位' }),
  }, { additionalProperties: false }), { maxItems: 100, title: '量化指标' }),
}, { additionalProperties: false })
export type TargetsInput = Static<typeof TargetsInput>

export const DeadlinesInput = Type.Object({
  deadlines: Type.Array(Type.Object({
    text: Type.String({ minLength: 1, maxLength: 100, title: '时限原文' }),
    kind: Type.Union([Type.Literal('by-date'), Type.Literal('recurring'), Type.Literal('count-per-period')], { title: '时限类型' }),
    context: Type.Optional(Type.String({ maxLength: 2000, title: '时限所指' })),
    /** Dates typed by the office where the text cannot be read (or to override it). */
    dueDates: Type.Optional(Type.Array(Type.String({ format: 'date', title: '截止日期' }), { maxItems: 60, title: '截止日期' })),
  }, { additionalProperties: false }), { maxItems: 50, title: '完成时限' }),
}, { additionalProperties: false })
export type DeadlinesInput = Static<typeof DeadlinesInput>
export type DeadlineKindName = keyof typeof DEADLINE_KINDS
