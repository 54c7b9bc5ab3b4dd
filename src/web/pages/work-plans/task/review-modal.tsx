import { Alert, Form, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import type { ReportDto } from '../../../../shared/work-plan-reports'
import { isSessionError } from '../../../api/client'
import { applyServerErrors, errorMessage } from '../../../lib/form-errors'
import { reviewReport } from '../api'

interface Props {
  report: ReportDto
  decision: 'accept' | 'return'
  onClose: () => void
  onDone: (report: ReportDto) => void
}

/** 通过 or 退回 a report. Returning needs a reason, which the unit sees beside its report. */
export function ReviewModal({ report, decision, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ comment?: string }>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const returning = decision === 'return'

  const submit = async ({ comment }: { comment?: string }) => {
    setSaving(true)
    setError(null)
    try {
      onDone(await reviewReport(report.id, { decision, ...(comment?.trim() ? { comment: comment.trim() } : {}) }))
    } catch (e) {
      // A refusal (403: not this account's to review) arrives here in the server's words.
      if (!isSessionError(e) && !applyServerErrors(form, e, ['comment'])) setError(errorMessage(e))
      setSaving(false)
    }
  }

  return (
    <Modal open title={returning ? '退回报告' : '通过报告'} okText={returning ? '退回' : '通过'} cancelText="取消"
      okButtonProps={{ danger: returning }} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} maskClosable={false} destroyOnHidden>
      <Typography.Paragraph>
        {report.unitName} · {report.periodLabel ?? '不定期报送'} 的进展报告
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="comment" label="审核意见" rules={returning ? [{ required: true, whitespace: true, message: '退回时请写明原因' }] : []}>
          <Input.TextArea rows={4} maxLength={2000} placeholder={returning ? '写明需要补充或更正的内容' : '可不填'} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
