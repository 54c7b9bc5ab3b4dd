import { ATTACHMENT_LINE, DATE_LINE, LEVEL_RANK, TRAILER_LINE, labelOf, markerOf, type Marker, type MarkerKind } from './markers'
import { endsWithResponsibility, findResponsibilities } from './responsibilities'
import { isTableHeader, splitCells } from './table-layout'
import { blockOf, type Line } from './text-block'

/**
 * The outline of a plan body: chapters (一、), the numbered items under them and what they are (tasks,
 * overall goals, closing measures), loose paragraphs, and table rows. Works on lines only; reading the
 * content of an item is left to the task builder.
 */

export type ChapterKind = 'tasks' | 'goals' | 'measures' | 'intro' | 'steps'
export interface Chapter { numeral: number; written: string; line: number; titleLines: number[]; kind: ChapterKind }
export interface Item {
  kind: 'task' | 'goal' | 'measure'
  marker: Marker
  lines: number[]
  progress: number[]
  chapter: Chapter | null
}
export interface Prose { chapter: Chapter | null; lines: number[] }
export interface TableRow { line: number; chapter: Chapter | null }
export interface Table { chapter: Chapter | null; header: number; width: number; rows: TableRow[] }
export interface Outline {
  start: number
  end: number
  chapters: Chapter[]
  items: Item[]
  prose: Prose[]
  tables: Table[]
  rejections: number
}

const KIND_BY_TITLE: [RegExp, ChapterKind][] = [
  [/总体要求|指导思想|基本原则|工作原则|总体思路|工作思路|目的意义|重要意义|适用范围|基本情况|背景/, 'intro'],
  [/实施步骤|工作步骤|方法步骤|进度安排|时间安排|实施阶段|阶段安排|时间节点|步骤安排/, 'steps'],
  [/保障措施|工作措施|推进措施|落实措施|组织保障|保障机制|工作保障|工作要求|有关要求|组织实施|实施保障|组织领导|其他事项|保障$/, 'measures'],
  [/目标/, 'goals'],
]

function kindOfTitle(heading: string, afterTasks: boolean): ChapterKind {
  const title = heading.replace(/^[^、.，]+[、.，]/, '').replace(/[。：]$/, '')
  if (/重点任务|主要任务|工作任务|重点工作|任务分工/.test(title)) return 'tasks'
  for (const [re, kind] of KIND_BY_TITLE) {
    // Closing measures come after the tasks; a first chapter 强化组织领导 is a chapter of tasks. Goals
    // and introductions have short headings (总体目标, 总体要求): 聚焦目标任务，推动… is a chapter of tasks.
    if (!re.test(title)) continue
    if (kind === 'measures' && !afterTasks) continue
    if ((kind === 'goals' || kind === 'intro') && title.length > 12) continue
    return kind
  }
  return 'tasks'
}

/** Whether line i (a short organisation name or a date) starts the signature block that ends a body. */
function startsTrailer(lines: Line[], i: number): boolean {
  const c = lines[i].c
  if (DATE_LINE.test(c) || TRAILER_LINE.test(c)) return true
  const next = lines[i + 1]
  return !!next && DATE_LINE.test(next.c) && c.length <= 30 && !/[。，；：]/.test(c) && !markerOf(c)
}

/** Pass 1: accepted chapter headings (numbered in sequence) and where the body ends. */
function findChapters(lines: Line[], start: number, end: number) {
  const chapters: Chapter[] = []
  let rejections = 0
  let bodyEnd = end
  let seenContent = false
  let restart = false
  for (let i = start; i < end; i++) {
    const c = lines[i].c
    if (seenContent && (ATTACHMENT_LINE.test(c) || startsTrailer(lines, i))) { bodyEnd = i; break }
    const m = markerOf(c)
    if (m && m.kind !== 'chapter' && m.kind !== 'circled') seenContent = true
    // 第一部分 / 第二部分 group chapters; each part numbers its chapters from 一 again.
    if (m?.kind === 'part') { restart = true; continue }
    if (!m || m.kind !== 'chapter') continue
    const last = chapters[chapters.length - 1]
    const expected = last && !restart ? last.numeral + 1 : 1
    if (m.numeral !== expected) { rejections++; continue }
    restart = false
    const titleLines = [i]
    // A long heading wrapped onto the next line ends its first line with ，or 、.
    if (/[，、]$/.test(c) && i + 1 < end && !markerOf(lines[i + 1].c) && lines[i + 1].c.length <= 30) titleLines.push(i + 1)
    chapters.push({ numeral: m.numeral, written: m.written, line: i, titleLines, kind: 'tasks' })
    seenContent = true
  }
  return { chapters, rejections, bodyEnd }
}

