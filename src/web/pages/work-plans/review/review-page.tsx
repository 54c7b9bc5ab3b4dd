import { AimOutlined, ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Col, Collapse, Empty, List, Row, Space, Spin, Tag, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom'
import type { PlanDetailDto, PlanProblemDto, TaskDto } from '../../../../shared/work-plans'
import { ApiError, isSessionError } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fetchUnits } from '../../regions/api'
import * as plans from '../api'
import { PlanStatusTag } from '../labels'
import { AddTaskModal } from './add-task-modal'
import { DeadlinesModal } from './deadlines-modal'
import { planSpans, segments } from './highlights'
import { PlanHeader } from './plan-header'
import { ProblemsPanel } from './problems-panel'
import { SourcePane, type SourceFocus } from './source-pane'
import { TargetsModal } from './targets-modal'
import { TaskPanel, type TaskDialog } from './task-panel'
import { UnitsModal } from './units-modal'
import { UnresolvedPanel } from './unresolved-panel'

type Dialog = { kind: TaskDialog; taskId: string } | { kind: 'add' } | null

/**
 * 核对方案 (a draft): the source on the left with every extracted part highlighted, the structure on
 * the right to correct. Every edit answers with the whole plan, so problems update as they are fixed.
 */
export function ReviewPage() {
  const { id = '' } = useParams()
  const { message, modal } = App.useApp()
  const navigate = useNavigate()
  const loaded = useLoad(useCallback(() => Promise.all([plans.fetchPlan(id), plans.fetchSource(id), fetchUnits()]), [id]))
  const [plan, setPlan] = useState<PlanDetailDto>()
  const [focus, setFocus] = useState<SourceFocus | null>(null)
  const [open, setOpen] = useState<string[]>([])
  const [dialog, setDialog] = useState<Dialog>(null)
  const [publishing, setPublishing] = useState(false)
  useEffect(() => { if (loaded.data) setPlan(loaded.data[0]) }, [loaded.data])

  const source = loaded.data?.[1]
  const units = useMemo(() => loaded.data?.[2] ?? [], [loaded.data])
  const pieces = useMemo(() => (plan && source ? segments(source.text.length, planSpans(plan)) : []), [plan, source])

  const edit = useCallback(async (action: () => Promise<PlanDetailDto>, done?: string) => {
    try {
      setPlan(await action())
      if (done) message.success(done)
      return true
    } catch (e) {
      if (!isSessionError(e)) message.error(errorMessage(e))
      return false
    }
  }, [message])

  const showSource = useCallback((taskId: string) => setFocus({ taskId, nonce: Date.now() }), [])
  const jump = useCallback((taskId: string) => {
    setOpen((keys) => (keys.includes(taskId) ? keys : [...keys, taskId]))
    showSource(taskId)
    // After the panel has opened, bring it into view in the right pane.
    window.setTimeout(() => document.getElementById(`task-${taskId}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50)
  }, [showSource])

  const publish = async () => {
    setPublishing(true)
    try {
      await plans.publishPlan(id)
      message.success('方案已发布，已通知各责任单位')
      navigate(`/work-plans/${id}`, { replace: true })
    } catch (e) {
      setPublishing(false)
      if (isSessionError(e)) return
      const problems = e instanceof ApiError ? (e.details as { problems?: PlanProblemDto[] } | undefined)?.problems : undefined
      if (!problems) { message.error(errorMessage(e)); return }
      modal.error({ title: '方案还不能发布', width: 560, content: <List size="small" dataSource={problems} renderItem={(p) => <List.Item>{p.message}</List.Item>} /> })
      void edit(() => plans.fetchPlan(id))
    }
  }

  const remove = async () => {
    try {
      await plans.deleteDraft(id)
      message.success('草稿已删除')
      navigate('/work-plans', { replace: true })
    } catch (e) {
      if (!isSessionError(e)) message.error(errorMessage(e))
    }
  }

  if (loaded.error && !plan) return <LoadError error={loaded.error} />
  if (!plan || !source) return <Spin style={{ display: 'block', marginTop: 80 }} />
  if (plan.status !== 'draft') return <Navigate to={`/work-plans/${id}`} replace />

  const task = dialog && dialog.kind !== 'add' ? plan.tasks.find((t) => t.id === dialog.taskId) : undefined
  const problemCount = (t: TaskDto) => plan.problems.filter((p) => p.taskId === t.id).length
  const sections = [...plan.sections.map((s) => ({ key: s.number, title: `${s.number}、${s.title}` })), { key: null, title: plan.sections.length ? '其他任务' : '' }]

  return (
    <div>
      <Space align="center" wrap style={{ marginBottom: 12 }}>
        <Link to="/work-plans"><ArrowLeftOutlined /> 工作方案</Link>
        <Typography.Title level={4} style={{ margin: 0 }}>核对方案</Typography.Title>
        <PlanStatusTag status={plan.status} />
        <Typography.Text type="secondary">左侧为原文，右侧为识别结果；点击任务可在原文中定位。</Typography.Text>
      </Space>
      <PlanHeader plan={plan} onSave={(patch) => edit(() => plans.patchPlan(id, patch), '方案信息已保存')} onDelete={remove}
        onYearsChanged={() => modal.warning({ title: '年度已修改', content: '已换算的截止日期不会随年度自动更新，请在各任务的“完成时限”中核对，必要时手填日期。' })} />
      <Row gutter={16}>
        <Col xs={24} lg={11}>
          <div style={{ position: 'sticky', top: 16, marginBottom: 16 }}>
            <SourcePane text={source.text} fileName={source.fileName} segments={pieces} focus={focus} onTaskClick={jump} />
          </div>
        </Col>
        <Col xs={24} lg={13}>
          <ProblemsPanel problems={plan.problems} publishing={publishing} onPublish={publish} onJump={jump} />
          <UnresolvedPanel plan={plan} units={units}
            onResolve={(input) => edit(() => plans.resolveUnit(id, input), `已将“${input.nameAsWritten}”对应到${input.unitId ? units.find((u) => u.id === input.unitId)?.name ?? '所选单位' : '所选集合'}`)}
            onJump={jump} />
          <Card size="small" title={`任务（${plan.tasks.length}）`}
            extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>新增任务</Button>}>
            {plan.tasks.length === 0 && <Empty description="没有识别出任务" />}
            {sections.map((s) => {
              const tasks = plan.tasks.filter((t) => (s.key === null ? !plan.sections.some((x) => x.number === t.sectionNumber) : t.sectionNumber === s.key))
              if (!tasks.length) return null
              return (
                <div key={s.key ?? 'none'} style={{ marginBottom: 12 }}>
                  {s.title && <Typography.Text strong style={{ display: 'block', margin: '4px 0 8px', color: '#0b3b73' }}>{s.title}</Typography.Text>}
                  <Collapse size="small" activeKey={open} onChange={(keys) => {
                    const next = keys as string[]
                    const opened = next.find((k) => !open.includes(k))
                    setOpen(next)
                    if (opened) showSource(opened)
                  }} items={tasks.map((t) => ({
                    key: t.id,
                    id: `task-${t.id}`,
                    label: <span><Typography.Text strong>{t.number}</Typography.Text> {t.title}</span>,
                    extra: (
                      <Space size={4} onClick={(e) => e.stopPropagation()}>
                        {problemCount(t) > 0 && <Tag color="red" style={{ margin: 0 }}>{problemCount(t)} 个问题</Tag>}
                        <Button type="text" size="small" icon={<AimOutlined />} title="在原文中定位" aria-label={`在原文中定位任务${t.number}`} onClick={() => showSource(t.id)} />
                      </Space>
                    ),
                    children: (
                      <TaskPanel task={t}
                        onPatch={(patch) => edit(() => plans.patchTask(id, t.id, patch), '任务已保存')}
                        onEdit={(kind) => setDialog({ kind, taskId: t.id })}
                        onDelete={() => void edit(() => plans.deleteTask(id, t.id), `已删除任务${t.number}`)}
                        onDates={(deadlines) => edit(() => plans.setDeadlines(id, t.id, { deadlines }), '截止日期已保存')} />
                    ),
                  }))} />
                </div>
              )
            })}
          </Card>
        </Col>
      </Row>
      {dialog?.kind === 'add' && <AddTaskModal plan={plan} onClose={() => setDialog(null)} onSave={(input) => edit(() => plans.addTask(id, input), '任务已添加')} />}
      {task && dialog?.kind === 'units' && <UnitsModal task={task} units={units} onClose={() => setDialog(null)}
        onSave={(input) => edit(() => plans.setTaskUnits(id, task.id, input), '责任单位已保存')} />}
      {task && dialog?.kind === 'targets' && <TargetsModal task={task} onClose={() => setDialog(null)}
        onSave={(input) => edit(() => plans.setTargets(id, task.id, input), '量化指标已保存')} />}
      {task && dialog?.kind === 'deadlines' && <DeadlinesModal task={task} onClose={() => setDialog(null)}
        onSave={(input) => edit(() => plans.setDeadlines(id, task.id, input), '完成时限已保存')} />}
    </div>
  )
}
