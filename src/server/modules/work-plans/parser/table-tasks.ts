import { findDeadlines } from './deadlines'
import { type Doc, type ReadItem, type WrittenResponsibility, unitsOf } from './item-reader'
import { markerOf } from './markers'
import { parseAssignment, type Role } from './responsibilities'
import type { Table } from './structure'
import { columnOf, splitCells, type Cell, type Column } from './table-layout'
import { findTargets } from './targets'
import { blockOf, shadowOf, verbatim } from './text-block'
import type { Deadline } from './types'

/**
 * One table row is one task: the first content column gives the title, the 责任单位 / 牵头单位 / 配合单位
 * columns the units, the 完成时限 column the deadline (any date written there is one), a 工作进度 column
 * the progress text. A row with a single filled cell (一、源头治理) opens a section.
 */

export interface TableTask { item: ReadItem; section: string | null }
export interface TableSection { number: string; title: string }

const ROLE_OF: Partial<Record<Column, Role>> = { responsible: 'neutral', lead: 'lead', cooperating: 'coop' }

export function readTable(doc: Doc, table: Table): { tasks: TableTask[]; sections: TableSection[] } {
  const headerLine = doc.lines[table.header]
  const header = splitCells(doc.source.slice(headerLine.start, headerLine.end)) ?? []
  const columns = header.map((c) => columnOf(shadowOf(c.text)))
  const tasks: TableTask[] = []
  const sections: TableSection[] = []
  let rowSection: string | null = null // from a section row or a category column
  let previous: Cell[] | null = null
  let index = 0
  for (const row of table.rows) {
    const line = doc.lines[row.line]
    const raw = doc.source.slice(line.start, line.end)
    let cells = splitCells(raw) ?? []
    if (cells.length === 0) continue // a markdown rule row
    const filled = cells.filter((c) => c.text)
    if (filled.length === 1 && cells.length < columns.length) {
      const m = markerOf(shadowOf(filled[0].text).replace(/\s+/g, ''))
      if (m?.kind === 'chapter') {
        rowSection = m.written
        sections.push({ number: m.written, title: filled[0].text.replace(/\s+/g, '').slice(m.length).replace(/[。：]$/, '') })
      }
      continue
    }
    // A header repeated on a new page.
    if (cells.every((c, i) => c.text === header[i]?.text)) continue
    // Cells merged across rows arrive missing at the left: borrow them from the row above.
    if (cells.length < columns.length && previous) cells = [...previous.slice(0, columns.length - cells.length).map((c) => ({ ...c, start: -1, end: -1 })), ...cells]
    previous = cells
    const cellBlock = (c: Cell) => blockOf(doc.shadow, [{ start: line.start + c.start, end: line.start + c.end }])
    const own = (i: number) => cells[i] && cells[i].start >= 0 && cells[i].text ? cells[i] : null
    index++
    const numberCell = columns.indexOf('number')
    const number = numberCell >= 0 && own(numberCell) ? cells[numberCell].text : String(index)
    const category = columns.indexOf('category')
    if (category >= 0 && cells[category]?.text) {
      const m = markerOf(shadowOf(cells[category].text).replace(/\s+/g, ''))
      if (m?.kind === 'chapter' && rowSection !== m.written) {
        rowSection = m.written
        sections.push({ number: m.written, title: cells[category].text.replace(/\s+/g, '').slice(m.length) })
      }
    }
    const contentIdx = columns.map((c, i) => (c === 'content' ? i : -1)).filter((i) => i >= 0 && own(i))
    const firstContent = contentIdx[0]
    let title = ''
    if (firstContent !== undefined) {
      const b = cellBlock(cells[firstContent])
      const stop = b.s.search(/[。！？]/)
      title = verbatim(doc.source, b, 0, stop >= 0 ? stop : b.s.length).replace(/[：；，]$/, '')
    }
    const responsibilities: WrittenResponsibility[] = []
    columns.forEach((col, i) => {
      const role = ROLE_OF[col]
      if (!role || !own(i)) return
      const b = cellBlock(cells[i])
      const a = parseAssignment(b.s, 0, b.s.length, { strict: false, defaultRole: role })
      if (a) responsibilities.push(unitsOf(doc, b, { ...a, from: 0, to: b.s.length }))
    })
    const targets = contentIdx.flatMap((i) => { const b = cellBlock(cells[i]); return findTargets(doc.source, b, []) })
    const deadlines: Deadline[] = []
    const seen = new Set<string>()
    const addDeadlines = (list: Deadline[]) => {
      for (const d of list) {
        const key = `${d.text.replace(/\s+/g, '')}|${d.kind}|${d.from ?? ''}`
        if (!seen.has(key)) { seen.add(key); deadlines.push(d) }
      }
    }
    columns.forEach((col, i) => {
      if (col === 'deadline' && own(i)) addDeadlines(findDeadlines(doc.source, cellBlock(cells[i]), [], { cell: true }))
    })
    for (const i of contentIdx) addDeadlines(findDeadlines(doc.source, cellBlock(cells[i]), []))
    const item: ReadItem = {
      number,
      title,
      text: raw.replace(/\s+$/, ''),
      bodyText: raw.replace(/\s+$/, ''),
      responsibilities,
      targets,
      deadlines,
      spans: [{ start: line.start, end: line.end }],
    }
    const progressIdx = columns.indexOf('progress')
    if (progressIdx >= 0 && own(progressIdx)) {
      const b = cellBlock(cells[progressIdx])
      item.progressText = verbatim(doc.source, b, 0, b.s.length)
      item.targets.push(...findTargets(doc.source, b, [], { from: '工作进度' }))
      addDeadlines(findDeadlines(doc.source, b, [], { from: '工作进度', cell: true }))
    }
    tasks.push({ item, section: rowSection ?? row.chapter?.written ?? null })
  }
  return { tasks, sections }
}
