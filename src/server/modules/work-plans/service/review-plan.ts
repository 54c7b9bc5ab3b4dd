import type { DeadlinesInput, PlanPatchInput, ResolveUnitInput, TargetsInput, TaskInput, TaskPatchInput, TaskUnitsInput } from '../../../../shared/work-plans'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Transaction } from '../../../platform/db'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import { findUnitInScope, rememberAlias } from '../../regions/service'
import * as q from '../queries'
import { dueDatesFor, type DeadlineKind } from '../due-dates'
import { insertDeadlineWithDates } from './import-plan'
import { getPlanDetail } from './plan-view'

/**
 * The office corrects what the reader got wrong before publishing. Every change is to a draft, in one
 * transaction with its audit row, and answers with the whole plan (problems recomputed).
 */
async function editDraft(ctx: SignedInContext, planId: string, action: string, change: (tx: Transaction, plan: q.PlanRow) => Promise<unknown>) {
  await ctx.db.transaction(async (tx) => {
    const plan = await q.findPlan(tx, ctx.account, planId)
    if (!plan) throw notFound('工作方案')
    if (plan.status !== 'draft') throw conflict('方案已发布，不能再修改')
    const after = await change(tx, plan)
    await q.updatePlan(tx, plan.id, {})
    await writeAudit(tx, ctx, { action, entityType: 'work_plan', entityId: plan.id, after })
  })
  return getPlanDetail(ctx, planId)
}

async function taskOf(tx: Transaction, planId: string, taskId: string) {
  const task = await q.findTask(tx, planId, taskId)
  if (!task) throw notFound('任务')
  return task
}

async function checkUnit(ctx: SignedInContext, unitId: string | null | undefined) {
  if (unitId && !(await findUnitInScope(ctx, unitId))) throw badRequest('单位（unitId）：单位不存在')
}

export const patchPlan = (ctx: SignedInContext, planId: string, patch: PlanPatchInput) =>
  editDraft(ctx, planId, 'workplan.update', async (tx, plan) => {
    const yearFrom = patch.yearFrom ?? plan.yearFrom
    const yearTo = patch.yearTo ?? plan.yearTo
    if (yearTo < yearFrom) throw badRequest('截止年度（yearTo）：不能早于起始年度')
    await q.updatePlan(tx, plan.id, { ...patch, title: patch.title?.trim() ?? plan.title })
    if (yearFrom !== plan.yearFrom || yearTo !== plan.yearTo) {
      // Dates read from the text follow the new years; dates typed by hand (text unreadable) stay.
      const year: number | [number, number] = yearFrom === yearTo ? yearFrom : [yearFrom, yearTo]
      for (const d of await q.deadlinesOfPlan(tx, plan.id)) {
        const { dueDates } = dueDatesFor(d.kind as DeadlineKind, d.text, year)
        if (dueDates.length) await q.replaceDueDates(tx, d.id, dueDates.map((x) => ({ ...x, planId: plan.id, deadlineId: d.id, taskId: d.taskId, regionCode: plan.regionCode })))
      }
    }
    return patch
  })

export const addTask = (ctx: SignedInContext, planId: string, input: TaskInput) =>
  editDraft(ctx, planId, 'workplan.task_add', async (tx, plan) => {
    const task = await q.insertTask(tx, {
      planId: plan.id, regionCode: plan.regionCode, sectionNumber: input.sectionNumber ?? null, number: input.number, title: input.title.trim(),
      text: input.text ?? input.title, progressText: input.progressText ?? null, sortOrder: (await q.maxTaskSort(tx, plan.id)) + 1,
    })
    return { taskId: task.id, number: task.number, title: task.title }
  })

export const patchTask = (ctx: SignedInContext, planId: string, taskId: string, patch: TaskPatchInput) =>
  editDraft(ctx, planId, 'workplan.task_update', async (tx, plan) => {
    const before = await taskOf(tx, plan.id, taskId)
    await q.updateTask(tx, taskId, patch)
    return { taskId, before: { number: before.number, title: before.title }, patch }
  })

export const removeTask = (ctx: SignedInContext, planId: string, taskId: string) =>
  editDraft(ctx, planId, 'workplan.task_delete', async (tx, plan) => {
    const task = await taskOf(tx, plan.id, taskId)
    await q.deleteTask(tx, taskId)
    return { taskId, number: task.number, title: task.title }
  })

