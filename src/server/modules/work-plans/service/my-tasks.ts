import type { MyTaskDto } from '../../../../shared/work-plan-reports'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { unitNames } from '../../regions/service'
import * as q from '../queries'
import { loadPlanState, slotsOf } from './plan-status'
import { listPlans } from './plan-view'

/**
 * "My tasks": every task of a published plan assigned to the caller's unit, as lead or cooperating,
 * with its due dates (the task's own and the plan's general ones), where the unit stands on each, and
 * the targets with the latest figure the unit reported.
 */
export async function myTasks(ctx: SignedInContext, planId?: string): Promise<MyTaskDto[]> {
  const unitId = ctx.account.unitId
  if (!unitId) return []
  const plans = (await listPlans(ctx)).filter((p) => p.status === 'published' && (!planId || p.id === planId))
  const assignments = await q.assignmentsOfUnits(ctx.db, plans.map((p) => p.id), [unitId])
  const today = todayOf(ctx)
  const out: MyTaskDto[] = []
  for (const plan of plans) {
    const mine = assignments.filter((a) => a.planId === plan.id)
    if (!mine.length) continue
    const state = await loadPlanState(ctx.db, plan.id)
    const myReports = state.reports.filter((r) => r.unitId === unitId && r.status !== 'returned')
    const leadNames = await unitNames(ctx, state.assignments.filter((a) => a.role === 'lead').map((a) => a.unitId))
    const slots = slotsOf(state, today, mine)
    for (const a of mine) {
      const task = state.tasks.find((t) => t.id === a.taskId)
      if (!task) continue
      const taskSlots = slots.filter((s) => s.assignment.id === a.id).map((s) => ({
        dueDateId: s.dueDate.id, dueOn: s.dueDate.dueOn, periodLabel: s.dueDate.periodLabel, requiredCount: s.dueDate.requiredCount, status: s.status, reportId: s.latest?.id ?? null,
      }))
      const latestValue = (targetId: string) => state.figures.filter((f) => f.targetId === targetId && myReports.some((r) => r.id === f.reportId && r.taskId === task.id)).at(-1)?.value ?? null
      out.push({
        planId: plan.id, planTitle: plan.title, taskId: task.id, number: task.number, title: task.title, role: a.role,
        leadUnits: state.assignments.filter((x) => x.taskId === task.id && x.role === 'lead').map((x) => leadNames.get(x.unitId) ?? ''),
        targets: state.targets.filter((g) => g.taskId === task.id).map((g) => ({ id: g.id, text: g.text, metric: g.metric, comparator: g.comparator, value: g.value, unit: g.unit, latestValue: latestValue(g.id) })),
        slots: taskSlots,
        nextDueOn: taskSlots.find((s) => s.status === 'upcoming' || s.status === 'due_soon' || s.status === 'overdue' || s.status === 'returned')?.dueOn ?? null,
        overdueCount: taskSlots.filter((s) => s.status === 'overdue').length,
      })
    }
  }
  return out
}
