import { Type, type Static } from 'typebox'
import { Nullable } from './common'

/** Working a published plan: my tasks, progress reports, reviews. */

export const REPORT_STATUS_LABELS: Record<string, string> = { submitted: '待审核', accepted: '已通过', returned: '已退回' }
/** Where a unit stands on one due date of one task. */
export const SLOT_STATUS_LABELS: Record<string, string> = {
  upcoming: '未到期', due_soon: '即将到期', overdue: '逾期未报', submitted: '已报送', accepted: '已通过', returned: '已退回',
}

export const EvidenceDto = Type.Object({ id: Type.String(), fileName: Type.String(), mimeType: Type.String(), size: Type.Integer() })
export const ReportDto = Type.Object({
  id: Type.String(), taskId: Type.String(), unitId: Type.String(), unitName: Type.String(), role: Type.String(),
  dueDateId: Nullable(Type.String()), periodLabel: Nullable(Type.String()), dueOn: Nullable(Type.String()),
  text: Type.String(), status: Type.String(), onTime: Type.Boolean(), submittedAt: Type.String(), submittedBy: Type.String(),
  reviewedAt: Nullable(Type.String()), reviewComment: Nullable(Type.String()),
  figures: Type.Array(Type.Object({ targetId: Type.String(), value: Type.Number(), note: Nullable(Type.String()) })),
  evidence: Type.Array(EvidenceDto),
})
export type ReportDto = Static<typeof ReportDto>

export const SlotDto = Type.Object({
  dueDateId: Type.String(), dueOn: Type.String(), periodLabel: Type.String(), requiredCount: Nullable(Type.Integer()),
  status: Type.String(), reportId: Nullable(Type.String()),
})
export const MyTaskDto = Type.Object({
  planId: Type.String(), planTitle: Type.String(), taskId: Type.String(), number: Type.String(), title: Type.String(), role: Type.String(),
  leadUnits: Type.Array(Type.String()),
  targets: Type.Array(Type.Object({ id: Type.String(), text: Type.String(), metric: Type.String(), comparator: Type.String(), value: Type.Number(), unit: Type.String(), latestValue: Nullable(Type.Number()) })),
  slots: Type.Array(SlotDto),
  nextDueOn: Nullable(Type.String()),
  overdueCount: Type.Integer(),
})
export type MyTaskDto = Static<typeof MyTaskDto>
export type SlotDto = Static<typeof SlotDto>

export const ReportInput = Type.Object({
  dueDateId: Type.Optional(Nullable(Type.String({ format: 'uuid', title: '报送期次' }))),
  text: Type.String({ minLength: 1, maxLength: 20000, title: '进展情况' }),
  figures: Type.Optional(Type.Array(Type.Object({
    targetId: Type.String({ format: 'uuid', title: '指标' }),
    value: Type.Number({ minimum: -1e12, maximum: 1e12, title: '完成值' }),
    note: Type.Optional(Nullable(Type.String({ maxLength: 200, title: '说明' }))),
  }, { additionalProperties: false }), { maxItems: 100, title: '指标完成情况' })),
  evidence: Type.Optional(Type.Array(Type.Object({
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$', title: '材料' }),
    fileName: Type.String({ minLength: 1, maxLength: 200, title: '文件名' }),
  }, { additionalProperties: false }), { maxItems: 20, title: '证明材料' })),
}, { additionalProperties: false })
export type ReportInput = Static<typeof ReportInput>

export const ReviewInput = Type.Object({
  decision: Type.Union([Type.Literal('accept'), Type.Literal('return')], { title: '审核结果' }),
  comment: Type.Optional(Type.String({ maxLength: 2000, title: '审核意见' })),
}, { additionalProperties: false })
export type ReviewInput = Static<typeof ReviewInput>

export const StoredFileDto = Type.Object({ sha256: Type.String(), fileName: Type.String(), mimeType: Type.String(), size: Type.Integer() })
