import type { IndicatorsDto } from '../../../shared/indicators'
import { writeAudit } from '../../platform/audit'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { badRequest } from '../../platform/errors'
import { blank, figure, writeOfficialDocx, type Block, type Cell, type OfficialDoc } from '../../platform/official-docx/write-official-docx'
import { isWithinRegion } from '../../platform/scope'
import { catalogue, computeIndicators } from '../indicators/service'
import { listPlans } from '../work-plans/service/plan-view'
import { planTargets } from '../work-plans/service/targets'
import { count, d, DOCX, goalText, heading, paragraph, plain, rate, TARGET_STATUS, v, valuesOf, type Values } from './doc-parts'
import { summarySentence } from './plan-progress'
import { planStanding, type PlanStanding } from './plan-standing'

/**
 * 年度工作总结 of a region: the year's plans and how far they got, the work of each module in figures from the
 * indicators, the main indicators beside the previous year's, the targets not met, and blanks for the
 * problems and next year's ideas. A year still running is reported as of today.
 */

function workDone(x: Values): Block[] {
  return [
    heading(2, '抽检监测。', '全年抽检食品及食用农产品 ', count(x, 'sampling.batches', '抽检批次'), ' 批次，折合 ', rate(x, 'sampling.batches_per_thousand', '抽检量'),
      ' 批次/千人，其中农药兽药残留检验 ', rate(x, 'sampling.residue_per_thousand', '农残兽残检验量'), ' 份/千人；监督抽检合格率 ', rate(x, 'sampling.pass_rate', '抽检合格率'),
      '%，食用农产品例行监测合格率 ', rate(x, 'sampling.routine_pass_rate', '例行监测合格率'), '%；抽检不合格 ', count(x, 'sampling.failed', '不合格批次'), ' 批次。开展快检 ',
      count(x, 'rapid.tests', '快检批次'), ' 批次，阳性 ', count(x, 'rapid.positives', '快检阳性'), ' 批次。'),
    heading(2, '核查处置。', '不合格食品核查处置率 ', rate(x, 'disposal.start_rate', '核查处置率'), '%，处置完成率 ', rate(x, 'disposal.completion_rate', '处置完成率'),
      '%，按时完成率 ', rate(x, 'disposal.on_time_rate', '按时完成率'), '%。'),
    heading(2, '监督检查。', '全年开展监督检查 ', count(x, 'inspections.count', '检查户次'), ' 户次，检查经营主体 ', count(x, 'inspections.entities', '检查家数'),
      ' 家，日常监督检查覆盖率 ', rate(x, 'inspections.coverage', '检查覆盖率'), '%；问题发现处置率 ', rate(x, 'inspections.problem_disposal_rate', '问题发现处置率'),
      '%；责令停止生产经营 ', count(x, 'inspections.halted', '停止生产经营'), ' 户次。'),
    heading(2, '整改落实。', '已验证整改通知 ', figure(d(x, 'rectification.on_time_rate'), { label: '已验证整改' }), ' 份，按期整改到位 ',
      count(x, 'rectification.on_time_rate', '按期整改'), ' 份，整改按时完成率 ', rate(x, 'rectification.on_time_rate', '整改按时完成率'), '%。'),
    heading(2, '案件查办。', '立案查处食品案件 ', count(x, 'cases.filed', '立案数'), ' 件，结案 ', count(x, 'cases.closed', '结案数'), ' 件，罚没款 ',
      figure(v(x, 'cases.money'), { decimals: 2, label: '罚没款' }), ' 元，处罚到人 ', count(x, 'cases.persons_penalized', '处罚到人'), ' 人；移送公安机关 ',
      count(x, 'police.transfers', '移送'), ' 件。', blank('专项打击行动')),
    heading(2, '主体责任落实。', '在业经营主体 ', count(x, 'entities.active', '在业经营主体'), ' 家；餐饮明厨亮灶覆盖率 ', rate(x, 'entities.open_kitchen_rate', '明厨亮灶覆盖率'),
      '%，学校食堂“互联网+明厨亮灶”覆盖率 ', rate(x, 'entities.school_internet_kitchen_rate', '学校互联网明厨亮灶比例'), '%；食品安全总监、安全员配备率 ',
      rate(x, 'entities.safety_staff_rate', '安全员配备率'), '%。'),
    heading(2, '任务进展报送。', '成员单位报送任务进展 ', figure(d(x, 'workplans.report_on_time_rate'), { label: '报送次数' }), ' 次，按时 ',
      count(x, 'workplans.report_on_time_rate', '按时报送'), ' 次，按时报送率 ', rate(x, 'workplans.report_on_time_rate', '按时报送率'), '%。'),
  ]
}

/**
 * The main indicators beside the previous year's. A register state (明厨亮灶, grades…) has no history: last
 * year's figure is the one frozen when that year was closed, else none.
 */
