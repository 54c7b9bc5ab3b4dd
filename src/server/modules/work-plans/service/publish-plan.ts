import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import { AppError, conflict, notFound } from '../../../platform/errors'
import { notify } from '../../../platform/notifications'
import { unitsOfKinds } from '../../regions/service'
import * as q from '../queries'
import { expandAssignments } from '../rules'
import { getPlanDetail } from './plan-view'

/**
 * Publishing turns the reviewed draft into assignments: collectives expand to the township offices or
 * member units of the plan's region, each assigned unit is notified. Refused, with the list of problems,
 * while anything is unresolved.
 */
export async function publishPlan(ctx: SignedInContext, planId: string) {
  const detail = await getPlanDetail(ctx, planId)
  if (detail.status !== 'draft') throw conflict('方案已发布')
  if (detail.problems.length) {
    throw new AppError(409, 'plan_not_ready', `方案还有 ${detail.problems.length} 个问题，解决后才能发布：${detail.problems.slice(0, 3).map((p) => p.message).join('；')}${detail.problems.length > 3 ? '……' : ''}`, { problems: detail.problems })
  }
  const [townships, members] = await Promise.all([unitsOfKinds(ctx, ['township_office']), unitsOfKinds(ctx, ['member'])])
  const collectiveUnits = { all_townships: townships.map((u) => u.id), all_members: members.map((u) => u.id) }
  const unitRegion = new Map([...townships, ...members].map((u) => [u.id, u.regionCode]))
  await ctx.db.transaction(async (tx) => {
    const plan = await q.findPlan(tx, ctx.account, planId)
    if (!plan) throw notFound('工作方案')
    if (plan.status !== 'draft') throw conflict('方案已发布')
    const assigned = new Map<string, number>()
    for (const task of detail.tasks) {
      const rows = expandAssignments(task.units, collectiveUnits)
      await q.insertAssignments(tx, rows.map((r) => ({ planId, taskId: task.id, unitId: r.unitId, role: r.role, regionCode: unitRegion.get(r.unitId) ?? plan.regionCode })))
      for (const r of rows) assigned.set(r.unitId, (assigned.get(r.unitId) ?? 0) + 1)
    }
    await q.updatePlan(tx, planId, { status: 'published', publishedAt: new Date(), publishedBy: ctx.account.id })
    await notify(tx, [...assigned].map(([unitId, n]) => ({
      unitId, regionCode: unitRegion.get(unitId) ?? plan.regionCode, kind: 'task_assigned',
      title: `新任务：《${plan.title}》分配给本单位 ${n} 项任务`, link: `/my-tasks?plan=${planId}`, dedupeKey: `assigned:${planId}:${unitId}`,
    })))
    await writeAudit(tx, ctx, { action: 'workplan.publish', entityType: 'work_plan', entityId: planId, after: { tasks: detail.tasks.length, units: assigned.size } })
  })
  return getPlanDetail(ctx, planId)
}
