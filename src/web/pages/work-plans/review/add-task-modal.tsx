import { Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import type { PlanDetailDto, TaskInput } from '../../../../shared/work-plans'

interface Props {
  plan: PlanDetailDto
  onClose: () => void
  onSave: (input: TaskInput) => Promise<boolean>
}

/** A task the reader missed: typed in by hand, then given units, targets and deadlines like any other. */
export function AddTaskModal({ plan, onClose, onSave }: Props) {
  const [form] = Form.useForm<TaskInput>()
  const [saving, setSaving] = useState(false)
  const submit = async (v: TaskInput) => {
    setSaving(true)
    const ok = await onSave({ sectionNumber: v.sectionNumber ?? null, number: v.number.trim(), title: v.title.trim(), ...(v.text?.trim() ? { text: v.text.trim() } : {}) })
    setSaving(false)
    if (ok) onClose()
  }
  return (
    <Modal open title="新增任务" okText="添加" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}
      maskClosable={false} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ sectionNumber: plan.sections.at(-1)?.number ?? null }}>
        {plan.sections.length > 0 && (
          <Form.Item name="sectionNumber" label="所属章节">
            <Select allowClear options={plan.sections.map((s) => ({ value: s.number, label: `${s.number}、${s.title}` }))} />
          </Form.Item>
        )}
        <Form.Item name="number" label="任务编号" rules={[{ required: true, whitespace: true, message: '请填写编号' }]} extra="如：（十五）">
          <Input maxLength={16} />
        </Form.Item>
        <Form.Item name="title" label="任务标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="text" label="任务内容">
          <Input.TextArea rows={4} maxLength={20000} placeholder="可不填，默认同标题" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
