import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import type { EntitySummaryDto } from '../../../../shared/entities'
import { CATERING_GRADES, ENTITY_STATUS, entityTypeDef, OPEN_KITCHEN, RISK_GRADE_LABELS } from '../../../../shared/entity-catalogue'

/** A filtered register list as a tidy .xlsx: title row, header, one row per entity, labels not codes. */

const label = (labels: Record<string, string>, code: string | null, none = '') => (code === null ? none : labels[code] ?? code)
/** Dates as real Excel dates, so the sheet sorts and filters them as dates. */
const excelDate = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null)

const COLUMNS: { header: string; width: number; value: (r: EntitySummaryDto, i: number) => XL.CellValue; date?: boolean }[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '主体名称', width: 32, value: (r) => r.name },
  { header: '统一社会信用代码', width: 22, value: (r) => r.uscc ?? '' },
  { header: '主体类型', width: 18, value: (r) => r.typeLabel || (entityTypeDef(r.type)?.label ?? r.type) },
  { header: '乡镇（街道）', width: 14, value: (r) => r.townshipName },
  { header: '村（社区）', width: 14, value: (r) => r.regionName },
  { header: '地址', width: 36, value: (r) => r.address ?? '' },
  { header: '风险等级', width: 16, value: (r) => label(RISK_GRADE_LABELS, r.riskGrade, '未评定') },
  { header: '明厨亮灶', width: 16, value: (r) => label(OPEN_KITCHEN, r.openKitchen) },
  { header: '量化分级', width: 13, value: (r) => label(CATERING_GRADES, r.cateringGrade) },
  { header: '证照编号', width: 20, value: (r) => r.licenceNumber ?? '' },
  { header: '证照有效期至', width: 13, value: (r) => excelDate(r.licenceExpiresOn), date: true },
  { header: '上次检查日期', width: 13, value: (r) => excelDate(r.lastInspectedOn), date: true },
  { header: '经营状态', width: 10, value: (r) => label(ENTITY_STATUS, r.status) },
]

export async function buildEntityExport(rows: readonly EntitySummaryDto[], title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Shian'
  const sheet = book.addWorksheet('经营主体', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.columns = COLUMNS.map((c) => ({ width: c.width, style: c.date ? { numFmt: 'yyyy-mm-dd' } : {} }))

  const titleRow = sheet.getRow(1)
  titleRow.getCell(1).value = title
  titleRow.font = { bold: true, size: 14 }
  titleRow.height = 26
  sheet.mergeCells(1, 1, 1, COLUMNS.length)

  const header = sheet.getRow(2)
  COLUMNS.forEach((c, i) => { header.getCell(i + 1).value = c.header })
  header.font = { bold: true }
  header.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } })

  rows.forEach((r, i) => { sheet.addRow(COLUMNS.map((c) => c.value(r, i))) })
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: COLUMNS.length } }
  return Buffer.from(await book.xlsx.writeBuffer())
}
