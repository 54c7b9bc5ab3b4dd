import type { Figure, FigureRow, FiguresDto, FiguresQuery } from '../../../../shared/sampling-figures'
import { LEAN_MEAT_POWDER_ITEMS, RAPID_TEST_ITEMS, type RapidTestItem } from '../../../../shared/sampling-catalogue'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { badRequest, notFound } from '../../../platform/errors'
import { findRegionInScope, listRegionChildren } from '../../regions/service'
import { disposalRates } from '../disposals/read'
import * as q from './queries'

/**
 * 抽检与快检 figures of a region subtree and period, each with its numerator and denominator, read
 * against the targets the seed plans set (DESIGN.md: 抽检量 4.0 批次/千人, 3.2 in market supervision,
 * 农药兽药残留 ≥ 2 份/千人, 种养殖环节 1.7, 合格率 ≥ 98 %, 例行监测 ≥ 97 %, disposal 100/100/90).
 */

const perThousand = (n: number, population: number) => (population > 0 ? Math.round((n / population) * 100_000) / 100 : null)
const percent = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 100 : null)

function fig(key: string, label: string, unit: string, numerator: number, numeratorLabel: string, denominator: number | null, denominatorLabel: string | null,
  value: number | null, target: string | null = null, note: string | null = null): Figure {
  return { key, label, unit, numerator, numeratorLabel, denominator, denominatorLabel, value, target, note }
}

type Counts = Omit<Awaited<ReturnType<typeof q.sampleCounts>>[number], 'child'>
const ZERO: Counts = { batches: 0, market: 0, residue: 0, planting: 0, judged: 0, passed: 0, routineJudged: 0, routinePassed: 0, failed: 0 }
const add = (a: Counts, b: Counts) => Object.fromEntries(Object.keys(ZERO).map((k) => [k, a[k as keyof Counts] + b[k as keyof Counts]])) as Counts

