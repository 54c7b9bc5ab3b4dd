import { ArrowLeftOutlined } from '@ant-design/icons'
import { App, Card, Col, Descriptions, Empty, Result, Row, Space, Spin, Table, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import type { ReportDto } from '../../../../shared/work-plan-reports'
import { useMe } from '../../../auth/auth-context'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fetchPlan, fetchTaskReports } from '../api'
import { goalText } from '../labels'
import { ReportCard } from '../report-card'
import { UnitTag } from '../review/unit-tag'
import { ReviewModal } from './review-modal'

/**
 * One task of a published plan and its reports. The office reviews the lead units' reports, a lead
 * unit its cooperating units' ones; the server has the last word and its refusal is shown as it says it.
 */
export function TaskPage() {
  const { id = '', taskId = '' } = useParams()
  const me = useMe()
  const { message } = App.useApp()
  const plan = useLoad(useCallback(() => fetchPlan(id), [id]))
  const loadedReports = useLoad(useCallback(() => fetchTaskReports(id, taskId), [id, taskId]))
  const [reports, setReports] = useState<ReportDto[]>()
  const [reviewing, setReviewing] = useState<{ report: ReportDto; decision: 'accept' | 'return' } | null>(null)
  useEffect(() => { if (loadedReports.data) setReports(loadedReports.data) }, [loadedReports.data])

  if (plan.error && !plan.data) return <LoadError error={plan.error} />
  if (!plan.data) return <Spin style={{ display: 'block', marginTop: 80 }} />
  const task = plan.data.tasks.find((t) => t.id === taskId)
  if (!task) return <Result status="404" title="任务不存在" extra={<Link to={`/work-plans/${id}`}>返回方案</Link>} />

  const manages = me.permissions.includes('workplans.manage')
  // A collective lead (各乡镇) may include this account's unit; the server decides and refuses otherwise.
  const leadsTask = Boolean(me.unitId) && task.units.some((u) => u.role === 'lead' && (u.unitId === me.unitId || u.collective === 'all_townships' || u.collective === 'all_members'))
  const mayReview = (r: ReportDto) => r.unitId !== me.unitId && (manages || (r.role === 'cooperating' && leadsTask))
  const section = plan.data.sections.find((s) => s.number === task.sectionNumber)
  const deadlines = [...task.deadlines, ...plan.data.generalDeadlines]
  const leads = task.units.filter((u) => u.role === 'lead')
  const cooperating = task.units.filter((u) => u.role !== 'lead')

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<Space><Link to={`/work-plans/${id}?tab=tasks`} aria-label="返回方案"><ArrowLeftOutlined /></Link>任务{task.number} {task.title}</Space>}>
        <Descriptions size="small" column={1} bordered items={[
          { key: 'plan', label: '工作方案', children: <Link to={`/work-plans/${id}`}>{plan.data.title}</Link> },
          ...(section ? [{ key: 'sec', label: '章节', children: `${section.number}、${section.title}` }] : []),
          { key: 'text', label: '任务内容', children: <div style={{ whiteSpace: 'pre-wrap' }}>{task.text}</div> },
          ...(task.progressText ? [{ key: 'prog', label: '工作进度', children: <div style={{ whiteSpace: 'pre-wrap' }}>{task.progressText}</div> }] : []),
          { key: 'lead', label: '牵头单位', children: leads.map((u) => <UnitTag key={u.id} unit={u} />) },
          { key: 'coop', label: '配合单位', children: cooperating.length ? cooperating.map((u) => <UnitTag key={u.id} unit={u} />) : '—' },
        ]} />
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>量化指标</Typography.Title>
            {task.targets.length ? (
              <Table size="small" rowKey="id" pagination={false} dataSource={task.targets}
                columns={[{ title: '指标', dataIndex: 'metric' }, { title: '目标', key: 'goal', width: 160, render: (_, g) => goalText(g) }]} />
            ) : <Typography.Text type="secondary">无量化指标</Typography.Text>}
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>报送期次</Typography.Title>
            {deadlines.flatMap((d) => d.dueDates.map((x) => (
              <Tag key={x.id} style={{ marginBlock: 2 }}>{x.periodLabel}：{x.dueOn}{x.requiredCount ? `（${x.requiredCount} 次）` : ''}</Tag>
            )))}
            {!deadlines.some((d) => d.dueDates.length) && <Typography.Text type="secondary">未设截止日期</Typography.Text>}
          </Col>
        </Row>
      </Card>

      <Card title={`进展报告${reports ? `（${reports.length}）` : ''}`}>
        <LoadError error={loadedReports.error} />
        {reports && !reports.length && <Empty description="还没有报告" />}
        {!reports && !loadedReports.error && <Spin />}
        {reports?.map((r) => (
          <ReportCard key={r.id} report={r} targets={task.targets} onReview={mayReview(r) ? (decision) => setReviewing({ report: r, decision }) : undefined} />
        ))}
      </Card>
      {reviewing && (
        <ReviewModal report={reviewing.report} decision={reviewing.decision} onClose={() => setReviewing(null)} onDone={(saved) => {
          setReviewing(null)
          setReports((list) => list?.map((r) => (r.id === saved.id ? saved : r)))
          message.success(saved.status === 'accepted' ? '报告已通过' : '报告已退回，已通知报送单位')
        }} />
      )}
    </Space>
  )
}
