import { CheckCircleOutlined, SendOutlined, WarningOutlined } from '@ant-design/icons'
import { Alert, Button, Card, List, Popconfirm, Tooltip, Typography } from 'antd'
import type { PlanProblemDto } from '../../../../shared/work-plans'

interface Props {
  problems: PlanProblemDto[]
  publishing: boolean
  onPublish: () => void
  onJump: (taskId: string) => void
}

/** What still blocks publishing, each line leading to its task; the publish button waits for an empty list. */
export function ProblemsPanel({ problems, publishing, onPublish, onJump }: Props) {
  const blocked = problems.length > 0
  const publish = (
    <Tooltip title={blocked ? `还有 ${problems.length} 个问题，解决后才能发布` : undefined}>
      {/* The span keeps the tooltip working on a disabled button. */}
      <span>
        <Popconfirm title="发布方案？" description="发布后各责任单位会收到任务通知，方案内容不能再修改。" okText="发布" cancelText="取消"
          onConfirm={onPublish} disabled={blocked}>
          <Button type="primary" icon={<SendOutlined />} disabled={blocked} loading={publishing}>发布</Button>
        </Popconfirm>
      </span>
    </Tooltip>
  )
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="problems-panel" extra={publish}
      title={blocked
        ? <span><WarningOutlined style={{ color: '#fa8c16', marginRight: 6 }} />待解决问题（{problems.length}）</span>
        : <span><CheckCircleOutlined style={{ color: '#52c41a', marginRight: 6 }} />待解决问题</span>}>
      {blocked ? (
        <List size="small" dataSource={problems} style={{ maxHeight: 240, overflowY: 'auto' }} renderItem={(p, i) => (
          <List.Item key={i} style={{ paddingInline: 0 }}>
            {p.taskId
              ? <Typography.Link onClick={() => onJump(p.taskId!)}>{p.message}</Typography.Link>
              : <Typography.Text>{p.message}</Typography.Text>}
          </List.Item>
        )} />
      ) : <Alert type="success" showIcon message="所有单位均已对应，时限均已换算为日期，可以发布。" />}
    </Card>
  )
}
