import type {
  CaseStepInput, CauseInput, CloseInput, ControlInput, ExtensionInput, FollowUpInput, NotifyInput, RectificationInput, RetestRequestInput, RetestResultInput,
} from '../../../../shared/disposals'
import { writeAudit } from '../../../platform/audit'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Transaction } from '../../../platform/db'
import { AppError, badRequest, conflict, notFound } from '../../../platform/errors'
import { addDays } from '../../../platform/working-days'
import { findCaseOr404, listOfficers, openCaseFromSource } from '../../cases/service/cases'
import { publicIdentities } from '../../entities/service/register'
import { disposals, type DisposalRow, type SampleRow } from '../schema'
import { currentTimeLimits, dueOn } from '../time-limits/service'
import * as q from './queries'
import { getDisposal } from './read'
import { closeBlockers } from './rules'

/**
 * Opens the 核查处置 file of a failed sample, inside the transaction that records the failing report.
 * Due dates come from the limits in force today and are stored: a later change of a limit does not move them.
 */
export async function openDisposal(tx: Transaction, ctx: SignedInContext, sample: SampleRow): Promise<string> {
  if (!sample.reportReceivedOn) throw badRequest('收到检验报告日期：不合格样品须先登记报告收到日期')
  const limits = await currentTimeLimits(tx)
  const openedOn = sample.reportReceivedOn
  const [row] = await tx.insert(disposals).values({
    sampleId: sample.id, entityId: sample.entityId, regionCode: sample.regionCode, openedOn,
    notifyDueOn: dueOn(limits, 'notify_business', openedOn),
    startDueOn: dueOn(limits, 'disposal_start', openedOn),
    closeDueOn: dueOn(limits, 'disposal_close', openedOn),
  }).returning()
  await writeAudit(tx, ctx, { action: 'disposal.open', entityType: 'disposal', entityId: row.id, after: row })
  return row.id
}

type Action = 'disposal.step' | 'disposal.extend' | 'disposal.close'
type Apply = (d: DisposalRow, tx: Transaction, today: string) => Promise<Partial<DisposalRow>> | Partial<DisposalRow>

/** One step on an open file: lock it, apply the rule, store, and audit the fields it changed (before/after). */
async function recordStep(ctx: SignedInContext, id: string, step: string, action: Action, apply: Apply) {
  const today = todayOf(ctx)
  await ctx.db.transaction(async (tx) => {
    const d = await q.lockDisposal(tx, ctx.account, id)
    if (!d) throw notFound('核查处置')
    if (d.closedOn) throw conflict(`该核查处置已于 ${d.closedOn} 办结，不能再修改`)
    const change = await apply(d, tx, today)
    const saved = await q.updateDisposal(tx, id, change)
    const fields = Object.keys(change) as (keyof DisposalRow)[]
    await writeAudit(tx, ctx, {
      action, entityType: 'disposal', entityId: id,
      before: { step, ...Object.fromEntries(fields.map((f) => [f, d[f]])) }, after: { step, ...Object.fromEntries(fields.map((f) => [f, saved[f]])) },
    })
  })
  return getDisposal(ctx, id)
}

/** A step's date: not in the future and not before the failed report was received. */
function checkDate(on: string, d: DisposalRow, today: string, field: string) {
  if (on > today) throw badRequest(`${field}：不得晚于今天（${today}）`)
  if (on < d.openedOn) throw badRequest(`${field}：不得早于收到不合格检验报告之日（${d.openedOn}）`)
}

export const notify = (ctx: SignedInContext, id: string, input: NotifyInput) => recordStep(ctx, id, 'notify', 'disposal.step', async (d, tx, today) => {
  if (d.notifiedOn) throw conflict(`送达：已于 ${d.notifiedOn} 送达，不能重复记录`)
  checkDate(input.notifiedOn, d, today, '送达日期')
  // 复检 window runs from the business's receipt of the conclusion (第八十八条).
  return { notifiedOn: input.notifiedOn, retestDueOn: dueOn(await currentTimeLimits(tx), 'retest_window', input.notifiedOn) }
})

export const requestRetest = (ctx: SignedInContext, id: string, input: RetestRequestInput) => recordStep(ctx, id, 'retest_request', 'disposal.step', async (d, tx, today) => {
  if (!d.notifiedOn || !d.retestDueOn) throw badRequest('复检申请：须先记录送达检验结论')
  if (d.retestRequestedOn) throw conflict(`复检申请：已于 ${d.retestRequestedOn} 申请，不能重复记录`)
  checkDate(input.requestedOn, d, today, '复检申请日期')
  if (input.requestedOn < d.notifiedOn) throw badRequest(`复检申请日期：不得早于送达日期（${d.notifiedOn}）`)
  if (input.requestedOn > d.retestDueOn) {
    const { days, unit } = (await currentTimeLimits(tx)).retest_window
    throw badRequest(`复检申请：已超过 ${days} 个${unit === 'workday' ? '工作日' : '自然日'}的申请期限（截止 ${d.retestDueOn}）`)
  }
  return { retestRequestedOn: input.requestedOn }
})

export const recordRetestResult = (ctx: SignedInContext, id: string, input: RetestResultInput) => recordStep(ctx, id, 'retest_result', 'disposal.step', (d, _tx, today) => {
  if (!d.retestRequestedOn) throw badRequest('复检结论：须先记录复检申请')
  if (d.retestVerdict) throw conflict('复检结论：复检结论为最终结论，已记录，不能修改')
  checkDate(input.resultOn, d, today, '复检结论日期')
  if (input.resultOn < d.retestRequestedOn) throw badRequest(`复检结论日期：不得早于复检申请日期（${d.retestRequestedOn}）`)
  return { retestVerdict: input.verdict, retestResultOn: input.resultOn }
})

