import { DeleteOutlined, EditOutlined } from '@ant-design/icons'
import { Button, DatePicker, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState, type ReactNode } from 'react'
import { DEADLINE_KINDS, type DeadlineDto, type TaskDto, type TaskPatchInput } from '../../../../shared/work-plans'
import { goalText } from '../labels'
import { deadlineInput } from './deadline-inputs'
import { UnitTag } from './unit-tag'

export type TaskDialog = 'units' | 'targets' | 'deadlines'

interface Props {
  task: TaskDto
  onPatch: (patch: TaskPatchInput) => Promise<boolean>
  onEdit: (dialog: TaskDialog) => void
  onDelete: () => void
  onDates: (deadlines: ReturnType<typeof deadlineInput>[]) => Promise<boolean>
}

function Part({ label, action, children }: { label: string; action?: ReactNode; children: ReactNode }) {
  return (
    <div style={{ marginTop: 12 }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 4 }}>
        <Typography.Text strong>{label}</Typography.Text>{action}
      </div>
      {children}
    </div>
  )
}

const editButton = (onClick: () => void, label: string) => (
  <Button type="link" size="small" icon={<EditOutlined />} onClick={onClick} aria-label={label}>编辑</Button>
)

/** One task in review: every field the reader extracted, each correctable. */
export function TaskPanel({ task, onPatch, onEdit, onDelete, onDates }: Props) {
  const leads = task.units.filter((u) => u.role === 'lead')
  const cooperating = task.units.filter((u) => u.role !== 'lead')
  return (
    <div data-testid={`task-panel-${task.id}`}>
      <Space size={16} wrap>
        <span>编号：<Typography.Text editable={{ onChange: (v) => { if (v.trim() && v !== task.number) void onPatch({ number: v.trim() }) }, maxLength: 16, tooltip: '修改编号' }}>{task.number}</Typography.Text></span>
      </Space>
      <div style={{ marginTop: 4 }}>
        标题：<Typography.Text strong editable={{ onChange: (v) => { if (v.trim() && v !== task.title) void onPatch({ title: v.trim() }) }, maxLength: 300, tooltip: '修改标题' }}>{task.title}</Typography.Text>
      </div>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true, symbol: '展开' }} style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
        {task.text}
      </Typography.Paragraph>

      <Part label="责任单位" action={editButton(() => onEdit('units'), '编辑责任单位')}>
        <div>牵头：{leads.length ? leads.map((u) => <UnitTag key={u.id} unit={u} />) : <Tag color="red">未识别牵头单位</Tag>}</div>
        {cooperating.length > 0 && <div>配合：{cooperating.map((u) => <UnitTag key={u.id} unit={u} />)}</div>}
      </Part>

      <Part label="量化指标" action={editButton(() => onEdit('targets'), '编辑量化指标')}>
        {task.targets.length ? (
          <Table size="small" rowKey="id" pagination={false} dataSource={task.targets} columns={[
            { title: '指标', dataIndex: 'metric' },
            { title: '目标', key: 'goal', width: 150, render: (_, g) => goalText(g) },
            { title: '原文', dataIndex: 'text', render: (t: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t}</Typography.Text> },
          ]} />
        ) : <Typography.Text type="secondary">未识别到量化指标</Typography.Text>}
      </Part>

      <Part label="完成时限" action={editButton(() => onEdit('deadlines'), '编辑完成时限')}>
        {task.deadlines.length ? task.deadlines.map((d) => <DeadlineLine key={d.id} deadline={d} task={task} onDates={onDates} />)
          : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ margin: 0 }} description="未写明时限（按方案的通用报送时间）" />}
        {task.deadlines.some((d) => d.dueDates.some((x) => x.dueOn !== x.nominalOn)) && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>* 原定日期遇周末或法定节假日，顺延至下一个工作日</Typography.Text>
        )}
      </Part>

      <div style={{ marginTop: 12, textAlign: 'right' }}>
        <Popconfirm title={`删除任务${task.number}？`} description="任务的责任单位、指标和时限一并删除。" okText="删除" cancelText="取消"
          okButtonProps={{ danger: true }} onConfirm={onDelete}>
          <Button size="small" danger icon={<DeleteOutlined />}>删除任务</Button>
        </Popconfirm>
      </div>
    </div>
  )
}

/** A deadline and its dates; one the server could not convert asks for dates right here. */
function DeadlineLine({ deadline: d, task, onDates }: { deadline: DeadlineDto; task: TaskDto; onDates: Props['onDates'] }) {
  const [dates, setDates] = useState<Dayjs[]>([])
  const [saving, setSaving] = useState(false)
  const save = async () => {
    setSaving(true)
    const typed = dates.map((x) => x.format('YYYY-MM-DD')).sort()
    await onDates(task.deadlines.map((x) => (x.id === d.id ? deadlineInput(x, typed) : deadlineInput(x))))
    setSaving(false)
  }
  return (
    <div style={{ marginBottom: 6 }}>
      <Tag color="orange">{d.text}</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginRight: 8 }}>{DEADLINE_KINDS[d.kind as keyof typeof DEADLINE_KINDS] ?? d.kind}</Typography.Text>
      {d.dueDates.length ? d.dueDates.map((x) => (
        <Tag key={x.id} style={{ marginBlock: 2 }} title={x.dueOn !== x.nominalOn ? `原定 ${x.nominalOn}，遇节假日顺延` : undefined}>
          {x.periodLabel}：{x.dueOn}{x.requiredCount ? `（${x.requiredCount} 次）` : ''}{x.dueOn !== x.nominalOn ? ' *' : ''}
        </Tag>
      )) : (
        <Space wrap style={{ marginTop: 4 }}>
          <Typography.Text type="danger">未能换算为日期，请手填：</Typography.Text>
          <DatePicker multiple size="small" value={dates} onChange={(v) => setDates(v ?? [])} placeholder="选择截止日期" aria-label={`“${d.text}”的截止日期`} style={{ minWidth: 200 }} />
          <Button size="small" type="primary" disabled={!dates.length} loading={saving} onClick={save}>保存日期</Button>
        </Space>
      )}
    </div>
  )
}