export async function samplingFigures(ctx: SignedInContext, query: FiguresQuery): Promise<FiguresDto> {
  const today = todayOf(ctx)
  const from = query.from ?? `${today.slice(0, 4)}-01-01`
  const to = query.to ?? today
  if (from > to) throw badRequest('起始日期：不能晚于截止日期')
  const region = await findRegionInScope(ctx, query.region ?? ctx.account.regionCode)
  if (!region) throw notFound('行政区划')
  const period = { region: region.code, from, to }
  const [sampleRows, rapidRows, children, disposal] = await Promise.all([
    q.sampleCounts(ctx.db, period), q.rapidCounts(ctx.db, period), listRegionChildren(ctx, region.code), disposalRates(ctx, { region: region.code, from, to }),
  ])
  const total = sampleRows.reduce((s, r) => add(s, r), ZERO)
  const pop = region.population
  const rapidTotal = rapidRows.reduce((s, r) => s + r.count, 0)
  const rapidPositives = rapidRows.reduce((s, r) => s + r.positives, 0)
  const lean = rapidRows.filter((r) => (LEAN_MEAT_POWDER_ITEMS as readonly string[]).includes(r.item))
  const leanCount = lean.reduce((s, r) => s + r.count, 0)
  const leanPositives = lean.reduce((s, r) => s + r.positives, 0)
  const pending = rapidRows.reduce((s, r) => s + r.pending, 0)
  const popLabel = '人口（人）'
  const figures: Figure[] = [
    fig('batches', '食品抽检量', '批次/千人', total.batches, '抽样批次', pop, popLabel, perThousand(total.batches, pop), '4.0'),
    fig('market_batches', '市场监管部门抽检量', '批次/千人', total.market, '市场监管部门抽样批次', pop, popLabel, perThousand(total.market, pop), '3.2'),
    fig('residue_samples', '农药兽药残留检验量', '份/千人', total.residue, '检验了农药或兽药残留项目的食用农产品样品', pop, popLabel, perThousand(total.residue, pop), '≥ 2',
      '按检验项目目录的类别（农药残留、兽药残留）判断；手工录入、未关联目录的项目不计入'),
    fig('planting_batches', '种养殖环节定量检测量', '批次/千人', total.planting, '种养殖环节抽样批次', pop, popLabel, perThousand(total.planting, pop), '1.7'),
    fig('pass_rate', '食品抽检合格率（监督抽检）', '%', total.passed, '合格批次', total.judged, '已出结论的监督抽检批次', percent(total.passed, total.judged), '≥ 98%'),
    fig('routine_pass_rate', '食用农产品例行监测合格率', '%', total.routinePassed, '合格批次', total.routineJudged, '已出结论的例行监测批次', percent(total.routinePassed, total.routineJudged), '≥ 97%'),
    fig('failed', '不合格批次', '批次', total.failed, '检验结论不合格的批次（各类抽检）', null, null, total.failed),
    fig('disposal_start_rate', '不合格食品核查处置率', '%', disposal.started, '已启动核查处置', disposal.failed, '不合格批次（不含复检合格）', disposal.startRate, '100%',
      '按收到不合格报告之日统计'),
    fig('disposal_completion_rate', '不合格食品处置完成率', '%', disposal.closed, '已办结', disposal.failed, '不合格批次（不含复检合格）', disposal.completionRate, '100%（省 95%）'),
    fig('disposal_on_time_rate', '不合格食品按时完成率', '%', disposal.onTime, '按期办结', disposal.closed, '已办结', disposal.onTimeRate, '90%（省 85%）'),
    fig('rapid_tests', '快检批次', '批次', rapidTotal, '快检批次', null, null, rapidTotal),
    fig('rapid_positive_rate', '快检阳性率', '%', rapidPositives, '阳性批次', rapidTotal, '快检批次', percent(rapidPositives, rapidTotal)),
    fig('lean_meat_tests', '“瘦肉精”快检', '批次', leanCount, '克伦特罗、莱克多巴胺、沙丁胺醇检测批次', null, null, leanCount, null, `其中阳性 ${leanPositives} 批次`),
    fig('rapid_pending', '快检阳性待送检', '批次', pending, '阳性且未关联确证样品', null, null, pending, null, '《食品安全法》第一百一十二条：快检结果表明可能不符合食品安全标准的，应当依照第八十七条进行检验'),
  ]
  const itemTotals = new Map<string, { count: number; positives: number }>()
  for (const r of rapidRows) {
    const t = itemTotals.get(r.item) ?? { count: 0, positives: 0 }
    itemTotals.set(r.item, { count: t.count + r.count, positives: t.positives + r.positives })
  }
  const rapidByItem = [...itemTotals].map(([item, t]) => ({ item, label: RAPID_TEST_ITEMS[item as RapidTestItem]?.label ?? item, ...t })).sort((a, b) => b.count - a.count)
  const rows: FigureRow[] = (children ?? []).map((c) => {
    const s = sampleRows.find((r) => c.code.startsWith(r.child)) ?? { ...ZERO }
    const mine = rapidRows.filter((r) => c.code.startsWith(r.child))
    return {
      regionCode: c.code, name: c.name, population: c.population, batches: s.batches, batchesPerThousand: perThousand(s.batches, c.population), marketBatches: s.market,
      residueSamples: s.residue, plantingBatches: s.planting, judged: s.judged, passed: s.passed, passRate: percent(s.passed, s.judged), failed: s.failed,
      rapidTests: mine.reduce((n, r) => n + r.count, 0), rapidPositives: mine.reduce((n, r) => n + r.positives, 0), leanMeatTests: mine.reduce((n, r) => n + r.lean, 0),
    }
  })
  return {
    regionCode: region.code, regionName: region.name, population: pop, from, to, figures, rapidByItem, rows,
    notes: [
      '抽检量按抽样日期统计，含各级各类抽检；每千人指标的分母为所选区域的人口（行政区划数据）。',
      '合格率只计已出检验结论的批次；复检合格的样品原检验结论不变，但不计入核查处置率的分母。',
      ...disposal.notes,
    ],
  }
}
