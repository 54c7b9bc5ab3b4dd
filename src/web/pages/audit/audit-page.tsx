import { Card, Col, Descriptions, Row, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useState } from 'react'
import { AUDIT_ACTION_LABELS, ENTITY_TYPE_LABELS, type AuditDto, type AuditQuery } from '../../../shared/audit'
import { ROLE_LABELS, type Role } from '../../../shared/roles'
import { ExportButton } from '../../lib/export-button'
import { formatDateTime } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { auditExportUrl, fetchAccountNames, fetchAudit } from './api'
import { AuditFilters } from './audit-filters'
import { ChainBanner } from './chain-banner'

const PAGE_SIZE = 20

const actionColor = (action: string) =>
  action === 'auth.login_failed' ? 'red' : action.startsWith('auth.') ? 'default' : action.startsWith('role.') || action.endsWith('role_assign') ? 'purple' : 'blue'

/** UUIDs are long; the table shows their first block, the expanded row the whole value. */
const shortId = (id: string) => (/^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id) ? `${id.slice(0, 8)}…` : id)

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">无</Typography.Text>
  return <pre className="json-block mono">{JSON.stringify(value, null, 2)}</pre>
}

function AuditDetail({ row }: { row: AuditDto }) {
  return (
    <div style={{ padding: '4px 8px' }}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="记录编号">{row.id}</Descriptions.Item>
        <Descriptions.Item label="操作代码"><span className="mono">{row.action}</span></Descriptions.Item>
        <Descriptions.Item label="对象编号"><span className="mono">{row.entityId ?? '—'}</span></Descriptions.Item>
        <Descriptions.Item label="哈希"><Typography.Text className="mono" copyable style={{ fontSize: 12 }}>{row.hash}</Typography.Text></Descriptions.Item>
      </Descriptions>
      <Row gutter={16}>
        <Col xs={24} md={12}><div style={{ marginBottom: 4 }}><Typography.Text strong>变更前</Typography.Text></div><Json value={row.before} /></Col>
        <Col xs={24} md={12}><div style={{ marginBottom: 4 }}><Typography.Text strong>变更后</Typography.Text></div><Json value={row.after} /></Col>
      </Row>
    </div>
  )
}

/** The auditor's view of the append-only, hash-chained log: chain status first, then the rows. */
export function AuditPage() {
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: PAGE_SIZE })
  const { data, error, loading } = useLoad(useCallback(() => fetchAudit(query), [query]))
  // Names are a nicety: if the lookup fails the usernames alone still identify the actor.
  const names = useLoad(useCallback(() => fetchAccountNames().catch(() => new Map<string, string>()), []))

  const columns: ColumnsType<AuditDto> = [
    { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> },
    {
      title: '操作人', dataIndex: 'actorUsername', width: 160,
      render: (u: string | null) => {
        if (!u) return '—'
        const name = names.data?.get(u)
        return name ? `${name}（${u}）` : u
      },
    },
    { title: '角色', dataIndex: 'actorRole', width: 150, render: (r: string | null) => (r ? ROLE_LABELS[r as Role] ?? r : '—') },
    { title: 'IP 地址', dataIndex: 'ip', width: 110, render: (ip: string | null) => <span className="mono">{ip ?? '—'}</span> },
    { title: '操作', dataIndex: 'action', width: 110, render: (a: string) => <Tag color={actionColor(a)}>{AUDIT_ACTION_LABELS[a] ?? a}</Tag> },
    {
      title: '对象', key: 'entity', width: 150,
      render: (_, r) => (r.entityType ? (
        <Tooltip title={r.entityId}>
          {ENTITY_TYPE_LABELS[r.entityType] ?? r.entityType}
          {r.entityId && <Typography.Text type="secondary" className="mono" style={{ marginLeft: 6, fontSize: 12 }}>{shortId(r.entityId)}</Typography.Text>}
        </Tooltip>
      ) : '—'),
    },
    {
      title: '哈希', dataIndex: 'hash', width: 120,
      render: (h: string) => <Tooltip title={h}><span className="mono" style={{ fontSize: 12 }}>{h.slice(0, 12)}…</span></Tooltip>,
    },
  ]

  return (
    <Card title="审计日志" extra={<ExportButton href={auditExportUrl(query)} />}>
      <ChainBanner />
      <AuditFilters onSearch={(filters) => setQuery({ ...filters, page: 1, pageSize: query.pageSize })} />
      <LoadError error={error} />
      <Table<AuditDto> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading}
        scroll={{ x: 1020 }} expandable={{ expandedRowRender: (row) => <AuditDetail row={row} /> }}
        pagination={{
          current: query.page, pageSize: query.pageSize, total: data?.total ?? 0, showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200], showTotal: (n) => `共 ${n} 条`,
          onChange: (page, pageSize) => setQuery((cur) => ({ ...cur, page: pageSize === cur.pageSize ? page : 1, pageSize })),
        }} />
    </Card>
  )
}
