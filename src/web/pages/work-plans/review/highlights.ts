import type { DeadlineDto, PlanDetailDto } from '../../../../shared/work-plans'

/**
 * Where each part of a plan came from in its source text, cut into non-overlapping segments for
 * display. The reader's spans nest (a unit name inside its task) and may touch or overlap, so the
 * text is cut at every span boundary and each piece takes its innermost span's kind and its task.
 */
export type SpanKind = 'task' | 'unit' | 'unit-unresolved' | 'target' | 'deadline'

export interface SourceSpan { start: number; end: number; kind: SpanKind; taskId: string | null }

export interface Segment {
  start: number
  end: number
  /** The innermost non-task span covering the piece, or null for plain text (inside a task or not). */
  kind: Exclude<SpanKind, 'task'> | null
  taskId: string | null
}

const spanOf = (s: { sourceStart: number | null; sourceEnd: number | null }) =>
  s.sourceStart != null && s.sourceEnd != null && s.sourceEnd > s.sourceStart ? { start: s.sourceStart, end: s.sourceEnd } : null

/** Every located part of the plan: tasks, their unit names (resolved or not), targets, deadlines and the plan's general deadlines. */
export function planSpans(plan: Pick<PlanDetailDto, 'tasks' | 'generalDeadlines'>): SourceSpan[] {
  const out: SourceSpan[] = []
  const add = (s: { sourceStart: number | null; sourceEnd: number | null }, kind: SpanKind, taskId: string | null) => {
    const at = spanOf(s)
    if (at) out.push({ ...at, kind, taskId })
  }
  const deadlines = (list: DeadlineDto[], taskId: string | null) => list.forEach((d) => add(d, 'deadline', taskId))
  for (const t of plan.tasks) {
    add(t, 'task', t.id)
    for (const u of t.units) add(u, u.unitId || u.collective ? 'unit' : 'unit-unresolved', t.id)
    for (const g of t.targets) add(g, 'target', t.id)
    deadlines(t.deadlines, t.id)
  }
  deadlines(plan.generalDeadlines, null)
  return out
}

export function segments(length: number, spans: SourceSpan[]): Segment[] {
  const clamped = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(length, s.start)), end: Math.max(0, Math.min(length, s.end)) }))
    .filter((s) => s.end > s.start)
  const cuts = [...new Set([0, length, ...clamped.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]]
    const covering = clamped.filter((s) => s.start <= a && s.end >= b)
    const task = covering.filter((s) => s.kind === 'task').sort((x, y) => (x.end - x.start) - (y.end - y.start))[0]
    const inner = covering.filter((s) => s.kind !== 'task').sort((x, y) => (x.end - x.start) - (y.end - y.start))[0]
    const kind = (inner?.kind ?? null) as Segment['kind']
    const taskId = task?.taskId ?? inner?.taskId ?? null
    const last = out.at(-1)
    if (last && last.end === a && last.kind === kind && last.taskId === taskId) last.end = b
    else out.push({ start: a, end: b, kind, taskId })
  }
  return out
}
