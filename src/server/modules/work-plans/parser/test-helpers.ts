import { findDeadlines } from './deadlines'
import { findResponsibilities } from './responsibilities'
import { findTargets } from './targets'
import { blockOf, shadowOf, verbatim } from './text-block'

/** Test helpers: read one sentence or paragraph (lines split on \n) the way the parser reads a task. */
export function blockFor(text: string) {
  const ranges: { start: number; end: number }[] = []
  let pos = 0
  for (const line of text.split('\n')) {
    ranges.push({ start: pos, end: pos + line.length })
    pos += line.length + 1
  }
  return blockOf(shadowOf(text), ranges)
}

export function responsibilitiesOf(text: string) {
  const b = blockFor(text)
  const name = (p: { from: number; to: number }) => verbatim(text, b, p.from, p.to)
  return findResponsibilities(b).map((h) => ({
    text: verbatim(text, b, h.from, h.to),
    leads: h.leads.map(name),
    cooperating: h.cooperating.map(name),
  }))
}

export const targetsOf = (text: string) =>
  findTargets(text, blockFor(text), []).map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, unit: t.unit, text: t.text }))

export const deadlinesOf = (text: string, cell = false) =>
  findDeadlines(text, blockFor(text), [], { cell }).map((d) => ({ kind: d.kind, text: d.text }))
