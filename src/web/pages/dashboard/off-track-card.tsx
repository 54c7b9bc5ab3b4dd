import { Card, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback } from 'react'
import { Link } from 'react-router-dom'
import { COMPARATOR_LABELS } from '../../../shared/work-plans'
import { formatNumber } from '../../lib/format'
import { useLoad } from '../../lib/use-load'
import { ExportButton } from '../../lib/export-button'
import { fetchOffTrack, listExportUrl, type OffTrackDto } from './api'

type Row = OffTrackDto[number]

const goalText = (r: Row) => `${COMPARATOR_LABELS[r.comparator] ?? r.comparator} ${formatNumber(r.goal)}${r.unit ? ` ${r.unit}` : ''}`

/**
 * 方案目标达标情况: the plan targets not met (missed after their deadline, or behind before it). Shown only
 * when GET /api/indicators/off-track answers; otherwise the dashboard has no such card.
 */
export function OffTrackCard({ region }: { region: string | undefined }) {
  const { data } = useLoad(useCallback(() => fetchOffTrack(region), [region]))
  if (!data) return null
  const columns: ColumnsType<Row> = [
    { title: '方案', dataIndex: 'planTitle', ellipsis: true, render: (title: string, r) => <Link to={`/work-plans/${r.planId}`}>{title}</Link> },
    { title: '任务', dataIndex: 'taskNumber', width: 80 },
    { title: '指标', dataIndex: 'metric', ellipsis: true },
    { title: '目标', key: 'goal', width: 160, render: (_, r) => goalText(r) },
    { title: '实际', dataIndex: 'actual', width: 120, align: 'right', render: (v: number | null, r) => (v === null ? '—' : `${formatNumber(v)} ${r.unit}`) },
    { title: '期限', dataIndex: 'deadline', width: 110 },
    { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => (s === 'missed' ? <Tag color="red">未达标</Tag> : <Tag color="orange">进行中</Tag>) },
  ]
  return (
    <Card size="small" title="方案目标达标情况" data-testid="off-track" extra={(
      <Space size={12}><Typography.Text type="secondary">未达标及进行中的目标</Typography.Text><ExportButton size="small" href={listExportUrl('off-track')} /></Space>
    )}>
      <Table<Row> rowKey="targetId" size="small" columns={columns} dataSource={data} pagination={data.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
        locale={{ emptyText: '暂无未达标的方案目标' }} />
    </Card>
  )
}
