import ExcelJS from '../../../../platform/exceljs'
import { NOTES, RESULT_COLUMNS, SHEET_NAME } from './columns'

/** The import template: the results sheet with its header only, and the notes with an example on a second sheet. */
export async function buildResultsTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(SHEET_NAME)
  sheet.columns = RESULT_COLUMNS.map((c) => ({ header: c.required ? `＊${c.header}` : c.header, key: c.key, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const notes = book.addWorksheet('填写说明')
  notes.getColumn(1).width = 120
  notes.addRow(['填写说明']).font = { bold: true }
  for (const n of NOTES) notes.addRow([n])
  notes.addRow([])
  notes.addRow(['示例（请勿粘贴到“检验结果”表）：']).font = { bold: true }
  notes.addRow(['XP-2026-0001 | BG2026-001 | 2026-03-20 | 毒死蜱（韭菜） | 0.05 | mg/kg'])
  notes.addRow(['XP-2026-0001 | BG2026-001 | 2026-03-20 | 镉（叶菜蔬菜；芹菜） | 未检出 | mg/kg'])
  notes.addRow(['XP-2026-0002 | BG2026-002 | 2026-03-21 | 某项目 | 0.3 | mg/kg | | ≤0.5 | GB 2763-2021'])
  return Buffer.from(await book.xlsx.writeBuffer())
}
