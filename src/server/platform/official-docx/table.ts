import {
  AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  VerticalAlign, WidthType,
} from 'docx'
import { FONT, SIZE_PT, TEXT_AREA_MM, twipsOfMm } from './layout'
import { isFigure, type Cell, type TableBlock } from './model'
import { EXACT_LINE, textRun, toTextRuns, type Type } from './runs'

/**
 * Tables in 4号 (GB/T 9704 sets no table type; 4号 is the largest that keeps a 5–6 column table on the
 * 156 mm 版心): header row in 黑体, centred, repeated on every page; cells in 仿宋, numbers right-aligned
 * so their digits line up; single borders. Cell text does not snap to the body's 28-character grid,
 * which is measured for 3号.
 */
const CELL: Type = { font: FONT.body, size: SIZE_PT.四号 }
const HEAD: Type = { font: FONT.heading1, size: SIZE_PT.四号 }
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const WIDTH_TWIPS = twipsOfMm(TEXT_AREA_MM.width)
const NUMERIC = /^[-+]?\d[\d,]*(?:\.\d+)?\s*[%‰]?$/

const isNumeric = (c: Cell) => typeof c === 'number' || isFigure(c) || (typeof c === 'string' && NUMERIC.test(c.trim()))

function cellParagraph(c: Cell, type: Type, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  const children = c === null ? [] : toTextRuns([typeof c === 'number' ? { figure: c } : c], type, false)
  return new Paragraph({ children, alignment, spacing: { before: 40, after: 40 } })
}

/** Relative widths → twips summing to the 版心 width; rounding the running total spreads the rounding. */
function columnTwips(count: number, widths?: number[]): number[] {
  const w = widths ?? Array<number>(count).fill(1)
  if (w.length !== count || w.some((x) => !(x > 0))) throw new Error(`table widths ${JSON.stringify(widths)} do not fit ${count} columns`)
  const sum = w.reduce((a, b) => a + b, 0)
  let before = 0
  return w.map((x) => {
    const edge = before + x
    const twips = Math.round((WIDTH_TWIPS * edge) / sum) - Math.round((WIDTH_TWIPS * before) / sum)
    before = edge
    return twips
  })
}

export function tableElements(t: TableBlock, pageBreakBefore = false): (Paragraph | Table)[] {
  const n = t.header.length
  t.rows.forEach((r, i) => { if (r.length !== n) throw new Error(`table row ${i + 1} has ${r.length} cells, the header ${n}`) })
  const columnWidths = columnTwips(n, t.widths)
  const cell = (p: Paragraph, k: number) =>
    new TableCell({ children: [p], width: { size: columnWidths[k], type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER })
  const table = new Table({
    width: { size: WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((h, k) => cell(cellParagraph(h, HEAD, AlignmentType.CENTER), k)) }),
      ...t.rows.map((r) => new TableRow({
        cantSplit: true,
        children: r.map((c, k) => cell(cellParagraph(c, CELL, isNumeric(c) ? AlignmentType.RIGHT : AlignmentType.LEFT), k)),
      })),
    ],
  })
  const title = t.title
    ? [new Paragraph({ children: [textRun(t.title, HEAD)], alignment: AlignmentType.CENTER, spacing: EXACT_LINE, keepNext: true, pageBreakBefore })]
    : []
  const note = t.note ? [new Paragraph({ children: [textRun(t.note, CELL)], spacing: EXACT_LINE })] : []
  return [...title, table, ...note]
}
