import { Badge, Card, Col, Empty, List, Progress, Row, Space, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { ExportButton } from '../../lib/export-button'
import type { PeriodPick } from '../indicators/api'
import { listExportUrl, type DashboardDto } from './api'

type Lists = Pick<DashboardDto, 'plans' | 'overduePlanTasks' | 'overdueOrders' | 'overdueDisposals' | 'failedSamples'>

function ListCard<T>({ title, testId, list, more, exportHref, empty, render }: {
  title: string; testId: string; list: { total: number; items: T[] }; more: string; exportHref: string; empty: string; render: (item: T) => ReactNode
}) {
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}
      title={<Space>{title}<Badge count={list.total} showZero overflowCount={999} color={list.total ? '#f5222d' : '#52c41a'} /></Space>}
      extra={<Space size={12}><ExportButton size="small" href={exportHref} /><Link to={more}>查看全部</Link></Space>}>
      {list.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        : <List size="small" dataSource={list.items} renderItem={(item) => <List.Item style={{ paddingInline: 0 }}>{render(item)}</List.Item>} />}
      {list.total > list.items.length && <Typography.Text type="secondary">另有 {list.total - list.items.length} 项，点“查看全部”。</Typography.Text>}
    </Card>
  )
}

const Row2 = ({ left, right }: { left: ReactNode; right: ReactNode }) => (
  <div style={{ display: 'flex', width: '100%', gap: 8, alignItems: 'baseline' }}>
    <div style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{left}</div>
    <div style={{ flex: 'none' }}>{right}</div>
  </div>
)
const late = (days: number) => <Tag color="red" style={{ marginInlineEnd: 0 }}>逾期 {days} 天</Tag>
const percent = (n: number, d: number) => (d ? Math.round((n / d) * 100) : 0)

/** What is overdue today, and the ten newest failed samples, each linked to its record and to the full list. */
export function OverdueCards({ d, pick }: { d: Lists; pick: PeriodPick }) {
  const r = pick.region ? `region=${pick.region}&` : ''
  const cards: ReactNode[] = []
  if (d.plans && d.overduePlanTasks) {
    const plans = d.plans
    cards.push(
      <ListCard key="plans" exportHref={listExportUrl('overdue-plan-tasks', pick)} title="工作方案逾期任务" testId="overdue-plan-tasks" list={d.overduePlanTasks} empty="没有逾期未报的任务"
        more={plans.length === 1 ? `/work-plans/${plans[0].planId}` : '/work-plans'}
        render={(o) => (
          <Row2 left={<><Link to={`/work-plans/${o.planId}/tasks/${o.taskId}`}>任务{o.taskNumber} {o.taskTitle}</Link>
            <Typography.Text type="secondary"> · {o.unitName} · {o.periodLabel}</Typography.Text></>} right={late(o.daysOverdue)} />
        )} />,
    )
  }
  if (d.overdueOrders) {
    cards.push(
      <ListCard key="orders" exportHref={listExportUrl('overdue-orders', pick)} title="整改逾期" testId="overdue-orders" list={d.overdueOrders} empty="没有逾期未整改的通知" more={`/rectifications?${r}overdue=1`}
        render={(o) => (
          <Row2 left={<><Link to={`/inspections/${o.inspectionId}`}>{o.entityName}</Link>
            <Typography.Text type="secondary"> · {o.issuedOn} 下达，限 {o.dueOn}</Typography.Text></>} right={late(o.daysOverdue)} />
        )} />,
    )
  }
  if (d.overdueDisposals) {
    cards.push(
      <ListCard key="disposals" exportHref={listExportUrl('overdue-disposals', pick)} title="核查处置逾期" testId="overdue-disposals" list={d.overdueDisposals} empty="没有逾期的核查处置" more={`/sampling/disposals?${r}status=overdue`}
        render={(o) => (
          <Row2 left={<><Link to={`/sampling/disposals/${o.id}`}>{o.entityName} · {o.productName}</Link>
            <Typography.Text type="secondary"> · {o.sampleNumber}</Typography.Text></>}
          right={<Tag color="red" style={{ marginInlineEnd: 0 }}>{o.lateStep}应于 {o.lateSince}</Tag>} />
        )} />,
    )
  }
  if (d.failedSamples) {
    cards.push(
      <ListCard key="samples" exportHref={listExportUrl('failed-samples', pick)} title="最近不合格样品" testId="failed-samples" list={d.failedSamples} empty="没有不合格样品" more={`/sampling/samples?${r}state=fail`}
        render={(s) => (
          <Row2 left={<><Link to={`/sampling/samples/${s.id}`}>{s.productName}</Link>
            <Typography.Text type="secondary"> · {s.entityName}（{s.regionName}）· {s.failedItems.join('、')}</Typography.Text></>}
          right={<Typography.Text type="secondary">{s.sampledOn}</Typography.Text>} />
        )} />,
    )
  }
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {d.plans && d.plans.length > 0 && (
        <Card size="small" title="工作方案进度">
          {d.plans.map((p) => (
            <Row key={p.planId} gutter={16} align="middle" style={{ marginBottom: 8 }}>
              <Col flex="auto"><Link to={`/work-plans/${p.planId}`}>{p.title}</Link></Col>
              <Col style={{ width: 320 }}>
                <Progress percent={percent(p.reported, p.slotsDue)} success={{ percent: percent(p.accepted, p.slotsDue) }} size="small"
                  format={() => `${p.reported}/${p.slotsDue} 已报`} />
              </Col>
              <Col>{p.overdue > 0 ? <Tag color="red">逾期 {p.overdue}</Tag> : <Tag color="green">无逾期</Tag>}</Col>
            </Row>
          ))}
        </Card>
      )}
      <Row gutter={[16, 16]}>
        {cards.map((c, i) => <Col key={i} xs={24} xl={12}>{c}</Col>)}
      </Row>
    </Space>
  )
}
