import { ArrowLeftOutlined } from '@ant-design/icons'
import { Card, Space, Spin, Tabs, Typography } from 'antd'
import { useCallback } from 'react'
import { Link, Navigate, useParams, useSearchParams } from 'react-router-dom'
import { useMe } from '../../../auth/auth-context'
import { formatMinute } from '../../../lib/format'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { ScoreboardTab } from '../../indicators/scoreboard-tab'
import { NoticesTable } from '../../supervision/notices-table'
import { fetchPlan } from '../api'
import { PlanStatusTag } from '../labels'
import { AssessmentTab } from './assessment-tab'
import { ProgressTab } from './progress-tab'
import { TasksTab } from './tasks-tab'

const TABS = ['progress', 'scoreboard', 'tasks', 'assessment', 'supervision'] as const

/** A published plan: progress, its tasks, the assessment and its 督办. Without workplans.manage it is read-only. */
export function PlanPage() {
  const { id = '' } = useParams()
  const me = useMe()
  const canManage = me.permissions.includes('workplans.manage')
  const [search, setSearch] = useSearchParams()
  const tab = TABS.find((t) => t === search.get('tab')) ?? 'progress'
  const { data: plan, error } = useLoad(useCallback(() => fetchPlan(id), [id]))

  if (error && !plan) return <LoadError error={error} />
  if (!plan) return <Spin style={{ display: 'block', marginTop: 80 }} />
  if (plan.status === 'draft') return <Navigate to={`/work-plans/${id}/review`} replace />

  return (
    <Card>
      <Space direction="vertical" size={2} style={{ marginBottom: 8 }}>
        <Link to="/work-plans"><ArrowLeftOutlined /> 工作方案</Link>
        <Space wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>{plan.title}</Typography.Title>
          <PlanStatusTag status={plan.status} />
        </Space>
        <Typography.Text type="secondary">
          {plan.issuer ? `${plan.issuer} · ` : ''}{plan.yearFrom === plan.yearTo ? `${plan.yearFrom} 年度` : `${plan.yearFrom}—${plan.yearTo} 年度`} · {plan.tasks.length} 项任务 · 发布于 {formatMinute(plan.publishedAt)}
        </Typography.Text>
      </Space>
      <Tabs activeKey={tab} onChange={(key) => setSearch(key === 'progress' ? {} : { tab: key }, { replace: true })} destroyOnHidden items={[
        { key: 'progress', label: '进度总览', children: <ProgressTab planId={id} canManage={canManage} /> },
        ...(me.permissions.includes('indicators.read') ? [{ key: 'scoreboard', label: '计分板', children: <ScoreboardTab planId={id} canManage={me.permissions.includes('indicators.manage')} /> }] : []),
        { key: 'tasks', label: `任务（${plan.tasks.length}）`, children: <TasksTab plan={plan} /> },
        { key: 'assessment', label: '考核', children: <AssessmentTab planId={id} canManage={canManage} /> },
        { key: 'supervision', label: '督办', children: <NoticesTable planId={id} showPlan={false} /> },
      ]} />
    </Card>
  )
}
