/**
 * Scores a parsed plan against a hand-checked answer (shared/workplans/*.json) with the measures of the
 * accuracy bar: task recall, exact titles, exact leads, cooperating-unit F1, target F1 (value +
 * comparator + unit) and deadline F1 (text + kind). Whitespace never counts. Used by the eval script
 * and by the tests, so both apply the same rules.
 */

export interface AnswerTarget { value: number; comparator: string; unit: string }
export interface AnswerDeadline { text: string; kind: string }
export interface AnswerTask {
  number: string
  section?: string | null
  title: string
  leads: string[]
  cooperating: string[]
  targets: AnswerTarget[]
  deadlines: AnswerDeadline[]
}
export interface AnswerPlan {
  tasks: AnswerTask[]
  goals?: { number: string; targets: AnswerTarget[] }[]
  generalDeadlines?: AnswerDeadline[]
}

export interface Tally { tp: number; fp: number; fn: number }
export interface Counts {
  expectedTasks: number
  parsedTasks: number
  matchedTasks: number
  titleExact: number
  leadExact: number
  cooperating: Tally
  targets: Tally
  deadlines: Tally
  mismatches: string[]
}

export const BAR = { taskRecall: 1, titleExact: 0.98, leadExact: 0.95, cooperatingF1: 0.95, targetsF1: 0.9, deadlinesF1: 0.85 }

const norm = (s: string) => s.replace(/[\s\u3000\u00A0]+/g, '')
const numberKey = (n: string) => norm(n).replace(/[（）().、．。]/g, '')
const targetKey = (t: AnswerTarget) => `${t.value}|${t.comparator}|${norm(t.unit).replace('％', '%')}`
const deadlineKey = (d: AnswerDeadline) => `${norm(d.text)}|${d.kind}`

/** Multiset comparison; returns the tally and the keys missed and extra. */
function compare(expected: string[], parsed: string[]): Tally & { missed: string[]; extra: string[] } {
  const left = [...parsed]
  const missed: string[] = []
  let tp = 0
  for (const e of expected) {
    const i = left.indexOf(e)
    if (i >= 0) { tp++; left.splice(i, 1) } else missed.push(e)
  }
  return { tp, fp: left.length, fn: missed.length, missed, extra: left }
}

const add = (t: Tally, d: Tally) => { t.tp += d.tp; t.fp += d.fp; t.fn += d.fn }
const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 })

export function emptyCounts(): Counts {
  return { expectedTasks: 0, parsedTasks: 0, matchedTasks: 0, titleExact: 0, leadExact: 0, cooperating: emptyTally(), targets: emptyTally(), deadlines: emptyTally(), mismatches: [] }
}

/** Pairs each expected task with a parsed one: by section and number, then by number, then by title. */
function matchTasks(expected: AnswerTask[], parsed: AnswerTask[]): Map<AnswerTask, AnswerTask> {
  const pairs = new Map<AnswerTask, AnswerTask>()
  const used = new Set<AnswerTask>()
  const tryMatch = (pred: (e: AnswerTask, p: AnswerTask) => boolean) => {
    for (const e of expected) {
      if (pairs.has(e)) continue
      const candidates = parsed.filter((p) => !used.has(p) && pred(e, p))
      if (candidates.length >= 1) { pairs.set(e, candidates[0]); used.add(candidates[0]) }
    }
  }
  tryMatch((e, p) => numberKey(e.number) === numberKey(p.number) && (e.section ?? null) === (p.section ?? null))
  tryMatch((e, p) => numberKey(e.number) === numberKey(p.number) && norm(e.title) === norm(p.title))
  tryMatch((e, p) => norm(e.title) === norm(p.title))
  return pairs
}

