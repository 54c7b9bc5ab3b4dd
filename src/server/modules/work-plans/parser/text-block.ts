import { simplifiedCode } from './traditional-chars'
import type { SourceSpan } from './types'

/**
 * The reader works on a "shadow" of the normalised text: same length, traditional characters read as
 * simplified and half-width punctuation as full-width, so one set of patterns reads every spelling.
 * Output is always sliced from the original text by offset, so it stays verbatim.
 */
const PUNCT: Record<string, string> = {
  '(': '（', ')': '）', ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '[': '〔', ']': '〕',
  '【': '〔', '】': '〕', '［': '〔', '］': '〕', '﹝': '〔', '﹞': '〕', '〈': '《', '〉': '》', '「': '“',
  '」': '”', '『': '“', '』': '”', '％': '%', '．': '.', '＋': '+', '／': '/', '～': '~', '＜': '<', '＞': '>',
  '＝': '=', '"': '"', '\u2019': '\u2019',
}

export function shadowOf(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    const code = c.charCodeAt(0)
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0) // full-width digits
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) out += String.fromCharCode(code - 0xfee0)
    else out += PUNCT[c] ?? String.fromCharCode(simplifiedCode(code))
  }
  return out
}

export interface Line { start: number; end: number; c: string }

/** Non-empty lines with their trimmed source range and compact shadow (no whitespace). */
export function splitLines(source: string, shadow: string): Line[] {
  const lines: Line[] = []
  let pos = 0
  for (const part of source.split('\n')) {
    const lead = part.length - part.replace(/^[\s\u3000]+/, '').length
    const trimmed = part.trim()
    if (trimmed) {
      const start = pos + lead
      const end = start + part.slice(lead).replace(/[\s\u3000]+$/, '').length
      lines.push({ start, end, c: shadow.slice(start, end).replace(/[\s\u3000\u00A0]+/g, '') })
    }
    pos += part.length + 1
  }
  return lines
}

/**
 * A run of text read as one: `s` is the compact shadow (whitespace removed), `map[i]` the source offset
 * of `s[i]`, `lineStarts` the indices in `s` where a source line began.
 */
export interface Block { s: string; map: number[]; lineStarts: Set<number> }

const WS = /[\s\u3000\u00A0]/

export function blockOf(shadow: string, ranges: { start: number; end: number }[]): Block {
  let s = ''
  const map: number[] = []
  const lineStarts = new Set<number>()
  for (const r of ranges) {
    lineStarts.add(s.length)
    for (let i = r.start; i < r.end; i++) {
      if (WS.test(shadow[i])) continue
      s += shadow[i]
      map.push(i)
    }
  }
  return { s, map, lineStarts }
}

/** A sub-range of a block as its own block (offsets keep pointing into the source). */
export function subBlock(b: Block, from: number, to: number): Block {
  const lineStarts = new Set<number>()
  for (const ls of b.lineStarts) if (ls >= from && ls < to) lineStarts.add(ls - from)
  lineStarts.add(0)
  return { s: b.s.slice(from, to), map: b.map.slice(from, to), lineStarts }
}

export const spanOf = (b: Block, from: number, to: number): SourceSpan =>
  ({ start: b.map[from], end: b.map[to - 1] + 1 })

/** The source text of s[from, to): line breaks deleted with the spaces around them, inline spaces kept. */
export function verbatim(source: string, b: Block, from: number, to: number): string {
  if (to <= from) return ''
  return source.slice(b.map[from], b.map[to - 1] + 1).replace(/[ \t\u00A0\u3000]*\n[\s\u3000]*/g, '').trim()
}

/** Verbatim with all whitespace removed (document titles, issuers, section titles). */
export const compactVerbatim = (source: string, b: Block, from: number, to: number) =>
  verbatim(source, b, from, to).replace(/[\s\u3000\u00A0]+/g, '')
