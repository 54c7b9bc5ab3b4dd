import { Button, Card, Checkbox, Select, Space, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { UnitDto } from '../../../../shared/regions'
import type { PlanDetailDto } from '../../../../shared/work-plans'
import type { ResolveUnitInput } from '../api'
import { filterUnitOption, parseChoice, unitOptions } from './unit-options'

interface Props {
  plan: PlanDetailDto
  units: UnitDto[]
  onResolve: (input: ResolveUnitInput) => Promise<boolean>
  onJump: (taskId: string) => void
}

interface Name { name: string; tasks: { id: string; number: string }[] }

/** Each distinct name the reader could not match, once: resolving it maps every occurrence in the plan. */
export function UnresolvedPanel({ plan, units, onResolve, onJump }: Props) {
  const names = useMemo(() => {
    const byName = new Map<string, Name>()
    for (const t of plan.tasks) {
      for (const u of t.units) {
        if (u.unitId || u.collective) continue
        const entry = byName.get(u.nameAsWritten) ?? { name: u.nameAsWritten, tasks: [] }
        if (!entry.tasks.some((x) => x.id === t.id)) entry.tasks.push({ id: t.id, number: t.number })
        byName.set(u.nameAsWritten, entry)
      }
    }
    return [...byName.values()]
  }, [plan])
  const options = useMemo(() => unitOptions(units), [units])

  if (!names.length) return null
  return (
    <Card size="small" title={`未对应单位（${names.length}）`} style={{ marginBottom: 16 }} data-testid="unresolved-panel"
      extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>对应一次，方案中同名之处全部更新</Typography.Text>}>
      {names.map((n) => <NameRow key={n.name} name={n} options={options} onResolve={onResolve} onJump={onJump} />)}
    </Card>
  )
}

function NameRow({ name, options, onResolve, onJump }: { name: Name; options: ReturnType<typeof unitOptions> } & Pick<Props, 'onResolve' | 'onJump'>) {
  const [value, setValue] = useState<string>()
  const [remember, setRemember] = useState(true)
  const [saving, setSaving] = useState(false)
  const choice = parseChoice(value)

  const save = async () => {
    setSaving(true)
    // Only a member unit can carry an alias; a collective is recognised by its wording anyway.
    await onResolve({ nameAsWritten: name.name, ...(choice.unitId ? { unitId: choice.unitId, remember } : { collective: choice.collective }) })
    setSaving(false)
  }

  return (
    <div data-testid="unresolved-row" style={{ padding: '8px 0', borderBottom: '1px dashed #f0f0f0' }}>
      <Space size={4} wrap style={{ marginBottom: 6 }}>
        <Tag color="red" style={{ fontSize: 14, padding: '2px 8px' }}>{name.name}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>出现在任务</Typography.Text>
        {name.tasks.map((t) => <Button key={t.id} type="link" size="small" style={{ padding: 0 }} onClick={() => onJump(t.id)}>{t.number}</Button>)}
      </Space>
      <Space wrap>
        <Select showSearch allowClear placeholder="选择对应的单位" aria-label={`“${name.name}”对应的单位`} style={{ width: 280 }}
          options={options} value={value} onChange={setValue} filterOption={filterUnitOption} listHeight={320} />
        <Checkbox checked={remember && Boolean(choice.unitId)} disabled={!choice.unitId} onChange={(e) => setRemember(e.target.checked)}>记住为别名</Checkbox>
        <Button type="primary" disabled={!value} loading={saving} onClick={save}>确定</Button>
      </Space>
    </div>
  )
}
