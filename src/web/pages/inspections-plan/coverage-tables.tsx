import { Button, Progress, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { formatNumber } from '../../lib/format'
import type { CoverageDto, CoverageRow, WorkloadRow } from './api'

/** The coverage tabs: rates with bars per region or type (and the total), and each unit's and officer's work. */

export function RateBar({ value }: { value: number | null }) {
  if (value === null) return <Typography.Text type="secondary">—</Typography.Text>
  return (
    <Space size={8}>
      <Progress percent={value} size="small" showInfo={false} style={{ width: 120, margin: 0 }} strokeColor={value >= 90 ? '#52c41a' : value >= 60 ? '#1677ff' : '#fa8c16'} />
      <span style={{ minWidth: 52, display: 'inline-block', textAlign: 'right' }}>{value}%</span>
    </Space>
  )
}

const TOTAL = '合计'
const rateColumns = (first: string): ColumnsType<CoverageRow> => [
  { title: first, dataIndex: 'label', render: (n: string) => (n === TOTAL ? <Typography.Text strong>{n}</Typography.Text> : n) },
  { title: '在业主体', dataIndex: 'active', width: 110, align: 'right', render: formatNumber },
  { title: '本年已检查', dataIndex: 'inspected', width: 110, align: 'right', render: formatNumber },
  { title: '覆盖率', dataIndex: 'rate', width: 220, render: (r: number | null) => <RateBar value={r} /> },
]

export function RateTable({ rows, total, first }: { rows: CoverageRow[]; total: CoverageRow; first: string }) {
  return (
    <Table<CoverageRow> rowKey="key" size="middle" columns={rateColumns(first)} dataSource={[...rows, { ...total, key: '__total', label: TOTAL }]} pagination={false}
      scroll={{ x: 640 }} onRow={(r) => ({ style: r.label === TOTAL ? { background: '#fafafa', fontWeight: 600 } : undefined })}
      locale={{ emptyText: '本区域没有在业主体' }} />
  )
}

export function WorkloadTable({ rows, first, onPick }: { rows: WorkloadRow[]; first: string; onPick: (key: string) => void }) {
  const columns: ColumnsType<WorkloadRow> = [
    { title: first, dataIndex: 'label' },
    { title: '检查次数', dataIndex: 'inspections', width: 110, align: 'right', render: formatNumber },
    { title: '其中整改复查', dataIndex: 'followUps', width: 120, align: 'right', render: formatNumber },
    { title: '检查主体数', dataIndex: 'entities', width: 110, align: 'right', render: formatNumber },
    {
      title: '', key: 'pick', width: 120,
      render: (_, r) => (r.key ? <Button type="link" size="small" onClick={() => onPick(r.key!)}>查看所检主体</Button> : null),
    },
  ]
  return <Table<WorkloadRow> rowKey={(r) => r.key ?? '__none'} size="middle" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 640 }}
    locale={{ emptyText: '本年度还没有检查记录' }} />
}

/** 按乡镇 for a county, 按村（社区） under a township. */
export const regionTabLabel = (c: CoverageDto | undefined) => (c && !c.regionCode.endsWith('000000') ? '按村（社区）' : '按乡镇')
