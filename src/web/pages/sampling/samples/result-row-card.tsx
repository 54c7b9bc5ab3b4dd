import { DeleteOutlined } from '@ant-design/icons'
import { Button, Card, Input, Radio, Select, Space, Tag, Typography } from 'antd'
import { LIMIT_KINDS } from '../../../../shared/sampling-catalogue'
import { groupLabel, Unconfirmed } from './labels'
import { liveVerdict, rowLimitText, rowProblems, type ResultRow } from './result-rows'

const KIND_OPTIONS = Object.entries(LIMIT_KINDS).map(([value, label]) => ({ value, label }))
/** Switching the kind clears the limit fields the new kind does not take. */
const CLEARED: Partial<ResultRow> = { limitValue: '', limitMax: '', planN: '', planC: '', unitValues: '', lod: '' }

export function LiveVerdictTag({ verdict }: { verdict: 'pass' | 'fail' | null }) {
  if (verdict === 'pass') return <Tag color="green">合格</Tag>
  if (verdict === 'fail') return <Tag color="red">不合格</Tag>
  return <Tag>待填写</Tag>
}

interface Props {
  row: ResultRow
  index: number
  onChange: (patch: Partial<ResultRow>) => void
  onRemove: () => void
  /** Show what is missing (after a submit attempt), not while the inspector is still typing. */
  showProblems: boolean
}

/** One tested item: its limit (catalogue) or the typed limit, the measurement, and the live verdict. */
export function ResultRowCard({ row, index, onChange, onRemove, showProblems }: Props) {
  const verdict = liveVerdict(row)
  const kind = row.item?.limitKind ?? row.limitKind
  const name = row.item?.name ?? (row.itemName.trim() || `第 ${index + 1} 项`)
  const problems = showProblems ? rowProblems(row) : []
  const unit = row.item?.unit ?? row.unit
  return (
    <Card size="small" data-testid="result-row" style={{ marginBottom: 8, borderColor: verdict === 'fail' ? '#ffa39e' : undefined, background: verdict === 'fail' ? '#fff1f0' : undefined }}
      title={<span style={{ whiteSpace: 'normal' }}>{index + 1}. {name}</span>}
      extra={<Space size={4}><span data-testid="row-verdict"><LiveVerdictTag verdict={verdict} /></span>
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={`移除 ${name}`} onClick={onRemove} /></Space>}>
      {row.item ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
          {groupLabel(row.item.group)} · {row.item.foodScope} · 限量 <Typography.Text strong>{rowLimitText(row)}</Typography.Text> · {row.item.standard}
          {row.item.status === 'U' && <> <Unconfirmed source={row.item.standard} note={`该限量未核对标准原文${row.item.note ? `（${row.item.note}）` : ''}，判定前请核对。`} /></>}
        </Typography.Paragraph>
      ) : (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 8 }} size={6}>
          <Input aria-label={`第 ${index + 1} 项 检验项目名称`} placeholder="检验项目名称，如：苯甲酸" maxLength={64} value={row.itemName} onChange={(e) => onChange({ itemName: e.target.value })} />
          <Space.Compact block>
            <Select aria-label={`${name} 判定方式`} value={row.limitKind} options={KIND_OPTIONS} style={{ width: '60%' }} onChange={(limitKind: string) => onChange({ ...CLEARED, limitKind })} />
            <Input aria-label={`${name} 单位`} placeholder="单位" maxLength={16} value={row.unit} style={{ width: '40%' }} onChange={(e) => onChange({ unit: e.target.value })} />
          </Space.Compact>
          {(kind === 'max' || kind === 'min') && (
            <Input aria-label={`${name} 限量值`} inputMode="decimal" addonBefore={kind === 'max' ? '≤' : '≥'} placeholder="限量值" value={row.limitValue} onChange={(e) => onChange({ limitValue: e.target.value })} />
          )}
          {kind === 'microbe' && (
            <Space wrap size={6}>
              <Input aria-label={`${name} n`} addonBefore="n" inputMode="numeric" style={{ width: 100 }} value={row.planN} onChange={(e) => onChange({ planN: e.target.value })} />
              <Input aria-label={`${name} c`} addonBefore="c" inputMode="numeric" style={{ width: 100 }} value={row.planC} onChange={(e) => onChange({ planC: e.target.value })} />
              <Input aria-label={`${name} m`} addonBefore="m" inputMode="decimal" style={{ width: 150 }} value={row.limitValue} onChange={(e) => onChange({ limitValue: e.target.value })} />
              <Input aria-label={`${name} M`} addonBefore="M" inputMode="decimal" style={{ width: 150 }} placeholder="可不填" value={row.limitMax} onChange={(e) => onChange({ limitMax: e.target.value })} />
            </Space>
          )}
          <Input aria-label={`${name} 判定依据`} placeholder="判定依据，如：GB 2760-2024" maxLength={100} value={row.standard} onChange={(e) => onChange({ standard: e.target.value })} />
        </Space>
      )}

      {kind === 'microbe' ? (
        <Input aria-label={`${name} 各样品检测值`} inputMode="decimal" addonAfter={unit || undefined} value={row.unitValues} onChange={(e) => onChange({ unitValues: e.target.value })}
          placeholder={`${row.item?.planN ?? row.planN ?? 'n'} 个样品的检测值，以逗号分隔`} />
      ) : (
        <Space wrap size={8} style={{ width: '100%' }}>
          <Radio.Group optionType="button" buttonStyle="solid" value={row.detected ? 'detected' : 'nd'} aria-label={`${name} 检测结果`}
            options={[{ value: 'detected', label: '检出' }, { value: 'nd', label: '未检出' }]} onChange={(e) => onChange({ detected: e.target.value === 'detected' })} />
          {row.detected && (
            <Input aria-label={`${name} 检测值`} inputMode="decimal" placeholder="检测值" addonAfter={unit || undefined} style={{ width: 200 }} value={row.value} onChange={(e) => onChange({ value: e.target.value })} />
          )}
          {kind === 'not_detected' && (
            <Input aria-label={`${name} 检出限`} inputMode="decimal" placeholder="检出限（可不填）" addonAfter={unit || undefined} style={{ width: 200 }} value={row.lod} onChange={(e) => onChange({ lod: e.target.value })} />
          )}
        </Space>
      )}
      {problems.length > 0 && <Typography.Text type="danger" style={{ display: 'block', marginTop: 6, fontSize: 13 }} data-testid="row-problems">{problems.join('；')}</Typography.Text>}
    </Card>
  )
}
