import { Card, Input, Radio, Tag, Typography } from 'antd'
import { SELF_CHECK_ANSWERS, type SelfCheckAnswer } from '../../../shared/self-inspection'
import type { Answer } from './answers'

const OPTIONS = Object.entries(SELF_CHECK_ANSWERS).map(([value, label]) => ({ value, label }))
const ANSWER_COLORS: Record<string, string> = { yes: 'green', no: 'red', na: 'default' }
/** The chosen button in its answer's colour, so a 否 stands out on a long list. */
const SOLID: Record<string, string> = { yes: '#389e0d', no: '#cf1322', na: '#8c8c8c' }
const optionsFor = (answer: string | undefined) =>
  OPTIONS.map((o) => (o.value === answer ? { ...o, style: { background: SOLID[o.value], borderColor: SOLID[o.value], color: '#fff' } } : o))

interface Props {
  index: number
  code: string
  text: string
  value: Answer
  onChange?: (next: Answer) => void
  /** Shown once the user has tried to save. */
  problem?: string
}

/** One self-inspection item, sized for a phone: the question, three big buttons, and the measure when the answer is 否. */
export function CheckItemCard({ index, code, text, value, onChange, problem }: Props) {
  const readOnly = !onChange
  return (
    <Card size="small" data-testid={`check-item-${code}`} style={{ marginBottom: 12, borderColor: problem ? '#ff4d4f' : undefined }}
      styles={{ body: { padding: 12 } }}>
      <Typography.Paragraph style={{ marginBottom: 10, fontSize: 15 }}>
        <Typography.Text type="secondary">{index}. </Typography.Text>{text}
      </Typography.Paragraph>
      {readOnly ? (
        <Tag color={ANSWER_COLORS[value.answer ?? '']}>{value.answer ? SELF_CHECK_ANSWERS[value.answer] : '未填写'}</Tag>
      ) : (
        <Radio.Group block optionType="button" buttonStyle="solid" size="large" options={optionsFor(value.answer)} value={value.answer} aria-label={text}
          onChange={(e) => onChange({ ...value, answer: e.target.value as SelfCheckAnswer })} />
      )}
      {value.answer === 'no' && (readOnly ? (
        <Typography.Paragraph style={{ margin: '8px 0 0' }}><Typography.Text type="secondary">整改措施：</Typography.Text>{value.measure}</Typography.Paragraph>
      ) : (
        <Input.TextArea style={{ marginTop: 10 }} rows={2} maxLength={500} placeholder="整改措施（必填）：问题、整改办法和完成时限"
          aria-label={`整改措施：${text}`} value={value.measure} status={problem ? 'error' : undefined}
          onChange={(e) => onChange({ ...value, measure: e.target.value })} />
      ))}
      {problem && <Typography.Text type="danger" style={{ display: 'block', marginTop: 6 }}>{problem}</Typography.Text>}
    </Card>
  )
}
