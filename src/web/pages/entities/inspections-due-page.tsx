import { Card, Col, Row, Space, Statistic, Switch, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useState } from 'react'
import { Link } from 'react-router-dom'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchDue, type DueItem, type DueQuery } from './api'
import { GradeTag } from './labels'
import { RegionSelect } from './region-select'

const columns: ColumnsType<DueItem> = [
  { title: '主体名称', dataIndex: 'name', render: (name: string, e) => <Link to={`/entities/${e.id}`}>{name}</Link> },
  { title: '主体类型', dataIndex: 'typeLabel', width: 140 },
  { title: '乡镇 / 村', key: 'region', width: 170, render: (_, e) => `${e.townshipName} / ${e.regionName}` },
  { title: '风险等级', dataIndex: 'riskGrade', width: 90, render: (g: string | null) => <GradeTag grade={g} short /> },
  { title: '每年至少', dataIndex: 'perYearMin', width: 90, align: 'right', render: (n: number) => `${n} 次` },
  { title: '上次检查', dataIndex: 'lastInspectedOn', width: 110, render: (d: string | null) => d ?? <Typography.Text type="secondary">未检查</Typography.Text> },
  {
    title: '下次应检', dataIndex: 'nextDueOn', width: 170,
    render: (d: string, e) => <Space size={4}><span>{d}</span>{e.overdue ? <Tag color="red">逾期</Tag> : <Tag color="blue">应检</Tag>}</Space>,
  },
]

/** 应检主体: in-business entities due for inspection this year by their grade's frequency, soonest first. */
export function InspectionsDuePage() {
  const [query, setQuery] = useState<DueQuery>({ page: 1, pageSize: 20 })
  const { data, error, loading } = useLoad(useCallback(() => fetchDue(query), [query]))

  return (
    <Card title="应检主体">
      <LoadError error={error} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={8} md={4}><Statistic title="年度" value={data?.year ?? '—'} groupSeparator="" /></Col>
        <Col xs={8} md={4}><Statistic title="本年应检（含逾期）" value={data?.dueThisYear ?? 0} suffix="家" /></Col>
        <Col xs={8} md={4}><Statistic title="已逾期" value={data?.overdue ?? 0} suffix="家" valueStyle={{ color: data?.overdue ? '#cf1322' : undefined }} /></Col>
      </Row>
      <Space wrap style={{ marginBottom: 16 }}>
        <RegionSelect aria-label="区域" allowClear value={query.region} style={{ width: 240 }} placeholder="全部区域（乡镇、村）"
          onChange={(region) => setQuery((q) => ({ ...q, region, page: 1 }))} />
        <Space>
          <Switch aria-label="只看逾期" checked={Boolean(query.overdueOnly)} onChange={(overdueOnly) => setQuery((q) => ({ ...q, overdueOnly, page: 1 }))} />
          <span>只看逾期</span>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">
        按风险等级的年度最少检查次数均匀排期：上次检查后间隔“365 ÷ 次数”天应再次检查；未评级的按每年 1 次，本年新开业的应在开业后 60 天内首次检查。
      </Typography.Paragraph>
      <Table<DueItem> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading} scroll={{ x: 980 }}
        locale={{ emptyText: query.overdueOnly ? '没有逾期未检的主体' : '本年度没有应检主体' }}
        pagination={{
          current: query.page, pageSize: query.pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (n) => `共 ${formatNumber(n)} 家`,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
        }} />
    </Card>
  )
}
