import { Tag } from 'antd'
import { NOTICE_STATUS_LABELS } from '../../../shared/supervision'
import { REPORT_STATUS_LABELS, SLOT_STATUS_LABELS } from '../../../shared/work-plan-reports'
import { COLLECTIVES, COMPARATOR_LABELS, PLAN_STATUS_LABELS } from '../../../shared/work-plans'

// One colour per state across the work-plan pages, so a red tag means "late" wherever it appears.

export const TASK_ROLE_LABELS: Record<string, string> = { lead: '牵头', cooperating: '配合' }

const PLAN_COLORS: Record<string, string> = { draft: 'gold', published: 'green' }
const SLOT_COLORS: Record<string, string> = {
  upcoming: 'default', due_soon: 'orange', overdue: 'red', submitted: 'processing', accepted: 'success', returned: 'volcano',
}
const REPORT_COLORS: Record<string, string> = { submitted: 'processing', accepted: 'success', returned: 'volcano' }
const NOTICE_COLORS: Record<string, string> = { open: 'orange', overdue: 'red', replied: 'success' }

export const PlanStatusTag = ({ status }: { status: string }) => <Tag color={PLAN_COLORS[status]}>{PLAN_STATUS_LABELS[status] ?? status}</Tag>
export const ReportStatusTag = ({ status }: { status: string }) => <Tag color={REPORT_COLORS[status]}>{REPORT_STATUS_LABELS[status] ?? status}</Tag>
export const NoticeStatusTag = ({ status }: { status: string }) => <Tag color={NOTICE_COLORS[status]}>{NOTICE_STATUS_LABELS[status] ?? status}</Tag>
export const RoleTag = ({ role }: { role: string }) => <Tag color={role === 'lead' ? 'blue' : 'default'}>{TASK_ROLE_LABELS[role] ?? role}</Tag>

/** A due date as a tag: its period and date, coloured by where the unit stands. */
export function SlotTag({ status, periodLabel, dueOn }: { status: string; periodLabel: string; dueOn: string }) {
  return (
    <Tag color={SLOT_COLORS[status]} title={`${periodLabel}，应于 ${dueOn} 前报送：${SLOT_STATUS_LABELS[status] ?? status}`} style={{ marginBlock: 2 }}>
      {periodLabel.replace(/^\d{4}年/, '')} {dueOn.slice(5)} · {SLOT_STATUS_LABELS[status] ?? status}
    </Tag>
  )
}

export const formatValue = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4))))

/** 不低于 4 批次/千人. */
export const goalText = (t: { comparator: string; value: number; unit: string }) =>
  `${COMPARATOR_LABELS[t.comparator] ?? t.comparator} ${formatValue(t.value)}${t.unit ? ` ${t.unit}` : ''}`

/** A task unit as the plan now reads it: the member unit, a collective, or the unresolved name. */
export const unitLabel = (u: { nameAsWritten: string; unitName: string | null; collective: string | null }) =>
  u.unitName ?? (u.collective ? COLLECTIVES[u.collective as keyof typeof COLLECTIVES] ?? u.collective : u.nameAsWritten)

export const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0)

/** The server's rule (rules.ts meetsTarget), for showing a single reported figure against its goal. */
export function meetsGoal(value: number, comparator: string, goal: number): boolean {
  switch (comparator) {
    case '>': return value > goal
    case '<=': return value <= goal
    case '<': return value < goal
    default: return value >= goal // 达到 4 批次/千人: reaching the figure (or passing it) meets it
  }
}