const ITEM_KINDS: MarkerKind[] = ['paren', 'arabic', 'arabicParen']

/** Whether line i opens a paragraph: the line before it ended a sentence. */
const startsParagraph = (lines: Line[], i: number) => i === 0 || /[。！？；）〕”]$/.test(lines[i - 1].c)

/** The highest numbering level (among （一） / 1. / （1）) that starts at 1 in a range of lines. */
function topLevel(lines: Line[], from: number, to: number): MarkerKind | null {
  let best: MarkerKind | null = null
  for (let i = from; i < to; i++) {
    const m = markerOf(lines[i].c)
    if (!m || !ITEM_KINDS.includes(m.kind) || m.numeral !== 1) continue
    if (!best || LEVEL_RANK[m.kind] < LEVEL_RANK[best]) best = m.kind
  }
  return best
}

export function buildOutline(lines: Line[], shadow: string, source: string, start: number, end: number): Outline {
  const found = findChapters(lines, start, end)
  const { chapters } = found
  let rejections = found.rejections
  const bodyEnd = found.bodyEnd
  const chapterAt = new Map(chapters.map((c) => [c.line, c]))
  const titleLine = new Set(chapters.flatMap((c) => c.titleLines))

  // Ranges of lines per chapter; text before the first chapter belongs to no chapter.
  const ranges: { chapter: Chapter | null; from: number; to: number }[] = []
  let cursor = start
  let current: Chapter | null = null
  for (const ch of chapters) {
    if (ch.line > cursor || current) ranges.push({ chapter: current, from: cursor, to: ch.line })
    current = ch
    cursor = ch.line
  }
  ranges.push({ chapter: current, from: cursor, to: bodyEnd })

  let afterTasks = false
  for (const r of ranges) {
    if (!r.chapter) continue
    const title = r.chapter.titleLines.map((i) => lines[i].c).join('')
    r.chapter.kind = kindOfTitle(title, afterTasks)
    if (r.chapter.kind === 'tasks' && topLevel(lines, r.from + r.chapter.titleLines.length, r.to)) afterTasks = true
  }
  // With no chapters at all the whole body is read as one chapter of tasks.
  const taskRanges = ranges.filter((r) => (r.chapter ? r.chapter.kind === 'tasks' : chapters.length === 0))
  let planLevel: MarkerKind | null = null
  for (const r of taskRanges) {
    const level = topLevel(lines, r.from, r.to)
    if (level && (!planLevel || LEVEL_RANK[level] < LEVEL_RANK[planLevel])) planLevel = level
  }

  const items: Item[] = []
  const prose: Prose[] = []
  const tables: Table[] = []
  let lastTaskNumeral = 0
  // A table runs on across chapter headings written between its rows (一、源头治理 as a merged row).
  let table: Table | null = null
  for (const r of ranges) {
    const kind = r.chapter ? r.chapter.kind : chapters.length === 0 ? 'tasks' : 'intro'
    // A closing chapter may go on with the tasks' numbering (（二十三）加强经费保障…): read it at the plan's level.
    const level = kind === 'tasks' ? planLevel : topLevel(lines, r.from, r.to) ?? (kind === 'intro' ? null : planLevel)
    let cur: Item | null = null
    let closed = false
    let mode: 'main' | 'progress' = 'main'
    let inChapter = 0
    let lastInChapter = 0
    let goalSection: { marker: Marker; lines: number[]; goals: number } | null = null
    let proseRun: Prose | null = null
    const toProse = (i: number) => {
      if (!proseRun) { proseRun = { chapter: r.chapter, lines: [] }; prose.push(proseRun) }
      proseRun.lines.push(i)
    }
    const itemKind = kind === 'tasks' ? 'task' : kind === 'goals' ? 'goal' : kind === 'intro' ? 'goal' : 'measure'
    const closeGoalSection = () => {
      if (goalSection && goalSection.goals === 0) items.push({ kind: 'goal', marker: goalSection.marker, lines: goalSection.lines, progress: [], chapter: r.chapter })
      goalSection = null
    }
    for (let i = r.from; i < r.to; i++) {
      // 二、强化考核评价。市食安办每季度通报… — text after a heading's full stop is the chapter's prose.
      if (chapterAt.has(i) && /。./.test(lines[i].c)) { toProse(i); continue }
      if (titleLine.has(i) || chapterAt.has(i)) continue
      const line = lines[i]
      const raw = source.slice(line.start, line.end)
      const cells = splitCells(raw)
      if (cells && (isTableHeader(cells) || (table && cells.length <= table.width + 1))) {
        if (isTableHeader(cells)) { table = { chapter: r.chapter, header: i, width: cells.length, rows: [] }; tables.push(table) } else table!.rows.push({ line: i, chapter: r.chapter })
        cur = null
        proseRun = null
        continue
      }
      table = null
      const m = markerOf(line.c)
      const label = labelOf(line.c)
      if (m && level && m.kind === level && kind !== 'intro') {
        // Next in the chapter, first of a chapter (per-chapter or continuous numbering); a number
        // skipped or repeated by mistake (（五）（七）, （五）（五）) still starts a task.
        const inSequence = (m.numeral === 1 && inChapter === 0) || m.numeral === lastInChapter + 1 ||
          (inChapter === 0 && m.numeral === lastTaskNumeral + 1 && lastTaskNumeral > 0) ||
          (inChapter > 0 && (m.numeral === lastInChapter + 2 || m.numeral === lastInChapter) && startsParagraph(lines, i))
        if (inSequence) {
          cur = { kind: itemKind, marker: m, lines: [i], progress: [], chapter: r.chapter }
          items.push(cur)
          inChapter++
          lastInChapter = m.numeral
          if (kind === 'tasks') lastTaskNumeral = m.numeral
          closed = kind === 'tasks' && endsWithResponsibility(blockOf(shadow, [line]))
          mode = 'main'
          proseRun = null
          continue
        }
        rejections++
      }
      if (kind === 'intro' && m && m.kind === 'paren') {
        closeGoalSection()
        cur = null
        proseRun = null
        if (/目标/.test(line.c.slice(m.length, m.length + 12))) goalSection = { marker: m, lines: [i], goals: 0 }
        else toProse(i)
        continue
      }
      if (goalSection && m && (m.kind === 'arabic' || m.kind === 'arabicParen')) {
        cur = { kind: 'goal', marker: m, lines: [i], progress: [], chapter: r.chapter }
        items.push(cur)
        goalSection.goals++
        continue
      }
      if (goalSection && !cur) { goalSection.lines.push(i); continue }
      if (m && level && LEVEL_RANK[m.kind] < LEVEL_RANK[level]) { cur = null; toProse(i); continue }
      if (label === 'progress' && cur) { cur.progress.push(i); mode = 'progress'; continue }
      if (cur && mode === 'progress' && !m && !label) { cur.progress.push(i); continue }
      if (cur && (label || m || !closed)) {
        cur.lines.push(i)
        mode = 'main'
        // A 责任单位： line right under a heading (（一）加强源头治理 / 责任单位：… / 正文) does not end the task.
        const headingOnly = cur.lines.length === 2 && !/[。！？]/.test(lines[cur.lines[0]].c)
        if (cur.kind === 'task') closed = (label === 'responsibility' && !headingOnly) || (/[）〕。]$/.test(line.c) && endsWithResponsibility(blockOf(shadow, cur.lines.map((k) => lines[k]))))
        continue
      }
      if (cur && closed) {
        // After a complete task, a paragraph is still the task's when it closes with its own responsibility.
        let j = i
        while (j < r.to && !markerOf(lines[j].c) && !labelOf(lines[j].c) && !chapterAt.has(j) && !splitCells(source.slice(lines[j].start, lines[j].end))) j++
        if (endsWithResponsibility(blockOf(shadow, lines.slice(i, j)))) {
          for (let k = i; k < j; k++) cur.lines.push(k)
          i = j - 1
          continue
        }
      }
      cur = null
      toProse(i)
    }
    closeGoalSection()
  }
  // A chapter named like goals or measures whose items carry responsibilities, or go on with the tasks'
  // numbering, is a chapter of tasks.
  for (const ch of chapters) {
    if (ch.kind === 'tasks' || ch.kind === 'intro') continue
    const own = items.filter((it) => it.chapter === ch)
    const withUnits = own.filter((it) => findResponsibilities(blockOf(shadow, it.lines.map((k) => lines[k]))).length > 0)
    const continues = own.length > 0 && own[0].marker.numeral > 1
    if (own.length > 0 && (withUnits.length * 2 > own.length || continues)) {
      ch.kind = 'tasks'
      for (const it of own) it.kind = 'task'
    }
  }
  return { start, end: bodyEnd, chapters, items, prose, tables, rejections }
}
