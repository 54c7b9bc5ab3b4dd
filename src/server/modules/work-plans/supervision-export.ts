import { NOTICE_STATUS_LABELS, type NoticeDto, type OverdueItemDto } from '../../../shared/supervision'
import { SLOT_STATUS_LABELS } from '../../../shared/work-plan-reports'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { buildTableWorkbook, excelDate, excelDateTime, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { loadPlan } from './service/plan-view'
import { listNotices, overdueItems } from './service/supervision'

/** A plan's 逾期未报 table and the 督办通知 list as .xlsx, through the pages' own service calls (a unit sees its own). */

const OVERDUE_COLUMNS: ExcelColumn<OverdueItemDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '任务编号', width: 9, value: (r) => r.taskNumber },
  { header: '任务', width: 44, value: (r) => r.taskTitle },
  { header: '牵头单位', width: 28, value: (r) => r.unitName },
  { header: '报送期次', width: 16, value: (r) => r.periodLabel },
  { header: '应报日期', width: 12, value: (r) => excelDate(r.dueOn), date: true },
  { header: '逾期天数', width: 9, value: (r) => r.daysOverdue },
  { header: '状态', width: 12, value: (r) => SLOT_STATUS_LABELS[r.status] ?? r.status },
  { header: '督办', width: 9, value: (r) => (r.noticeId ? '已督办' : '未督办') },
]

export async function overdueWorkbook(ctx: SignedInContext, planId: string) {
  const [plan, rows] = await Promise.all([loadPlan(ctx, planId), overdueItems(ctx, planId)])
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({ sheetName: '逾期未报', title: `${plan.title}：逾期未报，${today} 导出`, columns: OVERDUE_COLUMNS, rows }),
    fileName: xlsxName('逾期未报', plan.title, today),
  }
}

const NOTICE_COLUMNS: ExcelColumn<NoticeDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '文号', width: 22, value: (r) => r.documentNumber },
  { header: '方案', width: 36, value: (r) => r.planTitle },
  { header: '任务', width: 44, value: (r) => `${r.taskNumber} ${r.taskTitle}` },
  { header: '被督办单位', width: 28, value: (r) => r.unitName },
  { header: '报送期次', width: 16, value: (r) => r.periodLabel },
  { header: '督办事由', width: 40, value: (r) => r.reason },
  { header: '下发时间', width: 20, value: (r) => excelDateTime(r.issuedAt), dateTime: true },
  { header: '回复期限', width: 12, value: (r) => excelDate(r.replyDeadline), date: true },
  { header: '状态', width: 12, value: (r) => NOTICE_STATUS_LABELS[r.status] ?? r.status },
  { header: '回复时间', width: 20, value: (r) => excelDateTime(r.repliedAt), dateTime: true },
  { header: '按时回复', width: 9, value: (r) => (r.repliedOnTime === null ? null : r.repliedOnTime ? '是' : '否') },
  { header: '回复内容', width: 40, value: (r) => r.replyText },
]

export async function noticesWorkbook(ctx: SignedInContext, planId?: string) {
  const [plan, rows] = await Promise.all([planId ? loadPlan(ctx, planId) : undefined, listNotices(ctx, planId)])
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({ sheetName: '督办通知', title: `${plan ? `${plan.title}：` : ''}督办通知，${today} 导出`, columns: NOTICE_COLUMNS, rows }),
    fileName: xlsxName('督办通知', plan?.title ?? '', today),
  }
}
