import type { Collective } from '../../../shared/work-plans'
import { daysBetween } from '../../platform/working-days'

/**
 * Pure rules of the work-plan review: which names are collectives, what still blocks publishing, and
 * how a task's units become assignments.
 */

/** 各乡镇（街道）, 各乡镇党委、政府、街道党工委、办事处, 各镇(街道)…: every township; 各成员单位: every member unit. */
export function collectiveOf(name: string): Collective | null {
  const n = name.replace(/\s/g, '')
  if (/^(各|全县各|全市各|全区各)(乡|镇|街道|办事处)/.test(n) || /^各(乡镇|镇|街道)/.test(n)) return 'all_townships'
  if (/各成员单位$|食安委(各)?成员单位$|各有关成员单位$/.test(n)) return 'all_members'
  return null
}

export interface ProblemUnit { taskId: string; taskNumber: string; role: string; nameAsWritten: string; unitId: string | null; collective: string | null }
export interface ProblemDeadline { taskId: string | null; taskNumber: string | null; text: string; dueDateCount: number }
export interface Problem { taskId: string | null; field: string; message: string }

/** Everything that must be fixed before the plan can be published, in Chinese, one line each. */
export function planProblems(input: {
  title: string
  tasks: { id: string; number: string; title: string }[]
  units: ProblemUnit[]
  deadlines: ProblemDeadline[]
}): Problem[] {
  const problems: Problem[] = []
  if (!input.title.trim()) problems.push({ taskId: null, field: 'title', message: '方案标题不能为空' })
  if (!input.tasks.length) problems.push({ taskId: null, field: 'tasks', message: '方案中没有任务' })
  for (const task of input.tasks) {
    const units = input.units.filter((u) => u.taskId === task.id)
    if (!units.some((u) => u.role === 'lead' && u.collective !== 'none')) {
      problems.push({ taskId: task.id, field: 'leads', message: `任务${task.number}“${task.title}”没有牵头单位` })
    }
    for (const u of units) {
      if (!u.unitId && !u.collective) {
        problems.push({ taskId: task.id, field: 'units', message: `任务${task.number}：单位“${u.nameAsWritten}”尚未对应到成员单位` })
      }
    }
  }
  for (const d of input.deadlines) {
    if (!d.dueDateCount) {
      problems.push({ taskId: d.taskId, field: 'deadlines', message: `${d.taskNumber ? `任务${d.taskNumber}` : '方案'}：时限“${d.text}”未能换算为日期，请填写截止日期` })
    }
  }
  return problems
}

/**
 * Concrete assignments of one task: collectives expanded to their units, each unit once, a unit that
 * both leads and cooperates counted as lead.
 */
export function expandAssignments(
  units: { role: string; unitId: string | null; collective: string | null }[],
  collectiveUnits: Record<'all_townships' | 'all_members', string[]>,
): { unitId: string; role: 'lead' | 'cooperating' }[] {
  const roles = new Map<string, 'lead' | 'cooperating'>()
  for (const u of units) {
    const ids = u.unitId ? [u.unitId] : u.collective === 'all_townships' || u.collective === 'all_members' ? collectiveUnits[u.collective] : []
    for (const id of ids) if (roles.get(id) !== 'lead') roles.set(id, u.role === 'lead' ? 'lead' : 'cooperating')
  }
  return [...roles].map(([unitId, role]) => ({ unitId, role }))
}

export type SlotStatus = 'upcoming' | 'due_soon' | 'overdue' | 'submitted' | 'accepted' | 'returned'

/**
 * Where a unit stands on one due date: its latest report decides (accepted, returned, submitted); without
 * one, the date decides (overdue after the due date, due soon within 7 days).
 */
export function slotStatus(dueOn: string, today: string, latestReportStatus: string | null): SlotStatus {
  if (latestReportStatus === 'accepted' || latestReportStatus === 'returned' || latestReportStatus === 'submitted') return latestReportStatus
  if (today > dueOn) return 'overdue'
  return daysBetween(today, dueOn) <= 7 ? 'due_soon' : 'upcoming'
}

/** A report counts as on time when it was submitted on or before its due date (Asia/Shanghai days). */
export const isOnTime = (submittedOn: string, dueOn: string | null) => !dueOn || submittedOn <= dueOn

/** Whether a reported figure reaches its target under the target's comparator. */
export function meetsTarget(value: number, comparator: string, goal: number): boolean {
  switch (comparator) {
    case '>=': return value >= goal
    case '>': return value > goal
    case '<=': return value <= goal
    case '<': return value < goal
    default: return value >= goal // "达到 4 批次/千人": reaching the figure is meeting it
  }
}

export interface UnitTally { tasksLed: number; tasksAccepted: number; reportsDue: number; reportsOnTime: number; targets: number; targetsMet: number; noticesReceived: number }
export interface Weights { onTime: number; targets: number; accepted: number; perNotice: number }

/**
 * A unit's assessment score out of 100: the weighted rates (a rate with nothing to count yet scores in
 * full, so a unit is not punished before anything is due), minus a fixed cost per 督办, never below 0.
 */
export function assessmentScore(t: UnitTally, w: Weights): number {
  const rate = (n: number, d: number) => (d ? n / d : 1)
  const total = w.onTime + w.targets + w.accepted || 1
  const base = (w.onTime * rate(t.reportsOnTime, t.reportsDue) + w.targets * rate(t.targetsMet, t.targets) + w.accepted * rate(t.tasksAccepted, t.tasksLed)) * (100 / total)
  return Math.max(0, Math.round((base - w.perNotice * t.noticesReceived) * 10) / 10)
}
