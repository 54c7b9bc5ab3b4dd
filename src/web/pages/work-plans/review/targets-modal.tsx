import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd'
import { useState } from 'react'
import { COMPARATOR_LABELS, COMPARATORS, type TargetsInput, type TaskDto } from '../../../../shared/work-plans'

type Row = TargetsInput['targets'][number]

interface Props {
  task: TaskDto
  onClose: () => void
  onSave: (input: TargetsInput) => Promise<boolean>
}

const COMPARATOR_OPTIONS = COMPARATORS.map((c) => ({ value: c, label: COMPARATOR_LABELS[c] }))

/**
 * 量化指标 of one task. Each stays a row of its own (metric, comparator, value, unit) so that a later
 * module can bind it to a figure computed from live records.
 */
export function TargetsModal({ task, onClose, onSave }: Props) {
  const [form] = Form.useForm<{ rows: Row[] }>()
  const [saving, setSaving] = useState(false)
  const initial: Row[] = task.targets.map((g) => ({ text: g.text, metric: g.metric, comparator: g.comparator as Row['comparator'], value: g.value, unit: g.unit }))

  const submit = async ({ rows }: { rows: Row[] }) => {
    setSaving(true)
    // A target added by hand has no wording in the plan: its metric stands in for it.
    const ok = await onSave({ targets: (rows ?? []).map((r) => ({ ...r, metric: r.metric.trim(), text: r.text?.trim() || r.metric.trim(), unit: r.unit?.trim() ?? '' })) })
    setSaving(false)
    if (ok) onClose()
  }

  return (
    <Modal open title={`量化指标：任务${task.number}`} okText="保存" cancelText="取消" confirmLoading={saving} width={820}
      onOk={() => form.submit()} onCancel={onClose} maskClosable={false} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        每项指标一行：指标名称、比较方式（不低于、不超过等）、目标值和计量单位；单位报送时按此填写完成值，系统据此判断是否达标。
      </Typography.Paragraph>
      <Form form={form} onFinish={submit} initialValues={{ rows: initial }}>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} style={{ borderBottom: '1px dashed #f0f0f0', marginBottom: 8 }}>
                  <Space align="start" wrap>
                    <Form.Item name={[f.name, 'metric']} style={{ marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: '请填写指标名称' }]}>
                      <Input placeholder="指标名称" aria-label="指标名称" maxLength={200} style={{ width: 260 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'comparator']} style={{ marginBottom: 8 }}>
                      <Select options={COMPARATOR_OPTIONS} aria-label="比较方式" style={{ width: 96 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'value']} style={{ marginBottom: 8 }} rules={[{ required: true, message: '请填写目标值' }]}>
                      <InputNumber placeholder="目标值" aria-label="目标值" style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unit']} style={{ marginBottom: 8 }}>
                      <Input placeholder="单位，如 %" aria-label="计量单位" maxLength={32} style={{ width: 120 }} />
                    </Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除此指标" onClick={() => remove(f.name)} />
                  </Space>
                  <Form.Item name={[f.name, 'text']} style={{ marginBottom: 8 }}>
                    <Input size="small" variant="filled" placeholder="原文（可不填）" aria-label="指标原文" maxLength={500} prefix={<Typography.Text type="secondary">原文</Typography.Text>} />
                  </Form.Item>
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', metric: '', comparator: '>=', value: undefined, unit: '' })}>添加指标</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  )
}
