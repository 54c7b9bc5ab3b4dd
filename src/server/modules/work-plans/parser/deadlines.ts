import { inside } from './brackets'
import { findPeriodCounts } from './periods'
import { spanOf, verbatim, type Block } from './text-block'
import type { Deadline, DeadlineKind } from './types'
import type { Piece } from './unit-names'

/**
 * Deadlines need an explicit date, period or count: by-date (`年底前`, `12月3日前`, `到2024年年底`,
 * `12月上旬`), recurring (`每季度`, `每季度末 20 日前`, `每年 11 月 20 日前`) and count-per-period. Vague
 * timing (定期, 及时, 常态化, 节假日…) matches none of the patterns.
 */
export interface DeadlineHit { from: number; to: number; kind: DeadlineKind }

// 每季度, 每季度末 20 日前, 每年 11 月 20 日前, 每年12月底前, 每学期; 按月/按季度 (报送) names the period as well.
const RECURRING = /(?:每(?:个)?(?:两|二|三|半)?(?:年度|年|季度|季|月|周|旬|日|天|学期)|按(?:年度|半年|季度|季|月|周|旬))(?:末|底|初)?(?:(?:\d{1,2}月)?(?:第?\d{1,2}(?:个工作日|日|号)|底|末|初|上旬|中旬|下旬)|\d{1,2}月)?(?:前|之前|以前)?/g
const BEFORE = '(?:前|之前|以前|止)?'
const BY_DATE = new RegExp(
  '(到|至|截至|截止到|截止)?(?:' +
    `(20\\d{2}年|今|明)?(年底|年末)${BEFORE}` + // 年底前, 2024年年底, 今年底前
    `|(20\\d{2}年)(底|末)${BEFORE}` + // 2024年底
    `|(20\\d{2}年)?(\\d{1,2}月)(份)?(\\d{1,2}日|底|末|初|上旬|中旬|下旬)?${BEFORE}` + // 12月3日前, 12月上旬
    `|(20\\d{2}年)?(第?[一二三四1-4]季度)(末|底)?${BEFORE}` + // 三季度末前
    `|(20\\d{2}年)?(上半年|下半年|年内)${BEFORE}` +
    '|(20\\d{2}年)' + // only with 到/截至
  ')', 'g')

/** Whether a by-date match names a deadline; `cell`: the text is a 完成时限 cell, where any date is one. */
function acceptByDate(m: RegExpExecArray, cell: boolean, after: string): boolean {
  const text = m[0]
  // 6月开展宣传周: a bare month names a time when an action follows; 10月1日起 / 3月至5月 do not.
  const actionFollows = /^(?:开展|完成|组织|召开|举办|启动|部署|进行|实现|建成|上线)/.test(after)
  // 至 only opens a deadline before a year (至2024年底); 3月至5月 is a span.
  // 3月至5月 is a span, not a deadline.
  if (m[1] === '至' && !/20\d{2}年/.test(text)) return false
  const prefixed = !!m[1]
  const ends = /(?:前|之前|以前|止)$/.test(text)
  if (m[3]) return true // 年底/年末
  if (m[5]) return true // 2024年底
  if (m[7]) return cell || prefixed || ends || !!m[8] || /底|末|初|旬/.test(m[9] ?? '') || actionFollows
  if (m[11]) return true // 第四季度, 三季度末前: a quarter names a time
  if (m[14]) return true
  if (m[15]) return prefixed || cell
  return false
}

export function findDeadlineHits(s: string, excluded: Piece[], opts: { cell?: boolean } = {}): DeadlineHit[] {
  const hits: DeadlineHit[] = []
  const taken = (from: number, to: number) => hits.some((h) => from < h.to && to > h.from) || inside(excluded, from)
  for (const pc of findPeriodCounts(s)) if (!taken(pc.from, pc.to)) hits.push({ from: pc.from, to: pc.to, kind: 'count-per-period' })
  RECURRING.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = RECURRING.exec(s))) {
    if (!taken(m.index, m.index + m[0].length)) hits.push({ from: m.index, to: m.index + m[0].length, kind: 'recurring' })
  }
  BY_DATE.lastIndex = 0
  while ((m = BY_DATE.exec(s))) {
    if (m[0].length === 0) { BY_DATE.lastIndex++; continue }
    const from = m.index
    const to = from + m[0].length
    // A digit just before means we are inside a longer number (a phone number, a document number).
    if (/\d/.test(s[from - 1] ?? '') || taken(from, to)) continue
    // 至 opens the second half of a span (即日起至2023年12月31日): the deadline is the date itself.
    if (acceptByDate(m, !!opts.cell, s.slice(to, to + 2))) hits.push({ from: m[1] === '至' ? from + 1 : from, to, kind: 'by-date' })
  }
  return hits.sort((a, b) => a.from - b.from)
}

const SENTENCE_END = '。；！？'

/** The sentence a deadline governs, verbatim (without the closing stop); `stops` are the sentence ends. */
function contextOf(source: string, b: Block, hit: DeadlineHit, limits: Piece, stops: number[]): string {
  // The last stop before the deadline and the first at or after its end (binary searches).
  let lo = 0
  let hi = stops.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (stops[mid] < hit.from) lo = mid + 1; else hi = mid }
  const from = Math.max(limits.from, lo > 0 ? stops[lo - 1] + 1 : limits.from)
  lo = 0
  hi = stops.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (stops[mid] < hit.to) lo = mid + 1; else hi = mid }
  const to = Math.min(limits.to, lo < stops.length ? stops[lo] : limits.to)
  return verbatim(source, b, from, to)
}

/** Sentence ends: 。；！？, and line ends after ： (到2024年年底，实现以下工作目标：). */
function sentenceStops(b: Block): number[] {
  const stops: number[] = []
  for (let i = 0; i < b.s.length; i++) {
    if (SENTENCE_END.includes(b.s[i]) || (b.lineStarts.has(i) && b.s[i - 1] === '：')) stops.push(i)
  }
  return stops
}

export function findDeadlines(source: string, b: Block, excluded: Piece[], opts: { cell?: boolean; from?: '工作进度'; range?: Piece } = {}): Deadline[] {
  const range = opts.range ?? { from: 0, to: b.s.length }
  const hits = findDeadlineHits(b.s.slice(0, range.to), excluded, opts).filter((h) => h.from >= range.from)
  const stops = hits.length ? sentenceStops(b) : []
  return hits.map((h) => ({
    text: verbatim(source, b, h.from, h.to),
    kind: h.kind,
    context: contextOf(source, b, h, range, stops),
    ...(opts.from ? { from: opts.from } : {}),
    sourceSpans: [spanOf(b, h.from, h.to)],
  }))
}
