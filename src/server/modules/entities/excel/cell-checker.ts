import { cellErrorMessage, codeText, parseBool, parseDate, parseNumber, textOf, type Flat } from './cell-values'
import { COLUMN_INDEX, COLUMNS, normaliseCode, type ColumnKey } from './columns'

export interface CellError {
  /** Canonical Chinese header. */
  column: string
  message: string
}

const PHONE = /^[0-9+\- ]{5,20}$/
const HTTP_URL = /^https?:\/\//

/**
 * Reads the cells of one row by column key and collects every problem: each getter returns null for
 * an empty or invalid cell, so the row checker carries on and reports all errors of the row at once.
 */
export class CellChecker {
  readonly errors: CellError[] = []

  constructor(private readonly cells: readonly Flat[], private readonly today: string) {}

  fail(key: ColumnKey, message: string): null {
    this.errors.push({ column: COLUMNS[COLUMN_INDEX[key]].header, message })
    return null
  }

  hasError(key: ColumnKey): boolean {
    const header = COLUMNS[COLUMN_INDEX[key]].header
    return this.errors.some((e) => e.column === header)
  }

  /** Filled in (an error value counts as filled: it is reported by the getter). */
  filled(key: ColumnKey): boolean {
    const f = this.cells[COLUMN_INDEX[key]]
    return f !== null && f !== undefined && !(typeof f === 'string' && f.trim() === '')
  }

  /** The cell's value, or undefined when empty or an error value (reported here). */
  private take(key: ColumnKey): Exclude<Flat, null | { error: string }> | undefined {
    if (!this.filled(key)) return undefined
    const f = this.cells[COLUMN_INDEX[key]]!
    if (typeof f === 'object' && !(f instanceof Date)) {
      this.fail(key, cellErrorMessage(f.error))
      return undefined
    }
    return f
  }

  required(key: ColumnKey, message = '必填'): boolean {
    if (this.filled(key)) return true
    this.fail(key, message)
    return false
  }

  text(key: ColumnKey, max: number, min = 0): string | null {
    const f = this.take(key)
    if (f === undefined) return null
    const t = textOf(f)
    if (t === null) return null
    if (t.length > max) return this.fail(key, `不超过 ${max} 个字（现为 ${t.length} 个）`)
    if (t.length < min) return this.fail(key, `至少 ${min} 个字`)
    return t
  }

  /** Codes: width-folded, spaces removed, upper case. */
  code(key: ColumnKey): string | null {
    const f = this.take(key)
    if (f === undefined) return null
    const r = codeText(f)
    return 'error' in r ? this.fail(key, r.error) : r.value
  }

  option(key: ColumnKey, map: ReadonlyMap<string, string>, labels: readonly string[]): string | null {
    const f = this.take(key)
    if (f === undefined) return null
    const t = textOf(f) ?? ''
    const code = map.get(t) ?? map.get(normaliseCode(t))
    if (code !== undefined) return code
    const all = labels.join('、')
    return this.fail(key, `「${t}」不是可选值，${all.length > 60 ? '请从下拉列表中选择（可选值见「填写说明」）' : `可选：${all}`}`)
  }

  bool(key: ColumnKey): boolean | null {
    const f = this.take(key)
    if (f === undefined) return null
    const r = parseBool(f)
    return 'error' in r ? this.fail(key, r.error) : r.value
  }

  date(key: ColumnKey, notAfterToday = false): string | null {
    const f = this.take(key)
    if (f === undefined) return null
    const r = parseDate(f)
    if ('error' in r) return this.fail(key, r.error)
    if (notAfterToday && r.value > this.today) return this.fail(key, `${r.value} 晚于今天（${this.today}）`)
    return r.value
  }

  number(key: ColumnKey, min: number, max: number, what: string): number | null {
    const f = this.take(key)
    if (f === undefined) return null
    const r = parseNumber(f)
    if ('error' in r) return this.fail(key, r.error)
    if (r.value < min || r.value > max) return this.fail(key, `${what}应在 ${min} 到 ${max} 之间（现为 ${r.value}）`)
    return r.value
  }

  phone(key: ColumnKey): string | null {
    const f = this.take(key)
    if (f === undefined) return null
    let t: string
    if (typeof f === 'number') {
      const r = codeText(f)
      if ('error' in r) return this.fail(key, r.error)
      t = r.value
    } else {
      // Kept as written (0396-1234567), full-width digits and dashes folded.
      const raw = textOf(f) ?? ''
      t = PHONE.test(raw) ? raw : raw.normalize('NFKC')
    }
    return PHONE.test(t) ? t : this.fail(key, '只能包含数字、+、- 和空格，5–20 位')
  }

  url(key: ColumnKey): string | null {
    const t = this.text(key, 300)
    if (t === null) return null
    return HTTP_URL.test(t) ? t : this.fail(key, '应以 http:// 或 https:// 开头')
  }
}
