import type { DeadlineDto, PlanDetailDto, PlanSummaryDto, TaskDto } from '../../../../shared/work-plans'
import type { SignedInContext } from '../../../platform/context'
import { notFound } from '../../../platform/errors'
import { calendarCovers } from '../../../platform/working-days'
import { unitNames } from '../../regions/service'
import * as q from '../queries'
import { planProblems } from '../rules'

export const toPlanSummary = (p: q.PlanRow, taskCount: number): PlanSummaryDto => ({
  id: p.id, title: p.title, issuer: p.issuer, yearFrom: p.yearFrom, yearTo: p.yearTo, status: p.status,
  sourceFileName: p.sourceFileName, taskCount, createdAt: p.createdAt.toISOString(), publishedAt: p.publishedAt?.toISOString() ?? null,
})

export const canManagePlans = (ctx: SignedInContext) => ctx.account.permissions.has('workplans.manage')

export async function listPlans(ctx: SignedInContext): Promise<PlanSummaryDto[]> {
  const rows = await q.listPlans(ctx.db, ctx.account, canManagePlans(ctx))
  return rows.map((r) => toPlanSummary(r.plan, r.taskCount))
}

/** A plan the caller may see: drafts only for the office that manages plans. */
export async function loadPlan(ctx: SignedInContext, id: string) {
  const plan = await q.findPlan(ctx.db, ctx.account, id, 'read')
  // A draft is the office's working copy: seen only by those who manage plans in its region.
  if (!plan || (plan.status === 'draft' && !(canManagePlans(ctx) && (await q.findPlan(ctx.db, ctx.account, id, 'manage'))))) throw notFound('工作方案')
  return plan
}

export async function getPlanDetail(ctx: SignedInContext, id: string): Promise<PlanDetailDto> {
  const plan = await loadPlan(ctx, id)
  const parts = await q.loadPlanParts(ctx.db, plan.id)
  const names = await unitNames(ctx, parts.units.flatMap((u) => (u.unitId ? [u.unitId] : [])))
  const deadlineDto = (d: q.DeadlineRow): DeadlineDto => ({
    id: d.id, text: d.text, kind: d.kind, context: d.context, fromProgress: d.fromProgress, sourceStart: d.sourceStart, sourceEnd: d.sourceEnd,
    dueDates: parts.dueDates.filter((x) => x.deadlineId === d.id).map((x) => ({
      id: x.id, dueOn: x.dueOn, nominalOn: x.nominalOn, periodLabel: x.periodLabel, periodStart: x.periodStart, periodEnd: x.periodEnd, requiredCount: x.requiredCount,
    })),
  })
  const tasks: TaskDto[] = parts.tasks.map((t) => ({
    id: t.id, number: t.number, sectionNumber: t.sectionNumber, title: t.title, text: t.text, progressText: t.progressText,
    sourceStart: t.sourceStart, sourceEnd: t.sourceEnd,
    units: parts.units.filter((u) => u.taskId === t.id).map((u) => ({
      id: u.id, role: u.role, nameAsWritten: u.nameAsWritten, unitId: u.unitId, unitName: u.unitId ? names.get(u.unitId) ?? null : null,
      collective: u.collective, sourceStart: u.sourceStart, sourceEnd: u.sourceEnd,
    })),
    targets: parts.targets.filter((g) => g.taskId === t.id).map((g) => ({
      id: g.id, text: g.text, metric: g.metric, comparator: g.comparator, value: g.value, unit: g.unit, fromProgress: g.fromProgress,
      sourceStart: g.sourceStart, sourceEnd: g.sourceEnd,
    })),
    deadlines: parts.deadlines.filter((d) => d.taskId === t.id).map(deadlineDto),
  }))
  const taskNumber = new Map(parts.tasks.map((t) => [t.id, t.number]))
  const problems = planProblems({
    title: plan.title,
    tasks: parts.tasks,
    units: parts.units.map((u) => ({ ...u, taskNumber: taskNumber.get(u.taskId) ?? '' })),
    deadlines: parts.deadlines.map((d) => ({
      taskId: d.taskId, taskNumber: d.taskId ? taskNumber.get(d.taskId) ?? null : null, text: d.text,
      dueDateCount: parts.dueDates.filter((x) => x.deadlineId === d.id).length,
    })),
  })
  const years = [...new Set(parts.dueDates.map((d) => Number(d.dueOn.slice(0, 4))))]
  return {
    ...toPlanSummary(plan, parts.tasks.length),
    sections: parts.sections.map((s) => ({ id: s.id, number: s.number, title: s.title })),
    tasks,
    generalDeadlines: parts.deadlines.filter((d) => !d.taskId).map(deadlineDto),
    problems,
    calendarMissingYears: years.filter((y) => !calendarCovers(y)).sort(),
  }
}

export async function getPlanSource(ctx: SignedInContext, id: string) {
  const plan = await loadPlan(ctx, id)
  return { text: plan.sourceText, fileName: plan.sourceFileName }
}
