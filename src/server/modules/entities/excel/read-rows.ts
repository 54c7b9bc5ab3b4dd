import type { EntitySeed } from '../seed-types'
import { flatten, isBlank, textOf, type Flat } from './cell-values'
import { COLUMN_INDEX, COLUMNS, EXAMPLE_MARK, HEADER_KEYS, MAX_ROWS, normaliseHeader, type ColumnKey } from './columns'
import { checkRow, PROGRESS_EVERY, type RegionLookup, type RowContext } from './row-check'
import { loadRegisterSheet, streamRegisterSheet, WorkbookError, type RowValues } from './workbook-rows'

export { WorkbookError, type WorkbookErrorCode } from './workbook-rows'
export type { RegionLookup } from './row-check'

export interface RowError {
  /** As Excel shows it. */
  rowNumber: number
  /** Canonical Chinese header, without ＊. */
  column: string
  /** Chinese, without the 「第 n 行「列」：」 prefix (the caller formats). */
  message: string
}

export interface ReadResult {
  /** Rows without any error, in sheet order. The import is all-or-nothing: write them only when `errors` is empty. */
  rows: { rowNumber: number; seed: EntitySeed }[]
  errors: RowError[]
  /** Data rows read (empty rows and the template's example row not counted). */
  totalRows: number
}

/** Rows above the header that may hold a title or notes. */
const HEADER_SEARCH_ROWS = 10
const REQUIRED: ColumnKey[] = ['name', 'type', 'region']
const COLUMN_BY_HEADER = new Map<string, number>(COLUMNS.map((c, i) => [c.header, i]))
const header = (k: ColumnKey): string => COLUMNS[COLUMN_INDEX[k]].header

export interface HeaderMap {
  rowNumber: number
  /** Sheet column number (1-based) per COLUMNS index; 0 when the sheet has no such column. */
  columns: number[]
}

/** Matches one row against the known headers; null when it does not look like the header row. */
export function matchHeader(rowNumber: number, values: RowValues): HeaderMap | null {
  const columns = COLUMNS.map(() => 0)
  let hits = 0
  const duplicates: string[] = []
  for (let col = 1; col < values.length; col++) {
    const t = textOf(flatten(values[col]))
    const key = t === null ? undefined : HEADER_KEYS.get(normaliseHeader(t))
    if (key === undefined) continue
    const i = COLUMN_INDEX[key]
    if (columns[i]) duplicates.push(COLUMNS[i].header)
    else { columns[i] = col; hits++ }
  }
  if (!(columns[COLUMN_INDEX.name] || hits >= 3)) return null
  if (duplicates.length) throw new WorkbookError('duplicate_column', `表头中「${duplicates.join('」「')}」列出现了不止一次，请删除多余的列`)
  const missing = REQUIRED.filter((k) => !columns[COLUMN_INDEX[k]]).map(header)
  if (!columns[COLUMN_INDEX.uscc] && !columns[COLUMN_INDEX.licenceNumber]) missing.push(`${header('uscc')}（或${header('licenceNumber')}）`)
  if (missing.length) throw new WorkbookError('missing_columns', `第 ${rowNumber} 行表头缺少必需的列：${missing.join('、')}`)
  return { rowNumber, columns }
}

/** The row's cells in COLUMNS order. */
export function cellsOf(map: HeaderMap, values: RowValues): Flat[] {
  return map.columns.map((col) => (col ? flatten(values[col]) : null))
}

/** Header and data rows of one sheet, fed row by row from the stream. */
class RegisterReader {
  private sheetName = ''
  private isNamed = true
  private map: HeaderMap | null = null
  private rowsBeforeHeader = 0
  private readonly ctx: RowContext
  private readonly byUscc = new Map<string, number>()
  private readonly byLicence = new Map<string, number>()
  readonly result: ReadResult = { rows: [], errors: [], totalRows: 0 }

  constructor(lookup: RegionLookup) {
    this.ctx = { lookup, codeExists: new Map(), nameToCode: new Map() }
  }

