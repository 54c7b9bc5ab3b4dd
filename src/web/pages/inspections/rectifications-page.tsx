import { Card, Checkbox, Grid, List, Select, Space, Statistic, Table, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useMemo } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { useMe } from '../../auth/auth-context'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { RegionSelect } from '../entities/region-select'
import { ExportButton } from '../../lib/export-button'
import { fetchOrders, fetchRectificationRates, ordersExportUrl, type OrderDto, type OrderQuery } from './api'
import { DueText, ORDER_STATUS_OPTIONS, orderKindLabel, OrderStatusTag, percent } from './labels'
import { isClosed, ReplyButton, VerifyButton } from './order-actions'

const PAGE_SIZE = 20

function parseQuery(search: URLSearchParams): OrderQuery {
  const page = Number(search.get('page'))
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1, pageSize: PAGE_SIZE,
    status: search.get('status') || undefined, region: search.get('region') || undefined, overdue: search.get('overdue') === '1' || undefined,
  }
}
const toSearch = (q: OrderQuery) => {
  const out: Record<string, string> = {}
  if (q.status) out.status = q.status
  if (q.region) out.region = q.region
  if (q.overdue) out.overdue = '1'
  if (q.page && q.page > 1) out.page = String(q.page)
  return out
}

/** 问题发现处置率, 按时整改率 and the orders overdue now, for the year so far. */
function RatesStrip({ region }: { region?: string }) {
  const { data } = useLoad(useCallback(() => fetchRectificationRates(region), [region]))
  return (
    <div data-testid="rectification-rates" style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 32px', padding: '0 0 16px' }}>
      <Tooltip title={data ? `${data.from} 至 ${data.to}：发现问题 ${data.problemsFound} 户次，已处置 ${data.problemsHandled} 户次` : undefined}>
        <div><Statistic title="问题发现处置率" value={data ? percent(data.disposalRate) : '—'} valueStyle={{ fontSize: 22 }} /></div>
      </Tooltip>
      <Tooltip title={data ? `已验证 ${data.ordersVerified} 份，按期整改合格 ${data.ordersOnTime} 份` : undefined}>
        <div><Statistic title="按时整改率" value={data ? percent(data.onTimeRate) : '—'} valueStyle={{ fontSize: 22 }} /></div>
      </Tooltip>
      <Statistic title="下达整改通知" value={data ? formatNumber(data.ordersIssued) : '—'} valueStyle={{ fontSize: 22 }} />
      <Statistic title="逾期未整改" value={data ? formatNumber(data.ordersOverdue) : '—'} valueStyle={{ fontSize: 22, color: data?.ordersOverdue ? '#cf1322' : undefined }} />
    </div>
  )
}

