import type { IssueNoticeInput, NoticeDto, OverdueItemDto } from '../../../../shared/supervision'
import { writeAudit } from '../../../platform/audit'
import { shanghaiDate } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors'
import { notify } from '../../../platform/notifications'
import { renderOfficialDocument } from '../../../platform/official-docx/notice'
import { addWorkdays } from '../../../platform/working-days'
import { officeUnitsOf, regionNames, unitNames } from '../../regions/service'
import * as q from '../queries'
import { daysBetween } from '../../../platform/working-days'
import * as sq from '../supervision-queries'
import { leadSlots, loadPlanState, todayFor } from './plan-status'
import { canManagePlans, listPlans, loadPlan } from './plan-view'

/** Working days a supervised unit has to reply, unless the office sets another date. */
export const DEFAULT_REPLY_WORKDAYS = 5

/** 督办: overdue reports and tasks of lead units, notices with a reply deadline, the unit's reply. */
export async function overdueItems(ctx: SignedInContext, planId: string): Promise<OverdueItemDto[]> {
  const plan = await loadPlan(ctx, planId)
  if (plan.status !== 'published') return []
  const today = todayFor(ctx)
  const state = await loadPlanState(ctx.db, plan.id)
  const slots = leadSlots(state, today).filter((s) => s.status === 'overdue' || (s.status === 'returned' && s.dueDate.dueOn < today))
  const [names, notices] = await Promise.all([unitNames(ctx, slots.map((s) => s.unitId)), sq.noticesOfPlans(ctx.db, [plan.id])])
  // the office and unit-less readers (leaders) see every unit; a unit sees its own
  const mine = canManagePlans(ctx) || !ctx.account.unitId ? slots : slots.filter((s) => s.unitId === ctx.account.unitId)
  return mine.map((s) => ({
    taskId: s.task.id, taskNumber: s.task.number, taskTitle: s.task.title, unitId: s.unitId, unitName: names.get(s.unitId) ?? '',
    dueDateId: s.dueDate.id, dueOn: s.dueDate.dueOn, periodLabel: s.dueDate.periodLabel, daysOverdue: daysBetween(s.dueDate.dueOn, today), status: s.status,
    noticeId: notices.find((n) => n.taskId === s.task.id && n.unitId === s.unitId && n.dueDateId === s.dueDate.id)?.id ?? null,
  })).sort((a, b) => b.daysOverdue - a.daysOverdue)
}

const documentNumber = (regionName: string, year: number, serial: number) => `${regionName.slice(0, 1)}食安办督〔${year}〕${serial}号`

function noticeStatus(n: sq.NoticeRow, today: string) {
  if (n.repliedAt) return 'replied'
  return today > n.replyDeadline ? 'overdue' : 'open'
}

async function presentNotices(ctx: SignedInContext, notices: sq.NoticeRow[]): Promise<NoticeDto[]> {
  const today = todayFor(ctx)
  const planIds = [...new Set(notices.map((n) => n.planId))]
  const plans = new Map((await Promise.all(planIds.map((id) => q.findPlan(ctx.db, ctx.account, id, 'read')))).filter(Boolean).map((p) => [p!.id, p!]))
  const [names, regions] = await Promise.all([unitNames(ctx, notices.map((n) => n.unitId)), regionNames(ctx, [...plans.values()].map((p) => p.regionCode))])
  const tasks = new Map<string, q.TaskRow>()
  const dueDates = new Map<string, q.DueDateRow>()
  for (const id of planIds) {
    for (const t of await q.tasksOfPlan(ctx.db, id)) tasks.set(t.id, t)
    for (const d of await q.dueDatesOfPlan(ctx.db, id)) dueDates.set(d.id, d)
  }
  return notices.map((n) => {
    const plan = plans.get(n.planId)!
    const task = tasks.get(n.taskId)
    const due = n.dueDateId ? dueDates.get(n.dueDateId) : undefined
    return {
      id: n.id, planId: n.planId, planTitle: plan.title, documentNumber: documentNumber(regions.get(plan.regionCode) ?? '', Number(shanghaiDate(n.issuedAt).slice(0, 4)), n.serial),
      taskId: n.taskId, taskNumber: task?.number ?? '', taskTitle: task?.title ?? '', unitId: n.unitId, unitName: names.get(n.unitId) ?? '',
      periodLabel: due?.periodLabel ?? null, dueOn: due?.dueOn ?? null, reason: n.reason, replyDeadline: n.replyDeadline, issuedAt: n.issuedAt.toISOString(),
      status: noticeStatus(n, today), replyText: n.replyText, repliedAt: n.repliedAt?.toISOString() ?? null,
      repliedOnTime: n.repliedAt ? shanghaiDate(n.repliedAt) <= n.replyDeadline : null,
    }
  })
}

