import { Tag, Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import {
  FOOD_CATEGORIES, LIMIT_KINDS, SAMPLE_PURPOSES, SAMPLE_STAGES, SAMPLE_VERDICTS, SAMPLING_DEPARTMENTS, SAMPLING_LEVELS, TEST_ITEM_GROUPS,
  type FoodCategory,
} from '../../../../shared/sampling-catalogue'
import { todayIso } from '../../entities/labels'

// Labels and colours of the sample pages: one colour per verdict everywhere (list, detail, live verdict).

const label = (o: Record<string, string>, k: string) => o[k] ?? k
export const levelLabel = (k: string) => label(SAMPLING_LEVELS, k)
export const departmentLabel = (k: string) => label(SAMPLING_DEPARTMENTS, k)
export const purposeLabel = (k: string) => label(SAMPLE_PURPOSES, k)
export const stageLabel = (k: string) => label(SAMPLE_STAGES, k)
export const groupLabel = (k: string) => label(TEST_ITEM_GROUPS, k)
export const limitKindLabel = (k: string) => label(LIMIT_KINDS, k)
export const categoryLabel = (k: string) => FOOD_CATEGORIES[k as FoodCategory]?.label ?? k
export const isAgricultural = (k: string | undefined) => Boolean(k && FOOD_CATEGORIES[k as FoodCategory]?.agricultural)

const options = (o: Record<string, string>) => Object.entries(o).map(([value, l]) => ({ value, label: l }))
export const LEVEL_OPTIONS = options(SAMPLING_LEVELS)
export const DEPARTMENT_OPTIONS = options(SAMPLING_DEPARTMENTS)
export const PURPOSE_OPTIONS = options(SAMPLE_PURPOSES)
export const STAGE_OPTIONS = options(SAMPLE_STAGES)
export const STATE_OPTIONS = [{ value: 'testing', label: '检验中' }, { value: 'pass', label: '合格' }, { value: 'fail', label: '不合格' }]
/** 食用农产品 first, each tagged, so the inspector sees which categories count toward 农药兽药残留. */
export const CATEGORY_OPTIONS = Object.entries(FOOD_CATEGORIES)
  .sort(([, a], [, b]) => Number(b.agricultural) - Number(a.agricultural))
  .map(([value, c]) => ({
    value, title: c.label,
    label: c.agricultural ? <span>{c.label} <Tag color="green" style={{ marginInlineStart: 4 }}>食用农产品</Tag></span> : c.label,
  }))

const VERDICT_COLORS: Record<string, string> = { pass: 'green', fail: 'red' }

/** 合格 / 不合格 once reported; before that 待送检 or 检验中. */
export function VerdictTag({ verdict, sentOn }: { verdict: string | null; sentOn?: string | null }) {
  if (verdict) return <Tag color={VERDICT_COLORS[verdict]} data-testid="verdict-tag">{label(SAMPLE_VERDICTS, verdict)}</Tag>
  return sentOn === null ? <Tag color="default" data-testid="verdict-tag">待送检</Tag> : <Tag color="blue" data-testid="verdict-tag">检验中</Tag>
}

const daysLate = (dueOn: string, until: string) => Math.max(0, dayjs(until).diff(dayjs(dueOn), 'day'))

/**
 * A due date: red with the days overdue while the step is not done and the date has passed; done late
 * reads orange with the date it was done.
 */
export function DueDate({ dueOn, doneOn, compact }: { dueOn: string | null; doneOn: string | null; compact?: boolean }) {
  if (!dueOn) return <Typography.Text type="secondary">—</Typography.Text>
  if (doneOn) {
    const late = doneOn > dueOn
    return (
      <Tooltip title={`期限 ${dueOn}，${doneOn} 完成${late ? `，晚 ${daysLate(dueOn, doneOn)} 天` : ''}`}>
        <Typography.Text type={late ? 'warning' : 'secondary'}>{compact ? `${doneOn} 完成${late ? '（逾期）' : ''}` : `${dueOn}（${doneOn} 完成${late ? '，逾期' : ''}）`}</Typography.Text>
      </Tooltip>
    )
  }
  const today = todayIso()
  if (dueOn < today) return <Typography.Text type="danger" strong data-testid="overdue">{dueOn}（逾期 {daysLate(dueOn, today)} 天）</Typography.Text>
  return <span>{dueOn}</span>
}

/** 「未核实」 beside a value whose rule has not been checked against the primary text; the source on hover. */
export const Unconfirmed = ({ source, note = '该时限未核对原文，可在“检验项目与时限”中修改。' }: { source: string; note?: string }) => (
  <Tooltip title={`依据：${source}。${note}`}>
    <Tag color="orange" style={{ cursor: 'help' }} data-testid="unconfirmed">未核实</Tag>
  </Tooltip>
)
