import { CheckOutlined } from '@ant-design/icons'
import { Button, Card, Input, Radio, Tag, Typography } from 'antd'
import { memo, useCallback, useRef } from 'react'
import type { FlatItem } from '../../../../shared/inspection-checklists'
import { ITEM_OUTCOME_LABELS, type ItemOutcome } from '../../../../shared/inspection-result'
import type { Answer, Answers, Checklist } from '../form-model'

const OUTCOMES = Object.entries(ITEM_OUTCOME_LABELS) as [ItemOutcome, string][]
// A chosen answer reads at a glance in the sun: green 符合, red 不符合, grey 不适用.
const CHOSEN: Record<ItemOutcome, React.CSSProperties> = {
  conform: { background: '#52c41a', borderColor: '#52c41a', color: '#fff' },
  nonconform: { background: '#ff4d4f', borderColor: '#ff4d4f', color: '#fff' },
  na: { background: '#8c8c8c', borderColor: '#8c8c8c', color: '#fff' },
}

const ItemRow = memo(function ItemRow({ item, answer, onAnswer, disabled }: { item: FlatItem; answer: Answer | undefined; onAnswer: (code: string, a: Answer) => void; disabled?: boolean }) {
  const failed = answer?.outcome === 'nonconform'
  return (
    <div data-testid={`item-${item.code}`} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <div style={{ marginBottom: 8, lineHeight: 1.5 }}>
        <Typography.Text type="secondary" className="mono">{item.code}</Typography.Text>{' '}
        {item.key && <Tag color="red" style={{ marginInlineEnd: 4 }}>重点</Tag>}
        <span>{item.text}</span>
      </div>
      <Radio.Group value={answer?.outcome} disabled={disabled} optionType="button" size="large" aria-label={`${item.code} 检查结果`}
        onChange={(e) => onAnswer(item.code, { ...answer, outcome: e.target.value as ItemOutcome })}
        style={{ display: 'flex', width: '100%' }}>
        {OUTCOMES.map(([value, label]) => (
          <Radio.Button key={value} value={value} style={{ flex: 1, textAlign: 'center', ...(answer?.outcome === value ? CHOSEN[value] : {}) }}>{label}</Radio.Button>
        ))}
      </Radio.Group>
      {failed && (
        <Input.TextArea aria-label={`${item.code} 问题描述`} placeholder="问题描述（将写入整改要求）" autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500}
          value={answer?.note} disabled={disabled} onChange={(e) => onAnswer(item.code, { ...answer, note: e.target.value })} style={{ marginTop: 8 }} />
      )}
    </div>
  )
})

interface Props {
  checklist: Checklist
  value?: Answers
  onChange?: (answers: Answers) => void
  disabled?: boolean
}

/** The checklist as a form control: groups of items, one large 符合 / 不符合 / 不适用 switch each. */
export function ChecklistInput({ checklist, value = {}, onChange, disabled }: Props) {
  // A stable callback reading the latest answers, so a tap re-renders only the item it changed.
  const latest = useRef({ value, onChange })
  latest.current = { value, onChange }
  const answer = useCallback((code: string, a: Answer) => latest.current.onChange?.({ ...latest.current.value, [code]: a }), [])
  // 全部符合 fills only what is still open: an item already marked 不符合 keeps its finding and note.
  const allConform = (items: FlatItem[]) => onChange?.({ ...value, ...Object.fromEntries(items.filter((it) => !value[it.code]?.outcome).map((it) => [it.code, { outcome: 'conform' as const }])) })

  return (
    <div>
      {checklist.groups.map(({ group, items }) => {
        const open = items.filter((it) => !value[it.code]?.outcome).length
        return (
          <Card key={group.code} size="small" style={{ marginBottom: 12 }} data-testid={`group-${group.code}`}
            title={<span style={{ whiteSpace: 'normal' }}>{group.code}. {group.title}</span>}
            extra={<Button size="small" icon={<CheckOutlined />} disabled={disabled || open === 0} onClick={() => allConform(items)}>全部符合</Button>}>
            {items.map((it) => <ItemRow key={it.code} item={it} answer={value[it.code]} onAnswer={answer} disabled={disabled} />)}
          </Card>
        )
      })}
    </div>
  )
}
