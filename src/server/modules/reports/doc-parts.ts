import type { IndicatorsDto } from '../../../shared/indicators'
import { round2 } from '../../../shared/rounding'
import { figure, type Block, type Run } from '../../platform/official-docx/write-official-docx'

/** Small pieces every report builds its content from (the writer owns the layout). */

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export type Values = Map<string, IndicatorsDto['values'][number]>
export const valuesOf = (data: IndicatorsDto): Values => new Map(data.values.map((r) => [r.id, r]))
export const v = (values: Values, id: string) => values.get(id)?.value ?? null
const n = (values: Values, id: string) => values.get(id)?.numerator ?? null
export const d = (values: Values, id: string) => values.get(id)?.denominator ?? null
/** The numerator of an indicator as a count; a missing one prints as a named blank, never as 0. */
export const count = (values: Values, id: string, label: string): Run => figure(n(values, id), { label })
export const rate = (values: Values, id: string, label: string): Run => figure(v(values, id), { decimals: 2, label })

export function heading(level: 1 | 2, text: string, ...body: Run[]): Block {
  return { kind: 'heading', level, text, ...(body.length ? { body } : {}) }
}
export const paragraph = (...runs: Run[]): Block => ({ kind: 'paragraph', runs })

export const QUARTER_NAMES = ['一', '二', '三', '四'] as const

/** ≥ 98%: the comparator as printed; a bare figure (“达到 4 批次/千人”) is reached when met. */
export function goalText(comparator: string, goal: number, unit: string): string {
  const sign = ({ '>=': '≥', '>': '>', '<=': '≤', '<': '<' } as Record<string, string>)[comparator] ?? '达到'
  return `${sign}${sign === '达到' ? ' ' : ''}${goal}${unit}`
}

export const TARGET_STATUS = { met: '达标', missed: '未达标', in_progress: '进行中' } as const
export const TASK_STATUS = { completed: '已完成', in_progress: '进行中', overdue: '逾期' } as const

/**
 * A unit's report text shortened for a summary: whitespace folded, and past `max` characters cut at the
 * last sentence end (。；！？) that keeps at least half, else at `max`, marked with “……”.
 */
export function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const head = flat.slice(0, max)
  const end = Math.max(...['。', '；', '！', '？'].map((p) => head.lastIndexOf(p)))
  return end >= max / 2 ? `${head.slice(0, end + 1)}……` : `${head}……`
}

/** A figure as written in a sentence or cell: at most two decimals, no separators; null as “—”. */
export const plain = (x: number | null) => (x === null ? '—' : String(round2(x)))
