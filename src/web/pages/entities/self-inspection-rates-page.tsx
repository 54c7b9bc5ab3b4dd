import { Card, DatePicker, Progress, Segmented, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import { ExportButton } from '../../lib/export-button'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchRates, ratesExportUrl, type RateRow } from './api'
import { RegionSelect } from './region-select'

const TOTAL = '合计'

function Rate({ value }: { value: number | null }) {
  if (value === null) return <Typography.Text type="secondary">—</Typography.Text>
  return (
    <Space size={8} style={{ width: '100%' }}>
      <Progress percent={value} size="small" showInfo={false} style={{ width: 90, margin: 0 }} strokeColor={value >= 90 ? '#52c41a' : value >= 60 ? '#1677ff' : '#fa8c16'} />
      <span style={{ minWidth: 48, display: 'inline-block', textAlign: 'right' }}>{value}%</span>
    </Space>
  )
}

const columns: ColumnsType<RateRow> = [
  { title: '区域', dataIndex: 'regionName', render: (n: string) => (n === TOTAL ? <Typography.Text strong>{n}</Typography.Text> : n) },
  { title: '应自查（户·月）', dataIndex: 'obliged', width: 130, align: 'right', render: (n: number) => formatNumber(n) },
  { title: '已自查', dataIndex: 'inspected', width: 90, align: 'right', render: (n: number) => formatNumber(n) },
  { title: '已提交报告', dataIndex: 'reported', width: 110, align: 'right', render: (n: number) => formatNumber(n) },
  { title: '自查率', dataIndex: 'inspectionRate', width: 170, render: (r: number | null) => <Rate value={r} /> },
  { title: '自查报告率', dataIndex: 'reportRate', width: 170, render: (r: number | null) => <Rate value={r} /> },
]

type Granularity = 'month' | 'quarter' | 'year'
const GRANULARITY: { value: Granularity; label: string }[] = [{ value: 'month', label: '月' }, { value: 'quarter', label: '季度' }, { value: 'year', label: '年' }]
const periodOf = (d: Dayjs, g: Granularity) => (g === 'month' ? d.format('YYYY-MM') : g === 'quarter' ? `${d.year()}-Q${Math.floor(d.month() / 3) + 1}` : String(d.year()))

/** 企业自查率: per township (or village), the share of the monthly self-inspections owed that were done and reported. */
export function SelfInspectionRatesPage() {
  const [month, setMonth] = useState<Dayjs>(() => dayjs())
  const [granularity, setGranularity] = useState<Granularity>('month')
  const [region, setRegion] = useState<string>()
  const period = periodOf(month, granularity)
  const { data, error, loading } = useLoad(useCallback(() => fetchRates(period, region), [period, region]))

  return (
    <Card title="企业自查率" extra={<ExportButton href={ratesExportUrl(period, region)} />}>
      <LoadError error={error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<Granularity> aria-label="统计周期" options={GRANULARITY} value={granularity} onChange={setGranularity} />
        <DatePicker picker={granularity} aria-label="自查月份" value={month} allowClear={false} onChange={(m) => m && setMonth(m)}
          disabledDate={(d) => d.isAfter(dayjs(), granularity === 'quarter' ? 'month' : granularity)} format={granularity === 'month' ? 'YYYY年MM月' : granularity === 'quarter' ? 'YYYY年第Q季度' : 'YYYY年'} />
        <RegionSelect aria-label="区域" pick="above-village" allowClear value={region} onChange={setRegion} style={{ width: 220 }} placeholder="本辖区（按乡镇统计）" />
      </Space>
      <Typography.Paragraph type="secondary">
        应自查主体：在业且须按月自查的生产经营者（小摊点、农村集体聚餐场所和农业生产主体除外）。每户每月自查一次：自查率 = 已填写自查表的户·月 ÷ 应自查的户·月；自查报告率 = 已提交自查报告的户·月 ÷ 应自查的户·月。季度、年度统计到本月为止。
      </Typography.Paragraph>
      <Table<RateRow> rowKey={(r) => `${r.regionName}-${r.regionCode}`} size="middle" columns={columns} dataSource={data?.rows} loading={loading}
        pagination={false} scroll={{ x: 760 }} onRow={(r) => ({ style: r.regionName === TOTAL ? { background: '#fafafa', fontWeight: 600 } : undefined })} />
    </Card>
  )
}