export function scorePlan(parsed: AnswerPlan, expected: AnswerPlan): Counts {
  const c = emptyCounts()
  c.expectedTasks = expected.tasks.length
  c.parsedTasks = parsed.tasks.length
  const pairs = matchTasks(expected.tasks, parsed.tasks)
  const matchedParsed = new Set(pairs.values())
  for (const e of expected.tasks) {
    const p = pairs.get(e)
    const label = `${e.section ?? ''}${e.number}`
    if (!p) {
      c.mismatches.push(`任务缺失 ${label} ${e.title}`)
      add(c.cooperating, { tp: 0, fp: 0, fn: e.cooperating.length })
      add(c.targets, { tp: 0, fp: 0, fn: e.targets.length })
      add(c.deadlines, { tp: 0, fp: 0, fn: e.deadlines.length })
      continue
    }
    c.matchedTasks++
    if (norm(p.title) === norm(e.title)) c.titleExact++
    else c.mismatches.push(`标题 ${label}: 应为「${e.title}」 实为「${p.title}」`)
    const leadsOk = [...e.leads].map(norm).sort().join('|') === [...p.leads].map(norm).sort().join('|')
    if (leadsOk) c.leadExact++
    else c.mismatches.push(`牵头 ${label}: 应为 ${e.leads.join('、')} 实为 ${p.leads.join('、')}`)
    const coop = compare([...new Set(e.cooperating.map(norm))], [...new Set(p.cooperating.map(norm))])
    add(c.cooperating, coop)
    if (coop.missed.length || coop.extra.length) c.mismatches.push(`配合 ${label}: 漏 ${coop.missed.join('、') || '无'}；多 ${coop.extra.join('、') || '无'}`)
    const targets = compare(e.targets.map(targetKey), p.targets.map(targetKey))
    add(c.targets, targets)
    if (targets.missed.length || targets.extra.length) c.mismatches.push(`指标 ${label}: 漏 ${targets.missed.join('，') || '无'}；多 ${targets.extra.join('，') || '无'}`)
    const deadlines = compare(e.deadlines.map(deadlineKey), p.deadlines.map(deadlineKey))
    add(c.deadlines, deadlines)
    if (deadlines.missed.length || deadlines.extra.length) c.mismatches.push(`时限 ${label}: 漏 ${deadlines.missed.join('，') || '无'}；多 ${deadlines.extra.join('，') || '无'}`)
  }
  for (const p of parsed.tasks) {
    if (matchedParsed.has(p)) continue
    c.mismatches.push(`多出任务 ${p.section ?? ''}${p.number} ${p.title}`)
    add(c.cooperating, { tp: 0, fp: p.cooperating.length, fn: 0 })
    add(c.targets, { tp: 0, fp: p.targets.length, fn: 0 })
    add(c.deadlines, { tp: 0, fp: p.deadlines.length, fn: 0 })
  }
  // Overall goals carry targets too; they are matched by number.
  const parsedGoals = new Map((parsed.goals ?? []).map((g) => [numberKey(g.number), g]))
  const expectedGoals = new Map((expected.goals ?? []).map((g) => [numberKey(g.number), g]))
  for (const key of new Set([...parsedGoals.keys(), ...expectedGoals.keys()])) {
    const t = compare((expectedGoals.get(key)?.targets ?? []).map(targetKey), (parsedGoals.get(key)?.targets ?? []).map(targetKey))
    add(c.targets, t)
    if (t.missed.length || t.extra.length) c.mismatches.push(`目标指标 ${key}: 漏 ${t.missed.join('，') || '无'}；多 ${t.extra.join('，') || '无'}`)
  }
  const general = compare((expected.generalDeadlines ?? []).map(deadlineKey), (parsed.generalDeadlines ?? []).map(deadlineKey))
  add(c.deadlines, general)
  if (general.missed.length || general.extra.length) c.mismatches.push(`通用时限: 漏 ${general.missed.join('，') || '无'}；多 ${general.extra.join('，') || '无'}`)
  return c
}

export function sumCounts(all: Counts[]): Counts {
  const c = emptyCounts()
  for (const x of all) {
    c.expectedTasks += x.expectedTasks
    c.parsedTasks += x.parsedTasks
    c.matchedTasks += x.matchedTasks
    c.titleExact += x.titleExact
    c.leadExact += x.leadExact
    add(c.cooperating, x.cooperating)
    add(c.targets, x.targets)
    add(c.deadlines, x.deadlines)
  }
  return c
}

export interface Prf { p: number; r: number; f1: number }
/** Precision/recall/F1; with nothing expected and nothing found all three are 1. */
export function prf(t: Tally): Prf {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp)
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

export interface Figures {
  taskRecall: number
  taskPrecision: number
  titleExact: number
  leadExact: number
  cooperating: Prf
  targets: Prf
  deadlines: Prf
}

export function figures(c: Counts): Figures {
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d)
  return {
    taskRecall: ratio(c.matchedTasks, c.expectedTasks),
    taskPrecision: ratio(c.matchedTasks, c.parsedTasks),
    titleExact: ratio(c.titleExact, c.expectedTasks),
    leadExact: ratio(c.leadExact, c.expectedTasks),
    cooperating: prf(c.cooperating),
    targets: prf(c.targets),
    deadlines: prf(c.deadlines),
  }
}

/** The figures under the bar, named; empty when all pass. */
export function belowBar(f: Figures): string[] {
  const out: string[] = []
  if (f.taskRecall < BAR.taskRecall) out.push('task recall')
  if (f.titleExact < BAR.titleExact) out.push('titles')
  if (f.leadExact < BAR.leadExact) out.push('leads')
  if (f.cooperating.f1 < BAR.cooperatingF1) out.push('cooperating F1')
  if (f.targets.f1 < BAR.targetsF1) out.push('targets F1')
  if (f.deadlines.f1 < BAR.deadlinesF1) out.push('deadlines F1')
  return out
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const f3 = (x: number) => x.toFixed(3)

export function formatFigures(name: string, c: Counts, f: Figures): string {
  return [
    `${name}`,
    `  tasks      recall ${pct(f.taskRecall)} (${c.matchedTasks}/${c.expectedTasks})  precision ${pct(f.taskPrecision)} (${c.parsedTasks} parsed)`,
    `  titles     exact ${pct(f.titleExact)} (${c.titleExact}/${c.expectedTasks})`,
    `  leads      exact ${pct(f.leadExact)} (${c.leadExact}/${c.expectedTasks})`,
    `  cooperating P ${f3(f.cooperating.p)} R ${f3(f.cooperating.r)} F1 ${f3(f.cooperating.f1)}  (tp ${c.cooperating.tp} fp ${c.cooperating.fp} fn ${c.cooperating.fn})`,
    `  targets    P ${f3(f.targets.p)} R ${f3(f.targets.r)} F1 ${f3(f.targets.f1)}  (tp ${c.targets.tp} fp ${c.targets.fp} fn ${c.targets.fn})`,
    `  deadlines  P ${f3(f.deadlines.p)} R ${f3(f.deadlines.r)} F1 ${f3(f.deadlines.f1)}  (tp ${c.deadlines.tp} fp ${c.deadlines.fp} fn ${c.deadlines.fn})`,
  ].join('\n')
}
