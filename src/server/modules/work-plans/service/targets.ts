import type { SignedInContext } from '../../../platform/context'
import { notFound } from '../../../platform/errors'
import { unitNames } from '../../regions/service'
import * as q from '../queries'
import { latestLeadFigures, loadPlanState } from './plan-status'
import { loadPlan } from './plan-view'

export { meetsTarget } from '../rules'

/**
 * A plan's targets as the indicators module's scoreboard reads them: the figure, its task, the task's due
 * dates, and the latest figure a lead unit reported (what stands for a target no indicator measures).
 */
export async function planTargets(ctx: SignedInContext, planId: string) {
  const plan = await loadPlan(ctx, planId)
  const state = await loadPlanState(ctx.db, plan.id)
  const latest = latestLeadFigures(state)
  const names = await unitNames(ctx, [...new Set([...latest.values()].map((f) => f.report.unitId))])
  // In the plan's order: by task, then as written within the task.
  const taskOrder = new Map(state.tasks.map((t, i) => [t.id, i]))
  const ordered = [...state.targets].sort((a, b) => (taskOrder.get(a.taskId) ?? 0) - (taskOrder.get(b.taskId) ?? 0) || a.sortOrder - b.sortOrder)
  const targets = ordered.map((g) => {
    const task = state.tasks.find((t) => t.id === g.taskId)
    const figure = latest.get(g.id)
    const report = figure?.report
    return {
      targetId: g.id, taskId: g.taskId, taskNumber: task?.number ?? '', taskTitle: task?.title ?? '', text: g.text, metric: g.metric,
      comparator: g.comparator, value: g.value, unit: g.unit,
      dueDates: state.dueDates.filter((d) => d.taskId === g.taskId).map((d) => d.dueOn).sort(),
      reported: figure && report ? { value: figure.value, unitName: names.get(report.unitId) ?? '', on: report.submittedAt.toISOString().slice(0, 10) } : null,
    }
  })
  return { plan: { id: plan.id, title: plan.title, regionCode: plan.regionCode, yearFrom: plan.yearFrom, yearTo: plan.yearTo, status: plan.status }, targets }
}

/** A target whose plan the caller manages (binding it to an indicator is the managing office's choice). */
export async function findManagedTarget(ctx: SignedInContext, targetId: string) {
  const target = await q.findTarget(ctx.db, targetId)
  const plan = target ? await q.findPlan(ctx.db, ctx.account, target.planId, 'manage') : undefined
  if (!target || !plan) throw notFound('方案目标')
  return { targetId: target.id, planId: plan.id, regionCode: plan.regionCode, metric: target.metric, unit: target.unit }
}
