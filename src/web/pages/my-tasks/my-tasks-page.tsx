import { Card, Col, Empty, Row, Select, Space, Statistic, Typography } from 'antd'
import { useCallback, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import type { MyTaskDto } from '../../../shared/work-plan-reports'
import { useMe } from '../../auth/auth-context'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchPlans } from '../work-plans/api'
import { fetchMyTasks } from './api'
import { ReportFormModal } from './report-form-modal'
import { TaskCard } from './task-card'

/** Late first, then by the next date due; tasks with nothing left to report last. */
const byUrgency = (a: MyTaskDto, b: MyTaskDto) =>
  b.overdueCount - a.overdueCount || (a.nextDueOn ?? '9999').localeCompare(b.nextDueOn ?? '9999') || a.number.localeCompare(b.number)

/** 我的任务: every task of a published plan assigned to my unit, as lead or cooperating, with where it stands. */
export function MyTasksPage() {
  const me = useMe()
  const [search, setSearch] = useSearchParams()
  const planId = search.get('plan') ?? undefined
  const plans = useLoad(useCallback(fetchPlans, []))
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchMyTasks(planId), [planId]))
  const [reporting, setReporting] = useState<MyTaskDto | null>(null)
  const [history, setHistory] = useState<Record<string, boolean>>({})
  const [version, setVersion] = useState(0)

  const tasks = useMemo(() => [...(data ?? [])].sort(byUrgency), [data])
  const overdue = tasks.reduce((n, t) => n + t.overdueCount, 0)
  const planOptions = [
    { value: '', label: '全部方案' },
    ...(plans.data ?? []).filter((p) => p.status === 'published').map((p) => ({ value: p.id, label: p.title })),
  ]

  return (
    <Card title="我的任务" extra={<Typography.Text type="secondary">{me.unitName}</Typography.Text>}>
      <LoadError error={error} />
      <Space wrap size={24} style={{ marginBottom: 16 }} align="end">
        <Select options={planOptions} value={planId ?? ''} style={{ width: 320, maxWidth: '100%' }} aria-label="工作方案"
          onChange={(v) => setSearch(v ? { plan: v } : {})} />
        <Statistic title="任务" value={tasks.length} suffix="项" valueStyle={{ fontSize: 20 }} />
        <Statistic title="牵头" value={tasks.filter((t) => t.role === 'lead').length} suffix="项" valueStyle={{ fontSize: 20 }} />
        <Statistic title="逾期未报" value={overdue} suffix="期" valueStyle={{ fontSize: 20, color: overdue ? '#cf1322' : undefined }} />
      </Space>
      {!loading && !tasks.length && <Empty description="本单位暂无已发布的任务" />}
      <Row gutter={[16, 16]}>
        {tasks.map((t) => (
          <Col key={`${t.planId}:${t.taskId}`} xs={24} xl={12}>
            <TaskCard task={t} version={version} showHistory={Boolean(history[t.taskId])}
              onToggleHistory={() => setHistory((h) => ({ ...h, [t.taskId]: !h[t.taskId] }))}
              onReport={() => setReporting(t)} />
          </Col>
        ))}
      </Row>
      {reporting && (
        <ReportFormModal task={reporting} onClose={() => setReporting(null)} onSaved={() => {
          setHistory((h) => ({ ...h, [reporting.taskId]: true }))
          setReporting(null)
          setVersion((v) => v + 1)
          reload()
        }} />
      )}
    </Card>
  )
}
