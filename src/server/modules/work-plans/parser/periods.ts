import { chineseNumeral } from './markers'

/**
 * Counts per period (`全年不少于2次`, `每两年至少开展一次`, `每月编发 2期`): read once, used twice — as a
 * target with unit `次/年` and as a `count-per-period` deadline.
 */
export interface PeriodCount {
  from: number // start of the period word
  to: number // end of the count unit (or of 以上)
  countFrom: number
  countTo: number
  value: number
  unit: string // 次/年
  window: string // words between the period and the count (comparators live here)
  after: string // 以上 when written
}

const PERIOD = '每(?:个)?(?:两|二|三|半)?(?:年度|年|季度|季|月|周|旬|日|天|学期)|全年|年度内|年内|一年'
// Frequencies only (次, 期, 轮…): 全年抽检不少于600批次 is a volume, a plain target.
const COUNT = '(\\d+|[一二两三四五六七八九十]+)(次|期|轮|场|回|遍)'
// Up to 24 characters between the period and the count: 每半年对各乡镇（街道）、各有关部门开展一次督导.
const PERIOD_COUNT = new RegExp(`(${PERIOD})([^，。；：！？]{0,24}?)${COUNT}(以上)?`, 'g')

export function periodUnit(period: string): string {
  const p = period.replace(/^每(?:个)?/, '').replace(/^二/, '两')
  if (/^(?:全年|年度内|年内|一年|年度|年)$/.test(p)) return '年'
  if (p === '季') return '季度'
  return p
}

export function findPeriodCounts(s: string): PeriodCount[] {
  const out: PeriodCount[] = []
  PERIOD_COUNT.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = PERIOD_COUNT.exec(s))) {
    // 每年11月 is a date, not a count: the window must not hold a date or a bare number.
    if (/\d/.test(m[2])) continue
    const value = chineseNumeral(m[3])
    if (!Number.isFinite(value) || value <= 0) continue
    const countFrom = m.index + m[1].length + m[2].length
    out.push({
      from: m.index, to: m.index + m[0].length, countFrom, countTo: countFrom + m[3].length + m[4].length,
      value, unit: `${m[4]}/${periodUnit(m[1])}`, window: m[2], after: m[5] ?? '',
    })
  }
  return out
}
