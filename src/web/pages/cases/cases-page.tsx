import { Button, Card, Col, Row, Select, Space, Statistic, Switch, Table, Typography, Input } from 'antd'
import { useCallback, useState } from 'react'
import { Link } from 'react-router-dom'
import { CASE_SOURCES, CASE_STATUS, type CaseSummaryDto } from '../../../shared/cases'
import { useMe } from '../../auth/auth-context'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { RegionSelect } from '../entities/region-select'
import { ExportButton } from '../../lib/export-button'
import { casesExportUrl, fetchCases, fetchFigures, today } from './api'
import { ClueModal } from './clue-modal'
import { options, sourceLabel, StatusTag, yuan } from './labels'

const YEARS = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i)

/** This year's figures for the self-inspection report, over the caller's area. */
function Figures() {
  const year = today().slice(0, 4)
  const { data } = useLoad(useCallback(() => fetchFigures({ from: `${year}-01-01`, to: today() }), [year]))
  const items: [string, string | number | undefined][] = [
    ['立案', data?.filed], ['结案', data?.closed], ['罚没款', data ? yuan(data.finesAndConfiscations) : undefined], ['处罚到人', data?.personsPenalised],
    ['移送公安', data?.transfers], ['刑事立案', data?.criminalCases], ['刑事拘留', data?.detained], ['失信名单', data?.blacklistCurrent],
  ]
  return (
    <Card size="small" title={`${year} 年办案数据`} style={{ marginBottom: 16 }} data-testid="case-figures">
      <Row gutter={[16, 8]}>
        {items.map(([title, value]) => <Col key={title} xs={12} sm={6} lg={3}><Statistic title={title} value={value ?? '—'} valueStyle={{ fontSize: 18 }} /></Col>)}
      </Row>
    </Card>
  )
}

export function CasesPage() {
  const me = useMe()
  const canManage = me.permissions.includes('cases.manage')
  const [filters, setFilters] = useState<{ region?: string; status?: string; source?: string; year?: number; overdue?: boolean; q?: string }>({})
  const [page, setPage] = useState(1)
  const [creating, setCreating] = useState(false)
  const { data, error, loading } = useLoad(useCallback(() => fetchCases({ ...filters, page, pageSize: 20 }), [filters, page]))
  const set = (patch: Partial<typeof filters>) => { setFilters((f) => ({ ...f, ...patch })); setPage(1) }

  return (
    <>
      <Figures />
      <Card title="案件办理" extra={(
        <Space wrap>
          <ExportButton href={casesExportUrl(filters)} />
          {canManage && <Button type="primary" onClick={() => setCreating(true)}>登记线索</Button>}
        </Space>
      )}>
        <Typography.Paragraph type="secondary">
          线索 15 个工作日内决定是否立案；立案后 90 日内作出处罚决定（经批准可延长 30 日，限一次）。超期的线索和案件标红。
        </Typography.Paragraph>
        <LoadError error={error} />
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear placeholder="当事人或立案号" style={{ width: 200 }} onSearch={(q) => set({ q: q || undefined })} aria-label="搜索" />
          <RegionSelect allowClear placeholder="全部区域" style={{ width: 200 }} value={filters.region} onChange={(region) => set({ region })} aria-label="区域" />
          <Select allowClear placeholder="全部状态" style={{ width: 140 }} options={options(CASE_STATUS)} value={filters.status} onChange={(status) => set({ status })} aria-label="状态" />
          <Select allowClear placeholder="全部来源" style={{ width: 130 }} options={options(CASE_SOURCES)} value={filters.source} onChange={(source) => set({ source })} aria-label="来源" />
          <Select allowClear placeholder="全部年度" style={{ width: 110 }} options={YEARS.map((y) => ({ value: y, label: `${y} 年` }))} value={filters.year} onChange={(year) => set({ year })} aria-label="年度" />
          <Space><Switch checked={!!filters.overdue} onChange={(overdue) => set({ overdue: overdue || undefined })} aria-label="只看超期" />只看超期</Space>
        </Space>
        <Table<CaseSummaryDto> rowKey="id" loading={loading} dataSource={data?.items} size="middle" scroll={{ x: 1000 }}
          pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showTotal: (n) => `共 ${n} 件` }}
          columns={[
            { title: '立案号', dataIndex: 'caseNumber', width: 190, render: (v, r) => <Link to={`/cases/${r.id}`}>{v ?? '（线索）'}</Link> },
            { title: '当事人', dataIndex: 'partyName', render: (v, r) => <Link to={`/cases/${r.id}`}>{v}</Link> },
            { title: '案由', dataIndex: 'cause', ellipsis: true },
            { title: '来源', dataIndex: 'source', width: 90, render: sourceLabel },
            { title: '区域', dataIndex: 'regionName', width: 110 },
            { title: '受理 / 立案', key: 'dates', width: 200, render: (_, r) => `${r.clueReceivedOn} / ${r.filedOn ?? '—'}` },
            { title: '期限', key: 'due', width: 120, render: (_, r) => (r.status === 'clue' ? r.filingDueOn : r.decidedOn ? '—' : r.decisionDueOn ?? '—') },
            { title: '状态', key: 'status', width: 170, render: (_, r) => <><StatusTag status={r.status} overdue={r.overdue} />{r.transferred && <span style={{ color: '#cf1322' }}>已移送</span>}</> },
          ]} />
        <ClueModal open={creating} onClose={() => setCreating(false)} />
      </Card>
    </>
  )
}
