import { UploadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Typography, Upload, type UploadFile } from 'antd'
import { useState } from 'react'
import type { MyTaskDto } from '../../../shared/work-plan-reports'
import { SLOT_STATUS_LABELS } from '../../../shared/work-plan-reports'
import { isSessionError } from '../../api/client'
import { applyServerErrors, errorMessage } from '../../lib/form-errors'
import { formatValue, goalText } from '../work-plans/labels'
import { submitReport, uploadEvidence, type StoredFile } from './api'

interface Values { dueDateId: string; text: string; figures?: Record<string, number | null> }

/** Periods still open for a report: not accepted, and not waiting for review. */
const OPEN = ['overdue', 'returned', 'due_soon', 'upcoming']
const NO_PERIOD = ''
const MAX_BYTES = 20 * 1024 * 1024

/**
 * 报送进展: the period, what was done, a figure per target and evidence files. Each file is uploaded on
 * choosing it (the server keeps it by SHA-256), so the report itself only names the stored files.
 */
export function ReportFormModal({ task, onClose, onSaved }: { task: MyTaskDto; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [files, setFiles] = useState<UploadFile<StoredFile>[]>([])
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const open = task.slots.filter((s) => OPEN.includes(s.status)).sort((a, b) => OPEN.indexOf(a.status) - OPEN.indexOf(b.status) || a.dueOn.localeCompare(b.dueOn))
  const periods = [
    ...[...open].sort((a, b) => a.dueOn.localeCompare(b.dueOn)).map((s) => ({
      value: s.dueDateId, label: `${s.periodLabel}（${s.dueOn} 前${s.requiredCount ? `，${s.requiredCount} 次` : ''}）· ${SLOT_STATUS_LABELS[s.status]}`,
    })),
    { value: NO_PERIOD, label: '不对应报送期次（日常进展）' },
  ]

  const submit = async (v: Values) => {
    if (files.some((f) => f.status === 'uploading')) { setError('请等待证明材料上传完成'); return }
    setSaving(true)
    setError(null)
    try {
      await submitReport(task.planId, task.taskId, {
        dueDateId: v.dueDateId || null,
        text: v.text.trim(),
        figures: task.targets.flatMap((t) => (typeof v.figures?.[t.id] === 'number' ? [{ targetId: t.id, value: v.figures[t.id]! }] : [])),
        evidence: files.filter((f) => f.status === 'done' && f.response).map((f) => ({ sha256: f.response!.sha256, fileName: f.response!.fileName })),
      })
      message.success('进展已报送，等待审核')
      onSaved()
    } catch (e) {
      if (!isSessionError(e) && !applyServerErrors(form, e, ['dueDateId', 'text'])) setError(errorMessage(e))
      setSaving(false)
    }
  }

  return (
    <Modal open title={`报送进展：${task.number} ${task.title}`} okText="报送" cancelText="取消" confirmLoading={saving}
      onOk={() => form.submit()} onCancel={onClose} maskClosable={false} width={640} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ dueDateId: open[0]?.dueDateId ?? NO_PERIOD }}>
        <Form.Item name="dueDateId" label="报送期次">
          <Select options={periods} />
        </Form.Item>
        <Form.Item name="text" label="进展情况" rules={[{ required: true, whitespace: true, message: '请填写进展情况' }]}>
          <Input.TextArea rows={5} maxLength={20000} showCount placeholder="本期完成的工作、取得的成效、存在的问题和下一步安排" />
        </Form.Item>
        {task.targets.map((t) => (
          <Form.Item key={t.id} name={['figures', t.id]} label={`${t.metric}（目标：${goalText(t)}）`}
            extra={t.latestValue !== null ? `上次报送：${formatValue(t.latestValue)} ${t.unit}` : undefined}>
            <InputNumber style={{ width: 200 }} addonAfter={t.unit || undefined} placeholder="完成值" aria-label={`${t.metric}完成值`} />
          </Form.Item>
        ))}
        <Form.Item label="证明材料" extra="PDF、图片、Word、Excel 或文本文件，单个不超过 20 MB，最多 20 个">
          <Upload<StoredFile> multiple fileList={files} maxCount={20}
            accept=".pdf,.jpg,.jpeg,.png,.gif,.webp,.docx,.xlsx,.txt"
            beforeUpload={(file) => {
              if (file.size <= MAX_BYTES) return true
              message.error(`“${file.name}”超过 20 MB`)
              return Upload.LIST_IGNORE
            }}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              uploadEvidence(file as File).then((stored) => onSuccess?.(stored), (e: Error) => {
                if (!isSessionError(e)) message.error(errorMessage(e))
                onError?.(e)
              })
            }}>
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {task.role === 'lead' ? '牵头单位的报告由县食安办审核。' : `配合单位的报告由牵头单位（${task.leadUnits.join('、') || '—'}）审核。`}
      </Typography.Text>
    </Modal>
  )
}
