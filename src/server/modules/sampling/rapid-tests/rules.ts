import { RAPID_TEST_ITEMS, type RapidTestItem } from '../../../../shared/sampling-catalogue'

/**
 * The result of a rapid test. An item whose method gives a reading (enzyme inhibition %, GB/T 5009.199)
 * is judged from the reading against the catalogue's cut-off — reading ≥ cut-off is positive — and never
 * typed; a qualitative item (colloidal gold card, test strip) has its result read off the card and typed.
 * Returns the problem as a Chinese message naming the field, or the stored reading and result.
 */
export function judgeRapidTest(itemKey: string, reading: string | null, typed: string | null):
  { ok: true; reading: string | null; result: 'negative' | 'positive' } | { ok: false; message: string } {
  const item = RAPID_TEST_ITEMS[itemKey as RapidTestItem]
  if (!item) return { ok: false, message: '检测项目：不在快检项目目录中' }
  if (item.readingUnit !== null && item.positiveAtOrAbove !== null) {
    if (reading === null || reading === '') return { ok: false, message: `检测读数：“${item.label}”须填写读数（${item.readingUnit}），结果按读数判定` }
    const value = Number(reading)
    if (!Number.isFinite(value) || value < 0) return { ok: false, message: '检测读数：须为非负数' }
    if (item.readingUnit === '%' && value > 100) return { ok: false, message: '检测读数：抑制率不能超过 100%' }
    // Readings have at most 3 decimals and the cut-off is a whole number, so the float comparison is exact.
    const result = value >= item.positiveAtOrAbove ? 'positive' : 'negative'
    if (typed !== null && typed !== result) return { ok: false, message: `检测结果：读数 ${reading}${item.readingUnit} 对应“${result === 'positive' ? '阳性' : '阴性'}”（≥ ${item.positiveAtOrAbove}${item.readingUnit} 为阳性），结果由读数判定，无需填写` }
    return { ok: true, reading, result }
  }
  if (reading !== null && reading !== '') return { ok: false, message: `检测读数：“${item.label}”为定性检测，不填读数` }
  if (typed !== 'negative' && typed !== 'positive') return { ok: false, message: '检测结果：须选择阴性或阳性' }
  return { ok: true, reading: null, result: typed }
}
