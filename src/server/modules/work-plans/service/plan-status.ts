import { shanghaiDate } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import * as q from '../queries'
import { slotStatus, type SlotStatus } from '../rules'

/**
 * Where every lead unit stands on every due date of a published plan, as of today: the one computation
 * behind the overdue list, 督办, the dashboard and the assessment. Cooperating units report to their lead
 * and are not chased by the office.
 */
export interface LeadSlot {
  task: q.TaskRow
  unitId: string
  dueDate: q.DueDateRow
  status: SlotStatus
  /** The first report for this date (decides on time) and the latest one (decides the status). */
  first: q.ReportRow | null
  latest: q.ReportRow | null
}

export async function loadPlanState(db: Executor, planId: string) {
  const [tasks, dueDates, assignments, reports, targets] = await Promise.all([
    q.tasksOfPlan(db, planId), q.dueDatesOfPlan(db, planId), q.assignmentsOfPlan(db, planId), q.reportsOfPlan(db, planId), q.targetsOfPlan(db, planId),
  ])
  const figures = await q.figuresOf(db, reports.map((r) => r.id))
  return { tasks, dueDates, assignments, reports, targets, figures }
}
export type PlanState = Awaited<ReturnType<typeof loadPlanState>>

export function leadSlots(state: PlanState, today: string): LeadSlot[] {
  const slots: LeadSlot[] = []
  for (const a of state.assignments.filter((x) => x.role === 'lead')) {
    const task = state.tasks.find((t) => t.id === a.taskId)
    if (!task) continue
    for (const d of state.dueDates.filter((x) => x.taskId === task.id || x.taskId === null)) {
      const reports = state.reports.filter((r) => r.assignmentId === a.id && r.dueDateId === d.id) // ascending by submission
      const latest = reports.at(-1) ?? null
      slots.push({ task, unitId: a.unitId, dueDate: d, status: slotStatus(d.dueOn, today, latest?.status ?? null), first: reports[0] ?? null, latest })
    }
  }
  return slots
}

export const todayFor = (ctx: SignedInContext) => shanghaiDate(ctx.config.now())
