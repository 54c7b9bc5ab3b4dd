import { shadowOf } from './text-block'

/**
 * Plans written as tables: one row per task, columns such as 序号 / 工作目标 / 工作内容 / 责任单位 / 完成时限.
 * A table reaches the reader as lines of cells separated by tabs (.docx tables, spreadsheets pasted as
 * text) or by `|`. This module only recognises rows and columns; tasks are built in table-tasks.ts.
 */

export interface Cell { text: string; start: number; end: number } // offsets within the line

export function splitCells(raw: string): Cell[] | null {
  const sep = raw.includes('\t') ? '\t' : (raw.match(/\|/g)?.length ?? 0) >= 2 ? '|' : null
  if (!sep) return null
  const cells: Cell[] = []
  let pos = 0
  for (const part of raw.split(sep)) {
    const lead = part.length - part.trimStart().length
    const text = part.trim()
    cells.push({ text, start: pos + lead, end: pos + lead + text.length })
    pos += part.length + 1
  }
  // `| a | b |` has empty cells at both ends.
  if (sep === '|') {
    if (cells[0]?.text === '') cells.shift()
    if (cells[cells.length - 1]?.text === '') cells.pop()
  }
  // A markdown rule row (|---|---|) carries no cells.
  if (cells.every((c) => /^:?-{2,}:?$/.test(c.text) || c.text === '')) return []
  return cells.length >= 2 ? cells : null
}

export type Column = 'number' | 'category' | 'content' | 'responsible' | 'lead' | 'cooperating' | 'deadline' | 'progress' | 'other'

export function columnOf(header: string): Column {
  const h = header.replace(/\s+/g, '')
  if (/^(?:序号|编号|序|No\.?)$/i.test(h)) return 'number'
  if (/配合|协办|参与|协助/.test(h) && /单位|部门/.test(h)) return 'cooperating'
  if (/牵头|主责|主办/.test(h) && /单位|部门/.test(h)) return 'lead'
  if (/责任单位|责任部门|负责单位|责任主体|实施单位/.test(h)) return 'responsible'
  if (/责任领导|分管领导|联系人/.test(h)) return 'other'
  if (/工作进度|进度安排|推进计划|进展/.test(h)) return 'progress'
  if (/时限|完成时间|时间节点|完成期限|时间要求|截止时间/.test(h)) return 'deadline'
  if (/类别|领域|方面|板块|分类/.test(h)) return 'category'
  if (/任务|内容|措施|目标|事项|工作|举措|要求|项目|指标/.test(h)) return 'content'
  return 'other'
}

/** A header row names a content column and a responsibility or deadline column. */
export function isTableHeader(cells: Cell[]): boolean {
  if (cells.length < 2) return false
  const cols = cells.map((c) => columnOf(simplifyHeader(c.text)))
  return cols.includes('content') && (cols.includes('responsible') || cols.includes('lead') || cols.includes('deadline'))
}

export const simplifyHeader = (h: string) => shadowOf(h)
