import { Alert, App, DatePicker, Descriptions, Form, Input, Modal } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { OverdueItemDto } from '../../../../shared/supervision'
import { isSessionError } from '../../../api/client'
import { applyServerErrors, errorMessage } from '../../../lib/form-errors'
import { issueNotice } from '../api'

interface Values { reason?: string; replyDeadline?: Dayjs }

/** 下发督办: reason and reply deadline may be left empty; the server then writes the standard wording and gives 5 working days. */
export function SuperviseModal({ planId, item, onClose, onIssued }: { planId: string; item: OverdueItemDto; onClose: () => void; onIssued: () => void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const notice = await issueNotice(planId, {
        taskId: item.taskId, unitId: item.unitId, dueDateId: item.dueDateId,
        ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        ...(v.replyDeadline ? { replyDeadline: v.replyDeadline.format('YYYY-MM-DD') } : {}),
      })
      message.success(`督办通知已下发：${notice.documentNumber}，回复期限 ${notice.replyDeadline}`)
      onIssued()
    } catch (e) {
      if (!isSessionError(e) && !applyServerErrors(form, e, ['reason', 'replyDeadline'])) setError(errorMessage(e))
      setSaving(false)
    }
  }

  return (
    <Modal open title="下发督办通知" okText="下发" cancelText="取消" okButtonProps={{ danger: true }} confirmLoading={saving}
      onOk={() => form.submit()} onCancel={onClose} maskClosable={false} width={600} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} items={[
        { key: 'u', label: '被督办单位', children: item.unitName },
        { key: 't', label: '任务', children: `${item.taskNumber} ${item.taskTitle}` },
        { key: 'p', label: '报送期次', children: `${item.periodLabel}（应于 ${item.dueOn} 前报送，已逾期 ${item.daysOverdue} 天）` },
      ]} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label="督办事由" extra="留空则按标准表述自动生成（写明任务、期次、应报日期和回复期限）">
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="replyDeadline" label="回复期限" extra="留空则为 5 个工作日后">
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
