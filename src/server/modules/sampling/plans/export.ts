import { SAMPLING_DEPARTMENTS, SAMPLING_LEVELS } from '../../../../shared/sampling-catalogue'
import { Type, type Static } from 'typebox'
import { Uuid } from '../../../../shared/common'
import type { PlanDetailDto, PlanListQuery, PlanSummaryDto } from '../../../../shared/sampling-plans'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { buildTableWorkbook, xlsxName, type ExcelColumn } from '../../../platform/excel-table'
import { getPlan, listPlans } from './service'

/** The 抽检计划 list of a year, and one plan's category and township tables, as .xlsx (the page's own service calls). */

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

type Progress = { quota: number; done: number; percent: number | null }
type Category = PlanDetailDto['categories'][number]
type Township = PlanDetailDto['townships'][number]
const progressColumns: ExcelColumn<Progress>[] = [
  { header: '任务（批次）', width: 12, value: (r) => r.quota },
  { header: '已抽（批次）', width: 12, value: (r) => r.done },
  { header: '完成进度（%）', width: 13, value: (r) => r.percent },
]
const DETAIL_TABLES = {
  categories: {
    label: '分类别任务',
    columns: [{ header: '序号', width: 7, value: (_r, i) => i + 1 }, { header: '食品类别', width: 24, value: (r) => r.label }, ...progressColumns] as ExcelColumn<Category>[],
    rows: (p: PlanDetailDto) => p.categories,
  },
  townships: {
    label: '分乡镇（街道）任务',
    columns: [
      { header: '序号', width: 7, value: (_r, i) => i + 1 }, { header: '乡镇（街道）', width: 20, value: (r) => r.name }, { header: '人口', width: 12, value: (r) => r.population },
      ...progressColumns,
    ] as ExcelColumn<Township>[],
    rows: (p: PlanDetailDto) => p.townships,
  },
} as const

export const PlanTableParams = Type.Object({
  id: Uuid('抽检计划'), table: Type.Union(Object.keys(DETAIL_TABLES).map((k) => Type.Literal(k)), { title: '表格' }),
}, { additionalProperties: false })

/** One table of a plan's detail (getPlan: a township account gets its own township's row only, as on the page). */
export async function planTableWorkbook(ctx: SignedInContext, params: Static<typeof PlanTableParams>) {
  const plan = await getPlan(ctx, params.id)
  const def = DETAIL_TABLES[params.table as keyof typeof DETAIL_TABLES]
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({
      sheetName: def.label, title: `${plan.name}：${def.label}，${today} 导出`, columns: def.columns as ExcelColumn<unknown>[], rows: def.rows(plan),
      notes: [`${plan.method} 已抽 = 本年度内关联本计划的抽样批次（按抽样日期）。`],
    }),
    fileName: xlsxName(plan.name, def.label, today),
  }
}
