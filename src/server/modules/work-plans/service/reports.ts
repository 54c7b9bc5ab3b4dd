import type { ReportDto, ReportInput, ReviewInput } from '../../../../shared/work-plan-reports'
import { writeAudit } from '../../../platform/audit'
import { shanghaiDate } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors'
import { readStoredFile } from '../../../platform/files'
import { notify } from '../../../platform/notifications'
import { officeUnitsOf, unitNames } from '../../regions/service'
import * as q from '../queries'
import { isOnTime } from '../rules'
import { canManagePlans, loadPlan } from './plan-view'

/**
 * Progress reports. A lead unit reports to the office that owns the plan; a cooperating unit reports to
 * the task's lead unit. A unit sees its own reports, a lead also its cooperating units' reports on the
 * tasks it leads; the office (and accounts without a unit, e.g. leaders) see all of a plan's reports.
 */
async function publishedPlan(ctx: SignedInContext, planId: string) {
  const plan = await loadPlan(ctx, planId)
  if (plan.status !== 'published') throw conflict('方案尚未发布')
  return plan
}

async function taskIn(db: Executor, planId: string, taskId: string) {
  const task = await q.findTask(db, planId, taskId)
  if (!task) throw notFound('任务')
  return task
}

/** Which of a task's reports the caller may read. */
export function visibleReports(ctx: SignedInContext, reports: q.ReportRow[], assignments: q.AssignmentRow[]) {
  if (canManagePlans(ctx) || !ctx.account.unitId) return reports
  const unitId = ctx.account.unitId
  const leadsTask = (taskId: string) => assignments.some((a) => a.taskId === taskId && a.unitId === unitId && a.role === 'lead')
  const roleOf = (r: q.ReportRow) => assignments.find((a) => a.id === r.assignmentId)?.role
  return reports.filter((r) => r.unitId === unitId || (leadsTask(r.taskId) && roleOf(r) === 'cooperating'))
}

export async function presentReports(ctx: SignedInContext, reports: q.ReportRow[], assignments: q.AssignmentRow[], dueDates: q.DueDateRow[]): Promise<ReportDto[]> {
  const ids = reports.map((r) => r.id)
  const [figures, evidence, names] = await Promise.all([q.figuresOf(ctx.db, ids), q.evidenceOf(ctx.db, ids), unitNames(ctx, reports.map((r) => r.unitId))])
  return reports.map((r) => {
    const due = dueDates.find((d) => d.id === r.dueDateId)
    return {
      id: r.id, taskId: r.taskId, unitId: r.unitId, unitName: names.get(r.unitId) ?? '', role: assignments.find((a) => a.id === r.assignmentId)?.role ?? '',
      dueDateId: r.dueDateId, periodLabel: due?.periodLabel ?? null, dueOn: due?.dueOn ?? null, text: r.text, status: r.status, onTime: r.onTime,
      submittedAt: r.submittedAt.toISOString(), submittedBy: r.submittedBy, reviewedAt: r.reviewedAt?.toISOString() ?? null, reviewComment: r.reviewComment,
      figures: figures.filter((f) => f.reportId === r.id).map((f) => ({ targetId: f.targetId, value: f.value, note: f.note })),
      evidence: evidence.filter((e) => e.reportId === r.id).map((e) => ({ id: e.id, fileName: e.fileName, mimeType: e.mimeType, size: e.size })),
    }
  })
}

export async function listTaskReports(ctx: SignedInContext, planId: string, taskId: string) {
  const plan = await publishedPlan(ctx, planId)
  await taskIn(ctx.db, plan.id, taskId)
  const [reports, assignments, dueDates] = await Promise.all([q.reportsOfTask(ctx.db, taskId), q.assignmentsOfTask(ctx.db, taskId), q.dueDatesOfTask(ctx.db, plan.id, taskId)])
  return presentReports(ctx, visibleReports(ctx, reports, assignments), assignments, dueDates)
}

