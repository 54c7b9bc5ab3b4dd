import { Card, DatePicker, Progress, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchRates, type RateRow } from './api'
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
  { title: '应自查主体', dataIndex: 'obliged', width: 110, align: 'right', render: (n: number) => formatNumber(n) },
  { title: '已自查', dataIndex: 'inspected', width: 90, align: 'right', render: (n: number) => formatNumber(n) },
  { title: '已提交报告', dataIndex: 'reported', width: 110, align: 'right', render: (n: number) => formatNumber(n) },
  { title: '自查率', dataIndex: 'inspectionRate', width: 170, render: (r: number | null) => <Rate value={r} /> },
  { title: '自查报告率', dataIndex: 'reportRate', width: 170, render: (r: number | null) => <Rate value={r} /> },
]

/** 企业自查率: per township (or village), the share of obliged businesses that self-inspected and reported in a month. */
export function SelfInspectionRatesPage() {
  const [month, setMonth] = useState<Dayjs>(() => dayjs())
  const [region, setRegion] = useState<string>()
  const period = month.format('YYYY-MM')
  const { data, error, loading } = useLoad(useCallback(() => fetchRates(period, region), [period, region]))

  return (
    <Card title="企业自查率">
      <LoadError error={error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker picker="month" aria-label="自查月份" value={month} allowClear={false} onChange={(m) => m && setMonth(m)}
          disabledDate={(d) => d.isAfter(dayjs(), 'month')} format="YYYY年MM月" />
        <RegionSelect aria-label="区域" pick="above-village" allowClear value={region} onChange={setRegion} style={{ width: 220 }} placeholder="本辖区（按乡镇统计）" />
      </Space>
      <Typography.Paragraph type="secondary">
        应自查主体：在业且须按月自查的生产经营者（小摊点、农村集体聚餐场所和农业生产主体除外）。自查率 = 本月已填写自查表的 ÷ 应自查主体；自查报告率 = 本月已提交自查报告的 ÷ 应自查主体。
      </Typography.Paragraph>
      <Table<RateRow> rowKey={(r) => `${r.regionName}-${r.regionCode}`} size="middle" columns={columns} dataSource={data?.rows} loading={loading}
        pagination={false} scroll={{ x: 760 }} onRow={(r) => ({ style: r.regionName === TOTAL ? { background: '#fafafa', fontWeight: 600 } : undefined })} />
    </Card>
  )
}
