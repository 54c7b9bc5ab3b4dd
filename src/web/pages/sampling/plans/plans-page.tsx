import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Col, Descriptions, InputNumber, Popconfirm, Progress, Row, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import dayjs from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { SAMPLING_DEPARTMENTS, SAMPLING_LEVELS } from '../../../../shared/sampling-catalogue'
import { useAuth } from '../../../auth/auth-context'
import { ExportButton } from '../../../lib/export-button'
import { errorMessage } from '../../../lib/form-errors'
import { formatNumber } from '../../../lib/format'
import { LoadError } from '../../../lib/load-error'
import { TableTitle } from '../../../lib/table-title'
import { useLoad } from '../../../lib/use-load'
import { fetchPlan, fetchPlans, planTableExportUrl, plansExportUrl, publishPlan, type PlanDetailDto, type PlanSummaryDto } from './api'
import { FiguresCard } from './figures-card'
import { PlanFormDrawer } from './plan-form-drawer'

const label = (o: Record<string, string>, k: string) => o[k] ?? k
const bar = (percent: number | null) => <Progress percent={percent === null ? 0 : Math.min(100, percent)} format={() => (percent === null ? '—' : `${percent}%`)} size="small" />

interface ProgressRow { key: string; name: string; quota: number; done: number; percent: number | null; population?: number }
const progressColumns = (first: string, withPopulation: boolean): ColumnsType<ProgressRow> => [
  { title: first, dataIndex: 'name' },
  ...(withPopulation ? [{ title: '人口', dataIndex: 'population', align: 'right' as const, render: (n: number) => formatNumber(n) }] : []),
  { title: '任务（批次）', dataIndex: 'quota', align: 'right', width: 100 },
  { title: '已抽（批次）', dataIndex: 'done', align: 'right', width: 100 },
  { title: '完成进度', dataIndex: 'percent', width: 200, render: bar },
]

const listColumns: ColumnsType<PlanSummaryDto> = [
  { title: '计划名称', dataIndex: 'name' },
  { title: '级别', dataIndex: 'level', width: 70, render: (k: string) => label(SAMPLING_LEVELS, k) },
  { title: '部门', dataIndex: 'department', width: 90, render: (k: string) => label(SAMPLING_DEPARTMENTS, k) },
  { title: '批次/千人', dataIndex: 'batchesPerThousand', width: 90, align: 'right' },
  { title: '任务', dataIndex: 'quota', width: 80, align: 'right', render: formatNumber },
  { title: '已抽', dataIndex: 'done', width: 80, align: 'right', render: formatNumber },
  { title: '进度', dataIndex: 'percent', width: 170, render: bar },
  { title: '状态', dataIndex: 'status', width: 80, render: (s: string) => (s === 'published' ? <Tag color="green">已发布</Tag> : <Tag>草稿</Tag>) },
]

/** 抽检计划: the year's plans, one plan's category and township quotas against samples taken, and the sampling figures. */
export function SamplingPlansPage() {
  const { me } = useAuth()
  const { message } = App.useApp()
  const canManage = Boolean(me?.permissions.includes('sampling.manage'))
  const [year, setYear] = useState(dayjs().year())
  const [selected, setSelected] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ plan: PlanDetailDto | null } | null>(null)
  const plans = useLoad(useCallback(() => fetchPlans(year), [year]))
  const items = plans.data?.items
  useEffect(() => {
    if (items?.length && selected === null) setSelected(items[0].id)
  }, [items, selected])
  const detail = useLoad(useCallback(() => (selected ? fetchPlan(selected) : Promise.resolve(null)), [selected]))
  const plan = detail.data

  async function publish(p: PlanDetailDto) {
    try {
      await publishPlan(p.id)
      message.success('计划已发布')
      plans.reload()
      detail.reload()
    } catch (e) { message.error(errorMessage(e)) }
  }

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="抽检计划" extra={(
        <Space>
          <span>年度</span>
          <InputNumber aria-label="年度" min={2000} max={2100} value={year} onChange={(v) => { if (v) { setYear(v); setSelected(null) } }} style={{ width: 100 }} />
          <ExportButton href={plansExportUrl(year)} />
          {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ plan: null })}>制定计划</Button>}
        </Space>
      )}>
        <LoadError error={plans.error} />
        <Table<PlanSummaryDto> rowKey="id" size="middle" pagination={false} columns={listColumns} dataSource={items} loading={plans.loading}
          locale={{ emptyText: `${year} 年还没有抽检计划` }}
          rowClassName={(p) => (p.id === selected ? 'ant-table-row-selected' : '')} onRow={(p) => ({ onClick: () => setSelected(p.id), style: { cursor: 'pointer' } })} />
      </Card>

      {plan && (
        <Card title={plan.name} data-testid="plan-detail" extra={canManage && plan.status === 'draft' && (
          <Space>
            <Button onClick={() => setEditing({ plan })}>修改</Button>
            <Popconfirm title="发布后计划不能再修改，确定发布？" onConfirm={() => publish(plan)}><Button type="primary">发布</Button></Popconfirm>
          </Space>
        )}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }} items={[
            { key: 'l', label: '级别 / 部门', children: `${label(SAMPLING_LEVELS, plan.level)} / ${label(SAMPLING_DEPARTMENTS, plan.department)}` },
            { key: 'r', label: '每千人批次', children: `${plan.batchesPerThousand} 批次/千人（人口 ${formatNumber(plan.population)}）` },
            { key: 't', label: '任务 / 已抽', children: <span style={{ whiteSpace: 'nowrap' }}>{formatNumber(plan.quota)} / {formatNumber(plan.done)} 批次</span> },
            { key: 'p', label: '完成进度', children: <div style={{ width: 220 }}>{bar(plan.percent)}</div> },
          ]} />
          {plan.categoryTotal !== plan.quota && plan.categories.length > 0 && (
            <Typography.Paragraph type="warning">分类别任务合计 {plan.categoryTotal} 批次，与按人口测算的全县任务 {plan.quota} 批次不一致。</Typography.Paragraph>
          )}
          <Row gutter={16}>
            <Col xs={24} lg={11}>
              <TableTitle title="分类别任务" href={planTableExportUrl(plan.id, 'categories')} />
              <Table<ProgressRow> rowKey="key" size="small" pagination={false} columns={progressColumns('食品类别', false)}
                dataSource={plan.categories.map((c) => ({ key: c.category, name: c.label, quota: c.quota, done: c.done, percent: c.percent }))} />
            </Col>
            <Col xs={24} lg={13}>
              <TableTitle title="分乡镇（街道）任务" href={planTableExportUrl(plan.id, 'townships')} />
              <Table<ProgressRow> rowKey="key" size="small" pagination={false} columns={progressColumns('乡镇（街道）', true)}
                dataSource={plan.townships.map((t) => ({ key: t.regionCode, name: t.name, population: t.population, quota: t.quota, done: t.done, percent: t.percent }))} />
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 13 }}>{plan.method} 已抽 = 本年度内关联本计划的抽样批次（按抽样日期）。</Typography.Paragraph>
        </Card>
      )}
      <LoadError error={detail.error} />

      <FiguresCard />

      <PlanFormDrawer open={editing !== null} plan={editing?.plan ?? null} year={year} onClose={() => setEditing(null)}
        onSaved={(p) => { setEditing(null); message.success('计划已保存，乡镇任务已按人口测算'); if (p.year !== year) setYear(p.year); setSelected(p.id); plans.reload(); detail.reload() }} />
    </Space>
  )
}
