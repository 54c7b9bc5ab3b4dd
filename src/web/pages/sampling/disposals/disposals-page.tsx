import { Card, Input, InputNumber, Select, Space, Table, Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useMemo } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { formatNumber } from '../../../lib/format'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { RegionSelect } from '../../entities/region-select'
import { ExportButton } from '../../../lib/export-button'
import { disposalsExportUrl, fetchDisposals, type DisposalListItem, type DisposalListQuery } from './api'
import { DueText, outcomeLabel, STATUS_OPTIONS, StatusTag } from './labels'
import { RatesStrip } from './rates-strip'

const PAGE_SIZE = 20

function parseQuery(search: URLSearchParams): DisposalListQuery {
  const page = Number(search.get('page'))
  const year = Number(search.get('year'))
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1, pageSize: PAGE_SIZE,
    region: search.get('region') || undefined, status: search.get('status') || undefined, q: search.get('q') || undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
  }
}
const toSearch = (q: DisposalListQuery) => Object.fromEntries(Object.entries({ ...q, pageSize: undefined, page: q.page && q.page > 1 ? q.page : undefined })
  .filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]))

/** 核查处置: every failed sample's file, overdue ones in red with the step that is late, and the rates. */
export function DisposalsPage() {
  const [search, setSearch] = useSearchParams()
  const query = useMemo(() => parseQuery(search), [search])
  const { data, error, loading } = useLoad(useCallback(() => fetchDisposals(query), [query]))
  const update = (patch: Partial<DisposalListQuery>) => setSearch(toSearch({ ...query, page: 1, ...patch }), { replace: true })

  const columns: ColumnsType<DisposalListItem> = [
    {
      title: '样品 / 被抽样单位', key: 'sample', width: 240,
      render: (_, d) => (
        <div>
          <Link to={`/sampling/disposals/${d.id}`}>{d.productName}</Link> <span className="mono" style={{ color: 'rgba(0,0,0,0.45)' }}>{d.sampleNumber}</span>
          <div>{d.entityName}</div>
        </div>
      ),
    },
    { title: '收到不合格报告', dataIndex: 'openedOn', width: 120 },
    {
      title: '送达期限', key: 'notify', width: 170,
      render: (_, d) => (d.notifiedOn ? <span>已送达 {d.notifiedOn}</span> : <DueText dueOn={d.notifyDueOn} overdue={d.overdueSteps.some((s) => s.step === 'notify')} />),
    },
    {
      title: '办结期限', key: 'close', width: 190,
      render: (_, d) => (
        <span>
          <DueText dueOn={d.closeDueOn} overdue={d.overdueSteps.some((s) => s.step === 'close')} />
          {d.extensionDays > 0 && <Tag style={{ marginLeft: 4 }}>已延期 {d.extensionDays} 日</Tag>}
        </span>
      ),
    },
    {
      title: '状态', key: 'status', width: 200,
      render: (_, d) => (
        <div>
          <StatusTag status={d.status} />
          {d.closedOn && <span>{d.closedOn} {outcomeLabel(d.outcome)}{d.closedOn > d.closeDueOn && <Tag color="red" style={{ marginLeft: 4 }}>超期办结</Tag>}</span>}
          {d.overdueSteps.length > 0 && <div style={{ color: '#cf1322', fontSize: 12 }}>{d.overdueSteps.map((s) => `${s.label}（期限 ${s.dueOn}）`).join('、')}</div>}
        </div>
      ),
    },
  ]

  return (
    <Card title="核查处置" extra={<ExportButton href={disposalsExportUrl(query)} />}>
      <LoadError error={error} />
      <RatesStrip region={query.region} />
      <Space wrap style={{ marginBottom: 16 }}>
        <RegionSelect aria-label="区域" allowClear value={query.region} onChange={(region) => update({ region })} style={{ width: 220 }} placeholder="全部区域（乡镇、村）" />
        <InputNumber aria-label="年度" placeholder="年度" min={2000} max={2100} value={query.year} onChange={(v) => update({ year: v ?? undefined })} style={{ width: 100 }} />
        <Select aria-label="处置状态" allowClear placeholder="处置状态" value={query.status} style={{ width: 130 }} options={STATUS_OPTIONS} onChange={(status?: string) => update({ status })} />
        <Input.Search aria-label="关键词" allowClear placeholder="抽样单编号、样品、经营主体" defaultValue={query.q} style={{ width: 260 }} onSearch={(q) => update({ q: q.trim() || undefined })} />
      </Space>
      <Table<DisposalListItem> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading} scroll={{ x: 960 }}
        onRow={(d) => ({ style: d.status === 'overdue' ? { background: '#fff1f0' } : undefined, 'data-testid': 'disposal-row' } as React.HTMLAttributes<HTMLElement>)}
        locale={{ emptyText: query.status === 'overdue' ? '没有逾期的核查处置' : '没有核查处置档案' }}
        pagination={{
          current: query.page, pageSize: PAGE_SIZE, total: data?.total ?? 0, showTotal: (n: number) => `共 ${formatNumber(n)} 份`,
          onChange: (page: number) => setSearch(toSearch({ ...query, page }), { replace: true }),
        }} />
    </Card>
  )
}
