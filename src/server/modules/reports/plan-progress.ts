import { periodRange } from '../../../shared/indicators'
import type { TaskDto } from '../../../shared/work-plans'
import { writeAudit } from '../../platform/audit'
import { shanghaiDate, todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { badRequest } from '../../platform/errors'
import { blank, writeOfficialDocx, type Block, type OfficialDoc } from '../../platform/official-docx/write-official-docx'
import { unitNames } from '../regions/service'
import { visibleReports } from '../work-plans/service/reports'
import { DOCX, goalText, heading, paragraph, plain, QUARTER_NAMES, shorten, TARGET_STATUS, TASK_STATUS } from './doc-parts'
import { planStanding, tallies, type PlanStanding, type TargetStanding } from './plan-standing'

/**
 * 季度工作进展报告 of a plan: the summary, then per task (grouped by the plan's sections) its units, deadline,
 * status, the latest report of each lead unit in the quarter and its targets against their goals. Everything
 * is as of the quarter's end, or today while the quarter runs; what Shian cannot know is left blank.
 */

export interface PlanProgressQuery { planId: string; year?: number; quarter?: number }

const SOURCE_LABEL = { live: '系统按记录计算', reported: '单位报送', none: '暂无数据' } as const

/** “目标 ≥ 98%，实际 100%（系统按记录计算：食品抽检合格率），达标” */
export function targetSentence(t: TargetStanding): string {
  const actual = t.actual === null ? '暂无数据' : `实际 ${plain(t.actual)}${t.unit}（${t.source === 'live' ? `${SOURCE_LABEL.live}：${t.indicatorName}` : SOURCE_LABEL.reported}）`
  return `${t.metric}目标${goalText(t.comparator, t.goal, t.unit)}，${actual}，${TARGET_STATUS[t.status]}`
}

export const targetRow = (t: TargetStanding) =>
  [t.taskNumber, t.metric, goalText(t.comparator, t.goal, t.unit), t.actual === null ? '—' : `${plain(t.actual)}${t.unit}`, SOURCE_LABEL[t.source], TARGET_STATUS[t.status]]
export const TARGET_HEADER = ['任务', '目标', '目标值', '实际', '数据来源', '状态']

/** Unit names as the plan writes them: a collective stays 各乡镇（街道）; a name kept out of the plan (none) is left out. */
export function unitsOf(task: TaskDto, role: 'lead' | 'cooperating'): string {
  const names = task.units.filter((u) => u.role === role && u.collective !== 'none').map((u) => u.unitName ?? u.nameAsWritten)
  return [...new Set(names)].join('、')
}

export function deadlineOf(task: TaskDto, general: { text: string }[], year: number): string {
  if (!task.deadlines.length) return general.length ? `按方案报送时限（${general.map((g) => g.text).join('、')}）` : '未定'
  return task.deadlines.map((d) => {
    const dates = d.dueDates.map((x) => x.dueOn).filter((x) => x.startsWith(String(year)))
    return dates.length ? `${d.text}（${dates.at(-1)}）` : d.text
  }).join('、')
}

/** At most this many lead units' reports per task: a collective task can have every township leading it. */
const MAX_UNITS = 6

async function taskBlocks(ctx: SignedInContext, s: PlanStanding, task: TaskDto, from: string): Promise<Block[]> {
  const { state } = s
  const leadIds = new Set(state.assignments.filter((a) => a.taskId === task.id && a.role === 'lead').map((a) => a.id))
  const inQuarter = state.reports.filter((r) => r.taskId === task.id && leadIds.has(r.assignmentId) && r.status !== 'returned' && shanghaiDate(r.submittedAt) >= from)
  const latest = new Map<string, (typeof inQuarter)[number]>()
  for (const r of visibleReports(ctx, inQuarter, state.assignments)) latest.set(r.unitId, r) // ascending: the last is the latest
  const missing = s.slots.filter((x) => x.task.id === task.id && x.status === 'overdue' && x.dueDate.dueOn >= from)
  const names = await unitNames(ctx, [...latest.keys(), ...missing.map((x) => x.unitId)])
  const status = TASK_STATUS[s.taskStatus.get(task.id) ?? 'in_progress']
  const blocks: Block[] = [paragraph(`任务${task.number}${task.title.replace(/[。.]$/, '')}。牵头单位：${unitsOf(task, 'lead') || '—'}；配合单位：${unitsOf(task, 'cooperating') || '无'}；`
    + `时限：${deadlineOf(task, s.detail.generalDeadlines, s.year)}；状态：${status}。`)]
  const reports = [...latest.values()]
  if (!reports.length) blocks.push(paragraph('本季度未收到牵头单位报送的进展。'))
  for (const r of reports.slice(0, MAX_UNITS)) {
    blocks.push(paragraph(`${names.get(r.unitId) ?? ''}于 ${shanghaiDate(r.submittedAt)} 报送（${r.onTime ? '按时' : '逾期'}）：${shorten(r.text)}`))
  }
  if (reports.length > MAX_UNITS) blocks.push(paragraph(`另有 ${reports.length - MAX_UNITS} 个牵头单位本季度报送了进展。`))
  if (missing.length) {
    const list = missing.slice(0, MAX_UNITS).map((x) => `${names.get(x.unitId) ?? ''}（${x.dueDate.periodLabel}，截止 ${x.dueDate.dueOn}）`)
    blocks.push(paragraph(`逾期未报送：${list.join('、')}${missing.length > MAX_UNITS ? ` 等 ${missing.length} 次` : ''}。`))
  }
  const targets = s.targets.filter((t) => t.taskId === task.id)
  if (targets.length) blocks.push(paragraph(`量化目标：${targets.map(targetSentence).join('；')}。`))
  return blocks
}

/** “截至 2026-06-30，方案共有任务 3 项，其中……” */
export function summarySentence(s: PlanStanding): string {
  const c = tallies(s)
  return `截至 ${s.asOf}，方案共有任务 ${c.tasks} 项，其中已完成 ${c.completed} 项、进行中 ${c.inProgress} 项、逾期 ${c.overdue} 项；`
    + `量化目标 ${c.targets} 项，按${s.regionName}数据达标 ${c.met} 项、未达标 ${c.missed} 项、进行中 ${c.targetsInProgress} 项`
    + `${c.reportedTargets ? `（其中 ${c.reportedTargets} 项按单位报送数据计）` : ''}。`
}

export async function planProgressReport(ctx: SignedInContext, s: PlanStanding, quarter: number, from: string): Promise<OfficialDoc> {
  const { detail } = s
  const sectionOf = new Map(detail.sections.map((x) => [x.number, x]))
  const loose = detail.tasks.filter((t) => !t.sectionNumber || !sectionOf.has(t.sectionNumber))
  const tasks: Block[] = []
  for (const t of loose) tasks.push(...(await taskBlocks(ctx, s, t, from)))
  for (const section of detail.sections) {
    const inSection = detail.tasks.filter((t) => t.sectionNumber === section.number)
    if (!inSection.length) continue
    tasks.push(heading(2, section.title))
    for (const t of inSection) tasks.push(...(await taskBlocks(ctx, s, t, from)))
  }
  return {
    title: `${detail.title}\n${s.year}年第${QUARTER_NAMES[quarter - 1]}季度工作进展情况报告`,
    subtitle: `（${from} 至 ${s.asOf}）`,
    issuer: `${s.regionName}食品安全委员会办公室`,
    blocks: [
      heading(1, '总体进展'),
      paragraph(summarySentence(s)),
      paragraph(blank('本季度主要工作成效（一段）')),
      heading(1, '各项任务进展'),
      ...tasks,
      heading(1, '存在的问题'),
      paragraph(blank('存在的问题及原因')),
      heading(1, '下一步工作安排'),
      paragraph(blank('下一步工作安排')),
      { kind: 'pageBreak' },
      {
        kind: 'table', title: `附表 量化目标完成情况（截至 ${s.asOf}）`, header: TARGET_HEADER, widths: [2, 6, 3, 3, 3, 2],
        rows: s.targets.map(targetRow),
        note: `“系统按记录计算”的数字为${s.regionName}（含下级）${s.year}年1月1日至 ${s.asOf} 的记录；“单位报送”为牵头单位最近一次报送的数字。`,
      },
    ],
  }
}

/** The report as .docx, audited as an export. A quarter that has not begun is refused, naming 季度. */
export async function planProgressDocx(ctx: SignedInContext, query: PlanProgressQuery) {
  const today = todayOf(ctx)
  const thisYear = Number(today.slice(0, 4))
  const year = query.year ?? thisYear
  if (year > thisYear) throw badRequest(`年度：${year} 年尚未开始`)
  const quarter = query.quarter ?? (year === thisYear ? Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 : 4)
  const { from, to } = periodRange(`${year}-Q${quarter}`)!
  if (from > today) throw badRequest(`季度：${year}年第${QUARTER_NAMES[quarter - 1]}季度尚未开始`)
  const standing = await planStanding(ctx, query.planId, { year, until: to })
  const doc = await planProgressReport(ctx, standing, quarter, from)
  const buffer = await writeOfficialDocx(doc)
  await writeAudit(ctx.db, ctx, { action: 'export.plan_progress_report', entityType: 'work_plan', entityId: standing.detail.id, after: { year, quarter, region: standing.regionCode } })
  return { buffer, fileName: `${standing.detail.title}-${year}年第${quarter}季度工作进展报告.docx`, mimeType: DOCX }
}
