import type { MyTaskDto } from '../../../../shared/work-plan-reports'
import { shanghaiDate } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { unitNames } from '../../regions/service'
import * as q from '../queries'
import { slotStatus } from '../rules'
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
  const today = shanghaiDate(ctx.config.now())
  const out: MyTaskDto[] = []
  for (const plan of plans) {
    const mine = assignments.filter((a) => a.planId === plan.id)
    if (!mine.length) continue
    const [tasks, dueDates, targets, reports, all] = await Promise.all([
      q.tasksOfPlan(ctx.db, plan.id), q.dueDatesOfPlan(ctx.db, plan.id), q.targetsOfPlan(ctx.db, plan.id), q.reportsOfPlan(ctx.db, plan.id), q.assignmentsOfPlan(ctx.db, plan.id),
    ])
    const myReports = reports.filter((r) => r.unitId === unitId)
    const figures = await q.figuresOf(ctx.db, myReports.map((r) => r.id))
    const leadNames = await unitNames(ctx, all.filter((a) => a.role === 'lead').map((a) => a.unitId))
    for (const a of mine) {
      const task = tasks.find((t) => t.id === a.taskId)
      if (!task) continue
      const slots = dueDates.filter((d) => d.taskId === task.id || d.taskId === null).map((d) => {
        const latest = myReports.filter((r) => r.taskId === task.id && r.dueDateId === d.id).at(-1)
        return { dueDateId: d.id, dueOn: d.dueOn, periodLabel: d.periodLabel, requiredCount: d.requiredCount, status: slotStatus(d.dueOn, today, latest?.status ?? null), reportId: latest?.id ?? null }
      })
      const latestValue = (targetId: string) => {
        const reported = myReports.filter((r) => r.taskId === task.id && r.status !== 'returned').flatMap((r) => figures.filter((f) => f.reportId === r.id && f.targetId === targetId))
        return reported.length ? reported[reported.length - 1].value : null
      }
      out.push({
        planId: plan.id, planTitle: plan.title, taskId: task.id, number: task.number, title: task.title, role: a.role,
        leadUnits: all.filter((x) => x.taskId === task.id && x.role === 'lead').map((x) => leadNames.get(x.unitId) ?? ''),
        targets: targets.filter((g) => g.taskId === task.id).map((g) => ({ id: g.id, text: g.text, metric: g.metric, comparator: g.comparator, value: g.value, unit: g.unit, latestValue: latestValue(g.id) })),
        slots,
        nextDueOn: slots.find((s) => s.status === 'upcoming' || s.status === 'due_soon' || s.status === 'overdue' || s.status === 'returned')?.dueOn ?? null,
        overdueCount: slots.filter((s) => s.status === 'overdue').length,
      })
    }
  }
  return out
}
