import { describe, expect, it } from 'vitest'
import { dueDatesFor, readNumber } from './due-dates'

const dates = (kind: Parameters<typeof dueDatesFor>[0], text: string, year: number | [number, number] = 2026) =>
  dueDatesFor(kind, text, year).dueDates.map((d) => d.dueOn)

describe('deadlines become dates', () => {
  it('reads Chinese and arabic numbers', () => {
    expect([readNumber('十二'), readNumber('二十'), readNumber('三十一'), readNumber('3'), readNumber('十')]).toEqual([12, 20, 31, 3, 10])
  })

  it('年底前 → 31 December of the plan year (2026-12-31 is a Thursday)', () => {
    expect(dates('by-date', '年底前')).toEqual(['2026-12-31'])
    expect(dates('by-date', '12月底前')).toEqual(['2026-12-31'])
  })

  it('每季度末 20 日前 → four due dates, a weekend moved to the next working day', () => {
    // 2026-06-20 is a Saturday → Monday 06-22; 09-20 is a Sunday but a 调休 working day for 国庆;
    // 12-20 is a Sunday → 12-21
    expect(dates('recurring', '每季度末 20 日前')).toEqual(['2026-03-20', '2026-06-22', '2026-09-20', '2026-12-21'])
    expect(dueDatesFor('recurring', '每季度末20日前', 2026).dueDates.map((d) => d.periodLabel))
      .toEqual(['2026年第1季度', '2026年第2季度', '2026年第3季度', '2026年第4季度'])
  })

  it('skips 国庆: a date inside the National Day holiday moves past it', () => {
    expect(dates('by-date', '10月3日前')).toEqual(['2026-10-08'])
  })

  it('a specific day, a ten-day period, a quarter and an explicit year', () => {
    expect(dates('by-date', '12月3日前', 2020)).toEqual(['2020-12-03'])
    expect(dates('by-date', '6月上旬')).toEqual(['2026-06-10'])
    expect(dates('by-date', '第三季度末')).toEqual(['2026-09-30'])
    expect(dates('by-date', '到2024年年底', [2022, 2024])).toEqual(['2024-12-31'])
    expect(dates('by-date', '2025年11月底前')).toEqual(['2025-12-01']) // 11-30 is a Sunday
  })

  it('a multi-year plan spreads a yearly deadline over its years', () => {
    // 2022-11-20 is a Sunday; 2022-12-31 a Saturday and 2023-01-01..02 the New Year holiday
    expect(dates('recurring', '每年 11 月 20 日前', [2022, 2024])).toEqual(['2022-11-21', '2023-11-20', '2024-11-20'])
    expect(dates('by-date', '年底前', [2022, 2024])).toEqual(['2023-01-03', '2024-01-02', '2024-12-31'])
  })

  it('count per period → one counter per period with the required count', () => {
    expect(dueDatesFor('count-per-period', '全年不少于2次', 2026).dueDates).toMatchObject([{ periodLabel: '2026年', requiredCount: 2, periodEnd: '2026-12-31' }])
    const monthly = dueDatesFor('count-per-period', '每月编发2期', 2026).dueDates
    expect(monthly).toHaveLength(12)
    expect(monthly[1]).toMatchObject({ periodLabel: '2026年2月', requiredCount: 2, nominalOn: '2026-02-28' })
    const biennial = dueDatesFor('count-per-period', '每两年至少开展一次', [2022, 2024]).dueDates
    expect(biennial.map((d) => [d.periodLabel, d.requiredCount])).toEqual([['2022—2023年', 1], ['2024—2025年', 1]])
  })

  it('says what it cannot read instead of guessing', () => {
    expect(dueDatesFor('by-date', '适时', 2026)).toMatchObject({ dueDates: [], problem: '无法把“适时”换算为日期，请手工填写' })
  })

  it('flags a year the holiday calendar does not cover', () => {
    expect(dueDatesFor('by-date', '年底前', 2026).calendarMissingYears).toEqual([])
    expect(dueDatesFor('by-date', '年底前', 2031).calendarMissingYears).toEqual([2031])
  })
})
