import type { Block } from './text-block'
import type { Piece } from './unit-names'

/**
 * Bracketed groups and quoted spans of a block. A group is `（…）`, `(…)`, `〔…〕`, `[…]` or `【…】` (all
 * read as （） or 〔〕 on the shadow), outermost only; groups inside 《》 or “” are part of a title or a
 * quotation and never responsibilities.
 */
export interface Group { from: number; to: number } // from = index of the opening bracket, to = after the closer

const CLOSER: Record<string, string> = { '（': '）', '〔': '〕' }
const MAX_QUOTE = 60
const MAX_GROUP = 400

/** Ranges of “…” and 《…》 (an opener with no closer within MAX_QUOTE characters is ignored). */
export function quotedSpans(s: string): Piece[] {
  const out: Piece[] = []
  for (let i = 0; i < s.length; i++) {
    const open = s[i]
    if (open !== '“' && open !== '《') continue
    const close = open === '“' ? '”' : '》'
    let depth = 0
    for (let j = i + 1; j < s.length && j - i <= MAX_QUOTE; j++) {
      if (s[j] === open && open === '《') depth++
      else if (s[j] === close) {
        if (depth === 0) { out.push({ from: i, to: j + 1 }); i = j; break }
        depth--
      } else if (s[j] === '。') break
    }
  }
  return out
}

export const inside = (spans: Piece[], i: number) => spans.some((p) => i >= p.from && i < p.to)

/** Outermost bracket groups outside quotations; an unclosed opener is ignored. One pass, any length. */
export function bracketGroups(b: Block, quotes = quotedSpans(b.s)): Group[] {
  const s = b.s
  const pairs: Group[] = []
  const stack: number[] = []
  let q = 0
  for (let i = 0; i < s.length; i++) {
    while (q < quotes.length && quotes[q].to <= i) q++
    if (q < quotes.length && quotes[q].from <= i) continue // inside a quotation
    const c = s[i]
    if (c in CLOSER) stack.push(i)
    // A mismatched closer (（…〕) still closes the group rather than lose it.
    else if ((c === '）' || c === '〕') && stack.length) pairs.push({ from: stack.pop()!, to: i + 1 })
  }
  // Outermost closed pairs; parentheticals worth reading are short.
  pairs.sort((x, y) => x.from - y.from)
  const out: Group[] = []
  for (const p of pairs) {
    if (p.to - p.from > MAX_GROUP) continue
    const last = out[out.length - 1]
    if (last && p.from < last.to) continue
    out.push(p)
  }
  return out
}
