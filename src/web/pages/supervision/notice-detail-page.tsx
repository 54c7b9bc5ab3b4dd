import { ArrowLeftOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Spin, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import type { NoticeDto } from '../../../shared/supervision'
import { isSessionError } from '../../api/client'
import { useMe } from '../../auth/auth-context'
import { DownloadButton } from '../../lib/download-button'
import { applyServerErrors, errorMessage } from '../../lib/form-errors'
import { formatMinute } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { NoticeStatusTag } from '../work-plans/labels'
import { taskPath } from '../work-plans/paths'
import { fetchNotice, noticeDocumentUrl, replyNotice } from './api'

/** One 督办通知: what was asked, by when, the reply; the notified unit answers here. */
export function NoticeDetailPage() {
  const { id = '' } = useParams()
  const me = useMe()
  const { message } = App.useApp()
  const loaded = useLoad(useCallback(() => fetchNotice(id), [id]))
  const [notice, setNotice] = useState<NoticeDto>()
  const [form] = Form.useForm<{ text: string }>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => { if (loaded.data) setNotice(loaded.data) }, [loaded.data])

  if (loaded.error && !notice) return <LoadError error={loaded.error} />
  if (!notice) return <Spin style={{ display: 'block', marginTop: 80 }} />
  const mayReply = !notice.repliedAt && notice.unitId === me.unitId && me.permissions.includes('workplans.report')

  const reply = async ({ text }: { text: string }) => {
    setSaving(true)
    setError(null)
    try {
      setNotice(await replyNotice(id, text.trim()))
      message.success('已回复督办')
    } catch (e) {
      if (!isSessionError(e) && !applyServerErrors(form, e, ['text'])) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title={<Space><Link to="/supervision"><ArrowLeftOutlined /></Link>督办通知 {notice.documentNumber}<NoticeStatusTag status={notice.status} /></Space>}
      extra={<DownloadButton href={noticeDocumentUrl(id)} fileName="督办通知.docx" label="下载公文" />}>
      <Descriptions bordered size="small" column={{ xs: 1, lg: 2 }} styles={{ label: { whiteSpace: 'nowrap', width: 110 } }} items={[
        { key: 'plan', label: '工作方案', span: 2, children: <Link to={`/work-plans/${notice.planId}`}>{notice.planTitle}</Link> },
        { key: 'task', label: '任务', span: 2, children: <Link to={taskPath(notice.planId, notice.taskId)}>{notice.taskNumber} {notice.taskTitle}</Link> },
        { key: 'unit', label: '被督办单位', children: <span style={{ whiteSpace: 'nowrap' }}>{notice.unitName}</span> },
        { key: 'period', label: '报送期次', children: notice.periodLabel ? `${notice.periodLabel}（应报 ${notice.dueOn}）` : '—' },
        { key: 'issued', label: '下发时间', children: formatMinute(notice.issuedAt) },
        { key: 'deadline', label: '回复期限', children: <Typography.Text strong>{notice.replyDeadline}</Typography.Text> },
        { key: 'reason', label: '督办事由', span: 2, children: <div style={{ whiteSpace: 'pre-wrap' }}>{notice.reason}</div> },
      ]} />

      <Typography.Title level={5} style={{ marginTop: 24 }}>回复</Typography.Title>
      {notice.repliedAt ? (
        <Card size="small" data-testid="notice-reply">
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text type="secondary">{notice.unitName} 于 {formatMinute(notice.repliedAt)} 回复</Typography.Text>
            {notice.repliedOnTime === false ? <Tag color="red">逾期回复</Tag> : <Tag color="success">按期回复</Tag>}
          </Space>
          <div style={{ whiteSpace: 'pre-wrap' }}>{notice.replyText}</div>
        </Card>
      ) : mayReply ? (
        <Form form={form} layout="vertical" onFinish={reply} style={{ maxWidth: 760 }}>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
          <Form.Item name="text" label="回复内容" extra="请说明未按期报送的原因、整改措施和报送安排；回复后不能修改。"
            rules={[{ required: true, whitespace: true, message: '请填写回复内容' }]}>
            <Input.TextArea rows={6} maxLength={10000} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>提交回复</Button>
        </Form>
      ) : <Typography.Text type="secondary">{notice.unitName}尚未回复{notice.status === 'overdue' ? '，已超过回复期限' : ''}。</Typography.Text>}
    </Card>
  )
}
