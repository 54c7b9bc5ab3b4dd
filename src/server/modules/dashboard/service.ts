import type { DashboardDto, DashboardQuery, TileDto } from '../../../shared/dashboard'
import type { IndicatorsDto } from '../../../shared/indicators'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { isWithinRegion } from '../../platform/scope'
import { daysBetween } from '../../platform/working-days'
import { catalogue, computeIndicators, indicatorBreakdown } from '../indicators/service'
import { listOrders } from '../inspections/service/orders'
import { listUnits } from '../regions/service'
import { listDisposals } from '../sampling/disposals/read'
import { listSamples } from '../sampling/samples/service/read'
import { planDashboard } from '../work-plans/service/dashboard'
import { listPlans } from '../work-plans/service/plan-view'
import { overdueItems } from '../work-plans/service/supervision'

/**
 * The office dashboard: the key indicators of a region subtree and period, the risk-grade mix, inspections
 * and samples by month, and what is overdue today. Figures come from the indicators service; each list
 * from the service of the module that owns the records, so scope and rules are theirs.
 */

/** The tiles, in the order the office reads them (issue 8: 抽检、核查处置、检查、立案、罚没款). */
export const TILE_IDS = [
  'sampling.batches_per_thousand', 'sampling.pass_rate', 'disposal.start_rate', 'disposal.on_time_rate',
  'inspections.count', 'inspections.problem_disposal_rate', 'cases.filed', 'cases.money',
]
export const GRADES = ['A', 'B', 'C', 'D'] as const
export const GRADE_IDS = GRADES.map((g) => `entities.grade_${g.toLowerCase()}`)
const LIST_SIZE = 10

/** Indicator figures with their names and units from the catalogue, in the order of `ids`. */
export function tilesOf(figures: IndicatorsDto, ids: string[]): TileDto[] {
  const defs = new Map(catalogue().map((d) => [d.id, d]))
  const values = new Map(figures.values.map((v) => [v.id, v]))
  return ids.map((id) => {
    const def = defs.get(id)!
    const v = values.get(id)
    return {
      id, name: def.name, unit: def.unit, group: def.group, typicalTarget: def.typicalTarget,
      value: v?.value ?? null, numerator: v?.numerator ?? null, denominator: v?.denominator ?? null,
    }
  })
}

export const gradesOf = (figures: IndicatorsDto) =>
  GRADES.map((grade, i) => ({ grade, count: figures.values.find((v) => v.id === GRADE_IDS[i])?.value ?? 0 }))

export async function officeDashboard(ctx: SignedInContext, query: DashboardQuery): Promise<DashboardDto> {
  const can = (permission: string) => ctx.account.permissions.has(permission)
  // First: it checks the period (400) and that the region is in scope (404) before anything else is read.
  const figures = await computeIndicators(ctx, { ...query, ids: [...TILE_IDS, ...GRADE_IDS].join(',') })
  const region = figures.regionCode
  const today = todayOf(ctx)
  const [inspectionMonths, sampleMonths, plans, orders, disposals, samples] = await Promise.all([
    indicatorBreakdown(ctx, 'inspections.count', query, 'month'),
    indicatorBreakdown(ctx, 'sampling.batches', query, 'month'),
    can('workplans.read') ? planLists(ctx, region) : null,
    can('inspections.read') ? overdueOrdersOf(ctx, { region, pageSize: LIST_SIZE }) : null,
    can('sampling.read') ? overdueDisposalsOf(ctx, { region, pageSize: LIST_SIZE }) : null,
    can('sampling.read') ? failedSamplesOf(ctx, { region, pageSize: LIST_SIZE }) : null,
  ])
  return {
    regionCode: region, regionName: figures.regionName, population: figures.population, period: figures.period, asOf: today,
    tiles: tilesOf(figures, TILE_IDS),
    grades: gradesOf(figures),
    trend: inspectionMonths.map((m, i) => ({ key: m.key, label: m.label, inspections: m.value ?? 0, samples: sampleMonths[i]?.value ?? 0 })),
    plans: plans?.progress ?? null,
    overduePlanTasks: plans ? { total: plans.overdue.length, items: plans.overdue.slice(0, LIST_SIZE) } : null,
    overdueOrders: orders && { total: orders.total, items: orders.items.map((o) => toOverdueOrder(o, today)) },
    overdueDisposals: disposals && { total: disposals.total, items: disposals.items.map(toOverdueDisposal) },
    failedSamples: samples && { total: samples.total, items: samples.items.map(toFailedSample) },
  }
}