/** 整改跟踪: orders in scope (a business: its own), overdue in red; the office verifies, the business replies. */
export function RectificationsPage() {
  const me = useMe()
  const business = me.role === 'business'
  const canVerify = me.permissions.includes('inspections.record')
  const canReply = me.permissions.includes('inspections.reply')
  const [search, setSearch] = useSearchParams()
  const query = useMemo(() => parseQuery(search), [search])
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchOrders(query), [query]))
  const update = (patch: Partial<OrderQuery>) => setSearch(toSearch({ ...query, page: 1, ...patch }), { replace: true })
  const phone = !Grid.useBreakpoint().md
  const actions = (o: OrderDto) => (
    <Space>
      {canVerify && !isClosed(o) && <VerifyButton order={o} onDone={reload} />}
      {canReply && o.status === 'open' && <ReplyButton order={o} onDone={reload} />}
    </Space>
  )
  const pagination = {
    current: query.page, pageSize: PAGE_SIZE, total: data?.total ?? 0, showTotal: (n: number) => `共 ${formatNumber(n)} 份`,
    onChange: (page: number) => setSearch(toSearch({ ...query, page }), { replace: true }),
  }

  const columns: ColumnsType<OrderDto> = [
    {
      title: '经营主体', dataIndex: 'entityName', width: 200,
      render: (n: string, o) => (business ? n : <Link to={`/inspections/${o.inspectionId}`} title="查看检查记录">{n}</Link>),
    },
    { title: '整改文书', key: 'kind', width: 150, render: (_, o) => <span>{orderKindLabel(o.kind)}{o.documentNumber && <><br /><span className="mono">{o.documentNumber}</span></>}</span> },
    { title: '下达日期', dataIndex: 'issuedOn', width: 104 },
    { title: '整改期限', dataIndex: 'dueOn', width: 170, render: (d: string, o) => <DueText dueOn={d} overdue={o.overdue} /> },
    { title: '状态', dataIndex: 'status', width: 170, render: (s: string, o) => <OrderStatusTag status={s} overdue={o.overdue} dueOn={o.dueOn} /> },
    {
      title: '整改要求 / 回复', key: 'text', width: 280,
      render: (_, o) => (
        <div>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: o.requirements }} style={{ marginBottom: 0 }}>{o.requirements}</Typography.Paragraph>
          {o.reportNote && <Typography.Text type="secondary" style={{ fontSize: 12 }}>回复（{o.reportedOn}）：{o.reportNote.slice(0, 60)}</Typography.Text>}
          {o.caseId && <div><Link to={`/cases/${o.caseId}`}>已转立案调查</Link></div>}
        </div>
      ),
    },
    {
      title: '操作', key: 'actions', width: 130, fixed: 'right',
      render: (_, o) => actions(o),
    },
  ]

  return (
    <Card title={business ? '整改通知' : '整改跟踪'} extra={<ExportButton href={ordersExportUrl(query)} />}>
      <LoadError error={error} />
      {!business && <RatesStrip region={query.region} />}
      <Space wrap style={{ marginBottom: 16 }}>
        {!business && <RegionSelect aria-label="区域" allowClear value={query.region} onChange={(region) => update({ region })} style={{ width: 220 }} placeholder="全部区域（乡镇、村）" />}
        <Select aria-label="整改状态" allowClear placeholder="整改状态" value={query.status} style={{ width: 140 }} options={ORDER_STATUS_OPTIONS}
          onChange={(status?: string) => update({ status })} />
        <Checkbox checked={!!query.overdue} onChange={(e) => update({ overdue: e.target.checked || undefined })}>只看逾期</Checkbox>
      </Space>
      {phone ? (
        // On a phone each order is a card: the deadline and the requirements matter more than columns.
        <List<OrderDto> dataSource={data?.items} loading={loading} pagination={data && data.total > PAGE_SIZE ? { ...pagination, size: 'small' } : false}
          locale={{ emptyText: query.overdue ? '没有逾期的整改通知' : '没有整改通知' }}
          renderItem={(o) => (
            <List.Item data-testid="order-card" style={{ display: 'block', background: o.overdue ? '#fff1f0' : undefined, paddingInline: 8 }}>
              <div style={{ fontWeight: 600 }}>{business ? o.entityName : <Link to={`/inspections/${o.inspectionId}`}>{o.entityName}</Link>}</div>
              <Space wrap size={4} style={{ margin: '4px 0' }}><OrderStatusTag status={o.status} overdue={o.overdue} dueOn={o.dueOn} /></Space>
              <div>{orderKindLabel(o.kind)}{o.documentNumber ? ` ${o.documentNumber}` : ''} · 下达 {o.issuedOn}</div>
              <div>整改期限 <DueText dueOn={o.dueOn} overdue={o.overdue} /></div>
              <div style={{ whiteSpace: 'pre-wrap', margin: '4px 0', color: 'rgba(0,0,0,0.75)' }}>{o.requirements}</div>
              {o.reportNote && <Typography.Text type="secondary">回复（{o.reportedOn}）：{o.reportNote}</Typography.Text>}
              {o.verificationNote && <div><Typography.Text type="secondary">验证（{o.verifiedOn}）：{o.verificationNote}</Typography.Text></div>}
              <div style={{ marginTop: 8 }}>{actions(o)}</div>
            </List.Item>
          )} />
      ) : (
        <Table<OrderDto> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading} scroll={{ x: 1200 }}
          onRow={(o) => ({ style: o.overdue ? { background: '#fff1f0' } : undefined })}
          locale={{ emptyText: query.overdue ? '没有逾期的整改通知' : '没有整改通知' }} pagination={pagination} />
      )}
    </Card>
  )
}
