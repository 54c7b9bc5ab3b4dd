import { columnOf, isTableHeader } from './table-layout'
import { shadowOf } from './text-block'

/**
 * Tables in a PDF are only positioned text: each cell's lines sit at its column's left edge, a row's
 * cells wrap independently. This pass finds a header row (序号 / 工作内容 / 责任单位 / 完成时限…), takes
 * the column edges from where the rows below start their text, and rebuilds every row as one line of
 * tab-separated cells — the form the reader takes tables in. A table interrupted by a heading (一、源头
 * 治理) or a page break goes on when later lines start at the same column edges.
 */

export interface Segment { text: string; x0: number; x1: number }
export interface PdfLine { text: string; x0: number; x1: number; y: number; size: number; page: number; segments: Segment[]; table?: boolean }

const TOLERANCE = 2.5

interface Columns { starts: number[]; size: number; numbered: boolean }

/** Column edges: the `count` left edges that most table lines share. */
function columnStarts(lines: PdfLine[], count: number): number[] {
  const edges: { x: number; n: number }[] = []
  for (const line of lines) {
    for (const s of line.segments) {
      const e = edges.find((c) => Math.abs(c.x - s.x0) <= TOLERANCE)
      if (e) e.n++
      else edges.push({ x: s.x0, n: 1 })
    }
  }
  return edges.filter((e) => e.n >= 2).sort((a, b) => b.n - a.n).slice(0, count).map((e) => e.x).sort((a, b) => a - b)
}

const columnAt = (starts: number[], x: number) => {
  let col = 0
  for (let i = 0; i < starts.length; i++) if (x >= starts[i] - TOLERANCE) col = i
  return col
}

const fitsSize = (line: PdfLine, size: number) => Math.abs(line.size - size) <= size * 0.15

/** Whether a line can belong to a table with these columns: its size, and every piece inside one column. */
function fits(line: PdfLine, cols: Columns): boolean {
  if (!fitsSize(line, cols.size)) return false
  return line.segments.every((s) => {
    const c = columnAt(cols.starts, s.x0)
    const next = cols.starts[c + 1]
    return next === undefined || s.x1 <= next + TOLERANCE
  })
}

const aligned = (line: PdfLine, cols: Columns) =>
  line.segments.filter((s) => cols.starts.some((x) => Math.abs(x - s.x0) <= TOLERANCE)).length >= Math.min(2, line.segments.length) && line.segments.length >= 2

export function rebuildTables(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = []
  let cols: Columns | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const header = line.segments.length >= 2 && isTableHeader(line.segments.map((s) => ({ text: shadowOf(s.text), start: 0, end: 0 })))
    if (header) {
      // Column edges from the lines below set like the header and split into pieces (paragraph lines,
      // headings between parts of the table, have one piece and are left out).
      const below = lines.slice(i + 1, i + 400).filter((l) => l.segments.length >= 2 && Math.abs(l.size - line.size) <= line.size * 0.15)
      const starts = columnStarts(below, line.segments.length)
      if (starts.length >= 2) {
        const cells = Array<string>(starts.length).fill('')
        for (const s of line.segments) cells[columnOf(shadowOf(s.text)) === 'other' ? columnAt(starts, s.x0) : columnAtCenter(starts, s)] += s.text.trim()
        // Header labels wrapped in narrow columns (序/号) continue on the next lines, close below.
        let j = i + 1
        for (let y = line.y; j < lines.length && y - lines[j].y <= line.size * 1.6 && !/^\d+$/.test(lines[j].segments[0]?.text.trim() ?? '') && fitsSize(lines[j], line.size); j++) {
          for (const s of lines[j].segments) cells[columnAtCenter(starts, s)] += s.text.trim()
          y = lines[j].y
        }
        cols = { starts, size: line.size, numbered: /^(?:序号|编号|序)$/.test(shadowOf(cells[0])) }
        out.push(row(line, cells))
        i = emitRows(lines, j, cols, out) - 1
        continue
      }
    }
    if (cols && aligned(line, cols) && fits(line, cols)) {
      i = emitRows(lines, i, cols, out) - 1
      continue
    }
    out.push(line)
  }
  return out
}

/** Header labels are often centred: place them by their middle. */
function columnAtCenter(starts: number[], s: Segment) {
  return columnAt(starts, (s.x0 + s.x1) / 2)
}

const row = (like: PdfLine, cells: string[]): PdfLine => ({ ...like, text: cells.join('\t'), table: true, segments: [] })

/** Groups table lines into rows (a new row starts in the number column, or after a wider gap). */
function emitRows(lines: PdfLine[], from: number, cols: Columns, out: PdfLine[]): number {
  let i = from
  let cells: string[] | null = null
  let first: PdfLine | null = null
  let lastY = 0
  const gaps: number[] = []
  const flush = () => { if (cells && first && cells.some((c) => c)) out.push(row(first, cells)); cells = null }
  for (; i < lines.length; i++) {
    const line = lines[i]
    if (!fits(line, cols)) break
    const gap = first ? lastY - line.y : 0
    const typical = gaps.length ? Math.min(...gaps) : line.size * 1.2
    const startsRow = !cells || (cols.numbered ? line.segments.some((s) => columnAt(cols.starts, s.x0) === 0) : gap > typical * 1.45)
    if (startsRow) { flush(); cells = Array<string>(cols.starts.length).fill(''); first = line } else if (gap > 0) gaps.push(gap)
    for (const s of line.segments) cells![columnAt(cols.starts, s.x0)] += s.text.trim()
    lastY = line.y
  }
  flush()
  return i
}
