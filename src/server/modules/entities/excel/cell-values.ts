/**
 * Cell values as exceljs hands them over (formulas, rich text, hyperlinks, errors, dates) reduced to a
 * few plain shapes, and the parsers the row checker uses. Regexes are module constants: they run on
 * every cell of a 20,000-row file.
 */

/** A formula without a cached result: the file was written by a script and never calculated by Excel. */
export const NO_RESULT = '#NO_RESULT'

export type Flat = string | number | boolean | Date | { error: string } | null

export function flatten(v: unknown): Flat {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') return v
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' }
  if (typeof v === 'boolean') return v
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v
  if (typeof v !== 'object') return null
  const o = v as Record<string, unknown>
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('')
  if ('formula' in o || 'sharedFormula' in o) {
    return o.result === undefined || (typeof o.result === 'number' && !Number.isFinite(o.result)) ? { error: NO_RESULT } : flatten(o.result)
  }
  if (typeof o.error === 'string') return { error: o.error }
  if ('text' in o) return flatten(o.text) // hyperlink cell: the shown text
  return null
}

const WS_RUN = /\s+/g
const PLAIN_CODE = /^[0-9A-Z+-]+$/
const isoDate = (d: Date) => d.toISOString().slice(0, 10)

/** Text as shown; whitespace runs (Alt+Enter line breaks included) become one space; empty → null. */
export function textOf(f: Flat): string | null {
  if (f === null || typeof f === 'object' && !(f instanceof Date)) return null
  if (f instanceof Date) return isoDate(f)
  if (typeof f === 'number') return String(f)
  if (typeof f === 'boolean') return f ? 'TRUE' : 'FALSE'
  const t = f.replace(WS_RUN, ' ').trim()
  return t === '' ? null : t
}

export const isBlank = (f: Flat) => f === null || (typeof f === 'string' && f.trim() === '')

export type Parsed<T> = { value: T } | { error: string }

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const DAY_MS = 86_400_000
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DATE_HINT = '日期格式应为 YYYY-MM-DD（如 2026-03-15），也可写 2026/3/15 或 2026年3月15日'

function ymd(y: number, m: number, d: number): Parsed<string> {
  if (y < 1900 || y > 2100) return { error: `年份 ${y} 超出范围（1900–2100）` }
  if (m < 1 || m > 12) return { error: `不是有效日期（没有 ${m} 月）` }
  const last = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : DAYS_IN_MONTH[m - 1]
  if (d < 1 || d > last) return { error: `不是有效日期（${y} 年 ${m} 月没有 ${d} 日）` }
  return { value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

/** Real Excel dates, serial numbers that lost their date format, and the usual written forms. */
export function parseDate(f: Flat): Parsed<string> {
  if (f instanceof Date) return ymd(f.getUTCFullYear(), f.getUTCMonth() + 1, f.getUTCDate())
  if (typeof f === 'number') {
    if (f >= 19000101 && f <= 21001231 && Number.isInteger(f)) return parseDate(String(f))
    if (f >= 61 && f < 2958466) {
      const d = new Date(EXCEL_EPOCH + Math.floor(f) * DAY_MS)
      return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
    }
    return { error: DATE_HINT }
  }
  if (typeof f !== 'string') return { error: DATE_HINT }
  const t = ISO_DATE.test(f) ? f : f.normalize('NFKC').trim()
  const m = DATE_TEXT.exec(t) ?? DATE_COMPACT.exec(t)
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : { error: DATE_HINT }
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)$/

export function parseNumber(f: Flat): Parsed<number> {
  if (typeof f === 'number') return { value: f }
  if (typeof f === 'string') {
    const t = f.normalize('NFKC').trim()
    if (NUMBER_TEXT.test(t)) return { value: Number(t) }
  }
  return { error: '应为数字' }
}

const TRUE_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '有'])
const FALSE_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '无'])

export function parseBool(f: Flat): Parsed<boolean> {
  if (typeof f === 'boolean') return { value: f }
  const t = typeof f === 'number' ? String(f) : typeof f === 'string' ? f.normalize('NFKC').trim().toUpperCase() : ''
  if (TRUE_WORDS.has(t)) return { value: true }
  if (FALSE_WORDS.has(t)) return { value: false }
  return { error: '应填「是」或「否」' }
}

/**
 * A code typed into a cell Excel treated as a number: 12-digit region codes survive, 18-digit USCCs
 * and long licence numbers do not (Excel keeps 15 significant digits).
 */
export function codeText(f: Flat): Parsed<string> {
  if (typeof f === 'number') {
    if (!Number.isSafeInteger(f) || f >= 1e15) return { error: '单元格为数字格式，长代码已被 Excel 改写，请把该列设为文本格式后重新填写' }
    return { value: String(f) }
  }
  const t = textOf(f)
  if (t === null) return { error: '不能为空' }
  // Most codes are already plain upper-case ASCII; only the rest pay for width folding.
  return { value: PLAIN_CODE.test(t) ? t : t.normalize('NFKC').replace(WS_RUN, '').toUpperCase() }
}

/** Why a formula or error cell has no usable value. */
export const cellErrorMessage = (e: string) =>
  e === NO_RESULT ? '公式没有计算结果，请在 Excel 中打开并保存后重新上传' : `单元格为错误值（${e}）`
