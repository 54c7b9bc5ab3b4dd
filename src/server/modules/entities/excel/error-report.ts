import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import { flatten } from './cell-values'
import { COLUMNS, ERROR_COLUMN, normaliseHeader, SHEET_NAME } from './columns'
import { addDropdowns } from './dropdowns'
import { matchHeader, type HeaderMap, type RowError } from './read-rows'
import { streamRegisterSheet, type RowValues } from './workbook-rows'

/**
 * The uploaded workbook handed back with its mistakes marked: a 「错误说明」 column (last, so no
 * formula, merge or validation of the original has to move), the wrong rows and cells in red, and an
 * 「错误汇总」 sheet. The user corrects this file and uploads it again; the reader ignores 错误说明.
 */

const SUMMARY_SHEET = '错误汇总'
const ROW_ARGB = 'FFFDE9E7'
const CELL_ARGB = 'FFF4A6A0'
const fill = (argb: string): XL.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } })
const HEADER_SEARCH_ROWS = 10

/** Cells loaded from a file share one style object per style id: replace it, never mutate it. */
const setFill = (cell: XL.Cell, f: XL.Fill | undefined) => { cell.style = { ...cell.style, fill: f } }
const ourFill = (cell: XL.Cell) => {
  const f = cell.style?.fill
  return f?.type === 'pattern' && (f.fgColor?.argb === ROW_ARGB || f.fgColor?.argb === CELL_ARGB)
}

async function loadOriginal(original: Buffer): Promise<{ book: XL.Workbook; sheet: XL.Worksheet }> {
  try {
    const book = new ExcelJS.Workbook()
    // Validations are dropped on load and re-added by range: exceljs expands each range into one entry
    // per cell, which for a template's 20,000-row dropdowns makes loading and saving take seconds.
    await book.xlsx.load(original as unknown as XL.Buffer, { ignoreNodes: ['dataValidations'] })
    const sheet = book.getWorksheet(SHEET_NAME) ?? book.worksheets[0]
    if (sheet) return { book, sheet }
  } catch {
    // fall through: rebuild from the values the reader saw
  }
  return rebuildFromValues(original)
}

/**
 * When exceljs cannot load the file as a whole, the sheet is rebuilt from the cell values the reader
 * saw, at the same row numbers and columns (formatting is lost). Exported for its test.
 */
export async function rebuildFromValues(original: Buffer): Promise<{ book: XL.Workbook; sheet: XL.Worksheet }> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(SHEET_NAME)
  await streamRegisterSheet(original, {
    start() {},
    row(n: number, values: RowValues) {
      const row = sheet.getRow(n)
      for (let col = 1; col < values.length; col++) {
        const f = flatten(values[col])
        row.getCell(col).value = f !== null && typeof f === 'object' && !(f instanceof Date) ? f.error : f
      }
    },
  })
  return { book, sheet }
}

function findHeader(sheet: XL.Worksheet): HeaderMap | null {
  for (let n = 1; n <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); n++) {
    try {
      const map = matchHeader(n, sheet.getRow(n).values as RowValues)
      if (map) return map
    } catch {
      return null
    }
  }
  return null
}

/** The 错误说明 column: reused (and cleared, with our old fills) when the file is an earlier report. */
function errorColumn(sheet: XL.Worksheet, headerRow: number): number {
  const header = sheet.getRow(headerRow)
  let existing = 0
  header.eachCell((cell, col) => {
    if (typeof cell.value === 'string' && normaliseHeader(cell.value) === ERROR_COLUMN) existing = col
  })
  if (!existing) return Math.max(sheet.columnCount, header.cellCount) + 1
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n)
    row.getCell(existing).value = null
    row.eachCell((cell) => { if (ourFill(cell)) setFill(cell, undefined) })
  }
  return existing
}

export async function buildErrorReport(original: Buffer, errors: readonly RowError[]): Promise<Buffer> {
  const { book, sheet } = await loadOriginal(original)
  const map = findHeader(sheet)
  const headerRow = map?.rowNumber ?? 1
  const errorCol = errorColumn(sheet, headerRow)
  const lastCol = errorCol - 1

  const head = sheet.getCell(headerRow, errorCol)
  head.value = ERROR_COLUMN
  head.style = { font: { bold: true, color: { argb: 'FFC00000' } }, fill: fill(CELL_ARGB), alignment: { vertical: 'middle', horizontal: 'center' } }
  sheet.getColumn(errorCol).width = 60

  const columnOfHeader = new Map(COLUMNS.map((c, i) => [c.header as string, map?.columns[i] ?? 0]))
  const byRow = new Map<number, RowError[]>()
  for (const e of errors) {
    const list = byRow.get(e.rowNumber)
    if (list) list.push(e)
    else byRow.set(e.rowNumber, [e])
  }
  for (const [n, rowErrors] of byRow) {
    const row = sheet.getRow(n)
    for (let col = 1; col <= lastCol; col++) setFill(row.getCell(col), fill(ROW_ARGB))
    for (const e of rowErrors) {
      const col = columnOfHeader.get(e.column)
      if (col) setFill(row.getCell(col), fill(CELL_ARGB))
    }
    const cell = row.getCell(errorCol)
    cell.value = rowErrors.map((e) => `${e.column}：${e.message}`).join('；')
    cell.style = { font: { color: { argb: 'FFC00000' } }, fill: fill(ROW_ARGB), alignment: { wrapText: true, vertical: 'top' } }
  }

  if (map) addDropdowns(book, sheet, headerRow, (i) => map.columns[i])
  const old = book.getWorksheet(SUMMARY_SHEET)
  if (old) book.removeWorksheet(old.id)
  const summary = book.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  summary.columns = [{ header: '行号', width: 8 }, { header: '列', width: 24 }, { header: '说明', width: 80 }]
  summary.getRow(1).font = { bold: true }
  const sorted = [...errors].sort((a, b) => a.rowNumber - b.rowNumber)
  for (const e of sorted) summary.addRow([e.rowNumber, e.column, e.message])
  return Buffer.from(await book.xlsx.writeBuffer())
}
