import { Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { DISPOSAL_OUTCOMES, DISPOSAL_STATUS } from '../../../../shared/disposals'
import { todayIso } from '../../entities/labels'

// Status, due dates and rates of 核查处置 files, the same on the list and the detail page.

const STATUS_COLORS: Record<string, string> = { open: 'blue', closed: 'green', overdue: 'red' }
export const STATUS_OPTIONS = Object.entries(DISPOSAL_STATUS).map(([value, label]) => ({ value, label }))
export const outcomeLabel = (o: string | null) => (o ? (DISPOSAL_OUTCOMES as Record<string, string>)[o] ?? o : '')
export const percent = (r: number | null) => (r === null ? '—' : `${r}%`)

/** Days a date is past (0 when not). */
export const daysPast = (dueOn: string) => Math.max(0, dayjs(todayIso()).diff(dayjs(dueOn), 'day'))

export const StatusTag = ({ status }: { status: string }) =>
  <Tag color={STATUS_COLORS[status]} data-testid="disposal-status">{(DISPOSAL_STATUS as Record<string, string>)[status] ?? status}</Tag>

/** A due date, red with the days past once it is overdue. */
export const DueText = ({ dueOn, overdue }: { dueOn: string | null; overdue: boolean }) => {
  if (!dueOn) return <span>—</span>
  return overdue ? <Typography.Text type="danger" strong>{dueOn}（逾期 {daysPast(dueOn)} 天）</Typography.Text> : <span>{dueOn}</span>
}

export const UnconfirmedTag = ({ source }: { source: string }) => (
  <Tag color="orange" title={`依据：${source}。该时限数值未经原文核实，可在“检验项目与时限”中修改。`}>未核实</Tag>
)
