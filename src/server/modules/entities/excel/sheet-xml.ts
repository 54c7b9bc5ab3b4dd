import { StringDecoder } from 'node:string_decoder'

/**
 * A narrow reader for the <sheetData> of one worksheet's XML, used instead of exceljs's WorksheetReader
 * (which builds a Row, Cells and styles per cell through a SAX parser: about 1.3 s and most of the
 * garbage of a 20,000-row file; this takes a fraction). exceljs still unzips, reads the workbook,
 * shared strings and styles; this only turns rows into the same value shapes exceljs gives
 * (string, number, boolean, Date, {formula, result}, {richText}, {error}), so everything after it is
 * unchanged. Regexes are compiled once; namespace prefixes (<x:row>) and missing r attributes are allowed.
 */

export interface SheetContext {
  /** exceljs's cached shared strings: text or { richText }. */
  sharedStrings: readonly unknown[]
  /** Whether a cell style formats numbers as dates (cells then become Dates, as in exceljs). */
  isDateStyle(styleId: number): boolean
  date1904: boolean
}

export interface ScannedRow {
  number: number
  /** 1-based, sparse; only cells with a value. */
  values: unknown[]
}

const P = '(?:[A-Za-z_][\\w.-]*:)?' // optional namespace prefix
const ROW = new RegExp(`<${P}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row>)`, 'g')
const ROW_START = new RegExp(`<${P}row\\b`)
const CELL = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g')
const VALUE = new RegExp(`<${P}v(?:\\s[^>]*)?>([\\s\\S]*?)</${P}v>`)
const FORMULA = new RegExp(`<${P}f\\b(?:[^>]*?/>|[^>]*>([\\s\\S]*?)</${P}f>)`)
const INLINE_TEXT = new RegExp(`<${P}t(?:\\s[^>]*)?>([\\s\\S]*?)</${P}t>`, 'g')
const ATTR_REF = /\br="([A-Za-z]*)(\d*)"/
const ATTR_TYPE = /\bt="(\w+)"/
const ATTR_STYLE = /\bs="(\d+)"/
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

const decode = (s: string) => (s.indexOf('&') < 0 ? s : s.replace(ENTITY, (_m, dec: string, hex: string, name: string) =>
  dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name]))

function columnNumber(letters: string): number {
  let n = 0
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f) // A/a → 1
  return n
}

/** The value of one <c>, before any formula wrapping; undefined when the cell holds nothing. */
function plainValue(type: string | undefined, body: string, styleId: number, ctx: SheetContext): unknown {
  if (type === 'inlineStr') {
    let text = ''
    INLINE_TEXT.lastIndex = 0
    for (let m = INLINE_TEXT.exec(body); m; m = INLINE_TEXT.exec(body)) text += m[1]
    return decode(text)
  }
  const v = VALUE.exec(body)?.[1]
  if (v === undefined) return undefined
  switch (type) {
    case 's': return ctx.sharedStrings[Number(v)]
    case 'str': return decode(v)
    case 'b': return v.trim() !== '0'
    case 'e': return { error: v }
    case 'd': {
      const d = new Date(v)
      return Number.isNaN(d.getTime()) ? decode(v) : d
    }
    default: {
      const n = Number(v)
      if (Number.isNaN(n)) return decode(v)
      if (!ctx.isDateStyle(styleId)) return n
      return new Date(Math.round((n + (ctx.date1904 ? 1462 : 0) - 25569) * 86_400_000))
    }
  }
}

/** One <row>'s cells. */
export function parseRow(body: string, ctx: SheetContext): unknown[] {
  const values: unknown[] = []
  let col = 0
  CELL.lastIndex = 0
  for (let m = CELL.exec(body); m; m = CELL.exec(body)) {
    const attrs = m[1]
    const ref = ATTR_REF.exec(attrs)
    col = ref?.[1] ? columnNumber(ref[1]) : col + 1
    const inner = m[2]
    if (!inner) continue
    const type = ATTR_TYPE.exec(attrs)?.[1]
    const styleId = Number(ATTR_STYLE.exec(attrs)?.[1] ?? 0)
    const value = plainValue(type, inner, styleId, ctx)
    const formula = inner.includes('f') ? FORMULA.exec(inner) : null // cheap guard before the regex
    if (formula) values[col] = { formula: decode(formula[1] ?? ''), result: value }
    else if (value !== undefined) values[col] = value
  }
  return values
}

/** Rows of a worksheet's XML, read chunk by chunk (a row may straddle chunks, a character too). */
export async function* scanSheetRows(chunks: AsyncIterable<Buffer | string>, ctx: SheetContext): AsyncGenerator<ScannedRow> {
  const decoder = new StringDecoder('utf8')
  let text = ''
  let rowNumber = 0
  // Synchronous on purpose: the global regexes' lastIndex must not be shared across a yield (two
  // imports may be read at once), so a chunk's complete rows are collected first, then yielded.
  const drain = (final: boolean): ScannedRow[] => {
    const rows: ScannedRow[] = []
    ROW.lastIndex = 0
    let end = 0
    for (let m = ROW.exec(text); m; m = ROW.exec(text)) {
      end = ROW.lastIndex
      const r = ATTR_REF.exec(m[1])
      rowNumber = r?.[2] ? Number(r[2]) : rowNumber + 1
      if (m[2]) rows.push({ number: rowNumber, values: parseRow(m[2], ctx) })
    }
    if (!final) {
      // Keep only what may begin a row not yet complete; the rest (sheet views, validations) is not needed.
      const rest = text.slice(end)
      const start = rest.search(ROW_START)
      text = start >= 0 ? rest.slice(start) : rest.slice(-32)
    }
    return rows
  }
  for await (const chunk of chunks) {
    text += typeof chunk === 'string' ? chunk : decoder.write(chunk)
    yield* drain(false)
  }
  text += decoder.end()
  yield* drain(true)
}
