import { Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { HANDLINGS, INSPECTION_KINDS, ORDER_KINDS, ORDER_STATUS } from '../../../shared/inspections'
import { RESULT_LABELS } from '../../../shared/inspection-result'
import { todayIso } from '../entities/labels'

// Labels and colours for the inspection pages: one colour per result everywhere (list, detail, live banner).

const label = (o: Record<string, string>, k: string) => o[k] ?? k
export const kindLabel = (k: string) => label(INSPECTION_KINDS, k)
export const handlingLabel = (k: string) => label(HANDLINGS, k)
export const orderKindLabel = (k: string) => label(ORDER_KINDS, k)
export const resultLabel = (k: string) => label(RESULT_LABELS, k)

export const RESULT_COLORS: Record<string, string> = { conform: 'green', basic: 'gold', nonconform: 'red' }
export const ResultTag = ({ result }: { result: string }) => <Tag color={RESULT_COLORS[result]}>{resultLabel(result)}</Tag>

const ORDER_COLORS: Record<string, string> = { open: 'blue', reported: 'cyan', passed: 'green', failed: 'red' }

/** Days an open order is past its deadline (0 when not). */
export const daysOverdue = (dueOn: string) => Math.max(0, dayjs(todayIso()).diff(dayjs(dueOn), 'day'))

export function OrderStatusTag({ status, overdue, dueOn }: { status: string; overdue: boolean; dueOn: string }) {
  return (
    <span>
      <Tag color={ORDER_COLORS[status]}>{label(ORDER_STATUS, status)}</Tag>
      {overdue && <Tag color="red" data-testid="overdue-tag">逾期 {daysOverdue(dueOn)} 天</Tag>}
    </span>
  )
}

/** A deadline, red with the days overdue once an open order has passed it. */
export const DueText = ({ dueOn, overdue }: { dueOn: string; overdue: boolean }) =>
  (overdue ? <Typography.Text type="danger" strong>{dueOn}（逾期 {daysOverdue(dueOn)} 天）</Typography.Text> : <span>{dueOn}</span>)

const options = (o: Record<string, string>) => Object.entries(o).map(([value, l]) => ({ value, label: l }))
export const KIND_OPTIONS = options(INSPECTION_KINDS)
export const RESULT_OPTIONS = options(RESULT_LABELS)
export const ORDER_STATUS_OPTIONS = options(ORDER_STATUS)
export const ORDER_KIND_OPTIONS = options(ORDER_KINDS)
export const percent = (r: number | null) => (r === null ? '—' : `${r}%`)
