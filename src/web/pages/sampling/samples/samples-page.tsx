import { PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Card, Grid, Input, List, Select, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import dayjs from 'dayjs'
import { useCallback, useMemo, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { useMe } from '../../../auth/auth-context'
import { formatNumber } from '../../../lib/format'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { RegionSelect } from '../../entities/region-select'
import { ExportButton } from '../../../lib/export-button'
import { disposalPath, fetchSamples, samplePath, samplesExportUrl, type SampleListItemDto, type SampleListQuery } from './api'
import { ImportResultsModal } from './import-results-modal'
import {
  CATEGORY_OPTIONS, categoryLabel, DEPARTMENT_OPTIONS, DueDate, PURPOSE_OPTIONS, purposeLabel, stageLabel, STATE_OPTIONS, VerdictTag,
} from './labels'

const PAGE_SIZE = 20
const TEXT_FILTERS = ['region', 'category', 'purpose', 'department', 'state', 'q'] as const
const THIS_YEAR = dayjs().year()
const YEAR_OPTIONS = Array.from({ length: 6 }, (_, k) => ({ value: THIS_YEAR - k, label: `${THIS_YEAR - k} 年` }))

// The filters live in the address, so the list survives opening a sample and coming back.
function parseQuery(search: URLSearchParams): SampleListQuery {
  const page = Number(search.get('page'))
  const pageSize = Number(search.get('pageSize'))
  const year = Number(search.get('year'))
  const query: SampleListQuery = { page: Number.isInteger(page) && page >= 1 ? page : 1, pageSize: [20, 50, 100].includes(pageSize) ? pageSize : PAGE_SIZE }
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) query.year = year
  for (const key of TEXT_FILTERS) {
    const v = search.get(key)
    if (v) query[key] = v
  }
  return query
}
const toSearch = (q: SampleListQuery) => Object.fromEntries(Object.entries(q)
  .filter(([k, v]) => v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === PAGE_SIZE)).map(([k, v]) => [k, String(v)]))

/** The deadline that matters now: the lab's report once the sample was sent, the sending before. */
const Deadline = ({ r }: { r: SampleListItemDto }) => (r.sentOn
  ? <span>报告 <DueDate dueOn={r.reportDueOn} doneOn={r.reportReceivedOn} compact={Boolean(r.reportReceivedOn)} /></span>
  : <span>送检 <DueDate dueOn={r.sentDueOn} doneOn={null} /></span>)

const FailedItems = ({ items }: { items: string[] }) =>
  (items.length ? <Typography.Text type="danger">{items.join('、')}</Typography.Text> : <Typography.Text type="secondary">—</Typography.Text>)

// Eleven columns do not fit beside the menu: what the office looks for (verdict, failed items, deadline,
// disposal) comes before the reference columns (环节, 承检机构), which scroll into view.
const columns: ColumnsType<SampleListItemDto> = [
  { title: '抽样单编号', dataIndex: 'sampleNumber', width: 136, fixed: 'left', render: (n: string, r) => <Link to={samplePath(r.id)} className="mono">{n}</Link> },
  { title: '日期', dataIndex: 'sampledOn', width: 96 },
  { title: '被抽样单位', dataIndex: 'entityName', width: 160, render: (n: string, r) => <Link to={`/entities/${r.entityId}`}>{n}</Link> },
  { title: '样品', dataIndex: 'productName', width: 100 },
  { title: '类别', dataIndex: 'category', width: 110, render: (c: string, r) => <span>{categoryLabel(c)}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{purposeLabel(r.purpose)}</Typography.Text></span> },
  { title: '结论', dataIndex: 'verdict', width: 72, render: (v: string | null, r) => <VerdictTag verdict={v} sentOn={r.sentOn} /> },
  { title: '不合格项目', dataIndex: 'failedItems', width: 110, render: (items: string[]) => <FailedItems items={items} /> },
  { title: '送检期限 / 报告期限', key: 'due', width: 180, render: (_, r) => <Deadline r={r} /> },
  { title: '核查处置', dataIndex: 'disposalId', width: 80, render: (id: string | null) => (id ? <Link to={disposalPath(id)}>处置档案</Link> : '—') },
  { title: '环节', dataIndex: 'stage', width: 90, render: (s: string) => stageLabel(s) },
  { title: '承检机构', dataIndex: 'lab', width: 160 },
]

