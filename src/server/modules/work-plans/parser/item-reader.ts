import { bracketGroups, inside, quotedSpans, type Group } from './brackets'
import { findDeadlines } from './deadlines'
import { DEADLINE_LABEL } from './markers'
import { findResponsibilities, type ResponsibilityHit } from './responsibilities'
import type { Item } from './structure'
import { findTargets } from './targets'
import { blockOf, spanOf, verbatim, type Block, type Line } from './text-block'
import type { Deadline, SourceSpan, Target } from './types'
import type { Piece } from './unit-names'

/**
 * Reads one numbered item (task, goal or measure): number, title, verbatim text, responsibility
 * statements, targets and deadlines. Units are returned as written; leads and cooperating units are
 * merged per task once the plan's canonical names are known (see assemble.ts).
 */

export interface Doc { source: string; shadow: string; lines: Line[] }

export interface WrittenResponsibility { text: string; leads: WrittenUnit[]; cooperating: WrittenUnit[]; span: SourceSpan }
export interface WrittenUnit { name: string; span: SourceSpan }

export interface ReadItem {
  number: string
  title: string
  text: string
  bodyText: string // the text after the number
  responsibilities: WrittenResponsibility[]
  targets: Target[]
  deadlines: Deadline[]
  progressText?: string
  spans: SourceSpan[]
}

const STOPS = '。！？'
// References, contacts and definitions in brackets hold figures and dates that are neither.
const NOT_CONTENT = /简称|联系|电话|邮箱|@|〔\d{4}〕|\d+号$/

export function unitsOf(doc: Doc, b: Block, hit: ResponsibilityHit) {
  const unit = (p: Piece): WrittenUnit => ({ name: verbatim(doc.source, b, p.from, p.to).replace(/\s+/g, ''), span: spanOf(b, p.from, p.to) })
  return {
    text: verbatim(doc.source, b, hit.from, hit.to).replace(/[；。]+$/, ''),
    leads: hit.leads.map(unit),
    cooperating: hit.cooperating.map(unit),
    span: spanOf(b, hit.from, hit.to),
  }
}

/** Text between the number and the first 。 (a short heading line without one is the title itself). */
export function titleRange(b: Block, from: number, groups: Group[], quotes: Piece[]): Piece {
  const s = b.s
  let lineStart = from
  let lineEnd = [...b.lineStarts].filter((x) => x > lineStart).sort((x, y) => x - y)[0] ?? s.length
  if (lineEnd === lineStart) { // the number stands alone on its line
    lineStart = lineEnd
    lineEnd = [...b.lineStarts].filter((x) => x > lineStart).sort((x, y) => x - y)[0] ?? s.length
  }
  const blocked = (i: number) => inside(quotes, i) || groups.some((g) => i > g.from && i < g.to - 1)
  let stop = -1
  for (let i = lineStart; i < s.length; i++) if (STOPS.includes(s[i]) && !blocked(i)) { stop = i; break }
  let to: number
  if (stop >= 0 && stop < lineEnd) to = stop
  else if (lineEnd < s.length && lineEnd - lineStart <= 28 && !/[，、；（“《]$/.test(s[lineEnd - 1])) to = lineEnd
  else if (stop >= 0) to = stop
  else to = groups.find((g) => g.from > lineStart)?.from ?? s.length
  // 加强组织领导：各乡镇要… — a short heading before a colon.
  const colon = s.indexOf('：', lineStart)
  if (colon > lineStart && colon < to && colon - lineStart <= 20 && !s.slice(lineStart, colon).includes('，') && !blocked(colon)) to = colon
  while (to > lineStart && /[：:；。，]/.test(s[to - 1])) to--
  return { from: lineStart, to }
}

export function readItem(doc: Doc, item: Item, markerLength: number, opts: { number: string }): ReadItem {
  const b = blockOf(doc.shadow, item.lines.map((i) => doc.lines[i]))
  const quotes = quotedSpans(b.s)
  const groups = bracketGroups(b, quotes)
  const hits = item.kind === 'task' ? findResponsibilities(b, groups) : []
  const references = groups.filter((g) => NOT_CONTENT.test(b.s.slice(g.from + 1, g.to - 1)))
  const titles = quotes.filter((q) => b.s[q.from] === '《')
  const tr = titleRange(b, markerLength, groups, quotes)
  const body = { from: markerLength, to: b.s.length }
  const targets = findTargets(doc.source, b, [...hits, ...references, ...quotes], { range: body })
  const deadlines = findDeadlines(doc.source, b, [...references, ...titles], { range: body })
  // In a 完成时限： line any date is the deadline (2023年12月), as in a table's 完成时限 column.
  for (const line of labelLines(b, DEADLINE_LABEL)) {
    for (const d of findDeadlines(doc.source, b, [], { cell: true, range: line })) {
      if (!deadlines.some((x) => x.sourceSpans?.[0]?.start === d.sourceSpans?.[0]?.start)) deadlines.push(d)
    }
  }
  deadlines.sort((x, y) => (x.sourceSpans?.[0]?.start ?? 0) - (y.sourceSpans?.[0]?.start ?? 0))
  const out: ReadItem = {
    number: opts.number,
    title: verbatim(doc.source, b, tr.from, tr.to),
    text: verbatim(doc.source, b, 0, b.s.length),
    bodyText: verbatim(doc.source, b, markerLength, b.s.length),
    responsibilities: hits.map((h) => unitsOf(doc, b, h)),
    targets,
    deadlines,
    spans: [spanOf(b, 0, b.s.length)],
  }
  if (item.progress.length) {
    const p = blockOf(doc.shadow, item.progress.map((i) => doc.lines[i]))
    const pq = quotedSpans(p.s)
    const pRefs = bracketGroups(p, pq).filter((g) => NOT_CONTENT.test(p.s.slice(g.from + 1, g.to - 1)))
    out.progressText = verbatim(doc.source, p, 0, p.s.length)
    out.targets.push(...findTargets(doc.source, p, [...pRefs, ...pq], { from: '工作进度' }))
    out.deadlines.push(...findDeadlines(doc.source, p, pRefs, { from: '工作进度' }))
    out.spans.push(spanOf(p, 0, p.s.length))
  }
  return out
}

/** The lines of a block that start with a label, as ranges. */
function labelLines(b: Block, label: RegExp): Piece[] {
  const starts = [...b.lineStarts].sort((x, y) => x - y)
  return starts.flatMap((from, i) => (label.test(b.s.slice(from, from + 8)) ? [{ from, to: starts[i + 1] ?? b.s.length }] : []))
}

/** Deadlines in loose paragraphs (outside any task). */
export function proseDeadlines(doc: Doc, lines: number[]): Deadline[] {
  const b = blockOf(doc.shadow, lines.map((i) => doc.lines[i]))
  const quotes = quotedSpans(b.s)
  const refs = bracketGroups(b, quotes).filter((g) => NOT_CONTENT.test(b.s.slice(g.from + 1, g.to - 1)))
  return findDeadlines(doc.source, b, [...refs, ...quotes.filter((q) => b.s[q.from] === '《')])
}
