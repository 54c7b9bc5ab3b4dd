import { calendarCovers, onOrNextWorkday } from '../../platform/working-days'

/**
 * Turns a plan deadline as written (年底前, 每季度末 20 日前, 全年不少于2次 …) into due dates.
 * A date on a weekend or holiday moves to the next working day (顺延, as 《民法典》第二百零三条 does for
 * periods ending on a statutory holiday). A multi-year plan repeats a yearly deadline in each of its
 * years; a deadline naming its year keeps only that year.
 */
export type DeadlineKind = 'by-date' | 'recurring' | 'count-per-period'

export interface DueDate {
  dueOn: string          // YYYY-MM-DD, a working day
  nominalOn: string      // the date as written, before moving to a working day
  periodLabel: string    // 2026年, 2026年第1季度, 2026年3月
  periodStart: string
  periodEnd: string
  requiredCount: number | null // for count-per-period: how many times in the period
}

export interface DueDateResult { dueDates: DueDate[]; problem: string | null; calendarMissingYears: number[] }

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 一 … 三十一 and arabic digits (full-width ones are made half-width before). */
export function readNumber(s: string): number | null {
  const t = s.replace(/\s/g, '')
  if (/^\d+$/.test(t)) return Number(t)
  if (!t || ![...t].every((c) => c in CN_DIGITS || c === '十')) return null
  if (t.includes('十')) {
    const [tens, ones] = t.split('十')
    return (tens ? CN_DIGITS[tens] : 1) * 10 + (ones ? CN_DIGITS[ones] : 0)
  }
  return [...t].reduce((n, c) => n * 10 + CN_DIGITS[c], 0)
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
const NUM = '([0-9一二三四五六七八九十两]+)'
const normalise = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '')

interface Period { label: string; start: string; end: string }
const yearPeriod = (y: number): Period => ({ label: `${y}年`, start: iso(y, 1, 1), end: iso(y, 12, 31) })
const quarterPeriod = (y: number, q: number): Period => ({ label: `${y}年第${q}季度`, start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, lastDay(y, q * 3)) })
const monthPeriod = (y: number, m: number): Period => ({ label: `${y}年${m}月`, start: iso(y, m, 1), end: iso(y, m, lastDay(y, m)) })
const halfPeriods = (y: number): Period[] => [
  { label: `${y}年上半年`, start: iso(y, 1, 1), end: iso(y, 6, 30) }, { label: `${y}年下半年`, start: iso(y, 7, 1), end: iso(y, 12, 31) }]

function due(y: number, m: number, d: number, period: Period, count: number | null = null): DueDate {
  const nominalOn = iso(y, m, Math.min(d, lastDay(y, m)))
  return { dueOn: onOrNextWorkday(nominalOn), nominalOn, periodLabel: period.label, periodStart: period.start, periodEnd: period.end, requiredCount: count }
}
/** A counter is due at the end of its period. */
const periodEnd = (p: Period, count: number | null = null) => {
  const [y, m, d] = p.end.split('-').map(Number)
  return due(y, m, d, p, count)
}

/** Day within a month from 上旬/中旬/下旬/底/末/X日. */
function dayIn(y: number, m: number, rest: string): number | null {
  if (/^(底|末)/.test(rest) || rest.startsWith('下旬')) return lastDay(y, m)
  if (rest.startsWith('上旬')) return 10
  if (rest.startsWith('中旬')) return 20
  const day = new RegExp(`^${NUM}[日号]`).exec(rest)
  if (day) return readNumber(day[1])
  return rest === '' || /^[前内]/.test(rest) ? lastDay(y, m) : null
}