/** 抽样检验: the samples in the caller's scope, newest first, with their deadlines and verdicts. */
export function SamplesPage() {
  const me = useMe()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  const query = useMemo(() => parseQuery(search), [search])
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchSamples(query), [query]))
  const [importing, setImporting] = useState(false)
  const update = (patch: Partial<SampleListQuery>) => setSearch(toSearch({ ...query, page: 1, ...patch }), { replace: true })
  const canRecord = me.permissions.includes('sampling.record')
  const filtered = TEXT_FILTERS.some((k) => query[k]) || query.year !== undefined
  const phone = !Grid.useBreakpoint().md
  const pagination = {
    current: query.page, pageSize: query.pageSize, total: data?.total ?? 0, showSizeChanger: !phone, pageSizeOptions: [20, 50, 100],
    showTotal: (n: number) => `共 ${formatNumber(n)} 批次`,
    onChange: (page: number, pageSize: number) => update({ page: pageSize === query.pageSize ? page : 1, pageSize }),
  }
  const empty = canRecord ? '没有符合条件的抽样记录；可点击“录入抽样”' : '没有符合条件的抽样记录'

  return (
    <Card title="抽样检验" extra={(
      <Space wrap>
        {/* Importing and exporting spreadsheets is desk work; on a phone the title needs the room. */}
        {!phone && <ExportButton href={samplesExportUrl(query)} />}
        {canRecord && !phone && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>导入检验结果</Button>}
        {canRecord && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/sampling/samples/new')}>录入抽样</Button>}
      </Space>
    )}>
      <LoadError error={error} />
      <Space wrap style={{ marginBottom: 16 }}>
        <RegionSelect aria-label="区域" allowClear value={query.region} onChange={(region) => update({ region })} style={{ width: 200 }} placeholder="全部区域（乡镇、村）" />
        <Select aria-label="年度" allowClear placeholder="年度" value={query.year} style={{ width: 110 }} options={YEAR_OPTIONS} onChange={(year?: number) => update({ year })} />
        <Select aria-label="食品类别" allowClear showSearch optionFilterProp="title" placeholder="食品类别" value={query.category} style={{ width: 180 }}
          options={CATEGORY_OPTIONS} onChange={(category?: string) => update({ category })} />
        <Select aria-label="抽检类型" allowClear placeholder="抽检类型" value={query.purpose} style={{ width: 120 }} options={PURPOSE_OPTIONS} onChange={(purpose?: string) => update({ purpose })} />
        <Select aria-label="抽检部门" allowClear placeholder="抽检部门" value={query.department} style={{ width: 120 }} options={DEPARTMENT_OPTIONS} onChange={(department?: string) => update({ department })} />
        <Select aria-label="检验状态" allowClear placeholder="检验状态" value={query.state} style={{ width: 110 }} options={STATE_OPTIONS} onChange={(state?: string) => update({ state })} />
        <Input.Search aria-label="关键词" allowClear placeholder="编号、样品、单位" defaultValue={query.q} key={query.q ?? ''} maxLength={40} style={{ width: 200 }}
          onSearch={(q) => update({ q: q.trim() || undefined })} />
        {filtered && <Button type="link" onClick={() => setSearch({}, { replace: true })}>清除筛选</Button>}
      </Space>
      {phone ? (
        // On a phone a sample is a card that opens on tap; eleven columns would need sideways scrolling.
        <List<SampleListItemDto> dataSource={data?.items} loading={loading} locale={{ emptyText: empty }} pagination={{ ...pagination, size: 'small' }}
          renderItem={(r) => (
            <List.Item data-testid="sample-card" style={{ display: 'block', paddingInline: 4, cursor: 'pointer' }} onClick={() => navigate(samplePath(r.id))}>
              <div style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
                <Typography.Text strong style={{ flex: 1 }}>{r.productName} · {r.entityName}</Typography.Text>
                <VerdictTag verdict={r.verdict} sentOn={r.sentOn} />
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {r.sampledOn} · {r.sampleNumber} · {categoryLabel(r.category)} · {stageLabel(r.stage)}
              </Typography.Text>
              <div style={{ fontSize: 13 }}><Deadline r={r} /></div>
              {r.failedItems.length > 0 && <div style={{ fontSize: 13 }}>不合格项目：<FailedItems items={r.failedItems} /></div>}
            </List.Item>
          )} />
      ) : (
        <Table<SampleListItemDto> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading} scroll={{ x: 1294 }}
          onRow={(r) => ({ onDoubleClick: () => navigate(samplePath(r.id)) })} locale={{ emptyText: empty }} pagination={pagination} />
      )}
      {importing && <ImportResultsModal onClose={() => setImporting(false)} onImported={() => { setImporting(false); reload() }} />}
    </Card>
  )
}
