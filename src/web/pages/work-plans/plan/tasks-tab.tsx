import { Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useNavigate } from 'react-router-dom'
import type { PlanDetailDto, TaskDto } from '../../../../shared/work-plans'
import { ExportButton } from '../../../lib/export-button'
import { tasksExportUrl } from '../api'
import { unitLabel } from '../labels'
import { taskPath } from '../paths'

const units = (t: TaskDto, role: 'lead' | 'cooperating') =>
  t.units.filter((u) => (role === 'lead' ? u.role === 'lead' : u.role !== 'lead') && u.collective !== 'none').map(unitLabel)

/** Every task of the plan with its units and dates; a row opens the task and its reports. */
export function TasksTab({ plan }: { plan: PlanDetailDto }) {
  const navigate = useNavigate()
  const dates = (t: TaskDto) => [...new Set([...t.deadlines, ...plan.generalDeadlines].flatMap((d) => d.dueDates.map((x) => x.dueOn)))].sort()
  const columns: ColumnsType<TaskDto> = [
    { title: '编号', dataIndex: 'number', width: 80 },
    { title: '任务', dataIndex: 'title', render: (title: string, t) => <Typography.Link onClick={() => navigate(taskPath(plan.id, t.id))}>{title}</Typography.Link> },
    { title: '牵头单位', key: 'lead', width: 220, render: (_, t) => units(t, 'lead').map((n) => <Tag key={n} color="blue" style={{ marginBlock: 2 }}>{n}</Tag>) },
    { title: '配合单位', key: 'coop', width: 240, render: (_, t) => units(t, 'cooperating').map((n) => <Tag key={n} style={{ marginBlock: 2 }}>{n}</Tag>) },
    { title: '指标', key: 'targets', width: 60, align: 'right', render: (_, t) => t.targets.length || '—' },
    {
      title: '截止日期', key: 'due', width: 170,
      render: (_, t) => {
        const list = dates(t)
        return list.length ? <span title={list.join('、')}>{list[0]}{list.length > 1 ? ` 等 ${list.length} 个` : ''}</span> : '—'
      },
    },
  ]
  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 8 }}><ExportButton size="small" href={tasksExportUrl(plan.id)} /></div>
      <Table<TaskDto> rowKey="id" size="middle" columns={columns} dataSource={plan.tasks} scroll={{ x: 900 }}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }} onRow={(t) => ({ onDoubleClick: () => navigate(taskPath(plan.id, t.id)) })} />
    </>
  )
}
