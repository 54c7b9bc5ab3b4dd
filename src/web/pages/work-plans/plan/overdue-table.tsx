import { Button, Card, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useState } from 'react'
import { Link } from 'react-router-dom'
import type { OverdueItemDto } from '../../../../shared/supervision'
import { SLOT_STATUS_LABELS } from '../../../../shared/work-plan-reports'
import { ExportButton } from '../../../lib/export-button'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fetchOverdue, overdueExportUrl } from '../api'
import { taskPath } from '../paths'
import { SuperviseModal } from './supervise-modal'

/** Lead units late on a due date (never reported, or returned and not yet resubmitted), the latest first; the office issues 督办 from here. */
export function OverdueTable({ planId, canManage }: { planId: string; canManage: boolean }) {
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchOverdue(planId), [planId]))
  const [supervising, setSupervising] = useState<OverdueItemDto | null>(null)

  const columns: ColumnsType<OverdueItemDto> = [
    { title: '任务', key: 'task', render: (_, o) => <Link to={taskPath(planId, o.taskId)}>{o.taskNumber} {o.taskTitle}</Link> },
    { title: '牵头单位', dataIndex: 'unitName', width: 180 },
    { title: '报送期次', dataIndex: 'periodLabel', width: 130 },
    { title: '应报日期', dataIndex: 'dueOn', width: 110 },
    { title: '逾期', dataIndex: 'daysOverdue', width: 80, align: 'right', render: (n: number) => <Typography.Text type="danger">{n} 天</Typography.Text> },
    { title: '状态', dataIndex: 'status', width: 100, render: (s: string) => <Tag color={s === 'returned' ? 'volcano' : 'red'}>{SLOT_STATUS_LABELS[s] ?? s}</Tag> },
    {
      title: '督办', key: 'notice', width: 100, fixed: 'right',
      render: (_, o) => (o.noticeId
        ? <Link to={`/supervision/${o.noticeId}`}>已督办</Link>
        : canManage ? <Button size="small" danger onClick={() => setSupervising(o)}>督办</Button> : <Typography.Text type="secondary">未督办</Typography.Text>),
    },
  ]

  return (
    <Card size="small" title={`逾期未报${data ? `（${data.length}）` : ''}`} style={{ marginBottom: 16 }} data-testid="overdue-list"
      extra={<ExportButton size="small" href={overdueExportUrl(planId)} />}>
      <LoadError error={error} />
      <Table<OverdueItemDto> rowKey={(o) => `${o.taskId}:${o.unitId}:${o.dueDateId}`} size="small" columns={columns} dataSource={data}
        loading={loading && !data} scroll={{ x: 900 }} pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
        locale={{ emptyText: '没有逾期未报的任务' }} />
      {supervising && <SuperviseModal planId={planId} item={supervising} onClose={() => setSupervising(null)} onIssued={() => { setSupervising(null); reload() }} />}
    </Card>
  )
}