// The dashboard's lists read each owning module's list with these filters; the Excel export reads all their pages.
type Lists = { region: string; page?: number; pageSize?: number }
export const overdueOrdersOf = (ctx: SignedInContext, q: Lists) => listOrders(ctx, { ...q, overdue: true })
export const overdueDisposalsOf = (ctx: SignedInContext, q: Lists) => listDisposals(ctx, { ...q, status: 'overdue' })
export const failedSamplesOf = (ctx: SignedInContext, q: Lists) => listSamples(ctx, { ...q, state: 'fail' })

type Order = Awaited<ReturnType<typeof listOrders>>['items'][number]
type Disposal = Awaited<ReturnType<typeof listDisposals>>['items'][number]
type Sample = Awaited<ReturnType<typeof listSamples>>['items'][number]
type Item<K extends keyof DashboardDto> = NonNullable<DashboardDto[K]> extends { items: (infer T)[] } ? T : never
export type OverdueOrderDto = Item<'overdueOrders'>
export type OverdueDisposalDto = Item<'overdueDisposals'>
export type FailedSampleDto = Item<'failedSamples'>
export type OverduePlanTaskDto = Item<'overduePlanTasks'>

export const toOverdueOrder = (o: Order, today: string): OverdueOrderDto =>
  ({ id: o.id, inspectionId: o.inspectionId, entityName: o.entityName, issuedOn: o.issuedOn, dueOn: o.dueOn, daysOverdue: daysBetween(o.dueOn, today) })

export function toOverdueDisposal(d: Disposal): OverdueDisposalDto {
  // Overdue with no late step means the file as a whole is past its close date.
  const late = d.overdueSteps[0] ?? { label: '办结', dueOn: d.closeDueOn }
  return { id: d.id, sampleNumber: d.sampleNumber, productName: d.productName, entityName: d.entityName, openedOn: d.openedOn, lateStep: late.label, lateSince: late.dueOn }
}

export const toFailedSample = (s: Sample): FailedSampleDto => ({
  id: s.id, sampleNumber: s.sampleNumber, productName: s.productName, entityName: s.entityName, regionName: s.regionName,
  sampledOn: s.sampledOn, failedItems: s.failedItems, disposalId: s.disposalId,
})

/**
 * Progress of every published plan the account reads, and their overdue lead-unit reports (most overdue
 * first). Tasks belong to units, not regions: for a region below the account's own, only the units there.
 */
export async function planLists(ctx: SignedInContext, region: string) {
  const published = (await listPlans(ctx)).filter((p) => p.status === 'published')
  const narrower = region !== ctx.account.regionCode
  const unitsThere = narrower ? new Set((await listUnits(ctx)).filter((u) => isWithinRegion(u.regionCode, region)).map((u) => u.id)) : null
  const perPlan = await Promise.all(published.map(async (p) => {
    const [board, overdue] = await Promise.all([planDashboard(ctx, p.id), overdueItems(ctx, p.id)])
    return {
      progress: { planId: p.id, title: p.title, ...board.totals },
      overdue: overdue.filter((o) => !unitsThere || unitsThere.has(o.unitId)).map((o) => ({
        planId: p.id, planTitle: p.title, taskId: o.taskId, taskNumber: o.taskNumber, taskTitle: o.taskTitle,
        unitName: o.unitName, periodLabel: o.periodLabel, dueOn: o.dueOn, daysOverdue: o.daysOverdue,
      })),
    }
  }))
  return {
    progress: perPlan.map((p) => p.progress),
    overdue: perPlan.flatMap((p) => p.overdue).sort((a, b) => b.daysOverdue - a.daysOverdue),
  }
}