export async function submitReport(ctx: SignedInContext, planId: string, taskId: string, input: ReportInput) {
  const plan = await publishedPlan(ctx, planId)
  const unitId = ctx.account.unitId
  const assignment = unitId ? await q.findAssignment(ctx.db, taskId, unitId) : undefined
  if (!assignment || assignment.planId !== plan.id) throw notFound('任务') // not this unit's task: as if it did not exist
  const task = await taskIn(ctx.db, plan.id, taskId)
  const dueDates = await q.dueDatesOfTask(ctx.db, plan.id, taskId)
  const due = input.dueDateId ? dueDates.find((d) => d.id === input.dueDateId) : undefined
  if (input.dueDateId && !due) throw badRequest('报送期次（dueDateId）：不是本任务的报送期次')
  const targetIds = new Set((await q.targetsOfPlan(ctx.db, plan.id)).filter((g) => g.taskId === taskId).map((g) => g.id))
  for (const f of input.figures ?? []) if (!targetIds.has(f.targetId)) throw badRequest('指标（targetId）：不是本任务的量化指标')
  const files: { fileSha256: string; fileName: string; mimeType: string; size: number }[] = []
  for (const e of input.evidence ?? []) {
    const stored = await readStoredFile(ctx.db, e.sha256)
    if (!stored) throw badRequest(`证明材料（${e.fileName}）：文件未上传或已失效，请重新上传`)
    files.push({ fileSha256: e.sha256, fileName: e.fileName.replace(/[\\/\r\n\0]/g, '_'), mimeType: stored.mimeType, size: stored.size })
  }
  const now = ctx.config.now()
  const report = await ctx.db.transaction(async (tx) => {
    if (due) {
      const earlier = (await q.reportsOfTask(tx, taskId)).filter((r) => r.assignmentId === assignment.id && r.dueDateId === due.id)
      if (earlier.some((r) => r.status === 'accepted')) throw conflict(`${due.periodLabel}的报告已通过，无需再报`)
      if (earlier.some((r) => r.status === 'submitted')) throw conflict(`${due.periodLabel}的报告正在审核，请等待审核结果`)
    }
    const saved = await q.insertReport(tx, {
      planId: plan.id, taskId, assignmentId: assignment.id, unitId: assignment.unitId, regionCode: assignment.regionCode, dueDateId: due?.id ?? null,
      text: input.text.trim(), status: 'submitted', onTime: isOnTime(shanghaiDate(now), due?.dueOn ?? null), submittedAt: now, submittedBy: ctx.account.id,
    })
    await q.insertFigures(tx, (input.figures ?? []).map((f) => ({ reportId: saved.id, targetId: f.targetId, value: f.value, note: f.note ?? null })))
    await q.insertEvidence(tx, files.map((f) => ({ ...f, reportId: saved.id })))
    const reviewers = assignment.role === 'lead'
      ? (await officeUnitsOf(tx, plan.regionCode)).map((u) => u.id)
      : (await q.assignmentsOfTask(tx, taskId)).filter((a) => a.role === 'lead').map((a) => a.unitId)
    const names = await unitNames(ctx, [assignment.unitId])
    await notify(tx, reviewers.map((reviewer) => ({
      unitId: reviewer, regionCode: plan.regionCode, kind: 'report_submitted',
      title: `${names.get(assignment.unitId) ?? ''}报送了任务${task.number}“${task.title.slice(0, 40)}”${due ? `（${due.periodLabel}）` : ''}的进展`,
      link: `/work-plans/${plan.id}/tasks/${taskId}`,
    })))
    await writeAudit(tx, ctx, { action: 'workplan.report_submit', entityType: 'progress_report', entityId: saved.id,
      after: { planId: plan.id, taskId, dueDate: due?.dueOn ?? null, onTime: saved.onTime, figures: input.figures ?? [], evidence: files.map((f) => f.fileName) } })
    return saved
  })
  const assignments = await q.assignmentsOfTask(ctx.db, taskId)
  return (await presentReports(ctx, [report], assignments, dueDates))[0]
}

/** The office reviews lead units' reports; a lead unit (or the office) reviews its cooperating units' reports. */
export async function reviewReport(ctx: SignedInContext, reportId: string, input: ReviewInput) {
  const report = await q.findReport(ctx.db, reportId)
  if (!report) throw notFound('报告')
  const plan = await loadPlan(ctx, report.planId).catch(() => { throw notFound('报告') })
  const assignments = await q.assignmentsOfTask(ctx.db, report.taskId)
  if (!visibleReports(ctx, [report], assignments).length) throw notFound('报告')
  const role = assignments.find((a) => a.id === report.assignmentId)?.role
  const isLeadOfTask = assignments.some((a) => a.role === 'lead' && a.unitId === ctx.account.unitId)
  const manages = canManagePlans(ctx) && Boolean(await q.findPlan(ctx.db, ctx.account, plan.id, 'manage'))
  if (!(manages || (role === 'cooperating' && isLeadOfTask))) throw forbidden(role === 'lead' ? '牵头单位的报告由食安办审核' : '配合单位的报告由牵头单位审核')
  if (input.decision === 'return' && !input.comment?.trim()) throw badRequest('审核意见（comment）：退回时请写明原因')
  await ctx.db.transaction(async (tx) => {
    const current = await q.findReport(tx, reportId)
    if (current?.status !== 'submitted') throw conflict('该报告已审核')
    const status = input.decision === 'accept' ? 'accepted' : 'returned'
    await q.updateReport(tx, reportId, { status, reviewedAt: ctx.config.now(), reviewedBy: ctx.account.id, reviewComment: input.comment?.trim() || null })
    const task = await q.findTask(tx, plan.id, report.taskId)
    await notify(tx, [{
      unitId: report.unitId, regionCode: report.regionCode, kind: status === 'accepted' ? 'report_accepted' : 'report_returned',
      title: `任务${task?.number ?? ''}的进展报告${status === 'accepted' ? '已通过' : '被退回'}${input.comment ? `：${input.comment.slice(0, 60)}` : ''}`,
      link: `/my-tasks?plan=${plan.id}`,
    }])
    await writeAudit(tx, ctx, { action: `workplan.report_${input.decision}`, entityType: 'progress_report', entityId: reportId,
      before: { status: 'submitted' }, after: { status, comment: input.comment ?? null } })
  })
  const dueDates = await q.dueDatesOfTask(ctx.db, plan.id, report.taskId)
  return (await presentReports(ctx, [(await q.findReport(ctx.db, reportId))!], assignments, dueDates))[0]
}

/** Evidence is downloaded through its report: whoever cannot see the report gets 404. */
export async function getEvidence(ctx: SignedInContext, reportId: string, evidenceId: string) {
  const report = await q.findReport(ctx.db, reportId)
  if (!report) throw notFound('证明材料')
  await loadPlan(ctx, report.planId).catch(() => { throw notFound('证明材料') })
  if (!visibleReports(ctx, [report], await q.assignmentsOfTask(ctx.db, report.taskId)).length) throw notFound('证明材料')
  const evidence = await q.findEvidence(ctx.db, reportId, evidenceId)
  const file = evidence ? await readStoredFile(ctx.db, evidence.fileSha256) : undefined
  if (!evidence || !file) throw notFound('证明材料')
  return { fileName: evidence.fileName, mimeType: file.mimeType, content: file.content }
}