export async function issueNotice(ctx: SignedInContext, planId: string, input: IssueNoticeInput): Promise<NoticeDto> {
  const plan = await q.findPlan(ctx.db, ctx.account, planId, 'manage')
  if (!plan) throw notFound('工作方案')
  if (plan.status !== 'published') throw conflict('方案尚未发布')
  const task = await q.findTask(ctx.db, plan.id, input.taskId)
  if (!task) throw badRequest('任务（taskId）：不是本方案的任务')
  const assignment = await q.findAssignment(ctx.db, task.id, input.unitId)
  if (!assignment) throw badRequest('被督办单位（unitId）：该单位不承担此任务')
  const due = input.dueDateId ? (await q.dueDatesOfTask(ctx.db, plan.id, task.id)).find((d) => d.id === input.dueDateId) : undefined
  if (input.dueDateId && !due) throw badRequest('报送期次（dueDateId）：不是本任务的报送期次')
  const today = todayFor(ctx)
  const replyDeadline = input.replyDeadline ?? addWorkdays(today, DEFAULT_REPLY_WORKDAYS)
  if (replyDeadline < today) throw badRequest('回复期限（replyDeadline）：不能早于今天')
  const names = await unitNames(ctx, [input.unitId])
  const reason = input.reason?.trim() || `你单位${assignment.role === 'lead' ? '牵头' : '配合'}的任务${task.number}“${task.title}”${due ? `${due.periodLabel}进展应于${due.dueOn}前报送，截至${today}仍未报送` : '未按期推进'}。请于${replyDeadline}前报送进展并书面说明原因。`
  const notice = await ctx.db.transaction(async (tx) => {
    const saved = await sq.insertNotice(tx, {
      planId: plan.id, taskId: task.id, unitId: input.unitId, dueDateId: due?.id ?? null, regionCode: assignment.regionCode,
      serial: await sq.nextSerial(tx, plan.id), reason, replyDeadline, issuedAt: ctx.config.now(), issuedBy: ctx.account.id,
    })
    await notify(tx, [{ unitId: input.unitId, regionCode: assignment.regionCode, kind: 'supervision', title: `督办：任务${task.number}“${task.title.slice(0, 40)}”，请于${replyDeadline}前回复`, link: `/supervision/${saved.id}` }])
    await writeAudit(tx, ctx, { action: 'workplan.supervise', entityType: 'supervision_notice', entityId: saved.id, after: { planId: plan.id, taskId: task.id, unit: names.get(input.unitId), replyDeadline, reason } })
    return saved
  })
  return (await presentNotices(ctx, [notice]))[0]
}

/** The office sees every notice of its plans; a unit sees the notices it received. */
export async function listNotices(ctx: SignedInContext, planId?: string): Promise<NoticeDto[]> {
  const planIds = (await listPlans(ctx)).filter((p) => !planId || p.id === planId).map((p) => p.id)
  const rows = canManagePlans(ctx) ? await sq.noticesOfPlans(ctx.db, planIds) : ctx.account.unitId ? await sq.noticesOfUnit(ctx.db, planIds, ctx.account.unitId) : await sq.noticesOfPlans(ctx.db, planIds)
  return presentNotices(ctx, rows)
}

async function visibleNotice(ctx: SignedInContext, id: string) {
  const notice = await sq.findNotice(ctx.db, id)
  const plan = notice ? await q.findPlan(ctx.db, ctx.account, notice.planId, 'read') : undefined
  const manages = plan && canManagePlans(ctx) && (await q.findPlan(ctx.db, ctx.account, plan.id, 'manage'))
  if (!notice || !plan || !(manages || notice.unitId === ctx.account.unitId || !ctx.account.unitId)) throw notFound('督办通知')
  return { notice, plan }
}

export async function getNotice(ctx: SignedInContext, id: string) {
  const { notice } = await visibleNotice(ctx, id)
  return (await presentNotices(ctx, [notice]))[0]
}

export async function replyNotice(ctx: SignedInContext, id: string, text: string): Promise<NoticeDto> {
  const { notice, plan } = await visibleNotice(ctx, id)
  if (notice.unitId !== ctx.account.unitId) throw forbidden('只有被督办单位可以回复')
  if (notice.repliedAt) throw conflict('该督办已回复')
  await ctx.db.transaction(async (tx) => {
    await sq.replyToNotice(tx, id, text.trim(), ctx.config.now(), ctx.account.id)
    const offices = await officeUnitsOf(tx, plan.regionCode)
    const names = await unitNames(ctx, [notice.unitId])
    await notify(tx, offices.map((o) => ({ unitId: o.id, regionCode: plan.regionCode, kind: 'supervision_reply', title: `${names.get(notice.unitId) ?? ''}回复了督办通知`, link: `/supervision/${id}` })))
    await writeAudit(tx, ctx, { action: 'workplan.supervision_reply', entityType: 'supervision_notice', entityId: id, after: { text: text.trim() } })
  })
  return getNotice(ctx, id)
}

/** The notice as a .docx in official-document layout (GB/T 9704). */
export async function noticeDocument(ctx: SignedInContext, id: string) {
  const dto = await getNotice(ctx, id)
  const { plan } = await visibleNotice(ctx, id)
  const region = (await regionNames(ctx, [plan.regionCode])).get(plan.regionCode) ?? ''
  const buffer = await renderOfficialDocument({
    issuerMark: `${region}食品安全委员会办公室`, documentNumber: dto.documentNumber, title: '食品安全工作督办通知', addressee: dto.unitName,
    body: [
      `根据《${dto.planTitle}》，${dto.reason}`,
      { table: [['任务', '报送期次', '应报日期', '回复期限'], [`${dto.taskNumber}${dto.taskTitle}`, dto.periodLabel ?? '—', dto.dueOn ?? '—', dto.replyDeadline]] },
      '请高度重视，认真落实，逾期未回复的将纳入年度食品安全工作考核。',
    ],
    signature: `${region}食品安全委员会办公室`, date: shanghaiDate(new Date(dto.issuedAt)),
  })
  return { buffer, fileName: `督办通知-${dto.documentNumber}.docx` }
}