function byDate(t: string, years: number[]): DueDate[] | null {
  const explicitYear = /(\d{4})年/.exec(t)
  const rest = explicitYear ? t.slice(explicitYear.index + explicitYear[0].length) : t
  const out: DueDate[] = []
  for (const y of explicitYear ? [Number(explicitYear[1])] : years) {
    const month = new RegExp(`${NUM}月(.*)$`).exec(rest)
    const quarter = new RegExp(`第?${NUM}季度`).exec(rest)
    if (month) {
      const m = readNumber(month[1])
      const d = m && m <= 12 ? dayIn(y, m, month[2]) : null
      if (!m || !d) return null
      out.push(due(y, m, d, yearPeriod(y)))
    } else if (quarter) {
      const q = readNumber(quarter[1])
      if (!q || q > 4) return null
      out.push(periodEnd(quarterPeriod(y, q)))
    } else if (/上半年|年中/.test(rest)) {
      out.push(periodEnd(halfPeriods(y)[0]))
    } else if (/年底|年末|年终|年内|全年|本年度|今年|下半年/.test(rest) || (explicitYear && /^(底|末)?(前|以前)?$/.test(rest))) {
      out.push(periodEnd(yearPeriod(y)))
    } else return null
  }
  return out
}

function recurring(t: string, years: number[]): DueDate[] | null {
  const day = new RegExp(`${NUM}[日号]`).exec(t)
  const dayOf = (y: number, m: number) => (day ? readNumber(day[1])! : lastDay(y, m))
  if (/季度/.test(t)) {
    // 每季度末20日前: the 20th of each quarter's last month; 每季度首月10日前: of its first month.
    const first = /季度初|季度首月|季初/.test(t)
    return years.flatMap((y) => [1, 2, 3, 4].map((q) => {
      const m = first ? q * 3 - 2 : q * 3
      return due(y, m, dayOf(y, m), quarterPeriod(y, q))
    }))
  }
  if (/半年/.test(t)) return years.flatMap((y) => halfPeriods(y).map((p) => periodEnd(p)))
  if (/每月|每个月|月度/.test(t)) return years.flatMap((y) => Array.from({ length: 12 }, (_, i) => due(y, i + 1, dayOf(y, i + 1), monthPeriod(y, i + 1))))
  if (/每年|年度/.test(t)) {
    const month = new RegExp(`${NUM}月(.*)$`).exec(t)
    const m = month ? readNumber(month[1]) : 12
    if (!m || m > 12) return null
    const out: DueDate[] = []
    for (const y of years) {
      const d = month ? dayIn(y, m, month[2]) : 31
      if (!d) return null
      out.push(due(y, m, d, yearPeriod(y)))
    }
    return out
  }
  return null
}

function countPerPeriod(t: string, years: number[]): DueDate[] | null {
  const count = new RegExp(`${NUM}(?:次|期|轮|场|批|个)`).exec(t)
  const n = count ? readNumber(count[1]) : null
  if (!n) return null
  if (/两年/.test(t)) {
    // one counter per two-year window of the plan, starting with its first year
    const out: DueDate[] = []
    for (let i = 0; i < years.length; i += 2) {
      const last = years[i] + 1
      out.push(periodEnd({ label: `${years[i]}—${last}年`, start: iso(years[i], 1, 1), end: iso(last, 12, 31) }, n))
    }
    return out
  }
  if (/季度/.test(t)) return years.flatMap((y) => [1, 2, 3, 4].map((q) => periodEnd(quarterPeriod(y, q), n)))
  if (/每月|每个月/.test(t)) return years.flatMap((y) => Array.from({ length: 12 }, (_, i) => periodEnd(monthPeriod(y, i + 1), n)))
  if (/半年/.test(t)) return years.flatMap((y) => halfPeriods(y).map((p) => periodEnd(p, n)))
  return years.map((y) => periodEnd(yearPeriod(y), n))
}

/** The years a plan covers: a single year, or [first, last]. */
export const planYears = (year: number | [number, number]) =>
  Array.isArray(year) ? Array.from({ length: year[1] - year[0] + 1 }, (_, i) => year[0] + i) : [year]

export function dueDatesFor(kind: DeadlineKind, text: string, year: number | [number, number]): DueDateResult {
  const years = planYears(year)
  const t = normalise(text)
  const dates = kind === 'by-date' ? byDate(t, years) : kind === 'recurring' ? recurring(t, years) : countPerPeriod(t, years)
  if (!dates?.length) return { dueDates: [], problem: `无法把“${text}”换算为日期，请手工填写`, calendarMissingYears: [] }
  const missing = [...new Set(dates.map((d) => Number(d.dueOn.slice(0, 4))))].filter((y) => !calendarCovers(y))
  return { dueDates: dates, problem: null, calendarMissingYears: missing }
}
