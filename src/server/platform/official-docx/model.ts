/**
 * What a report says, without its layout: the writer (write-official-docx.ts) owns every font, size and
 * number label, so each report builds only this.
 */

/**
 * A piece of paragraph text:
 * - a string: text as written;
 * - a figure: a number Shian computed, printed plainly (no thousands separator, `decimals` fixed if given);
 *   `null` (or NaN) prints as a blank named by `label`, so a missing figure is never printed as 0;
 * - a blank: what Shian cannot know, printed 【待填写：说明】 on yellow for the office to write.
 */
export type Run = string | Figure | Blank
export interface Figure { figure: number | null; decimals?: number; label?: string }
export interface Blank { blank: string }

/** A table cell: numbers and figures are right-aligned; `null` is an empty cell. */
export type Cell = string | number | null | Figure | Blank

/**
 * Headings are numbered by the writer (GB/T 9704-2012 7.3.3): level 1 「一、」, 2 「（一）」, 3 「1.」, 4 「（1）」,
 * counted in order and restarting under each parent. `text` is the heading without its number; `body`
 * continues the same paragraph in the body font (「（一）加强领导，落实责任。严格落实……」).
 */
export interface HeadingBlock { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; body?: Run[] }
export interface ParagraphBlock { kind: 'paragraph'; runs: Run[] }
/**
 * `widths`: relative column widths (e.g. [3, 1, 1]), spread over the 156 mm 版心; equal when absent.
 * The header row repeats on every page the table runs onto.
 */
export interface TableBlock {
  kind: 'table'
  title?: string
  header: string[]
  rows: Cell[][]
  widths?: number[]
  note?: string
}
export interface PageBreakBlock { kind: 'pageBreak' }
export type Block = HeadingBlock | ParagraphBlock | TableBlock | PageBreakBlock

export interface OfficialDoc {
  /** Line breaks (\n) split a long title into centred lines, as the seed's 「……创建工作\n自 查 报 告」. */
  title: string
  /** Printed under the title in 楷体, e.g. （2021年1月—12月）. */
  subtitle?: string
  /** 发文机关署名, at the end (7.3.5.2, without a seal). */
  issuer?: string
  /** 成文日期 as YYYY-MM-DD, printed 2026年3月5日 under the issuer. */
  date?: string
  blocks: Block[]
}

export const figure = (value: number | null, opts: Omit<Figure, 'figure'> = {}): Figure => ({ figure: value, ...opts })
export const blank = (what: string): Blank => ({ blank: what })

export const isFigure = (r: unknown): r is Figure => typeof r === 'object' && r !== null && 'figure' in r
export const isBlank = (r: unknown): r is Blank => typeof r === 'object' && r !== null && 'blank' in r
