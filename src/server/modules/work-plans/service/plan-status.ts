import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import * as q from '../queries'
import { slotStatus, type SlotStatus } from '../rules'

/**
 * Where every assigned unit stands on every due date of a published plan, as of today: the one
 * computation behind my tasks, reminders, the overdue list, 督办, the dashboard and the assessment.
 * Cooperating units report to their lead and are not chased by the office (leadSlots).
 */
export interface Slot {
  assignment: q.AssignmentRow
  task: q.TaskRow
  unitId: string
  dueDate: q.DueDateRow
  status: SlotStatus
  /** The first report for this date (decides on time) and the latest one (decides the status). */
  first: q.ReportRow | null
  latest: q.ReportRow | null
}
/** A slot of a lead unit: what the office chases. */
export type LeadSlot = Slot

export async function loadPlanState(db: Executor, planId: string) {
  const [tasks, dueDates, assignments, reports, targets] = await Promise.all([
    q.tasksOfPlan(db, planId), q.dueDatesOfPlan(db, planId), q.assignmentsOfPlan(db, planId), q.reportsOfPlan(db, planId), q.targetsOfPlan(db, planId),
  ])
  // Figures in the order their reports were submitted, so that .at(-1) is the latest reported value.
  const order = new Map(reports.map((r, i) => [r.id, i]))
  const figures = (await q.figuresOf(db, reports.map((r) => r.id))).sort((a, b) => order.get(a.reportId)! - order.get(b.reportId)!)
  return { tasks, dueDates, assignments, reports, targets, figures }
}
export type PlanState = Awaited<ReturnType<typeof loadPlanState>>

/** Every (assignment, due date) pair of the given assignments: the task's own dates and the plan's general ones. */
export function slotsOf(state: PlanState, today: string, assignments = state.assignments): Slot[] {
  const slots: Slot[] = []
  for (const assignment of assignments) {
    const task = state.tasks.find((t) => t.id === assignment.taskId)
    if (!task) continue
    for (const d of state.dueDates.filter((x) => x.taskId === task.id || x.taskId === null)) {
      const reports = state.reports.filter((r) => r.assignmentId === assignment.id && r.dueDateId === d.id) // ascending by submission
      const latest = reports.at(-1) ?? null
      slots.push({ assignment, task, unitId: assignment.unitId, dueDate: d, status: slotStatus(d.dueOn, today, latest?.status ?? null), first: reports[0] ?? null, latest })
    }
  }
  return slots
}

export const leadSlots = (state: PlanState, today: string): LeadSlot[] => slotsOf(state, today, state.assignments.filter((a) => a.role === 'lead'))

export const todayFor = (ctx: SignedInContext) => todayOf(ctx)

/**
 * The latest figure a lead unit reported for each target (returned reports do not count), with its report:
 * what stands for a target no indicator measures (the dashboard and the scoreboard read it).
 */
export function latestLeadFigures(state: PlanState) {
  const leadReports = state.reports.filter((r) => r.status !== 'returned' && state.assignments.some((a) => a.id === r.assignmentId && a.role === 'lead'))
  const latest = new Map<string, { value: number; report: q.ReportRow }>()
  for (const f of state.figures) {
    const report = leadReports.find((r) => r.id === f.reportId)
    // Figures come in submission order (loadPlanState), so the last one seen is the latest.
    if (report) latest.set(f.targetId, { value: f.value, report })
  }
  return latest
}
