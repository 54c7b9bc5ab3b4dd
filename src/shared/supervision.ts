import { Type, type Static } from 'typebox'
import { Nullable } from './common'


export const NOTICE_STATUS_LABELS: Record<string, string> = { open: '待回复', overdue: '逾期未回复', replied: '已回复' }

export const OverdueItemDto = Type.Object({
  taskId: Type.String(), taskNumber: Type.String(), taskTitle: Type.String(), unitId: Type.String(), unitName: Type.String(),
  dueDateId: Type.String(), dueOn: Type.String(), periodLabel: Type.String(), daysOverdue: Type.Integer(), status: Type.String(),
  noticeId: Nullable(Type.String()),
})
export type OverdueItemDto = Static<typeof OverdueItemDto>

export const NoticeDto = Type.Object({
  id: Type.String(), planId: Type.String(), planTitle: Type.String(), documentNumber: Type.String(), taskId: Type.String(), taskNumber: Type.String(),
  taskTitle: Type.String(), unitId: Type.String(), unitName: Type.String(), periodLabel: Nullable(Type.String()), dueOn: Nullable(Type.String()),
  reason: Type.String(), replyDeadline: Type.String(), issuedAt: Type.String(), status: Type.String(),
  replyText: Nullable(Type.String()), repliedAt: Nullable(Type.String()), repliedOnTime: Nullable(Type.Boolean()),
})
export type NoticeDto = Static<typeof NoticeDto>

export const IssueNoticeInput = Type.Object({
  taskId: Type.String({ format: 'uuid', title: '任务' }),
  unitId: Type.String({ format: 'uuid', title: '被督办单位' }),
  dueDateId: Type.Optional(Nullable(Type.String({ format: 'uuid', title: '报送期次' }))),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, title: '督办事由' })),
  replyDeadline: Type.Optional(Type.String({ format: 'date', title: '回复期限' })),
}, { additionalProperties: false })
export type IssueNoticeInput = Static<typeof IssueNoticeInput>

export const ReplyInput = Type.Object({ text: Type.String({ minLength: 1, maxLength: 10000, title: '回复内容' }) }, { additionalProperties: false })
