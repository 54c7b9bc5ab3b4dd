import { Card, Col, Progress, Row, Statistic, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback } from 'react'
import type { PlanDashboardDto } from '../../../../shared/plan-dashboard'
import { DownloadButton } from '../../../lib/download-button'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { reportUrl } from '../../reports/api'
import { fetchDashboard } from '../api'
import { formatValue, goalText, percent } from '../labels'
import { OverdueTable } from './overdue-table'

type Counts = PlanDashboardDto['totals']
type SectionRow = PlanDashboardDto['bySection'][number]
type UnitRow = PlanDashboardDto['byUnit'][number]
type TargetRow = PlanDashboardDto['targets'][number]

/** Reported of due (blue), of which accepted (green): one bar per row. */
const progressBar = (c: Counts) => (
  <Progress percent={percent(c.reported, c.slotsDue)} success={{ percent: percent(c.accepted, c.slotsDue) }} size="small"
    format={() => (c.slotsDue ? `${c.reported}/${c.slotsDue}` : '未到期')} />
)

const countColumns = <T extends Counts>(): ColumnsType<T> => [
  { title: '任务', dataIndex: 'tasks', width: 64, align: 'right' },
  { title: '应报', dataIndex: 'slotsDue', width: 64, align: 'right' },
  { title: '已报', dataIndex: 'reported', width: 64, align: 'right' },
  { title: '已通过', dataIndex: 'accepted', width: 72, align: 'right' },
  { title: '逾期', dataIndex: 'overdue', width: 64, align: 'right', render: (n: number) => (n ? <Typography.Text type="danger" strong>{n}</Typography.Text> : 0) },
  { title: '报送进度（绿色为已通过）', key: 'bar', width: 220, render: (_, c) => progressBar(c) },
]

function TargetTag({ met }: { met: boolean | null }) {
  if (met === null) return <Tag>未报送</Tag>
  return met ? <Tag color="success">达标</Tag> : <Tag color="error">未达标</Tag>
}

/** 进度总览: due reports counted as of today for lead units; cooperating units report to their lead. */
export function ProgressTab({ planId, canManage }: { planId: string; canManage: boolean }) {
  const { data, error } = useLoad(useCallback(() => fetchDashboard(planId), [planId]))
  if (!data) return <><LoadError error={error} /><Card loading /></>
  const t = data.totals
  const stats: [string, number, string?][] = [
    ['任务', t.tasks], ['应报（截至今日）', t.slotsDue], ['已报送', t.reported], ['已通过', t.accepted, '#389e0d'], ['逾期未报', t.overdue, t.overdue ? '#cf1322' : undefined],
  ]
  const targetColumns: ColumnsType<TargetRow> = [
    { title: '任务', dataIndex: 'taskNumber', width: 80 },
    { title: '指标', dataIndex: 'metric' },
    { title: '目标', key: 'goal', width: 160, render: (_, g) => goalText(g) },
    { title: '最新报送值', key: 'latest', width: 200, render: (_, g) => (g.latestValue === null ? '—' : (
      <span>{formatValue(g.latestValue)} {g.unit}{g.latestUnit && <Typography.Text type="secondary" style={{ fontSize: 12 }}>（{g.latestUnit}）</Typography.Text>}</span>
    )) },
    { title: '状态', dataIndex: 'met', width: 90, render: (met: boolean | null) => <TargetTag met={met} /> },
  ]

  return (
    <div>
      <LoadError error={error} />
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {stats.map(([title, value, color]) => (
          <Col key={title} xs={12} sm={8} lg={4}>
            <Card size="small"><Statistic title={title} value={value} valueStyle={color ? { color } : undefined} /></Card>
          </Col>
        ))}
        <Col xs={24} sm={16} lg={4}>
          <Card size="small"><Statistic title="报送率" value={percent(t.reported, t.slotsDue)} suffix="%" /></Card>
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 16, fontSize: 12 }}>
        统计截至 {data.asOf}：按牵头单位的各报送期次计算，已到期或已报送的期次计为“应报”；配合单位向牵头单位报送，不单独统计。
        <DownloadButton link href={reportUrl('plan-progress', { planId })} fileName="季度进展报告.docx" label="导出季度进展报告" style={{ marginLeft: 12 }} />
      </Typography.Text>

      <Row gutter={16}>
        <Col xs={24} xxl={12}>
          <Card size="small" title="按章节" style={{ marginBottom: 16 }}>
            <Table<SectionRow> rowKey="number" size="small" pagination={false} dataSource={data.bySection} scroll={{ x: 620 }}
              columns={[{ title: '章节', key: 'title', render: (_, s) => `${s.number}、${s.title}` }, ...countColumns<SectionRow>()]} />
          </Card>
        </Col>
        <Col xs={24} xxl={12}>
          <Card size="small" title="按牵头单位" style={{ marginBottom: 16 }}>
            <Table<UnitRow> rowKey="unitId" size="small" dataSource={data.byUnit} scroll={{ x: 620 }} pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
              columns={[{ title: '单位', dataIndex: 'unitName' }, ...countColumns<UnitRow>()]} />
          </Card>
        </Col>
      </Row>

      <OverdueTable planId={planId} canManage={canManage} />

      <Card size="small" title="量化指标" extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>数值来自单位报送</Typography.Text>}>
        <Table<TargetRow> rowKey="targetId" size="small" dataSource={data.targets} columns={targetColumns} scroll={{ x: 700 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }} locale={{ emptyText: '方案中没有量化指标' }} />
      </Card>
    </div>
  )
}
