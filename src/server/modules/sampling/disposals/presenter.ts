import { CONTROL_MEASURES, DISPOSAL_OUTCOMES, DISPOSAL_STEPS, RETEST_VERDICTS, type DisposalDetailDto, type DisposalListItemDto, type TimelineStepDto } from '../../../../shared/disposals'
import { limitText, plainDecimal } from '../../../../shared/sample-verdict'
import type { TimeLimitCode } from '../../../../shared/sampling-catalogue'
import type { DisposalRow, SampleResultRow, SampleRow } from '../schema'
import type { TimeLimits } from '../time-limits/service'
import { closeBlockers, overdueSteps, startedOn, statusOf } from './rules'

/** Row → API shape with explicit fields; due dates are the stored ones, the start limit is computed from the opening day. */

const label = <T extends Record<string, string>>(map: T, code: string | null) => (code ? (map as Record<string, string>)[code] ?? code : null)
export function toListItem(d: DisposalRow, extra: { sampleNumber: string; productName: string; entityName: string }, startDueOn: string, today: string): DisposalListItemDto {
  const late = overdueSteps(d, startDueOn, today)
  return {
    id: d.id, sampleId: d.sampleId, sampleNumber: extra.sampleNumber, productName: extra.productName, entityId: d.entityId, entityName: extra.entityName,
    regionCode: d.regionCode, openedOn: d.openedOn, notifyDueOn: d.notifyDueOn, notifiedOn: d.notifiedOn, startedOn: startedOn(d),
    closeDueOn: d.closeDueOn, extensionDays: d.extensionDays, closedOn: d.closedOn, outcome: d.outcome, status: statusOf(d, late), overdueSteps: late,
  }
}

function ruleOf(limits: TimeLimits, code: TimeLimitCode) {
  const l = limits[code]
  return { code, text: `${l.from}起 ${l.days} 个${l.unit === 'workday' ? '工作日' : '自然日'}`, source: l.source, unconfirmed: l.status === 'U' }
}

export function toDetail(d: DisposalRow, sample: SampleRow, failed: SampleResultRow[], extra: {
  entityName: string; startDueOn: string; today: string; limits: TimeLimits; followUp: SampleRow | null
}): DisposalDetailDto {
  const { today, limits, followUp } = extra
  const late = new Set(overdueSteps(d, extra.startDueOn, today).map((s) => s.step))
  const step = (s: keyof typeof DISPOSAL_STEPS, v: Partial<TimelineStepDto>): TimelineStepDto =>
    ({ step: s, label: DISPOSAL_STEPS[s], dueOn: null, doneOn: null, detail: null, overdue: late.has(s as never), rule: null, ...v })
  const started = startedOn(d)
  const steps = [
    step('notify', { dueOn: d.notifyDueOn, doneOn: d.notifiedOn, rule: ruleOf(limits, 'notify_business') }),
    step('start', { dueOn: extra.startDueOn, doneOn: started, detail: started ? (started === d.notifiedOn ? '以送达检验结论启动' : '以风险控制启动') : null, rule: ruleOf(limits, 'disposal_start') }),
    step('retest_request', { dueOn: d.retestDueOn, doneOn: d.retestRequestedOn, detail: d.retestRequestedOn ? '被抽样单位申请复检' : null, rule: ruleOf(limits, 'retest_window') }),
    step('retest_result', { doneOn: d.retestResultOn, detail: label(RETEST_VERDICTS, d.retestVerdict) }),
    step('control', { doneOn: d.controlledOn, detail: d.controlMeasures.length ? `${d.controlMeasures.map((m) => label(CONTROL_MEASURES, m)).join('、')}，数量 ${d.controlledQuantity ?? ''}` : null }),
    step('cause', { doneOn: d.causeFoundOn, detail: d.cause }),
    step('rectification', { doneOn: d.rectifiedOn, detail: d.rectification }),
    step('case', { detail: d.caseId ? '已移送立案查处' : null }),
    step('follow_up', { doneOn: followUp?.sampledOn ?? null, detail: followUp ? `抽样单 ${followUp.sampleNumber}，${followUp.verdict === 'pass' ? '合格' : followUp.verdict === 'fail' ? '不合格' : '检验中'}` : null }),
    step('extension', { detail: d.extensionDays ? `延长 ${d.extensionDays} 日：${d.extensionReason ?? ''}` : null }),
    step('close', { dueOn: d.closeDueOn, doneOn: d.closedOn, detail: d.closedOn ? [label(DISPOSAL_OUTCOMES, d.outcome), d.note].filter(Boolean).join('：') : null, rule: ruleOf(limits, 'disposal_close') }),
  ]
  return {
    ...toListItem(d, { sampleNumber: sample.sampleNumber, productName: sample.productName, entityName: extra.entityName }, extra.startDueOn, today),
    sample: {
      id: sample.id, sampleNumber: sample.sampleNumber, productName: sample.productName, category: sample.category, sampledOn: sample.sampledOn,
      lab: sample.lab, reportNumber: sample.reportNumber, reportReceivedOn: sample.reportReceivedOn, verdict: sample.verdict,
    },
    failedItems: failed.map((r) => ({ itemName: r.itemName, value: r.detected && r.value !== null ? plainDecimal(r.value) : '未检出', unit: r.unit, limit: limitText(r), standard: r.standard })),
    retestDueOn: d.retestDueOn, retestRequestedOn: d.retestRequestedOn, retestVerdict: d.retestVerdict,
    controlMeasures: d.controlMeasures, controlledOn: d.controlledOn, controlledQuantity: d.controlledQuantity,
    cause: d.cause, causeFoundOn: d.causeFoundOn, rectification: d.rectification, rectifiedOn: d.rectifiedOn, caseId: d.caseId,
    followUpSample: followUp ? { id: followUp.id, sampleNumber: followUp.sampleNumber, sampledOn: followUp.sampledOn, verdict: followUp.verdict } : null,
    extensionReason: d.extensionReason, note: d.note, steps,
    closeBlockers: d.closedOn ? [] : closeBlockers(d),
  }
}
