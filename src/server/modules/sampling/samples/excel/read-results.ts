import ExcelJS from '../../../../platform/exceljs'
import { MAX_ROWS, RESULT_COLUMNS, SHEET_NAME, type ResultColumn } from './columns'

/**
 * Reads the results sheet into raw text per column (the service checks the content against the samples and
 * the catalogue). Only the shape is judged here: header, dates and numbers as they were typed.
 */
export interface RawResultRow { rowNumber: number; cells: Record<ResultColumn, string | null> }
export interface SheetError { rowNumber: number; column: string; message: string }

export class WorkbookError extends Error {}

const normalise = (s: string) => s.replace(/[＊*\s]/g, '')
const HEADER_INDEX = new Map<string, ResultColumn>(RESULT_COLUMNS.map((c) => [normalise(c.header), c.key]))
const isoDate = (d: Date) => d.toISOString().slice(0, 10)

function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoDate(v)
  if (typeof v === 'number') return Number.isFinite(v) ? numberText(v) : null
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  const o = v as Record<string, unknown>
  if (Array.isArray(o.richText)) return textOf((o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''))
  if ('result' in o) return textOf(o.result)
  if ('text' in o) return textOf(o.text)
  return null
}

/** A number as a decimal string without exponent (Excel stores 0.00005 as 5e-5). */
function numberText(n: number): string {
  const s = String(n)
  if (!/e/i.test(s)) return s
  return n.toFixed(10).replace(/0+$/, '').replace(/\.$/, '')
}

export async function readResultRows(buffer: Buffer): Promise<RawResultRow[]> {
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(buffer as unknown as ArrayBuffer)
  } catch {
    throw new WorkbookError('导入文件：不是有效的 Excel（.xlsx）文件，请用模板填写后上传')
  }
  const sheet = book.getWorksheet(SHEET_NAME) ?? book.worksheets[0]
  if (!sheet) throw new WorkbookError('导入文件：文件中没有工作表')
  let header: Map<number, ResultColumn> | null = null
  let headerRow = 0
  for (let r = 1; r <= Math.min(10, sheet.rowCount) && !header; r++) {
    const found = new Map<number, ResultColumn>()
    sheet.getRow(r).eachCell((cell, col) => {
      const key = HEADER_INDEX.get(normalise(textOf(cell.value) ?? ''))
      if (key) found.set(col, key)
    })
    if ([...found.values()].includes('sampleNumber')) { header = found; headerRow = r }
  }
  if (!header) throw new WorkbookError(`导入文件：前 10 行中找不到表头（应有「${RESULT_COLUMNS[0].header}」等列），请用模板填写`)
  const present = new Set(header.values())
  const missing = RESULT_COLUMNS.filter((c) => c.required && !present.has(c.key)).map((c) => c.header)
  if (missing.length) throw new WorkbookError(`导入文件：表头缺少必需的列：${missing.join('、')}`)
  const rows: RawResultRow[] = []
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const cells = Object.fromEntries(RESULT_COLUMNS.map((c) => [c.key, null])) as RawResultRow['cells']
    for (const [col, key] of header) cells[key] = textOf(row.getCell(col).value)
    if (Object.values(cells).every((v) => v === null)) continue
    rows.push({ rowNumber: r, cells })
    if (rows.length > MAX_ROWS) throw new WorkbookError(`导入文件：一次最多导入 ${MAX_ROWS} 行，请分批上传`)
  }
  if (!rows.length) throw new WorkbookError('导入文件：没有数据行')
  return rows
}
