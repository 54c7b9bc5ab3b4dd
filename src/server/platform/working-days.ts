import chineseDays from 'chinese-days'

/**
 * Working days on the official Chinese holiday calendar (国务院办公厅 holiday notices, via the
 * chinese-days package, which must be updated yearly). A year the package does not cover yet is
 * counted as ordinary weeks (weekends off) and reported by calendarCovers() so the UI can say so.
 */
export const isWorkday = (date: string) => chineseDays.isWorkday(date)

/** The date itself if it is a working day, else the next working day (法定: a time limit ending on a holiday ends on the next working day). */
export const onOrNextWorkday = (date: string) => chineseDays.findWorkday(0, date)

/** The n-th working day after date (n ≥ 1), or before it (n ≤ -1). */
export const addWorkdays = (date: string, n: number) => chineseDays.findWorkday(n, date)

/** New Year's Day is a holiday every year: if the package does not say so, it has no data for that year. */
export const calendarCovers = (year: number) => chineseDays.isHoliday(`${year}-01-01`)

// Calendar days (日, as opposed to 工作日) between YYYY-MM-DD dates, read as UTC midnights so no time
// zone or daylight-saving shift can move a date.
const DAY_MS = 86_400_000
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`)

/** The date `days` calendar days after `date` (before it when negative). */
export const addDays = (date: string, days: number) => new Date(toTime(date) + days * DAY_MS).toISOString().slice(0, 10)

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((toTime(to) - toTime(from)) / DAY_MS)
