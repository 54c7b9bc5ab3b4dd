import { COLLECTIVES, COMPARATOR_LABELS, PLAN_STATUS_LABELS, type PlanDetailDto, type PlanSummaryDto, type TaskDto, type TaskUnitDto } from '../../../shared/work-plans'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { buildTableWorkbook, excelDate, excelDateTime, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { getPlanDetail, listPlans } from './service/plan-view'

/** 工作方案 list and a plan's 任务 tab as .xlsx, read through the pages' own service calls (drafts stay the office's). */

const years = (p: PlanSummaryDto) => (p.yearFrom === p.yearTo ? `${p.yearFrom}` : `${p.yearFrom}—${p.yearTo}`)

const PLAN_COLUMNS: ExcelColumn<PlanSummaryDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '标题', width: 48, value: (r) => r.title },
  { header: '发文单位', width: 24, value: (r) => r.issuer },
  { header: '年度', width: 12, value: (r) => years(r) },
  { header: '状态', width: 14, value: (r) => PLAN_STATUS_LABELS[r.status] ?? r.status },
  { header: '任务数', width: 8, value: (r) => r.taskCount },
  { header: '源文件', width: 32, value: (r) => r.sourceFileName },
  { header: '导入时间', width: 20, value: (r) => excelDateTime(r.createdAt), dateTime: true },
  { header: '发布时间', width: 20, value: (r) => excelDateTime(r.publishedAt), dateTime: true },
]

export async function plansWorkbook(ctx: SignedInContext) {
  const rows = await listPlans(ctx)
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({ sheetName: '工作方案', title: `工作方案，${today} 导出`, columns: PLAN_COLUMNS, rows }),
    fileName: xlsxName('工作方案', today),
  }
}

/** A task unit as the plan now reads it: the member unit, a collective, or the unresolved name (the page's unitLabel). */
const unitLabel = (u: TaskUnitDto) => u.unitName ?? (u.collective ? COLLECTIVES[u.collective as keyof typeof COLLECTIVES] ?? u.collective : u.nameAsWritten)
const units = (t: TaskDto, role: 'lead' | 'cooperating') =>
  t.units.filter((u) => (role === 'lead' ? u.role === 'lead' : u.role !== 'lead') && u.collective !== 'none').map(unitLabel).join('、')
const goal = (g: TaskDto['targets'][number]) => `${g.metric}${COMPARATOR_LABELS[g.comparator] ?? g.comparator}${Number(g.value.toFixed(4))}${g.unit}`

function taskColumns(plan: PlanDetailDto): ExcelColumn<TaskDto>[] {
  const dates = (t: TaskDto) => [...new Set([...t.deadlines, ...plan.generalDeadlines].flatMap((d) => d.dueDates.map((x) => x.dueOn)))].sort()
  return [
    { header: '编号', width: 8, value: (r) => r.number },
    { header: '任务', width: 48, value: (r) => r.title },
    { header: '牵头单位', width: 30, value: (r) => units(r, 'lead') },
    { header: '配合单位', width: 36, value: (r) => units(r, 'cooperating') },
    { header: '量化指标', width: 40, value: (r) => r.targets.map(goal).join('；') },
    { header: '最早截止日期', width: 13, value: (r) => excelDate(dates(r)[0] ?? null), date: true },
    { header: '全部截止日期', width: 40, value: (r) => dates(r).join('、') },
    { header: '完成时限（原文）', width: 30, value: (r) => r.deadlines.map((d) => d.text).join('；') },
  ]
}

export async function planTasksWorkbook(ctx: SignedInContext, planId: string) {
  const plan = await getPlanDetail(ctx, planId)
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({ sheetName: '任务', title: `${plan.title}：任务分解，${today} 导出`, columns: taskColumns(plan), rows: plan.tasks }),
    fileName: xlsxName('任务', plan.title, today),
  }
}
