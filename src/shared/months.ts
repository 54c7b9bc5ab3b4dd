/** Calendar months on YYYY-MM-DD strings (no time zones: a day is a day). */

/** The last day of a month, e.g. lastDayOf(2026, 2) = '2026-02-28'. */
export function lastDayOf(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}

/** The last day of the month that `day` falls in. */
export const monthEnd = (day: string) => lastDayOf(Number(day.slice(0, 4)), Number(day.slice(5, 7)))

/** The first day of the month that `day` falls in. */
export const monthStart = (day: string) => `${day.slice(0, 7)}-01`

/** Whether [from, to] is made of whole months (what month tallies can answer exactly). */
export const isWholeMonths = (from: string, to: string) => from === monthStart(from) && to === monthEnd(to)
