import type { Block, Blank, Figure } from './model'
import { round2 } from '../../../shared/rounding'

/** Pure text rules of the writer: heading numbers, figures, blanks and dates (tested in labels.test.ts). */

const DIGITS = '零一二三四五六七八九'

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (headings never reach 100). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`heading number ${n} is outside 1–99`)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens > 1 ? DIGITS[tens] : ''}${tens > 0 ? '十' : ''}${ones > 0 ? DIGITS[ones] : ''}`
}

const LABEL = [
  (n: number) => `${chineseNumeral(n)}、`,
  (n: number) => `（${chineseNumeral(n)}）`,
  (n: number) => `${n}.`,
  (n: number) => `（${n}）`,
]

// A heading that already carries a number would print it twice (「一、一、」): refuse it early.
const WRITTEN_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d))/

/**
 * The label of every heading, by block index, counted in order: a heading restarts the count of every
 * level below it, so 「（一）」 starts again under each 「一、」.
 */
export function headingLabels(blocks: readonly Block[]): Map<number, string> {
  const counts = [0, 0, 0, 0]
  const labels = new Map<number, string>()
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return
    if (WRITTEN_NUMBER.test(b.text)) throw new Error(`heading 「${b.text}」 carries its own number; the writer numbers headings`)
    const level = b.level - 1
    counts[level] += 1
    counts.fill(0, level + 1)
    labels.set(i, LABEL[level](counts[level]))
  })
  return labels
}

export const blankText = (b: Blank) => `【待填写：${b.blank}】`

/**
 * A figure as printed: `decimals` fixed when given, else at most two decimals without trailing zeros;
 * no thousands separator (GB/T 15835-2011 allows none, and 公文 usually write 12345). A missing
 * figure (null, NaN, ±∞) becomes a blank, never 0.
 */
export function figureText(f: Figure): string | Blank {
  if (f.figure === null || !Number.isFinite(f.figure)) return { blank: f.label ?? '数据' }
  if (f.decimals !== undefined) return f.figure.toFixed(f.decimals)
  return String(round2(f.figure))
}

/** 7.3.5: 成文日期 in Arabic numerals, year in full, no leading zeros: 2026-03-05 → 2026年3月5日. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) throw new Error(`date 「${iso}」 is not YYYY-MM-DD`)
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** Width in characters of 3号 text: half-width (ASCII) characters count half. */
export const textWidthChars = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0)

/**
 * 7.3.5.2 (no seal): the issuer 右空二字, the date on the next line starting two characters right of the
 * issuer's first character; a date longer than that keeps 右空二字 and pushes the issuer left.
 * Returns the right indents in characters.
 */
export function signatureIndents(issuer: string, date: string): { issuer: number; date: number } {
  const wi = textWidthChars(issuer)
  const wd = textWidthChars(date)
  const dateIndent = 2 + wi - 2 - wd
  return dateIndent >= 2 ? { issuer: 2, date: dateIndent } : { issuer: 2 + (2 - dateIndent), date: 2 }
}
