import { SAMPLING_DEPARTMENTS, SAMPLING_LEVELS } from '../../../../shared/sampling-catalogue'
import type { PlanListQuery, PlanSummaryDto } from '../../../../shared/sampling-plans'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { buildTableWorkbook, xlsxName, type ExcelColumn } from '../../../platform/excel-table'
import { listPlans } from './service'

/** The 抽检计划 list of a year as .xlsx, with each plan's quota and progress (the page's list, same service call). */

const label = (labels: Record<string, string>, code: string) => labels[code] ?? code

const COLUMNS: ExcelColumn<PlanSummaryDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '计划名称', width: 40, value: (r) => r.name },
  { header: '年度', width: 7, value: (r) => r.year },
  { header: '级别', width: 8, value: (r) => label(SAMPLING_LEVELS, r.level) },
  { header: '部门', width: 10, value: (r) => label(SAMPLING_DEPARTMENTS, r.department) },
  { header: '批次/千人', width: 10, value: (r) => Number(r.batchesPerThousand) },
  { header: '任务（批次）', width: 12, value: (r) => r.quota },
  { header: '已抽（批次）', width: 12, value: (r) => r.done },
  { header: '进度（%）', width: 10, value: (r) => r.percent },
  { header: '状态', width: 8, value: (r) => (r.status === 'published' ? '已发布' : '草稿') },
]

export async function samplingPlansWorkbook(ctx: SignedInContext, query: PlanListQuery) {
  const { items: rows } = await listPlans(ctx, query)
  const today = todayOf(ctx)
  const year = query.year ? `${query.year}年` : ''
  return {
    buffer: await buildTableWorkbook({ sheetName: '抽检计划', title: `抽检计划${year ? `（${year}）` : ''}，${today} 导出`, columns: COLUMNS, rows }),
    fileName: xlsxName('抽检计划', year, today),
  }
}