function comparisonRows(current: IndicatorsDto, previous: IndicatorsDto | null): Cell[][] {
  const prev = previous ? valuesOf(previous) : new Map()
  return catalogue().filter((def) => def.source === 'live').flatMap((def) => {
    const now = current.values.find((x) => x.id === def.id)?.value ?? null
    const before = prev.get(def.id)
    const last: number | null = def.periodBasis.includes('现状') ? before?.frozen?.value ?? null : before?.value ?? null
    if (now === null && last === null) return []
    const change = now !== null && last !== null ? `${now - last >= 0 ? '+' : ''}${plain(now - last)}` : '—'
    return [[def.name, def.unit, now ?? '—', last ?? '—', change]]
  })
}

function offTrack(standings: PlanStanding[]): { rows: Cell[][]; noFigure: number } {
  const rows: Cell[][] = []
  let noFigure = 0
  for (const s of standings) {
    for (const t of s.targets) {
      if (t.status === 'met') continue
      if (t.source === 'none') { noFigure++; continue }
      rows.push([s.detail.title, t.taskNumber, t.metric, goalText(t.comparator, t.goal, t.unit), `${plain(t.actual)}${t.unit}`, TARGET_STATUS[t.status]])
    }
  }
  return { rows, noFigure }
}

export function yearEndReport(year: number, asOf: string, current: IndicatorsDto, previous: IndicatorsDto | null, standings: PlanStanding[]): OfficialDoc {
  const region = current.regionName
  const late = offTrack(standings)
  return {
    title: `${region}${year}年食品安全工作总结`,
    ...(asOf < `${year}-12-31` ? { subtitle: `（截至 ${asOf}）` } : {}),
    issuer: `${region}食品安全委员会办公室`,
    blocks: [
      paragraph(`${year}年，`, blank('总体情况与主要成效（一段）')),
      heading(1, '工作方案落实情况'),
      ...(standings.length ? standings.map((s) => paragraph(`《${s.detail.title}》：${summarySentence(s)}`)) : [paragraph('本年度没有已发布的工作方案。')]),
      heading(1, '主要工作开展情况'),
      ...workDone(valuesOf(current)),
      heading(1, '主要指标完成情况'),
      paragraph(`${year}年主要指标及与上年的对比见附表 1（系统按记录计算）。`, blank('对主要指标变化的说明')),
      heading(1, '未完成的目标'),
      paragraph(late.rows.length ? `截至 ${asOf}，尚未达标的量化目标 ${late.rows.length} 项，见附表 2。` : `截至 ${asOf}，有数据的量化目标均已达标。`,
        late.noFigure ? `另有 ${late.noFigure} 项目标尚无数据（未绑定指标且无单位报送）。` : ''),
      heading(1, '存在问题'),
      paragraph(blank('存在的问题')),
      heading(1, `${year + 1}年工作思路`),
      paragraph(blank(`${year + 1}年工作思路和重点`)),
      { kind: 'pageBreak' },
      {
        kind: 'table', title: `附表 1 ${year}年主要指标及上年对比`, header: ['指标', '单位', `${year}年`, `${year - 1}年`, '增减'], widths: [6, 2, 2, 2, 2],
        rows: comparisonRows(current, previous),
        note: `数据为${region}（含下级）；登记簿现状类指标（明厨亮灶、认证、风险等级等）按当前状态计，上年数为该年关账时冻结的数字。`,
      },
      ...(late.rows.length ? [{ kind: 'table' as const, title: '附表 2 尚未达标的量化目标', header: ['方案', '任务', '目标', '目标值', '实际', '状态'], widths: [5, 2, 5, 3, 3, 2], rows: late.rows }] : []),
    ],
  }
}

/** The plans that bind the region in the year: published, covering the year, of the region or above it. */
async function plansOfYear(ctx: SignedInContext, region: string, year: number) {
  const plans = (await listPlans(ctx)).filter((p) => p.status === 'published' && p.yearFrom <= year && year <= p.yearTo)
  const out: PlanStanding[] = []
  for (const p of plans) {
    const { plan } = await planTargets(ctx, p.id)
    if (isWithinRegion(region, plan.regionCode)) out.push(await planStanding(ctx, p.id, { year, region }))
  }
  return out
}

export async function yearEndDocx(ctx: SignedInContext, query: { year?: number; region?: string }) {
  const today = todayOf(ctx)
  const thisYear = Number(today.slice(0, 4))
  const year = query.year ?? thisYear
  if (year > thisYear) throw badRequest(`年度：${year} 年尚未开始`)
  const current = await computeIndicators(ctx, { region: query.region, period: String(year) })
  const previous = year > 2000 ? await computeIndicators(ctx, { region: current.regionCode, period: String(year - 1) }) : null
  const standings = await plansOfYear(ctx, current.regionCode, year)
  const asOf = today < `${year}-12-31` ? today : `${year}-12-31`
  const buffer = await writeOfficialDocx(yearEndReport(year, asOf, current, previous, standings))
  await writeAudit(ctx.db, ctx, { action: 'export.year_end_report', entityType: 'region', entityId: current.regionCode, after: { year } })
  return { buffer, fileName: `${current.regionName}${year}年食品安全工作总结.docx`, mimeType: DOCX }
}
