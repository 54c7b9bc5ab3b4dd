import { formatNumber } from '../../lib/format'

/** A figure as the office writes it: rates with two decimals and %, amounts and counts grouped. */
export function figureText(value: number | null, unit: string): string {
  if (value === null) return '—'
  if (unit === '%') return `${value.toFixed(2)}%`
  if (unit.includes('/千人')) return `${value.toFixed(2)} ${unit}`
  if (unit === '元') return `${value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`
  return `${formatNumber(value)} ${unit}`
}
