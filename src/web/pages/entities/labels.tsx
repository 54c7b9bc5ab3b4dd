import { Tag, Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import {
  CANTEEN_KINDS, CATERING_GRADES, CERTIFICATION_KINDS, ENTITY_STATUS, ENTITY_TYPES, LICENCE_KINDS, OPEN_KITCHEN, PERSON_ROLES, RISK_GRADE_LABELS,
  SCHOOL_CATEGORIES, SECTORS, type RiskGrade,
} from '../../../shared/entity-catalogue'
import { formatDate } from '../../lib/format'

// Labels and colours shared by the entity pages, so a red tag means the same thing on every one.

export const GRADE_COLORS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' }

export function GradeTag({ grade, short = false }: { grade: string | null; short?: boolean }) {
  if (!grade) return <Tag>未评级</Tag>
  return <Tag color={GRADE_COLORS[grade]}>{short ? `${grade} 级` : RISK_GRADE_LABELS[grade as RiskGrade] ?? grade}</Tag>
}

const STATUS_COLORS: Record<string, string> = { active: 'green', suspended: 'orange', closed: 'default' }
export const StatusTag = ({ status }: { status: string }) =>
  <Tag color={STATUS_COLORS[status]}>{ENTITY_STATUS[status as keyof typeof ENTITY_STATUS] ?? status}</Tag>

const KITCHEN_COLORS: Record<string, string> = { none: 'default', traditional: 'cyan', internet: 'geekblue' }
export const KitchenTag = ({ value }: { value: string }) =>
  <Tag color={KITCHEN_COLORS[value]}>{OPEN_KITCHEN[value as keyof typeof OPEN_KITCHEN] ?? value}</Tag>

/** Today in the county's time zone, YYYY-MM-DD. */
export const todayIso = () => formatDate(new Date().toISOString())
/** Days from today to an ISO date; negative once it has passed. */
export const daysUntil = (isoDate: string) => dayjs(isoDate).diff(dayjs(todayIso()), 'day')

/**
 * An expiry date, red once passed, orange within 30 days, with the days left (or overdue) beside it
 * unless `plain` (tables that show the days in a column of their own).
 */
export function ExpiryText({ date, days, plain = false }: { date: string | null; days?: number | null; plain?: boolean }) {
  if (!date) return <Typography.Text type="secondary">长期有效</Typography.Text>
  const left = days ?? daysUntil(date)
  if (left < 0) return <Tooltip title={`已过期 ${-left} 天`}><Typography.Text type="danger" strong>{date}{!plain && '（已过期）'}</Typography.Text></Tooltip>
  if (left <= 30) return <Typography.Text style={{ color: '#d46b08' }} strong>{date}{!plain && `（${left} 天后到期）`}</Typography.Text>
  return <span>{date}</span>
}

export const DaysLeft = ({ days }: { days: number | null }) => {
  if (days === null) return <Typography.Text type="secondary">—</Typography.Text>
  if (days < 0) return <Tag color="red">已过期 {-days} 天</Tag>
  if (days <= 30) return <Tag color="orange">{days} 天</Tag>
  if (days <= 90) return <Tag color="gold">{days} 天</Tag>
  return <span>{days} 天</span>
}

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }))

/** Entity types grouped by sector (业态), for a Select. */
export const TYPE_OPTIONS = Object.entries(SECTORS).map(([sector, label]) => ({
  label, options: Object.entries(ENTITY_TYPES).filter(([, d]) => d.sector === sector).map(([value, d]) => ({ value, label: d.label })),
}))
export const typeLabel = (type: string) => (ENTITY_TYPES as Record<string, { label: string }>)[type]?.label ?? type
export const STATUS_OPTIONS = options(ENTITY_STATUS)
export const KITCHEN_OPTIONS = options(OPEN_KITCHEN)
export const CATERING_OPTIONS = options(CATERING_GRADES)
export const CANTEEN_OPTIONS = options(CANTEEN_KINDS)
export const SCHOOL_OPTIONS = options(SCHOOL_CATEGORIES)
export const CERTIFICATION_OPTIONS = options(CERTIFICATION_KINDS)
export const PERSON_ROLE_OPTIONS = options(PERSON_ROLES)
export const LICENCE_OPTIONS = Object.entries(LICENCE_KINDS).map(([value, d]) => ({ value, label: d.label }))
export const licenceLabel = (kind: string) => (LICENCE_KINDS as Record<string, { label: string }>)[kind]?.label ?? kind
export const certificationLabel = (kind: string) => (CERTIFICATION_KINDS as Record<string, string>)[kind] ?? kind
export const personRoleLabel = (role: string) => (PERSON_ROLES as Record<string, string>)[role] ?? role
