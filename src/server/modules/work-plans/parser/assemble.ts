import type { FrontMatter } from './front-matter'
import { proseDeadlines, readItem, type Doc, type ReadItem, type WrittenResponsibility } from './item-reader'
import type { Chapter, Item } from './structure'
import { readTable } from './table-tasks'
import { blockOf, compactVerbatim } from './text-block'
import { buildUnitCanonical, canonicalContext } from './unit-canonical'
import type { Deadline, Goal, Measure, ParsedPlan, Responsibility, Section, Task } from './types'

/** Builds the plan JSON from the outline: sections, tasks, goals, measures, general deadlines, units. */

function sectionTitle(doc: Doc, ch: Chapter, markerLength: number): string {
  const b = blockOf(doc.shadow, ch.titleLines.map((i) => doc.lines[i]))
  const stop = b.s.indexOf('。', markerLength)
  return compactVerbatim(doc.source, b, markerLength, stop > markerLength ? stop : b.s.length).replace(/[。：:；]+$/, '')
}

const numberOf = (doc: Doc, item: Item): string => {
  const m = item.marker
  if (m.kind === 'paren' || m.kind === 'arabicParen') return `（${m.written}）`
  // 1. / 1、 as written
  const first = doc.lines[item.lines[0]]
  const b = blockOf(doc.shadow, [first])
  return compactVerbatim(doc.source, b, 0, m.length)
}

export function assemble(doc: Doc, front: FrontMatter): ParsedPlan {
  const { outline } = front
  const markerLength = (ch: Chapter) => {
    const c = doc.lines[ch.line].c
    return (/^第[^部章篇]+(?:部分|章|篇)[、.：，]?/.exec(c) ?? /^[^、.，]+[、.，]/.exec(c))?.[0].length ?? 0
  }
  const sections: Section[] = outline.chapters.map((ch) => ({ number: ch.written, title: sectionTitle(doc, ch, markerLength(ch)) }))
  const sectionOf = (item: { chapter: Chapter | null }) => item.chapter?.written ?? null
  const chapterLabel = (ch: Chapter | null) => (ch ? `${ch.written}、${sections[outline.chapters.indexOf(ch)]?.title ?? ''}` : '')

  const readTasks: { read: ReadItem; section: string | null }[] = []
  const goals: Goal[] = []
  const measures: Measure[] = []
  const general: { at: number; d: Deadline }[] = []
  for (const item of outline.items) {
    const read = readItem(doc, item, item.marker.length, { number: numberOf(doc, item) })
    if (item.kind === 'task') readTasks.push({ read, section: sectionOf(item) })
    else if (item.kind === 'goal') {
      goals.push({
        number: item.marker.kind === 'arabic' ? item.marker.written : read.number,
        text: read.bodyText,
        targets: read.targets,
        sourceSpans: read.spans,
      })
      for (const d of read.deadlines) general.push({ at: d.sourceSpans?.[0]?.start ?? 0, d: { ...d, appliesTo: `${chapterLabel(item.chapter)}（${read.number}）` } })
    } else {
      measures.push({ number: read.number, section: sectionOf(item), title: read.title, text: read.text, deadlines: read.deadlines, sourceSpans: read.spans })
      for (const d of read.deadlines) general.push({ at: d.sourceSpans?.[0]?.start ?? 0, d: { ...d, appliesTo: `${chapterLabel(item.chapter)}${read.number}${read.title}` } })
    }
  }
  if (readTasks.length === 0) {
    for (const table of outline.tables) {
      const { tasks, sections: tableSections } = readTable(doc, table)
      for (const s of tableSections) if (!sections.some((x) => x.number === s.number)) sections.push(s)
      readTasks.push(...tasks.map((t) => ({ read: t.item, section: t.section })))
    }
  }
  for (const p of outline.prose) {
    for (const d of proseDeadlines(doc, p.lines)) general.push({ at: d.sourceSpans?.[0]?.start ?? 0, d: { ...d, appliesTo: chapterLabel(p.chapter) || '全文' } })
  }

  const allUnits = readTasks.flatMap((t) => t.read.responsibilities.flatMap((r) => [...r.leads, ...r.cooperating].map((u) => u.name)))
  const unitCanonical = buildUnitCanonical(allUnits, canonicalContext(allUnits, front.title))
  const canon = (name: string) => unitCanonical[name] ?? name

  const tasks: Task[] = readTasks.map(({ read, section }) => toTask(read, section, canon))
  const plan: ParsedPlan = {
    title: front.title,
    issuer: front.issuer,
    year: front.year,
    sections,
    tasks,
    generalDeadlines: general.sort((a, b) => a.at - b.at).map((g) => g.d),
    unitCanonical,
    sourceText: doc.source,
  }
  if (goals.length) plan.goals = goals
  if (measures.length) plan.measures = measures
  return plan
}

function toTask(read: ReadItem, section: string | null, canon: (n: string) => string): Task {
  const leads: string[] = []
  const cooperating: string[] = []
  const seen = new Set<string>()
  const responsibilities: Responsibility[] = read.responsibilities.map((r) => toResponsibility(r, canon))
  // Task leads: each statement's lead in order; cooperating: every other unit; once per canonical name.
  for (const r of read.responsibilities) for (const u of r.leads) if (!seen.has(canon(u.name))) { seen.add(canon(u.name)); leads.push(u.name) }
  for (const r of read.responsibilities) for (const u of r.cooperating) if (!seen.has(canon(u.name))) { seen.add(canon(u.name)); cooperating.push(u.name) }
  const task: Task = {
    number: read.number,
    section,
    title: read.title,
    text: read.text,
    leads,
    cooperating,
    responsibilityText: read.responsibilities.map((r) => r.text),
    responsibilities,
    targets: read.targets,
    deadlines: read.deadlines,
    sourceSpans: read.spans,
  }
  if (read.progressText !== undefined) task.progressText = read.progressText
  return task
}

function toResponsibility(r: WrittenResponsibility, canon: (n: string) => string): Responsibility {
  const seen = new Set<string>()
  const pick = (list: { name: string }[]) => list.filter((u) => !seen.has(canon(u.name)) && seen.add(canon(u.name))).map((u) => u.name)
  const leads = pick(r.leads)
  const cooperating = pick(r.cooperating)
  return {
    text: r.text,
    leads,
    cooperating,
    sourceSpans: [r.span],
    units: [...r.leads, ...r.cooperating].map((u) => ({ name: u.name, ...u.span })),
  }
}
