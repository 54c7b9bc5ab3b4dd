import type { BindingInput, OffTrackDto, ScoreboardDto, ScoreboardTargetDto } from '../../../shared/indicators'
import { writeAudit } from '../../platform/audit'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { badRequest } from '../../platform/errors'
import { isWithinRegion } from '../../platform/scope'
import { regionNames } from '../regions/service'
import { findManagedTarget, meetsTarget, planTargets } from '../work-plans/service/targets'
import { listPlans } from '../work-plans/service/plan-view'
import { indicatorById, isLive } from './catalogue'
import * as q from './queries'
import { computeIndicators } from './service'
import { suggestIndicator } from './suggest'

/**
 * The plan scoreboard: every target of a plan with its goal, the live figure of the indicator it is bound to
 * (or, unbound, the latest figure a lead unit reported), and whether it is met by its deadline.
 */

/** The year shown: the one asked (inside the plan's years), else this year clamped to the plan's years. */
function yearOf(plan: { yearFrom: number; yearTo: number }, today: string, asked?: number): number {
  if (asked !== undefined) {
    if (asked < plan.yearFrom || asked > plan.yearTo) throw badRequest(`年度：应在方案年度 ${plan.yearFrom}–${plan.yearTo} 之内`)
    return asked
  }
  return Math.min(plan.yearTo, Math.max(plan.yearFrom, Number(today.slice(0, 4))))
}

export async function planScoreboard(ctx: SignedInContext, planId: string, askedYear?: number): Promise<ScoreboardDto> {
  const { plan, targets } = await planTargets(ctx, planId)
  const today = todayOf(ctx)
  const year = yearOf(plan, today, askedYear)
  const bindings = new Map((await q.bindingsOfPlan(ctx.db, plan.id)).map((b) => [b.targetId, b]))
  // A county plan read by a township: the township's own figures against the county's goals.
  const region = isWithinRegion(ctx.account.regionCode, plan.regionCode) ? ctx.account.regionCode : plan.regionCode
  const chosen = targets.map((t) => {
    const binding = bindings.get(t.targetId)
    const def = binding ? (binding.indicatorId ? indicatorById.get(binding.indicatorId) ?? null : null) : suggestIndicator(t)
    return { t, def, confirmed: !!binding }
  })
  const liveIds = [...new Set(chosen.flatMap((c) => (c.def && isLive(c.def) ? [c.def.id] : [])))]
  const figures = liveIds.length ? await computeIndicators(ctx, { region, period: String(year), ids: liveIds.join(',') }) : null
  const regionName = figures?.regionName ?? (await regionNames(ctx, [region])).get(region) ?? ''
  const valueOf = new Map((figures?.values ?? []).map((v) => [v.id, v]))
  const rows = chosen.map(({ t, def, confirmed }): ScoreboardTargetDto => {
    const live = def && isLive(def) ? valueOf.get(def.id) : undefined
    const reported = t.reported && t.reported.on.startsWith(String(year)) ? t.reported : null
    const actual = live ? live.value : reported ? reported.value : null
    const deadline = t.dueDates.filter((d) => d.startsWith(String(year))).at(-1) ?? `${year}-12-31`
    const met = actual !== null && meetsTarget(actual, t.comparator, t.value)
    return {
      targetId: t.targetId, taskId: t.taskId, taskNumber: t.taskNumber, taskTitle: t.taskTitle, text: t.text, metric: t.metric,
      comparator: t.comparator, goal: t.value, unit: t.unit,
      indicatorId: def?.id ?? null, indicatorName: def?.name ?? null, confirmed,
      source: live ? 'live' : reported ? 'reported' : 'none',
      actual, numerator: live?.numerator ?? null, denominator: live?.denominator ?? null,
      reportedBy: live ? null : reported?.unitName ?? null, reportedOn: live ? null : reported?.on ?? null,
      deadline, status: met ? 'met' : today > deadline ? 'missed' : 'in_progress',
    }
  })
  return {
    planId: plan.id, planTitle: plan.title, year, yearFrom: plan.yearFrom, yearTo: plan.yearTo, regionCode: region, regionName,
    counts: {
      met: rows.filter((r) => r.status === 'met').length, missed: rows.filter((r) => r.status === 'missed').length,
      inProgress: rows.filter((r) => r.status === 'in_progress').length, unbound: rows.filter((r) => r.source !== 'live').length,
    },
    targets: rows,
  }
}

/** The office confirms Shian's suggestion, picks another indicator, or keeps the unit-reported figure (null). */
export async function bindTarget(ctx: SignedInContext, targetId: string, input: BindingInput) {
  const target = await findManagedTarget(ctx, targetId)
  if (input.indicatorId !== null && !indicatorById.has(input.indicatorId)) throw badRequest(`指标：未知的指标 ${input.indicatorId}`)
  await ctx.db.transaction(async (tx) => {
    const before = await q.findBinding(tx, targetId)
    await q.upsertBinding(tx, { targetId, planId: target.planId, regionCode: target.regionCode, indicatorId: input.indicatorId, confirmedBy: ctx.account.id, confirmedAt: new Date() })
    await writeAudit(tx, ctx, {
      action: 'target_binding.set', entityType: 'target_binding', entityId: targetId,
      before: before ? { indicatorId: before.indicatorId } : null, after: { metric: target.metric, indicatorId: input.indicatorId },
    })
  })
  return { targetId, indicatorId: input.indicatorId }
}

/** Confirms every suggestion of a plan that the office has not decided yet. */
export async function confirmSuggestions(ctx: SignedInContext, planId: string) {
  const board = await planScoreboard(ctx, planId)
  const open = board.targets.filter((t) => !t.confirmed && t.indicatorId)
  for (const t of open) await bindTarget(ctx, t.targetId, { indicatorId: t.indicatorId })
  return { confirmed: open.length }
}

/** Targets of the published plans binding the caller that are not met this year (the dashboard's warning list). */
export async function offTrackTargets(ctx: SignedInContext): Promise<OffTrackDto> {
  const year = Number(todayOf(ctx).slice(0, 4))
  const plans = (await listPlans(ctx)).filter((p) => p.status === 'published' && p.yearFrom <= year && year <= p.yearTo)
  const out: OffTrackDto = []
  for (const plan of plans) {
    const board = await planScoreboard(ctx, plan.id, year)
    for (const t of board.targets) {
      if (t.status === 'met' || t.source === 'none') continue
      out.push({ planId: plan.id, planTitle: plan.title, targetId: t.targetId, taskNumber: t.taskNumber, metric: t.metric, comparator: t.comparator,
        goal: t.goal, unit: t.unit, actual: t.actual, deadline: t.deadline, status: t.status })
    }
  }
  return out.sort((a, b) => (a.status === b.status ? a.deadline.localeCompare(b.deadline) : a.status === 'missed' ? -1 : 1))
}
