import type { DashboardQuery, ScreenDto, ScreenPanelDto } from '../../../shared/dashboard'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { catalogue, computeIndicators, indicatorBreakdown } from '../indicators/service'
import { GRADE_IDS, gradesOf, tilesOf } from './service'

/**
 * The big screen (大屏) for the county command centre: four panels that rotate, each with four key figures,
 * a ranking of the regions one level down, a ranking of member units and a monthly trend (主体责任: the
 * risk-grade mix instead, as the register keeps no history to trend; its units are ranked by how they report
 * on their plan tasks, as entities belong to no unit).
 */

interface PanelDef { key: string; title: string; figures: string[]; ranking: string; unitRanking: string; trend: string | null }

export const PANELS: PanelDef[] = [
  { key: 'sampling', title: '抽检监测', figures: ['sampling.batches', 'sampling.batches_per_thousand', 'sampling.pass_rate', 'disposal.on_time_rate'], ranking: 'sampling.batches_per_thousand', unitRanking: 'sampling.batches', trend: 'sampling.batches' },
  { key: 'inspections', title: '监督检查', figures: ['inspections.count', 'inspections.coverage', 'inspections.problem_disposal_rate', 'rectification.on_time_rate'], ranking: 'inspections.count', unitRanking: 'inspections.count', trend: 'inspections.count' },
  { key: 'cases', title: '案件查办', figures: ['cases.filed', 'cases.closed', 'cases.money', 'police.transfers'], ranking: 'cases.filed', unitRanking: 'cases.filed', trend: 'cases.filed' },
  { key: 'duty', title: '主体责任与部门履职', figures: ['entities.active', 'entities.open_kitchen_rate', 'entities.safety_staff_rate', 'entities.school_internet_kitchen_rate'], ranking: 'entities.open_kitchen_rate', unitRanking: 'workplans.report_on_time_rate', trend: null },
]

const points = (rows: { key: string; label: string; value: number | null }[]) => rows.map((r) => ({ key: r.key, label: r.label, value: r.value }))

export async function screenData(ctx: SignedInContext, query: DashboardQuery): Promise<ScreenDto> {
  const ids = [...new Set([...PANELS.flatMap((p) => p.figures), ...GRADE_IDS])]
  // First, alone: it answers a bad period (400) or a region out of scope (404) before the breakdowns run.
  const figures = await computeIndicators(ctx, { ...query, ids: ids.join(',') })
  const defs = new Map(catalogue().map((d) => [d.id, d]))
  const panels = await Promise.all(PANELS.map(async (p): Promise<ScreenPanelDto> => {
    const [ranking, unitRanking, trend] = await Promise.all([
      indicatorBreakdown(ctx, p.ranking, query, 'region'),
      indicatorBreakdown(ctx, p.unitRanking, query, 'unit'),
      p.trend ? indicatorBreakdown(ctx, p.trend, query, 'month') : null,
    ])
    const rankDef = defs.get(p.ranking)!
    const unitDef = defs.get(p.unitRanking)!
    return {
      key: p.key, title: p.title,
      figures: tilesOf(figures, p.figures),
      ranking: { title: `${rankDef.name}排名`, unit: rankDef.unit, items: points(ranking).sort((a, b) => (b.value ?? -1) - (a.value ?? -1)) },
      // Already best first; a unit without a rate (nothing to divide) stays off a bar chart.
      unitRanking: { title: `各单位${unitDef.name}`, unit: unitDef.unit, items: points(unitRanking).filter((r) => r.value !== null) },
      trend: p.trend ? { title: `${defs.get(p.trend)!.name}月度趋势`, unit: defs.get(p.trend)!.unit, items: points(trend ?? []) } : null,
      grades: p.trend ? null : gradesOf(figures),
    }
  }))
  return { regionCode: figures.regionCode, regionName: figures.regionName, period: figures.period, asOf: todayOf(ctx), panels }
}