export const recordControl = (ctx: SignedInContext, id: string, input: ControlInput) => recordStep(ctx, id, 'control', 'disposal.step', (d, _tx, today) => {
  checkDate(input.controlledOn, d, today, '控制日期')
  return { controlMeasures: input.measures, controlledOn: input.controlledOn, controlledQuantity: input.quantity.trim() }
})

export const recordCause = (ctx: SignedInContext, id: string, input: CauseInput) => recordStep(ctx, id, 'cause', 'disposal.step', (d, _tx, today) => {
  checkDate(input.foundOn, d, today, '查明日期')
  return { cause: input.cause.trim(), causeFoundOn: input.foundOn }
})

export const recordRectification = (ctx: SignedInContext, id: string, input: RectificationInput) => recordStep(ctx, id, 'rectification', 'disposal.step', (d, _tx, today) => {
  checkDate(input.rectifiedOn, d, today, '整改完成日期')
  return { rectification: input.rectification.trim(), rectifiedOn: input.rectifiedOn }
})

/** Link an existing case of the same business, or open a clue (source 抽样检验, the sample as its record). */
export const recordCase = (ctx: SignedInContext, id: string, input: CaseStepInput) => recordStep(ctx, id, 'case', 'disposal.step', async (d, tx, today) => {
  if (d.caseId) throw conflict('立案查处：已关联案件')
  if (input.caseId) {
    const found = await findCaseOr404(tx, ctx, input.caseId).catch((e: unknown) => {
      if (e instanceof AppError && e.status === 404) throw badRequest('已有案件：不存在或不在管辖范围内')
      throw e
    })
    if (found.entityId !== d.entityId) throw badRequest('已有案件：须为该经营主体的案件')
    return { caseId: found.id }
  }
  if (!input.clueReceivedOn) throw badRequest('移送立案日期：新建案件线索时须填写')
  checkDate(input.clueReceivedOn, d, today, '移送立案日期')
  // 行政处罚法第四十二条: no fewer than two officers handle a case, so the clue names them from the start.
  if (input.officerIds.length < 2) throw badRequest('办案人员：新建案件线索时须选择至少两名办案人员')
  const officers = new Set((await listOfficers(ctx)).map((o) => o.id))
  if (input.officerIds.some((o) => !officers.has(o))) throw badRequest('办案人员：须为本县在岗的执法人员账号')
  const sample = await q.findSampleInScope(tx, ctx.account, d.sampleId)
  const partyName = (await publicIdentities(tx, [d.entityId])).get(d.entityId)?.name ?? '（未知经营主体）'
  const caseId = await openCaseFromSource(tx, ctx, {
    source: 'sampling', sourceRef: d.sampleId, entityId: d.entityId, regionCode: d.regionCode, partyName,
    cause: input.cause?.trim() || `抽检不合格：${sample?.productName ?? ''}（抽样单 ${sample?.sampleNumber ?? ''}）`,
    clueReceivedOn: input.clueReceivedOn, officerIds: input.officerIds,
  })
  return { caseId }
})

export const linkFollowUp = (ctx: SignedInContext, id: string, input: FollowUpInput) => recordStep(ctx, id, 'follow_up', 'disposal.step', async (d, tx) => {
  const s = await q.findSampleInScope(tx, ctx.account, input.sampleId)
  if (!s || s.entityId !== d.entityId) throw badRequest('跟踪抽检样品：须为该经营主体的抽样记录')
  if (s.id === d.sampleId || s.sampledOn < d.openedOn) throw badRequest(`跟踪抽检样品：须为核查处置启动（${d.openedOn}）之后抽取的样品`)
  return { followUpSampleId: s.id }
})

/** 第四十五条: extended once, by the department head's written approval; the close date moves. */
export const extend = (ctx: SignedInContext, id: string, input: ExtensionInput) => recordStep(ctx, id, 'extension', 'disposal.extend', (d) => {
  if (d.extensionDays > 0) throw conflict(`延期：已延期 ${d.extensionDays} 日，每份核查处置只能延期一次`)
  return { extensionDays: input.days, extensionReason: input.reason.trim(), closeDueOn: addDays(d.closeDueOn, input.days) }
})

export const close = (ctx: SignedInContext, id: string, input: CloseInput) => recordStep(ctx, id, 'close', 'disposal.close', (d, _tx, today) => {
  checkDate(input.closedOn, d, today, '办结日期')
  const blockers = closeBlockers(d)
  if (blockers.length) throw badRequest(`办结：${blockers.join('；')}`)
  const latest = [d.notifiedOn, d.retestRequestedOn, d.retestResultOn, d.controlledOn, d.causeFoundOn, d.rectifiedOn].filter((x): x is string => !!x).sort().at(-1)
  if (latest && input.closedOn < latest) throw badRequest(`办结日期：不得早于已记录环节的最晚日期（${latest}）`)
  return { closedOn: input.closedOn, outcome: d.retestVerdict === 'pass' ? 'retest_passed' : 'disposed', note: input.note?.trim() || null }
})

// The reads, for other subfolders (figures) and the routes: one import path for the disposal service.
export { disposalRates, getDisposal, listDisposals } from './read'
