import type { ScoreboardTargetDto } from '../../../shared/indicators'
import type { PlanDetailDto } from '../../../shared/work-plans'
import { shanghaiDate, todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { conflict } from '../../platform/errors'
import { planScoreboard } from '../indicators/scoreboard'
import { computeIndicators } from '../indicators/service'
import { regionNames } from '../regions/service'
import { latestLeadFigures, leadSlots, loadPlanState, type PlanState, type Slot } from '../work-plans/service/plan-status'
import { getPlanDetail } from '../work-plans/service/plan-view'
import { meetsTarget } from '../work-plans/service/targets'

/**
 * Where a published plan stood on a given day of one of its years: each task's status from its lead units'
 * reports, and each target's figure against its goal. The plan-progress, year-end and unit reports read it,
 * so a figure is the same in all three. Reports submitted after that day are left out, and a review made
 * after it is not yet known (the report counts as submitted), so a past quarter reads as it did then.
 */

export type TaskStatus = 'completed' | 'in_progress' | 'overdue'

export interface TargetStanding extends Pick<ScoreboardTargetDto, 'targetId' | 'taskId' | 'taskNumber' | 'metric' | 'comparator' | 'goal' | 'unit' | 'indicatorName' | 'deadline'> {
  actual: number | null
  /** live: computed from the records; reported: the latest figure a lead unit reported; none: no figure yet. */
  source: 'live' | 'reported' | 'none'
  status: 'met' | 'missed' | 'in_progress'
}

export interface PlanStanding {
  detail: PlanDetailDto
  year: number
  asOf: string
  regionCode: string
  regionName: string
  /** The plan's state as it was on `asOf`. */
  state: PlanState
  /** Lead units' slots whose due date falls in `year`, as of `asOf`. */
  slots: Slot[]
  taskStatus: Map<string, TaskStatus>
  targets: TargetStanding[]
}

export function stateAsOf(state: PlanState, asOf: string): PlanState {
  const reports = state.reports.filter((r) => shanghaiDate(r.submittedAt) <= asOf)
    .map((r) => (r.reviewedAt && shanghaiDate(r.reviewedAt) > asOf ? { ...r, status: 'submitted' } : r))
  const ids = new Set(reports.map((r) => r.id))
  return { ...state, reports, figures: state.figures.filter((f) => ids.has(f.reportId)) }
}

/**
 * 已完成 when every report due from its lead units in the year is accepted; 逾期 when a due date has passed
 * without a report; else 进行中.
 */
export function taskStatusOf(slots: Slot[]): TaskStatus {
  if (slots.some((s) => s.status === 'overdue')) return 'overdue'
  return slots.length > 0 && slots.every((s) => s.status === 'accepted') ? 'completed' : 'in_progress'
}

/**
 * The standing of a plan in `year` (inside the plan's years, else 400) as of the earlier of today, the year's
 * end and `until`. Figures are for `region` when given (the caller's scope is checked by the indicators), else
 * for the scoreboard's region (the plan's, or the caller's own subtree under it).
 */
export async function planStanding(ctx: SignedInContext, planId: string, opts: { year?: number; until?: string; region?: string } = {}): Promise<PlanStanding> {
  const board = await planScoreboard(ctx, planId, opts.year)
  const detail = await getPlanDetail(ctx, planId)
  if (detail.status !== 'published') throw conflict('工作方案尚未发布，没有进展可报告')
  const year = board.year
  const asOf = [todayOf(ctx), `${year}-12-31`, opts.until ?? '9999-12-31'].sort()[0]
  const state = stateAsOf(await loadPlanState(ctx.db, detail.id), asOf)
  const slots = leadSlots(state, asOf).filter((s) => s.dueDate.dueOn.startsWith(String(year)))
  const taskStatus = new Map(state.tasks.map((t) => [t.id, taskStatusOf(slots.filter((s) => s.task.id === t.id))]))

  const region = opts.region ?? board.regionCode
  const liveIds = [...new Set(board.targets.flatMap((t) => (t.source === 'live' && t.indicatorId ? [t.indicatorId] : [])))]
  const figures = liveIds.length ? await computeIndicators(ctx, { region, from: `${year}-01-01`, to: asOf, ids: liveIds.join(',') }) : null
  const regionName = figures?.regionName ?? (region === board.regionCode ? board.regionName : (await regionNames(ctx, [region])).get(region) ?? '')
  const live = new Map((figures?.values ?? []).map((x) => [x.id, x.value]))
  const reported = latestLeadFigures(state)
  const targets = board.targets.map((t): TargetStanding => {
    const figure = reported.get(t.targetId)
    const own = figure && shanghaiDate(figure.report.submittedAt).startsWith(String(year)) ? figure.value : null
    const source = t.source === 'live' && t.indicatorId ? 'live' : own !== null ? 'reported' : 'none'
    const actual = source === 'live' ? live.get(t.indicatorId!) ?? null : own
    const met = actual !== null && meetsTarget(actual, t.comparator, t.goal)
    return {
      targetId: t.targetId, taskId: t.taskId, taskNumber: t.taskNumber, metric: t.metric, comparator: t.comparator, goal: t.goal, unit: t.unit,
      indicatorName: source === 'live' ? t.indicatorName : null, deadline: t.deadline, actual, source,
      status: met ? 'met' : asOf > t.deadline ? 'missed' : 'in_progress',
    }
  })
  return { detail, year, asOf, regionCode: region, regionName, state, slots, taskStatus, targets }
}

/** Counts for a summary sentence. */
export function tallies(s: PlanStanding) {
  const tasks = [...s.taskStatus.values()]
  const of = <T extends string>(xs: T[], x: T) => xs.filter((y) => y === x).length
  const statuses = s.targets.map((t) => t.status)
  return {
    tasks: tasks.length, completed: of(tasks, 'completed'), inProgress: of(tasks, 'in_progress'), overdue: of(tasks, 'overdue'),
    targets: statuses.length, met: of(statuses, 'met'), missed: of(statuses, 'missed'), targetsInProgress: of(statuses, 'in_progress'),
    reportedTargets: s.targets.filter((t) => t.source === 'reported').length,
  }
}
