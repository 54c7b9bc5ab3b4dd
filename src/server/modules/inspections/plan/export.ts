import { buildTableWorkbook, excelDate, type ExcelColumn } from '../../../platform/excel-table'
import { RISK_GRADE_LABELS, type RiskGrade } from '../../../../shared/entity-catalogue'
import { PLAN_RULE_TEXT, type PlanItemDto } from '../../../../shared/inspection-plan'

/** The filtered plan as .xlsx: title, header, one row per entity, labels not codes, the rule under the table. */

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
