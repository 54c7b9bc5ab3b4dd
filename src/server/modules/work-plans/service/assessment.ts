import ExcelJS from '../../../platform/exceljs'
import { DEFAULT_WEIGHTS, type AssessmentDto, type AssessmentWeights } from '../../../../shared/assessment'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import { badRequest, notFound } from '../../../platform/errors'
import { unitNames } from '../../regions/service'
import * as q from '../queries'
import { assessmentScore, meetsTarget, type UnitTally } from '../rules'
import * as sq from '../supervision-queries'
import { leadSlots, loadPlanState, todayFor } from './plan-status'
import { loadPlan } from './plan-view'

/**
 * 考核 of the units that lead a plan's tasks, as of today: on-time report rate, targets met by the latest
 * reported figure, tasks whose due reports are all accepted, and 督办 received; ranked by score.
 */
export async function assessPlan(ctx: SignedInContext, planId: string): Promise<AssessmentDto> {
  const plan = await loadPlan(ctx, planId)
  const today = todayFor(ctx)
  const weights = (plan.assessmentWeights as AssessmentWeights | null) ?? DEFAULT_WEIGHTS
  const state = await loadPlanState(ctx.db, plan.id)
  const slots = leadSlots(state, today).filter((s) => s.dueDate.dueOn <= today)
  const notices = await sq.noticesOfPlans(ctx.db, [plan.id])
  const leads = [...new Set(state.assignments.filter((a) => a.role === 'lead').map((a) => a.unitId))]
  const names = await unitNames(ctx, leads)
  const tallies = leads.map((unitId) => {
    const led = state.assignments.filter((a) => a.role === 'lead' && a.unitId === unitId)
    const mySlots = slots.filter((s) => s.unitId === unitId)
    const targets = state.targets.filter((g) => led.some((a) => a.taskId === g.taskId))
    const myReports = state.reports.filter((r) => r.unitId === unitId && r.status !== 'returned')
    const latestFigure = (targetId: string) => state.figures.filter((f) => f.targetId === targetId && myReports.some((r) => r.id === f.reportId)).at(-1)
    const tally: UnitTally = {
      tasksLed: led.length,
      tasksAccepted: led.filter((a) => {
        const due = mySlots.filter((s) => s.task.id === a.taskId)
        return due.length > 0 && due.every((s) => s.status === 'accepted')
      }).length,
      reportsDue: mySlots.length,
      reportsOnTime: mySlots.filter((s) => s.first?.onTime).length,
      targets: targets.length,
      targetsMet: targets.filter((g) => { const f = latestFigure(g.id); return f !== undefined && meetsTarget(f.value, g.comparator, g.value) }).length,
      noticesReceived: notices.filter((n) => n.unitId === unitId).length,
    }
    return { unitId, unitName: names.get(unitId) ?? '', ...tally, onTimeRate: tally.reportsDue ? Math.round((tally.reportsOnTime / tally.reportsDue) * 1000) / 10 : null, score: assessmentScore(tally, weights) }
  })
  tallies.sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName, 'zh-CN'))
  // equal scores share a rank (1, 2, 2, 4)
  const rows = tallies.map((t, i) => ({ ...t, rank: i > 0 && tallies[i - 1].score === t.score ? 0 : i + 1 }))
  for (let i = 0; i < rows.length; i++) if (rows[i].rank === 0) rows[i].rank = rows[i - 1].rank
  return { asOf: today, weights, rows }
}

export async function setAssessmentWeights(ctx: SignedInContext, planId: string, weights: AssessmentWeights) {
  if (weights.onTime + weights.targets + weights.accepted <= 0) throw badRequest('权重（weights）：三项权重之和须大于 0')
  await ctx.db.transaction(async (tx) => {
    const plan = await q.findPlan(tx, ctx.account, planId, 'manage')
    if (!plan) throw notFound('工作方案')
    await q.updatePlan(tx, plan.id, { assessmentWeights: weights })
    await writeAudit(tx, ctx, { action: 'workplan.assessment_weights', entityType: 'work_plan', entityId: plan.id, before: plan.assessmentWeights, after: weights })
  })
  return assessPlan(ctx, planId)
}

export async function assessmentWorkbook(ctx: SignedInContext, planId: string) {
  const plan = await loadPlan(ctx, planId)
  const result = await assessPlan(ctx, planId)
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('考核排名')
  sheet.addRow([`${plan.title} — 成员单位考核（截至 ${result.asOf}）`])
  sheet.mergeCells(1, 1, 1, 11)
  sheet.getRow(1).font = { bold: true, size: 14 }
  sheet.addRow([`权重：按时报送 ${result.weights.onTime}，指标达成 ${result.weights.targets}，任务验收 ${result.weights.accepted}；每次督办扣 ${result.weights.perNotice} 分`])
  sheet.mergeCells(2, 1, 2, 11)
  const header = sheet.addRow(['排名', '单位', '牵头任务', '已验收任务', '应报次数', '按时报送', '按时报送率(%)', '量化指标', '已达成指标', '督办次数', '得分'])
  header.font = { bold: true }
  for (const r of result.rows) {
    sheet.addRow([r.rank, r.unitName, r.tasksLed, r.tasksAccepted, r.reportsDue, r.reportsOnTime, r.onTimeRate ?? '—', r.targets, r.targetsMet, r.noticesReceived, r.score])
  }
  sheet.columns.forEach((c, i) => { c.width = i === 1 ? 28 : 12 })
  await writeAudit(ctx.db, ctx, { action: 'export.assessment', entityType: 'work_plan', entityId: plan.id, after: { rows: result.rows.length } })
  return { buffer: Buffer.from(await book.xlsx.writeBuffer()), fileName: `考核排名-${plan.title}.xlsx` }
}
