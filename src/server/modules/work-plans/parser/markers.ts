/**
 * What a line starts with: the numbering levels of a plan (一、 / （一） / 1. / （1） / ①) and the labelled
 * lines (责任单位：, 工作进度：, 完成时限：). Patterns run on the compact shadow of a line.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 一 → 1, 十二 → 12, 二十一 → 21, 一百零五 → 105; NaN when it is not a numeral. */
export function chineseNumeral(s: string): number {
  if (!s) return NaN
  if (/^\d+$/.test(s)) return Number(s)
  let total = 0
  let current = 0
  for (const ch of s) {
    if (ch in DIGITS) current = DIGITS[ch]
    else if (ch === '十') { total += (current || 1) * 10; current = 0 }
    else if (ch === '百') { total += (current || 1) * 100; current = 0 }
    else return NaN
  }
  return total + current
}

export type MarkerKind = 'part' | 'chapter' | 'paren' | 'arabic' | 'arabicParen' | 'circled'

export interface Marker { kind: MarkerKind; numeral: number; length: number; written: string }

const NUM = '[一二三四五六七八九十百零〇]{1,4}'
const CHAPTER = new RegExp(`^(${NUM})[、.，]`)
const PART = new RegExp(`^第(${NUM})(?:部分|章|篇)[、.：，]?`)
const PAREN = new RegExp(`^（(${NUM})）`)
const ARABIC = /^(\d{1,2})(?:[.、](?![\d.])|）)/
const ARABIC_PAREN = /^（(\d{1,2})）/
const CIRCLED = /^([①-⑳])/
// 一、二、三产业 or 一、二类 is an enumeration, not a heading.
const ENUMERATION = new RegExp(`^${NUM}[、，]${NUM}[、，]`)

/** The numbering a line starts with, if any. `c` is the compact shadow of the line. */
export function markerOf(c: string): Marker | null {
  let m = PART.exec(c)
  if (m) return { kind: 'part', numeral: chineseNumeral(m[1]), length: m[0].length, written: m[1] }
  m = CHAPTER.exec(c)
  if (m && !ENUMERATION.test(c) && c.length > m[0].length) {
    const n = chineseNumeral(m[1])
    if (n > 0) return { kind: 'chapter', numeral: n, length: m[0].length, written: m[1] }
  }
  m = PAREN.exec(c)
  if (m) {
    const n = chineseNumeral(m[1])
    if (n > 0) return { kind: 'paren', numeral: n, length: m[0].length, written: m[1] }
  }
  m = ARABIC_PAREN.exec(c)
  if (m) return { kind: 'arabicParen', numeral: Number(m[1]), length: m[0].length, written: m[1] }
  m = ARABIC.exec(c)
  if (m && Number(m[1]) > 0 && c.length > m[0].length) {
    const kind = m[0].endsWith('）') ? 'arabicParen' : 'arabic'
    return { kind, numeral: Number(m[1]), length: m[0].length, written: m[1] }
  }
  m = CIRCLED.exec(c)
  if (m) return { kind: 'circled', numeral: m[1].charCodeAt(0) - 0x2460 + 1, length: 1, written: m[1] }
  return null
}

/** Rank of a numbering level: lower is higher in the outline. */
export const LEVEL_RANK: Record<MarkerKind, number> = { part: -1, chapter: 0, paren: 1, arabic: 2, arabicParen: 3, circled: 4 }

export const RESPONSIBILITY_LABEL =
  /^(?:主要)?(?:责任单位|责任部门|牵头单位|牵头部门|主责单位|主办单位|负责单位|配合单位|配合部门|协办单位|参与单位|协助单位|责任主体|实施主体|牵头领导)[：:]/
export const PROGRESS_LABEL = /^(?:工作进度|进度安排|时间安排|时间进度|进度要求|推进进度|工作进展)[：:]/
export const DEADLINE_LABEL = /^(?:完成时限|完成时间|时间节点|时限要求|完成期限|时间要求|办结时限)[：:]/

export type LabelKind = 'responsibility' | 'progress' | 'deadline'

export function labelOf(c: string): LabelKind | null {
  if (RESPONSIBILITY_LABEL.test(c)) return 'responsibility'
  if (PROGRESS_LABEL.test(c)) return 'progress'
  if (DEADLINE_LABEL.test(c)) return 'deadline'
  return null
}

/** Lines that close a document body: the date under a signature, 抄送, 印发. */
export const DATE_LINE = /^(?:20\d{2}|二〇[一二三四五六七八九〇零]{2})年[\d一二三四五六七八九十〇零]{1,3}月[\d一二三四五六七八九十〇零]{1,3}日(?:印发|发布)?$/
export const TRAILER_LINE = /^(?:抄送|抄报|主送)[：:]|^（此件[^）]*）$|印发$|^（联系人/

/** `附件`, `附件1`, `附件：` alone on a line: what follows is another document. */
export const ATTACHMENT_LINE = /^附件[\d一二三四五六七八九十]*[：:]?$/
