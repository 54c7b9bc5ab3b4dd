import { Tag } from 'antd'
import { CASE_SOURCES, CASE_STATUS, PARTY_KINDS, PENALTY_KINDS, PERSON_ROLES, LISTING_STATE_LABELS, REMOVAL_REASONS, TRANSFER_STATUS } from '../../../shared/cases'

const label = (map: Record<string, string>) => (v: string | null | undefined) => (v ? map[v] ?? v : '—')
export const sourceLabel = label(CASE_SOURCES)
export const statusLabel = label(CASE_STATUS)
export const partyKindLabel = label(PARTY_KINDS)
export const penaltyLabel = label(PENALTY_KINDS)
export const personRoleLabel = label(PERSON_ROLES)
export const transferStatusLabel = label(TRANSFER_STATUS)
export const removalLabel = label(REMOVAL_REASONS)
export const options = (map: Record<string, string>) => Object.entries(map).map(([value, text]) => ({ value, label: text }))

const STATUS_COLORS: Record<string, string> = {
  clue: 'default', filed: 'blue', investigated: 'blue', notified: 'geekblue', decided: 'orange', executed: 'gold', closed: 'green', not_filed: 'default',
}
export const StatusTag = ({ status, overdue }: { status: string; overdue?: boolean }) => (
  <>
    <Tag color={STATUS_COLORS[status]}>{statusLabel(status)}</Tag>
    {overdue && <Tag color="red">超期</Tag>}
  </>
)

const TRANSFER_COLORS: Record<string, string> = { transferred: 'blue', accepted: 'geekblue', filed: 'red', declined: 'default', returned: 'orange' }
export const TransferTag = ({ status }: { status: string }) => <Tag color={TRANSFER_COLORS[status]}>{transferStatusLabel(status)}</Tag>

const LISTING_COLORS: Record<string, string> = { listed: 'orange', current: 'red', removed: 'default', expired: 'default' }
export const LISTING_STATES: Record<string, { label: string; color: string }> = Object.fromEntries(
  Object.entries(LISTING_STATE_LABELS).map(([state, label]) => [state, { label, color: LISTING_COLORS[state] }]))
export const ListingTag = ({ state }: { state: string }) => <Tag color={LISTING_STATES[state]?.color}>{LISTING_STATES[state]?.label ?? state}</Tag>

export const yuan = (amount: string | null) => (amount === null ? '—' : `${Number(amount).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`)
