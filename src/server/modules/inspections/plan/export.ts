import { RISK_GRADE_LABELS, type RiskGrade } from '../../../../shared/entity-catalogue'
import { PLAN_RULE_TEXT, type CoverageDto, type CoverageExportQuery, type CoverageRowDto, type PlanItemDto, type WorkloadRowDto } from '../../../../shared/inspection-plan'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { buildTableWorkbook, excelDate, xlsxName, type ExcelColumn } from '../../../platform/excel-table'
import { getCoverage } from './service'

/** The filtered plan as .xlsx (one row per entity, the rule under the table), and each tab of 检查覆盖率 as its own table. */

const COLUMNS: ExcelColumn<PlanItemDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '主体名称', width: 32, value: (r) => r.name },
  { header: '主体类型', width: 18, value: (r) => r.typeLabel },
  { header: '乡镇（街道）', width: 14, value: (r) => r.townshipName },
  { header: '村（社区）', width: 14, value: (r) => r.regionName },
  { header: '风险等级', width: 16, value: (r) => (r.riskGrade ? RISK_GRADE_LABELS[r.riskGrade as RiskGrade] ?? r.riskGrade : '未评级') },
  { header: '应检次数', width: 10, value: (r) => r.required },
  { header: '已检次数', width: 10, value: (r) => r.done },
  { header: '尚需检查', width: 10, value: (r) => r.remaining },
  { header: '下次应检', width: 13, value: (r) => excelDate(r.nextDueOn), date: true },
  { header: '完成情况', width: 10, value: (r) => r.statusLabel },
  { header: '两年未检', width: 10, value: (r) => (r.coverageGap ? '是' : '') },
  { header: '上次检查', width: 13, value: (r) => excelDate(r.lastInspectedOn), date: true },
]

export const buildPlanExport = (plan: { year: number; asOf: string; items: readonly PlanItemDto[] }): Promise<Buffer> => buildTableWorkbook({
  sheetName: '年度检查计划', title: `${plan.year}年度监督检查计划完成情况（截至 ${plan.asOf}）`, columns: COLUMNS, rows: plan.items, notes: PLAN_RULE_TEXT,
})

const rateColumns = (first: string): ExcelColumn<CoverageRowDto>[] => [
  { header: first, width: 22, value: (r) => r.label },
  { header: '在业主体', width: 10, value: (r) => r.active },
  { header: '本年已检查', width: 11, value: (r) => r.inspected },
  { header: '覆盖率（%）', width: 12, value: (r) => r.rate },
]
const workColumns = (first: string): ExcelColumn<WorkloadRowDto>[] => [
  { header: first, width: 30, value: (r) => r.label },
  { header: '检查次数', width: 10, value: (r) => r.inspections },
  { header: '其中整改复查', width: 13, value: (r) => r.followUps },
  { header: '检查主体数', width: 11, value: (r) => r.entities },
]

/** The table a tab shows: rates end with the 合计 row, as on the page; a county groups by township, a township by village. */
function coverageTable(c: CoverageDto, by: string) {
  const byVillage = !c.regionCode.endsWith('000000')
  if (by === 'region' || by === 'type') {
    const first = by === 'type' ? '主体类型' : byVillage ? '村（社区）' : '乡镇'
    const rows = [...(by === 'type' ? c.byType : c.byRegion), { ...c.total, label: '合计' }]
    return { tab: by === 'type' ? '按业态' : `按${first}`, build: (title: string) => buildTableWorkbook({ sheetName: '检查覆盖率', title, columns: rateColumns(first), rows }) }
  }
  const first = by === 'unit' ? '检查单位' : '执法人员'
  return { tab: `按${first}`, build: (title: string) => buildTableWorkbook({ sheetName: '检查量', title, columns: workColumns(first), rows: by === 'unit' ? c.byUnit : c.byInspector }) }
}

export async function coverageWorkbook(ctx: SignedInContext, query: CoverageExportQuery) {
  const c = await getCoverage(ctx, query)
  const { tab, build } = coverageTable(c, query.by)
  const today = todayOf(ctx)
  return {
    buffer: await build(`${c.regionName}${c.year}年检查覆盖率（${tab}），${today} 导出`),
    fileName: xlsxName('检查覆盖率', c.regionName, `${c.year}年`, tab, today),
  }
}
