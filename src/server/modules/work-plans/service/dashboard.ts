import type { PlanDashboardDto } from '../../../../shared/plan-dashboard'
import type { SignedInContext } from '../../../platform/context'
import { unitNames } from '../../regions/service'
import * as q from '../queries'
import { meetsTarget } from '../rules'
import { latestLeadFigures, leadSlots, loadPlanState, todayFor, type LeadSlot } from './plan-status'
import { loadPlan } from './plan-view'

/**
 * The office's view of one plan: progress by section and by lead unit (due reports, reported, accepted,
 * overdue) and each target with the latest figure a lead unit reported. Until the indicators module binds
 * a target to live data, the figure is the unit-reported one, and says so.
 */
export async function planDashboard(ctx: SignedInContext, planId: string): Promise<PlanDashboardDto> {
  const plan = await loadPlan(ctx, planId)
  const today = todayFor(ctx)
  const state = await loadPlanState(ctx.db, plan.id)
  const slots = leadSlots(state, today)
  const count = (taskIds: Set<string>, picked: LeadSlot[]) => {
    const due = picked.filter((s) => s.dueDate.dueOn <= today || s.latest)
    return {
      tasks: taskIds.size,
      slotsDue: due.length,
      reported: due.filter((s) => s.latest).length,
      accepted: due.filter((s) => s.status === 'accepted').length,
      overdue: due.filter((s) => s.status === 'overdue').length,
    }
  }
  const bySection = (await q.sectionsOf(ctx.db, plan.id)).map((sec) => {
    const ids = new Set(state.tasks.filter((t) => t.sectionNumber === sec.number).map((t) => t.id))
    return { number: sec.number, title: sec.title, ...count(ids, slots.filter((s) => ids.has(s.task.id))) }
  })
  const leadUnits = [...new Set(state.assignments.filter((a) => a.role === 'lead').map((a) => a.unitId))]
  const names = await unitNames(ctx, [...leadUnits, ...state.reports.map((r) => r.unitId)])
  const byUnit = leadUnits.map((unitId) => {
    const ids = new Set(state.assignments.filter((a) => a.role === 'lead' && a.unitId === unitId).map((a) => a.taskId))
    return { unitId, unitName: names.get(unitId) ?? '', ...count(ids, slots.filter((s) => s.unitId === unitId)) }
  }).sort((a, b) => b.overdue - a.overdue || a.unitName.localeCompare(b.unitName, 'zh-CN'))
  const latest = latestLeadFigures(state)
  const targets = state.targets.map((g) => {
    const figure = latest.get(g.id)
    return {
      targetId: g.id, taskNumber: state.tasks.find((t) => t.id === g.taskId)?.number ?? '', metric: g.metric, comparator: g.comparator, value: g.value, unit: g.unit,
      latestValue: figure?.value ?? null, latestUnit: figure ? names.get(figure.report.unitId) ?? null : null,
      met: figure ? meetsTarget(figure.value, g.comparator, g.value) : null, source: '单位报送',
    }
  })
  return { asOf: today, totals: count(new Set(state.tasks.map((t) => t.id)), slots), bySection, byUnit, targets }
}
