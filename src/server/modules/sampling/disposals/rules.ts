import { DISPOSAL_STEPS } from '../../../../shared/disposals'
import type { DisposalRow } from '../schema'

/** Pure rules of a 核查处置 file: when it started, what is overdue, what still blocks its closing. */

type Facts = Pick<DisposalRow, 'openedOn' | 'notifiedOn' | 'notifyDueOn' | 'controlledOn' | 'closeDueOn' | 'closedOn' |
  'retestRequestedOn' | 'retestVerdict' | 'controlMeasures' | 'cause' | 'rectification'>

/** Disposal starts with the first of 送达 or 风险控制 recorded. */
export function startedOn(d: Pick<DisposalRow, 'notifiedOn' | 'controlledOn'>): string | null {
  const dates = [d.notifiedOn, d.controlledOn].filter((x): x is string => !!x).sort()
  return dates[0] ?? null
}

export interface OverdueStep { step: 'notify' | 'start' | 'close'; label: string; dueOn: string }

/**
 * The steps of an open file past their due date and not done. A due date is the last day allowed, so a
 * step is overdue from the day after. `startDueOn` is the 启动核查处置 limit from the opening day.
 */
export function overdueSteps(d: Facts, startDueOn: string, today: string): OverdueStep[] {
  if (d.closedOn) return []
  const late: OverdueStep[] = []
  if (!d.notifiedOn && today > d.notifyDueOn) late.push({ step: 'notify', label: DISPOSAL_STEPS.notify, dueOn: d.notifyDueOn })
  if (!startedOn(d) && today > startDueOn) late.push({ step: 'start', label: DISPOSAL_STEPS.start, dueOn: startDueOn })
  if (today > d.closeDueOn) late.push({ step: 'close', label: DISPOSAL_STEPS.close, dueOn: d.closeDueOn })
  return late
}

export const statusOf = (d: Pick<DisposalRow, 'closedOn'>, late: OverdueStep[]) => (d.closedOn ? 'closed' : late.length ? 'overdue' : 'open')

/** Why the file cannot close yet, in the words the close form shows (empty: it can). */
export function closeBlockers(d: Facts): string[] {
  const retestPassed = d.retestVerdict === 'pass'
  const blockers: string[] = []
  if (!d.notifiedOn) blockers.push('尚未记录送达检验结论')
  if (d.retestRequestedOn && !d.retestVerdict) blockers.push('复检结论尚未记录')
  if (retestPassed) return blockers
  if (!d.controlMeasures.length) blockers.push('尚未记录风险控制措施（下架、召回或封存）')
  if (!d.cause) blockers.push('尚未记录不合格原因排查')
  if (!d.rectification) blockers.push('尚未记录整改情况')
  return blockers
}

/** Closed on or before the close date in force (the stored one already includes an approved extension). */
export const closedOnTime = (d: Pick<DisposalRow, 'closedOn' | 'closeDueOn'>) => !!d.closedOn && d.closedOn <= d.closeDueOn