export async function setTaskUnits(ctx: SignedInContext, planId: string, taskId: string, input: TaskUnitsInput) {
  for (const u of input.units) await checkUnit(ctx, u.unitId)
  return editDraft(ctx, planId, 'workplan.task_units', async (tx, plan) => {
    const before = await q.taskUnitsOf(tx, (await taskOf(tx, plan.id, taskId)).id)
    await q.replaceTaskUnits(tx, taskId, input.units.map((u, i) => {
      const old = before.find((b) => b.nameAsWritten === u.nameAsWritten)
      return { planId: plan.id, taskId, regionCode: plan.regionCode, role: u.role, nameAsWritten: u.nameAsWritten.trim(), unitId: u.unitId ?? null,
        collective: u.unitId ? null : u.collective ?? null, sortOrder: i, sourceStart: old?.sourceStart ?? null, sourceEnd: old?.sourceEnd ?? null }
    }))
    return { taskId, units: input.units }
  })
}

/** Maps every occurrence of a name in the plan to a unit or collective, and by default remembers the name as an alias. */
export async function resolveUnit(ctx: SignedInContext, planId: string, input: ResolveUnitInput) {
  if (!input.unitId && !input.collective) throw badRequest('单位（unitId）：请选择对应的单位或集合单位')
  await checkUnit(ctx, input.unitId)
  return editDraft(ctx, planId, 'workplan.unit_resolve', async (tx, plan) => {
    const updated = await q.resolveUnitName(tx, plan.id, input.nameAsWritten, input.unitId ?? null, input.unitId ? null : input.collective ?? null)
    if (!updated.length) throw notFound('方案中的该单位名称')
    const remembered = input.unitId && input.remember !== false ? await rememberAlias(tx, ctx, input.unitId, input.nameAsWritten) : false
    return { ...input, occurrences: updated.length, remembered }
  })
}

export const setTargets = (ctx: SignedInContext, planId: string, taskId: string, input: TargetsInput) =>
  editDraft(ctx, planId, 'workplan.targets', async (tx, plan) => {
    await taskOf(tx, plan.id, taskId)
    const old = await q.targetsOf(tx, taskId)
    await q.replaceTargets(tx, taskId, input.targets.map((g, i) => {
      const same = old.find((o) => o.text === g.text)
      return { planId: plan.id, taskId, regionCode: plan.regionCode, ...g, unit: g.unit.trim(), fromProgress: same?.fromProgress ?? false,
        sortOrder: i, sourceStart: same?.sourceStart ?? null, sourceEnd: same?.sourceEnd ?? null }
    }))
    return { taskId, targets: input.targets }
  })

export const setDeadlines = (ctx: SignedInContext, planId: string, taskId: string, input: DeadlinesInput) =>
  editDraft(ctx, planId, 'workplan.deadlines', async (tx, plan) => {
    await taskOf(tx, plan.id, taskId)
    const old = await q.deadlinesOf(tx, taskId)
    await q.deleteDeadlinesOfTask(tx, taskId)
    const year: number | [number, number] = plan.yearFrom === plan.yearTo ? plan.yearFrom : [plan.yearFrom, plan.yearTo]
    for (const [i, d] of input.deadlines.entries()) {
      const same = old.find((o) => o.text === d.text)
      const spans = same?.sourceStart != null && same.sourceEnd != null ? [{ start: same.sourceStart, end: same.sourceEnd }] : undefined
      await insertDeadlineWithDates(tx, { planId: plan.id, taskId, regionCode: plan.regionCode, sortOrder: i },
        { text: d.text, kind: d.kind as 'by-date', context: d.context ?? same?.context ?? '', from: same?.fromProgress ? '工作进度' : undefined, sourceSpans: spans },
        year, d.dueDates)
    }
    return { taskId, deadlines: input.deadlines }
  })

export async function deleteDraft(ctx: SignedInContext, planId: string) {
  await ctx.db.transaction(async (tx) => {
    const plan = await q.findPlan(tx, ctx.account, planId)
    if (!plan) throw notFound('工作方案')
    if (plan.status !== 'draft') throw conflict('方案已发布，不能删除')
    await q.deletePlan(tx, plan.id)
    await writeAudit(tx, ctx, { action: 'workplan.delete', entityType: 'work_plan', entityId: plan.id, before: { title: plan.title, sha256: plan.sourceHash } })
  })
}