  get hasHeader() {
    return this.map !== null
  }

  start(sheetName: string, isNamed: boolean) {
    this.sheetName = sheetName
    this.isNamed = isNamed
  }

  row(rowNumber: number, values: RowValues) {
    if (!this.map) {
      if (values.every((v) => isBlank(flatten(v)))) return
      this.map = matchHeader(rowNumber, values)
      if (!this.map && ++this.rowsBeforeHeader >= HEADER_SEARCH_ROWS) this.noHeader()
      return
    }
    const cells = cellsOf(this.map, values)
    if (cells.every(isBlank)) return
    const name = cells[COLUMN_INDEX.name]
    if (typeof name === 'string' && name.trimStart().startsWith(EXAMPLE_MARK)) return
    if (this.result.totalRows % PROGRESS_EVERY === 0 && this.result.totalRows) this.ctx.lookup.onProgress?.(this.result.totalRows)
    if (++this.result.totalRows > MAX_ROWS) {
      throw new WorkbookError('too_many_rows', `数据超过 ${MAX_ROWS.toLocaleString('en-US')} 行，请分成多个文件导入`)
    }
    const outcome = checkRow(cells, this.ctx)
    const errors = outcome.errors.map((e) => ({ rowNumber, ...e }))
    if (outcome.uscc) this.duplicate(this.byUscc, outcome.uscc, rowNumber, errors, header('uscc'), '与第 %d 行重复')
    if (outcome.licenceNumber) this.duplicate(this.byLicence, outcome.licenceNumber, rowNumber, errors, header('licenceNumber'), '与第 %d 行的证照编号重复')
    if (errors.length) this.result.errors.push(...this.leftToRight(errors))
    else if (outcome.seed) this.result.rows.push({ rowNumber, seed: outcome.seed })
  }

  /** A row's messages in the order of its columns on the sheet, as the user reads them. */
  private leftToRight(errors: RowError[]): RowError[] {
    if (errors.length < 2) return errors
    const position = (e: RowError) => this.map!.columns[COLUMN_BY_HEADER.get(e.column) ?? -1] || Number.MAX_SAFE_INTEGER
    return errors.sort((a, b) => position(a) - position(b))
  }

  /** The later row of a pair is the one reported, naming the earlier. */
  private duplicate(seen: Map<string, number>, key: string, rowNumber: number, errors: RowError[], column: string, message: string) {
    const earlier = seen.get(key)
    if (earlier === undefined) seen.set(key, rowNumber)
    else errors.push({ rowNumber, column, message: message.replace('%d', String(earlier)) })
  }

  noHeader(): never {
    const expected = REQUIRED.map(header).join('」「')
    const where = this.isNamed ? `「${this.sheetName}」工作表` : `未找到「经营主体」工作表；第一个工作表「${this.sheetName}」`
    throw new WorkbookError('no_header', `${where}前 ${HEADER_SEARCH_ROWS} 行中没有表头（应包含「${expected}」等列），请使用导入模板填写`)
  }
}

/**
 * Reads and checks an uploaded register workbook. Throws WorkbookError when the file as a whole
 * cannot be read; otherwise reports every wrong cell (row, column, Chinese message).
 */
export async function readEntityWorkbook(buffer: Buffer, lookup: RegionLookup): Promise<ReadResult> {
  let reader = new RegisterReader(lookup)
  try {
    await streamRegisterSheet(buffer, reader)
  } catch (e) {
    // The stream reader failed on a file (seen once in CI, not reproduced): read it again whole,
    // with a fresh reader, before telling the user the file is broken.
    if (!(e instanceof WorkbookError) || e.code !== 'corrupt') throw e
    reader = new RegisterReader(lookup)
    await loadRegisterSheet(buffer, reader)
    // Only a file the whole reader could read says something about the stream reader: keep its cause.
    console.warn('经营主体导入：流式读取失败，已改为整体读取', (e as { cause?: unknown }).cause)
  }
  if (!reader.hasHeader) reader.noHeader()
  return reader.result
}
