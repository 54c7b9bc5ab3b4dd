import { Readable } from 'node:stream'
import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import { MAX_ROWS, SHEET_NAME } from './columns'
import { scanSheetRows, type ScannedRow, type SheetContext } from './sheet-xml'

export type WorkbookErrorCode = 'not_xlsx' | 'xls' | 'encrypted' | 'corrupt' | 'no_sheet' | 'no_header' | 'missing_columns' | 'duplicate_column' | 'too_many_rows'

/** A file that cannot be imported at all; `message` is Chinese and shown to the user as is. */
export class WorkbookError extends Error {
  constructor(readonly code: WorkbookErrorCode, message: string) {
    super(message)
    this.name = 'WorkbookError'
  }
}

/** The reader could not make sense of the zip or its XML; `cause` keeps its own error for the log. */
const unreadable = (cause: unknown) => Object.assign(new WorkbookError('corrupt', '文件已损坏或不是有效的 Excel 工作簿（.xlsx），无法读取'), { cause })
const NO_SHEETS = '文件不是有效的 Excel 工作簿（.xlsx）：其中没有工作表'

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
// An encrypted .xlsx is an OLE container holding these streams (MS-OFFCRYPTO); names are UTF-16LE.
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le')

/** Refuses what is not an .xlsx before the zip reader sees it, with a message saying what it is. */
export function sniffWorkbook(buffer: Buffer): void {
  if (buffer.length >= 4 && buffer.subarray(0, 4).equals(ZIP)) return
  if (buffer.length >= 8 && buffer.subarray(0, 8).equals(OLE)) {
    if (buffer.includes(ENCRYPTED_STREAM)) throw new WorkbookError('encrypted', '文件设置了打开密码（已加密），请在 Excel 中取消密码后重新上传')
    throw new WorkbookError('xls', '这是旧版 Excel 文件（.xls），请在 Excel 中另存为「Excel 工作簿（.xlsx）」后重新上传')
  }
  throw new WorkbookError('not_xlsx', buffer.length === 0 ? '文件是空的' : '文件不是 Excel 工作簿（.xlsx），请使用导入模板填写后上传')
}

export type RowValues = readonly unknown[]
export interface RowSink {
  /** Called once, before the rows, with the sheet being read. */
  start(sheetName: string, isNamed: boolean): void
  row(rowNumber: number, values: RowValues): void
}

interface SheetEntry { name: string; state?: string }
/** What exceljs 4.4's WorkbookReader keeps after reading workbook.xml, sharedStrings.xml and styles.xml. */
interface ReaderInternals {
  model?: { sheets?: SheetEntry[] }
  sharedStrings?: unknown[]
  styles?: { getStyleModel?(id: number): { numFmt?: string } | null }
  properties?: { model?: { date1904?: boolean } }
}
type SheetReader = AsyncIterable<XL.Row> & { name: string; iterator?: AsyncIterable<Buffer> }

// exceljs's own test for a date format: date letters outside quotes and [..] sections.
const FMT_NOISE = /\[[^\]]*]|"[^"]*"/g
const DATE_LETTERS = /[ymdhMsb]/

function sheetContext(reader: ReaderInternals): SheetContext {
  const dateStyles = new Map<number, boolean>()
  return {
    sharedStrings: reader.sharedStrings ?? [],
    date1904: reader.properties?.model?.date1904 === true,
    isDateStyle(id) {
      let yes = dateStyles.get(id)
      if (yes === undefined) {
        const fmt = id ? reader.styles?.getStyleModel?.(id)?.numFmt : undefined
        yes = !!fmt && DATE_LETTERS.test(fmt.replace(FMT_NOISE, ''))
        dateStyles.set(id, yes)
      }
      return yes
    },
  }
}

/** The sheet's rows: from its raw XML when exceljs exposes it (fast), else through exceljs's row objects. */
async function* rowsOf(sheet: SheetReader, reader: ReaderInternals): AsyncGenerator<ScannedRow> {
  if (sheet.iterator) {
    yield* scanSheetRows(sheet.iterator, sheetContext(reader))
    return
  }
  for await (const row of sheet) yield { number: row.number, values: row.values as unknown[] }
}

/**
 * Streams the register sheet's rows to `sink` (row.values: 1-based, sparse, exceljs cell values).
 * The sheet is 「经营主体」 or, when the workbook has none, its first sheet; the first sheet's rows are
 * held until the end because 「经营主体」 may still come later in the zip. exceljs's stream reader
 * unzips and reads shared strings and styles (cached so date-formatted cells arrive as dates); the
 * rows themselves are read by sheet-xml.ts, several times faster than exceljs's per-cell objects.
 */
export async function streamRegisterSheet(buffer: Buffer, sink: RowSink): Promise<void> {
  sniffWorkbook(buffer)
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  })
  // Errors from the sink (too many rows, a wrong header, a bug) pass through; only the reader's are "corrupt".
  let sinkError: unknown = null
  const deliver = (fn: () => void) => {
    try { fn() } catch (e) { sinkError = e; throw e }
  }
  let named = false
  let first: { name: string; rows: [number, RowValues][]; overflow: boolean } | null = null
  let sheets = 0
  try {
    const internals = reader as unknown as ReaderInternals
    for await (const worksheet of reader) {
      sheets++
      const sheet = worksheet as unknown as SheetReader
      const name = sheet.name
      const order = internals.model?.sheets ?? []
      const isFirst = order.length ? order[0].name === name : sheets === 1
      if (name.trim() === SHEET_NAME && !named) {
        named = true
        deliver(() => sink.start(name, true))
        for await (const row of rowsOf(sheet, internals)) deliver(() => sink.row(row.number, row.values))
      } else if (isFirst && !first) {
        first = { name, rows: [], overflow: false }
        for await (const row of rowsOf(sheet, internals)) {
          if (row.values.length === 0) continue
          // Header rows and a few blank ones on top of the limit; beyond that the file is refused anyway.
          if (first.rows.length > MAX_ROWS + 20) first.overflow = true
          else first.rows.push([row.number, row.values])
        }
      } else {
        for await (const _row of sheet.iterator ?? sheet) { /* drain: the zip is read in order */ }
      }
    }
  } catch (e) {
    if (e instanceof WorkbookError || e === sinkError) throw e
    throw unreadable(e)
  }
  if (named) return
  if (!first) {
    throw new WorkbookError(sheets ? 'no_sheet' : 'corrupt', sheets ? `未找到「${SHEET_NAME}」工作表` : NO_SHEETS)
  }
  if (first.overflow) throw new WorkbookError('too_many_rows', `数据超过 ${MAX_ROWS.toLocaleString('en-US')} 行，请分成多个文件导入`)
  sink.start(first.name, false)
  for (const [n, values] of first.rows) sink.row(n, values)
}

/**
 * The same rows through exceljs's whole-workbook reader (slower, no temporary files): the fallback when
 * the stream reader fails. Throws 'corrupt' when this fails too.
 */
export async function loadRegisterSheet(buffer: Buffer, sink: RowSink): Promise<void> {
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(buffer as unknown as XL.Buffer)
  } catch (e) {
    throw unreadable(e)
  }
  const sheet = book.worksheets.find((w) => w.name.trim() === SHEET_NAME) ?? book.worksheets[0]
  if (!sheet) throw new WorkbookError('corrupt', NO_SHEETS)
  sink.start(sheet.name, sheet.name.trim() === SHEET_NAME)
  sheet.eachRow((row, n) => sink.row(n, row.values as RowValues))
}
