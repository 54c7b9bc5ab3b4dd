import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, DatePicker, Grid, List, Select, Space, Statistic, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import dayjs from 'dayjs'
import { useCallback, useMemo } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import type { InspectionListItemDto } from '../../../shared/inspections'
import { useMe } from '../../auth/auth-context'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { typeLabel } from '../entities/labels'
import { RegionSelect } from '../entities/region-select'
import { ExportButton } from '../../lib/export-button'
import { fetchInspections, fetchStats, inspectionsExportUrl, type InspectionListQuery } from './api'
import { handlingLabel, KIND_OPTIONS, kindLabel, RESULT_OPTIONS, ResultTag } from './labels'

const PAGE_SIZE = 20
const FILTERS = ['region', 'result', 'kind', 'from', 'to'] as const

// The filters live in the address, so the list survives opening a record and coming back.
function parseQuery(search: URLSearchParams): InspectionListQuery {
  const page = Number(search.get('page'))
  const pageSize = Number(search.get('pageSize'))
  const query: InspectionListQuery = { page: Number.isInteger(page) && page >= 1 ? page : 1, pageSize: [20, 50, 100].includes(pageSize) ? pageSize : PAGE_SIZE }
  for (const key of FILTERS) {
    const v = search.get(key)
    if (v) query[key] = v
  }
  return query
}
const toSearch = (q: InspectionListQuery) => Object.fromEntries(Object.entries(q)
  .filter(([k, v]) => v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === PAGE_SIZE)).map(([k, v]) => [k, String(v)]))

export const inspectionPath = (id: string) => `/inspections/${id}`

const columns: ColumnsType<InspectionListItemDto> = [
  { title: '检查日期', dataIndex: 'inspectedOn', width: 104 },
  { title: '检查对象', dataIndex: 'entityName', width: 200, render: (n: string, r) => <Link to={`/entities/${r.entityId}`}>{n}</Link> },
  { title: '主体类型', dataIndex: 'entityType', width: 120, render: (t: string) => typeLabel(t) },
  { title: '检查类型', dataIndex: 'kind', width: 96, render: (k: string) => kindLabel(k) },
  { title: '结果', dataIndex: 'result', width: 90, render: (r: string, row) => <Link to={inspectionPath(row.id)} aria-label={`查看检查记录 ${row.entityName}`}><ResultTag result={r} /></Link> },
  {
    title: '不符合（重点 / 一般）', key: 'failures', width: 150, align: 'center',
    render: (_, r) => (
      <span>
        <Typography.Text type={r.keyFailures ? 'danger' : 'secondary'} strong={r.keyFailures > 0}>{r.keyFailures}</Typography.Text>
        {' / '}
        <Typography.Text type={r.generalFailures ? 'warning' : 'secondary'}>{r.generalFailures}</Typography.Text>
      </span>
    ),
  },
  { title: '处理措施', dataIndex: 'handling', width: 96, render: (h: string) => handlingLabel(h) },
  { title: '执法人员', dataIndex: 'inspectorNames', width: 140, render: (n: string[]) => n.join('、') || '—' },
  { title: '', key: 'open', width: 64, render: (_, r) => <Link to={inspectionPath(r.id)}>详情</Link> },
]

function StatsStrip({ region }: { region?: string }) {
  const year = dayjs().year()
  const { data } = useLoad(useCallback(() => fetchStats(year, region), [year, region]))
  const items = [
    { title: `${year} 年检查户次`, value: data?.total },
    { title: '符合', value: data?.byResult.conform, color: '#389e0d' },
    { title: '基本符合', value: data?.byResult.basic, color: '#d48806' },
    { title: '不符合', value: data?.byResult.nonconform, color: '#cf1322' },
  ]
  return (
    <div data-testid="inspection-stats" style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 32px', padding: '8px 0 16px' }}>
      {items.map((s) => (
        <Statistic key={s.title} title={s.title} value={s.value ?? '—'} formatter={(v) => (typeof v === 'number' ? formatNumber(v) : v)}
          valueStyle={{ color: s.color, fontSize: 22 }} />
      ))}
    </div>
  )
}

/** 监督检查: the inspections in the caller's scope, newest first, with the year's counts by result. */
export function InspectionsPage() {
  const me = useMe()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  const query = useMemo(() => parseQuery(search), [search])
  const { data, error, loading } = useLoad(useCallback(() => fetchInspections(query), [query]))
  const update = (patch: Partial<InspectionListQuery>) => setSearch(toSearch({ ...query, page: 1, ...patch }), { replace: true })
  const canRecord = me.permissions.includes('inspections.record')
  const filtered = FILTERS.some((k) => query[k])
  const phone = !Grid.useBreakpoint().md
  const pagination = {
    current: query.page, pageSize: query.pageSize, total: data?.total ?? 0, showSizeChanger: !phone, pageSizeOptions: [20, 50, 100],
    showTotal: (n: number) => `共 ${formatNumber(n)} 条`,
    onChange: (page: number, pageSize: number) => update({ page: pageSize === query.pageSize ? page : 1, pageSize }),
  }
  const empty = canRecord ? '没有符合条件的检查记录；可点击“录入检查”' : '没有符合条件的检查记录'

  return (
    <Card title="监督检查" extra={(
      <Space wrap>
        <ExportButton href={inspectionsExportUrl(query)} />
        {canRecord && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/inspections/new')}>录入检查</Button>}
      </Space>
    )}>
      <LoadError error={error} />
      <StatsStrip region={query.region} />
      <Space wrap style={{ marginBottom: 16 }}>
        <RegionSelect aria-label="区域" allowClear value={query.region} onChange={(region) => update({ region })} style={{ width: 220 }} placeholder="全部区域（乡镇、村）" />
        <Select aria-label="检查结果" allowClear placeholder="检查结果" value={query.result} style={{ width: 120 }} options={RESULT_OPTIONS} onChange={(result?: string) => update({ result })} />
        <Select aria-label="检查类型" allowClear placeholder="检查类型" value={query.kind} style={{ width: 130 }} options={KIND_OPTIONS} onChange={(kind?: string) => update({ kind })} />
        <DatePicker.RangePicker aria-label="检查日期" value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]} allowEmpty={[true, true]}
          onChange={(r) => update({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })} placeholder={['开始日期', '结束日期']} />
        {filtered && <Button type="link" onClick={() => setSearch({}, { replace: true })}>清除筛选</Button>}
      </Space>
      {phone ? (
        // On a phone a record is a card that opens on tap; nine columns would need sideways scrolling.
        <List<InspectionListItemDto> dataSource={data?.items} loading={loading} locale={{ emptyText: empty }} pagination={{ ...pagination, size: 'small' }}
          renderItem={(r) => (
            <List.Item data-testid="inspection-card" style={{ display: 'block', paddingInline: 4, cursor: 'pointer' }} onClick={() => navigate(inspectionPath(r.id))}>
              <div style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
                <Typography.Text strong style={{ flex: 1 }}>{r.entityName}</Typography.Text>
                <ResultTag result={r.result} />
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {r.inspectedOn} · {kindLabel(r.kind)} · {typeLabel(r.entityType)} · 不符合 {r.keyFailures}/{r.generalFailures} · {handlingLabel(r.handling)}
              </Typography.Text>
            </List.Item>
          )} />
      ) : (
        <Table<InspectionListItemDto> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading} scroll={{ x: 1060 }}
          onRow={(r) => ({ onDoubleClick: () => navigate(inspectionPath(r.id)) })} locale={{ emptyText: empty }} pagination={pagination} />
      )}
    </Card>
  )
}
