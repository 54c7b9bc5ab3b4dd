import { FileSearchOutlined, HistoryOutlined, SendOutlined } from '@ant-design/icons'
import { Badge, Button, Card, Space, Typography } from 'antd'
import { Link } from 'react-router-dom'
import type { MyTaskDto } from '../../../shared/work-plan-reports'
import { formatValue, goalText, RoleTag, SlotTag } from '../work-plans/labels'
import { taskPath } from '../work-plans/paths'
import { MyReports } from './my-reports'

interface Props {
  task: MyTaskDto
  showHistory: boolean
  /** Changes after a report is sent, so an open history loads anew. */
  version: number
  onReport: () => void
  onToggleHistory: () => void
}

/** One of my unit's tasks: role, targets with the latest figure, each due date as a coloured tag. */
export function TaskCard({ task: t, showHistory, version, onReport, onToggleHistory }: Props) {
  const card = (
    <Card size="small" data-testid="my-task-card" style={{ height: '100%' }}
      title={<Typography.Text strong style={{ whiteSpace: 'normal' }}>{t.number} {t.title}</Typography.Text>}
      styles={{ header: { paddingBlock: 8, paddingInlineEnd: t.overdueCount ? 88 : undefined } }}>
      <Space size={[8, 4]} wrap style={{ marginBottom: 8 }}>
        <RoleTag role={t.role} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t.planTitle}</Typography.Text>
      </Space>
      {t.role !== 'lead' && t.leadUnits.length > 0 && (
        <div style={{ marginBottom: 8, fontSize: 13 }}>牵头单位：{t.leadUnits.join('、')}<Typography.Text type="secondary">（向其报送）</Typography.Text></div>
      )}
      {t.targets.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          {t.targets.map((g) => (
            <div key={g.id} style={{ fontSize: 13 }}>
              <Typography.Text>{g.metric}</Typography.Text>
              <Typography.Text type="secondary">：目标{goalText(g)}，</Typography.Text>
              {g.latestValue === null ? <Typography.Text type="secondary">未报送</Typography.Text> : <Typography.Text strong>已报 {formatValue(g.latestValue)} {g.unit}</Typography.Text>}
            </div>
          ))}
        </div>
      )}
      <div style={{ marginBottom: 8 }}>
        {t.slots.map((s) => <SlotTag key={s.dueDateId} status={s.status} periodLabel={s.periodLabel} dueOn={s.dueOn} />)}
        {!t.slots.length && <Typography.Text type="secondary">未设截止日期</Typography.Text>}
      </div>
      <div style={{ marginBottom: 8, fontSize: 13 }}>
        下次报送：{t.nextDueOn ? <Typography.Text strong type={t.overdueCount ? 'danger' : undefined}>{t.nextDueOn}</Typography.Text> : <Typography.Text type="secondary">无待报期次</Typography.Text>}
      </div>
      <Space wrap>
        <Button type="primary" icon={<SendOutlined />} onClick={onReport}>报送进展</Button>
        <Button icon={<HistoryOutlined />} onClick={onToggleHistory}>{showHistory ? '收起记录' : '报送记录'}</Button>
        <Link to={taskPath(t.planId, t.taskId)}><FileSearchOutlined /> 任务详情</Link>
      </Space>
      {showHistory && <MyReports key={version} task={t} />}
    </Card>
  )
  return t.overdueCount ? <Badge.Ribbon text={`逾期 ${t.overdueCount} 期`} color="red">{card}</Badge.Ribbon> : card
}
