import type { Database } from '../../../platform/db'
import { shanghaiDate } from '../../../platform/config'
import { notify, type NewNotification } from '../../../platform/notifications'
import * as q from '../queries'
import { daysBetween } from '../../../platform/working-days'
import { officeUnitsOf } from '../../regions/service'
import { leadSlots, loadPlanState, slotsOf, type PlanState } from './plan-status'

/** Reminders go out 7 days and 1 day before a due date, to every unit that has not yet reported for it. */
export const REMINDER_DAYS = [7, 1] as const

/**
 * Creates the due-date reminders that are due as of `now`, for every published plan. Idempotent: each
 * (due date, unit, threshold) has its own dedupe key, so running it hourly sends each reminder once.
 */
export async function sendDueReminders(db: Database, now: Date): Promise<number> {
  const today = shanghaiDate(now)
  let created = 0
  for (const plan of await q.publishedPlanIds(db)) {
    const state = await loadPlanState(db, plan.id)
    // one reminder per unit and due date, naming every task still to report (a general date covers many)
    const pending = new Map<string, { unitId: string; regionCode: string; due: (typeof state.dueDates)[number]; left: number; threshold: number; tasks: string[] }>()
    for (const slot of slotsOf(state, today)) {
      const left = daysBetween(today, slot.dueDate.dueOn)
      const threshold = REMINDER_DAYS.find((n, i) => left <= n && left > (REMINDER_DAYS[i + 1] ?? -1))
      if (threshold === undefined || left < 0 || slot.status === 'submitted' || slot.status === 'accepted') continue
      const key = `due:${slot.dueDate.id}:${slot.unitId}:${threshold}`
      const entry = pending.get(key) ?? { unitId: slot.unitId, regionCode: slot.assignment.regionCode, due: slot.dueDate, left, threshold, tasks: [] }
      entry.tasks.push(`${slot.task.number}“${slot.task.title.slice(0, 40)}”`)
      pending.set(key, entry)
    }
    const items: NewNotification[] = [...pending].map(([dedupeKey, e]) => ({
      unitId: e.unitId, regionCode: e.regionCode, kind: 'due_reminder', dedupeKey, link: `/my-tasks?plan=${plan.id}`,
      title: `${e.left === 0 ? '今天' : `${e.left} 天后`}（${e.due.dueOn}）到期：${e.tasks.length === 1 ? `任务${e.tasks[0]}` : `${e.tasks.length} 项任务`}${e.due.periodLabel}进展`,
      body: e.tasks.length > 1 ? e.tasks.map((x) => `任务${x}`).join('\n') : null,
    }))
    created += await notify(db, [...items, ...(await overdueForOffice(db, plan, state, today))])
  }
  return created
}

/** Once a due date has passed, the plan's office hears how many lead units have not reported (one notice per date). */
async function overdueForOffice(db: Database, plan: { id: string; title: string; regionCode: string }, state: PlanState, today: string): Promise<NewNotification[]> {
  const late = leadSlots(state, today).filter((s) => s.status === 'overdue')
  if (!late.length) return []
  const offices = await officeUnitsOf(db, plan.regionCode)
  const byDate = new Map<string, typeof late>()
  for (const s of late) byDate.set(s.dueDate.id, [...(byDate.get(s.dueDate.id) ?? []), s])
  return [...byDate.values()].flatMap((slots) => offices.map((o) => ({
    unitId: o.id, regionCode: plan.regionCode, kind: 'overdue', dedupeKey: `overdue:${slots[0].dueDate.id}:${o.id}`, link: `/work-plans/${plan.id}`,
    title: `《${plan.title.slice(0, 40)}》${slots[0].dueDate.periodLabel}（${slots[0].dueDate.dueOn}）：${new Set(slots.map((s) => s.unitId)).size} 个牵头单位逾期未报`,
  })))
}
