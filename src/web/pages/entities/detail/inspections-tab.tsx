import { PlusOutlined } from '@ant-design/icons'
import { Button, Empty, Space, Spin, Table, Tag, Typography } from 'antd'
import { useCallback } from 'react'
import { Link } from 'react-router-dom'
import { HANDLINGS, INSPECTION_KINDS, ORDER_STATUS, type InspectionListDto, type OrderDto } from '../../../../shared/inspections'
import { RESULT_LABELS, type OverallResult } from '../../../../shared/inspection-result'
import { api } from '../../../api/client'
import { LoadError } from '../../../lib/load-error'
import { TableTitle } from '../../../lib/table-title'
import { useLoad } from '../../../lib/use-load'

export const RESULT_COLORS: Record<string, string> = { conform: 'green', basic: 'gold', nonconform: 'red' }
const label = <T extends Record<string, string>>(o: T, k: string) => (o as Record<string, string>)[k] ?? k

/**
 * 检查与整改: the entity's inspections, newest first, and its rectification orders. A business sees the
 * same for itself (the server scopes both lists to its own entity).
 */
export function InspectionsTab({ entityId, canRecord }: { entityId: string; canRecord: boolean }) {
  const load = useCallback(() => Promise.all([
    api.get<InspectionListDto>('/inspections', { entityId, pageSize: 50 }),
    api.get<{ items: OrderDto[]; total: number }>('/rectifications', { entityId, pageSize: 50 }),
  ]), [entityId])
  const { data, error } = useLoad(load)
  if (error) return <LoadError error={error} />
  if (!data) return <Spin />
  const [inspections, orders] = data
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {canRecord && <Link to={`/inspections/new?entityId=${entityId}`}><Button type="primary" icon={<PlusOutlined />}>录入检查</Button></Link>}
      <div>
        <TableTitle title={`检查记录（${inspections.total}）`} href={`/api/inspections/export?entityId=${entityId}`} />
        {inspections.items.length === 0 ? <Empty description="还没有检查记录" /> : (
          <Table size="small" rowKey="id" pagination={false} dataSource={inspections.items} columns={[
            { title: '检查日期', dataIndex: 'inspectedOn', render: (d: string, r) => <Link to={`/inspections/${r.id}`}>{d}</Link> },
            { title: '类型', dataIndex: 'kind', render: (k: string) => label(INSPECTION_KINDS, k) },
            { title: '结果', dataIndex: 'result', render: (r: string) => <Tag color={RESULT_COLORS[r]}>{RESULT_LABELS[r as OverallResult] ?? r}</Tag> },
            { title: '不符合项（重点/一般）', render: (_, r) => `${r.keyFailures} / ${r.generalFailures}` },
            { title: '处理', dataIndex: 'handling', render: (h: string) => label(HANDLINGS, h) },
            { title: '执法人员', dataIndex: 'inspectorNames', render: (n: string[]) => n.join('、') },
          ]} />
        )}
      </div>
      <div>
        <TableTitle title={`整改通知（${orders.total}）`} href={`/api/rectifications/export?entityId=${entityId}`} />
        {orders.items.length === 0 ? <Empty description="没有整改通知" /> : (
          <Table size="small" rowKey="id" pagination={false} dataSource={orders.items} columns={[
            { title: '下达日期', dataIndex: 'issuedOn' },
            { title: '整改期限', dataIndex: 'dueOn', render: (d: string, o) => (o.overdue ? <Typography.Text type="danger" strong>{d}（已逾期）</Typography.Text> : d) },
            { title: '状态', dataIndex: 'status', render: (s: string) => label(ORDER_STATUS, s) },
            { title: '整改要求', dataIndex: 'requirements', ellipsis: true },
          ]} />
        )}
      </div>
    </Space>
  )
}
