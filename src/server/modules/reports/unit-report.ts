import type { AssessmentDto } from '../../../shared/assessment'
import { writeAudit } from '../../platform/audit'
import { shanghaiDate } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { badRequest } from '../../platform/errors'
import { blank, writeOfficialDocx, type Cell, type OfficialDoc } from '../../platform/official-docx/write-official-docx'
import { unitNames } from '../regions/service'
import { assessPlan } from '../work-plans/service/assessment'
import { slotsOf, type Slot } from '../work-plans/service/plan-status'
import { DOCX, heading, paragraph, TASK_STATUS } from './doc-parts'
import { TARGET_HEADER, targetRow, unitsOf } from './plan-progress'
import { planStanding, type PlanStanding } from './plan-standing'

/**
 * 单位考核报告: one unit's part in a plan, for the assessment. The tasks it leads and those it cooperates on,
 * whether each report came on time, late or not at all per due date, the targets of the tasks it leads, and
 * its line of the plan's assessment (the same figures as the plan's 考核 tab).
 */

const REVIEW = { accepted: '已通过', submitted: '待审核', returned: '被退回' } as Record<string, string>

/** 按时 / 逾期报送 by the first report for the date (as the assessment counts it); 未报送 once the date has passed. */
export function timeliness(s: Slot): { label: string; on: string | null } {
  if (s.first) {
    const review = s.latest ? REVIEW[s.latest.status] : undefined
    return { label: `${s.first.onTime ? '按时' : '逾期报送'}${review ? `（${review}）` : ''}`, on: shanghaiDate(s.first.submittedAt) }
  }
  return { label: s.status === 'overdue' ? '未报送' : '未到期', on: null }
}

export function unitReport(s: PlanStanding, unitId: string, unitName: string, assessment: AssessmentDto): OfficialDoc {
  const { detail, state, asOf } = s
  const mine = state.assignments.filter((a) => a.unitId === unitId)
  const roleOf = new Map(mine.map((a) => [a.taskId, a.role]))
  const tasks = detail.tasks.filter((t) => roleOf.has(t.id))
  const led = tasks.filter((t) => roleOf.get(t.id) === 'lead')
  // Every date already due (all the plan's years, as the assessment counts), and this year's still to come.
  const slots = slotsOf(state, asOf, mine).filter((x) => x.dueDate.dueOn <= asOf || x.dueDate.dueOn.startsWith(String(s.year)))
    .sort((a, b) => a.dueDate.dueOn.localeCompare(b.dueDate.dueOn) || a.task.sortOrder - b.task.sortOrder)
  const due = slots.filter((x) => x.dueDate.dueOn <= asOf)
  // The assessment counts the lead unit's reports only; a cooperating unit's go to its lead, so they are told apart.
  const tally = (role: string) => {
    const mine = due.filter((x) => x.assignment.role === role)
    const onTime = mine.filter((x) => x.first?.onTime).length
    const late = mine.filter((x) => x.first && !x.first.onTime).length
    return `${mine.length} 次，按时 ${onTime} 次，逾期报送 ${late} 次，未报送 ${mine.length - onTime - late} 次`
  }
  const row = assessment.rows.find((r) => r.unitId === unitId)
  const w = assessment.weights
  const targets = s.targets.filter((t) => led.some((task) => task.id === t.taskId))
  const taskRows: Cell[][] = tasks.map((t) => [t.number, t.title, roleOf.get(t.id) === 'lead' ? '牵头' : '配合', unitsOf(t, 'lead'), TASK_STATUS[s.taskStatus.get(t.id) ?? 'in_progress']])
  const slotRows: Cell[][] = slots.map((x) => {
    const r = timeliness(x)
    return [x.task.number, x.dueDate.periodLabel, x.dueDate.dueOn, r.on ?? '—', r.label]
  })
  return {
    title: `${unitName}\n落实${detail.title}情况考核报告`,
    subtitle: `（截至 ${asOf}）`,
    blocks: [
      heading(1, '承担任务情况'),
      paragraph(`${unitName}在《${detail.title}》中牵头任务 ${led.length} 项、配合任务 ${tasks.length - led.length} 项，`
        + `其中已完成 ${tasks.filter((t) => s.taskStatus.get(t.id) === 'completed').length} 项、逾期 ${tasks.filter((t) => s.taskStatus.get(t.id) === 'overdue').length} 项。`),
      { kind: 'table', title: '表 1 承担的任务', header: ['任务', '任务名称', '角色', '牵头单位', '状态'], widths: [2, 7, 2, 4, 2], rows: taskRows },
      heading(1, '进展报送情况'),
      paragraph(`截至 ${asOf}，牵头任务应向食安办报送进展 ${tally('lead')}`
        + `${led.length < tasks.length ? `；配合任务应向牵头单位报送进展 ${tally('cooperating')}` : ''}。`),
      { kind: 'table', title: '表 2 各期进展报送情况', header: ['任务', '报送期次', '截止日期', '报送日期', '情况'], widths: [2, 4, 3, 3, 4], rows: slotRows },
      heading(1, '量化目标完成情况'),
      targets.length
        ? { kind: 'table', title: `表 3 牵头任务的量化目标（${s.regionName}，截至 ${asOf}）`, header: TARGET_HEADER, widths: [2, 6, 3, 3, 3, 2], rows: targets.map(targetRow) }
        : paragraph('该单位牵头的任务没有量化目标。'),
      heading(1, '考核得分'),
      row
        ? paragraph(`按本方案考核权重（按时报送 ${w.onTime}、指标达成 ${w.targets}、任务验收 ${w.accepted}，每次督办扣 ${w.perNotice} 分），截至 ${assessment.asOf}，`
          + `${unitName}得分 ${row.score}，在 ${assessment.rows.length} 个牵头单位中排名第 ${row.rank}。考核中的指标达成按牵头单位报送的数字计。`)
        : paragraph('该单位在本方案中不牵头任务，不参加牵头单位考核排名。'),
      ...(row ? [{
        kind: 'table' as const, title: `表 ${targets.length ? 4 : 3} 考核明细`, header: ['项目', '数值'], widths: [3, 2],
        rows: [['牵头任务（项）', row.tasksLed], ['已验收任务（项）', row.tasksAccepted], ['应报次数', row.reportsDue], ['按时报送次数', row.reportsOnTime],
          ['按时报送率（%）', row.onTimeRate], ['量化指标（项）', row.targets], ['已达成指标（项）', row.targetsMet], ['督办次数', row.noticesReceived], ['得分', row.score], ['排名', row.rank]] as Cell[][],
      }] : []),
      heading(1, '单位自评'),
      paragraph(blank('单位自评（主要做法、成效与不足）')),
      heading(1, '考核意见'),
      paragraph(blank('食安办考核意见')),
    ],
  }
}

export async function unitReportDocx(ctx: SignedInContext, query: { planId: string; unitId: string }) {
  const standing = await planStanding(ctx, query.planId)
  if (!standing.state.assignments.some((a) => a.unitId === query.unitId)) throw badRequest('单位：该单位未承担本方案的任务')
  const [names, assessment] = await Promise.all([unitNames(ctx, [query.unitId]), assessPlan(ctx, query.planId)])
  const unitName = names.get(query.unitId) ?? ''
  const buffer = await writeOfficialDocx(unitReport(standing, query.unitId, unitName, assessment))
  await writeAudit(ctx.db, ctx, { action: 'export.unit_report', entityType: 'work_plan', entityId: standing.detail.id, after: { unitId: query.unitId } })
  return { buffer, fileName: `${unitName}-${standing.detail.title}-考核报告.docx`, mimeType: DOCX }
}
