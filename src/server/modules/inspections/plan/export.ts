import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import { RISK_GRADE_LABELS, type RiskGrade } from '../../../../shared/entity-catalogue'
import { PLAN_RULE_TEXT, type PlanItemDto } from '../../../../shared/inspection-plan'

/** The filtered plan as .xlsx: title, header, one row per entity, labels not codes, the rule under the table. */

const excelDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)

const COLUMNS: { header: string; width: number; value: (r: PlanItemDto, i: number) => XL.CellValue; date?: boolean }[] = [
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

export async function buildPlanExport(plan: { year: number; asOf: string; items: readonly PlanItemDto[] }): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Shian'
  const sheet = book.addWorksheet('年度检查计划', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.columns = COLUMNS.map((c) => ({ width: c.width, style: c.date ? { numFmt: 'yyyy-mm-dd' } : {} }))

  const title = sheet.getRow(1)
  title.getCell(1).value = `${plan.year}年度监督检查计划完成情况（截至 ${plan.asOf}）`
  title.font = { bold: true, size: 14 }
  title.height = 26
  sheet.mergeCells(1, 1, 1, COLUMNS.length)

  const header = sheet.getRow(2)
  COLUMNS.forEach((c, i) => { header.getCell(i + 1).value = c.header })
  header.font = { bold: true }
  header.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } })

  plan.items.forEach((r, i) => { sheet.addRow(COLUMNS.map((c) => c.value(r, i))) })
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + plan.items.length, column: COLUMNS.length } }
  sheet.addRow([])
  for (const line of PLAN_RULE_TEXT) sheet.addRow([line]).font = { color: { argb: 'FF666666' } }
  return Buffer.from(await book.xlsx.writeBuffer())
}
