import type * as XL from 'exceljs'
import ExcelJS from './exceljs'
import { badRequest } from './errors'

/**
 * A list as a tidy .xlsx, the one layout every export uses: a title row across the table, a frozen, shaded
 * header with a filter, one row per record with labels (not codes) and real Excel dates, optional notes under it.
 */

export interface ExcelColumn<T> {
  header: string
  width: number
  value: (row: T, index: number) => XL.CellValue
  /** The value is a Date (see excelDate) and is shown as yyyy-mm-dd. */
  date?: boolean
  /** The value is a Date (see excelDateTime) and is shown as yyyy-mm-dd hh:mm:ss. */
  dateTime?: boolean
}

/** A YYYY-MM-DD string (or the date part of a timestamp) as an Excel date, so the sheet sorts and filters it as one. */
export const excelDate = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null)

/** A timestamp as an Excel date-time showing Beijing time: Excel has no zones, so the cell holds the wall-clock time (UTC+8, no DST). */
export const excelDateTime = (iso: string | null) => (iso ? new Date(Date.parse(iso) + 8 * 3600_000) : null)

export async function buildTableWorkbook<T>(table: {
  sheetName: string; title: string; columns: readonly ExcelColumn<T>[]; rows: readonly T[]; notes?: readonly string[]
}): Promise<Buffer> {
  const { columns, rows } = table
  const book = new ExcelJS.Workbook()
  book.creator = 'Shian'
  const sheet = book.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.date ? { numFmt: 'yyyy-mm-dd' } : c.dateTime ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : {} }))

  const title = sheet.getRow(1)
  title.getCell(1).value = table.title
  title.font = { bold: true, size: 14 }
  title.height = 26
  sheet.mergeCells(1, 1, 1, columns.length)

  const header = sheet.getRow(2)
  columns.forEach((c, i) => { header.getCell(i + 1).value = c.header })
  header.font = { bold: true }
  header.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } })

  rows.forEach((r, i) => { sheet.addRow(columns.map((c) => c.value(r, i))) })
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: columns.length } }
  if (table.notes?.length) {
    sheet.addRow([])
    for (const line of table.notes) sheet.addRow([line]).font = { color: { argb: 'FF666666' } }
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Beyond this an export is refused: a sheet that size is unreadable, and building it would hold the server for long. */
export const EXPORT_ROW_LIMIT = 100_000

/**
 * Every row of a paged list, read page by page through the same service call the page uses (so scope, filters
 * and order are the page's own). Refuses, naming the count, when the list is longer than the export limit.
 */
export async function allPages<T>(read: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>, pageSize = 2000): Promise<T[]> {
  const out: T[] = []
  for (let page = 1; ; page++) {
    const { items, total } = await read(page, pageSize)
    if (total > EXPORT_ROW_LIMIT) throw badRequest(`导出：共 ${total} 条，超过 ${EXPORT_ROW_LIMIT} 条的上限，请缩小筛选范围`)
    out.push(...items)
    if (items.length < pageSize || out.length >= total) return out
  }
}

/** A download name from its parts (what, where, when): 指标_柏城街道_2026年.xlsx, with no character a file system refuses. */
export const xlsxName = (...parts: string[]) => `${parts.filter(Boolean).join('_').replace(/[\\/:*?"<>|\s]+/g, '')}.xlsx`
