import { PaperClipOutlined } from '@ant-design/icons'
import { Button, Card, Space, Tag, Typography } from 'antd'
import type { ReportDto } from '../../../shared/work-plan-reports'
import { DownloadButton } from '../../lib/download-button'
import { formatMinute } from '../../lib/format'
import { evidenceUrl } from './api'
import { formatValue, goalText, meetsGoal, ReportStatusTag, RoleTag } from './labels'

export interface TargetRef { id: string; metric: string; comparator: string; value: number; unit: string }

interface Props {
  report: ReportDto
  targets: TargetRef[]
  /** Shown only to whoever may review this report. */
  onReview?: (decision: 'accept' | 'return') => void
}

const size = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`)

/** One progress report: what the unit wrote, its figures against the goals, its evidence, the review. */
export function ReportCard({ report: r, targets, onReview }: Props) {
  const figures = r.figures.map((f) => ({ ...f, target: targets.find((t) => t.id === f.targetId) }))
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="report-card"
      title={(
        <Space wrap size={[8, 2]}>
          <Typography.Text strong>{r.unitName}</Typography.Text>
          <RoleTag role={r.role} />
          <span>{r.periodLabel ?? '不定期报送'}</span>
          {r.dueDateId && (r.onTime ? <Tag color="success">按时</Tag> : <Tag color="warning">逾期报送</Tag>)}
          <ReportStatusTag status={r.status} />
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>{formatMinute(r.submittedAt)} 报送</Typography.Text>
        </Space>
      )}
      styles={{ header: { paddingBlock: 6 } }}>
      <div style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>{r.text}</div>
      {figures.length > 0 && (
        // Lines rather than a table: they stay readable on a phone.
        <div style={{ marginBottom: 8, background: '#fafafa', padding: '6px 10px', borderRadius: 4 }}>
          {figures.map((f) => (
            <div key={f.targetId}>
              {f.target?.metric ?? '（指标已删除）'}：<Typography.Text strong>{formatValue(f.value)} {f.target?.unit ?? ''}</Typography.Text>
              {f.target && <Typography.Text type="secondary">（目标{goalText(f.target)}）</Typography.Text>}
              {f.target && (meetsGoal(f.value, f.target.comparator, f.target.value) ? <Tag color="success" style={{ marginInlineStart: 6 }}>达标</Tag> : <Tag color="error" style={{ marginInlineStart: 6 }}>未达标</Tag>)}
            </div>
          ))}
        </div>
      )}
      {r.evidence.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">证明材料：</Typography.Text>
          {r.evidence.map((e) => (
            <DownloadButton key={e.id} link href={evidenceUrl(r.id, e.id)} fileName={e.fileName} icon={<PaperClipOutlined />}
              style={{ marginRight: 16, whiteSpace: 'nowrap' }}
              label={<>{e.fileName} <Typography.Text type="secondary" style={{ fontSize: 12 }}>（{size(e.size)}）</Typography.Text></>} />
          ))}
        </div>
      )}
      {r.reviewedAt && (
        <div style={{ background: r.status === 'returned' ? '#fff2e8' : '#f6ffed', padding: '6px 10px', borderRadius: 4 }}>
          <Typography.Text type="secondary">{formatMinute(r.reviewedAt)} 审核{r.status === 'returned' ? '退回' : '通过'}</Typography.Text>
          {r.reviewComment && <span>：{r.reviewComment}</span>}
        </div>
      )}
      {onReview && r.status === 'submitted' && (
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" size="small" onClick={() => onReview('accept')}>通过</Button>
          <Button danger size="small" onClick={() => onReview('return')}>退回</Button>
        </Space>
      )}
    </Card>
  )
}
