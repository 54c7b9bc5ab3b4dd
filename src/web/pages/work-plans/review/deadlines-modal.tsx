import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { DEADLINE_KINDS, type DeadlineKindName, type TaskDto } from '../../../../shared/work-plans'
import type { DeadlinesInput } from '../api'
import { hasTypedDates } from './deadline-inputs'

interface Row { text: string; kind: DeadlineKindName; context?: string; dates?: Dayjs[] }

interface Props {
  task: TaskDto
  onClose: () => void
  onSave: (input: DeadlinesInput) => Promise<boolean>
}

const KIND_OPTIONS = Object.entries(DEADLINE_KINDS).map(([value, label]) => ({ value, label }))

/** 完成时限 of one task: the wording is converted to dates by the server; typed dates override it. */
export function DeadlinesModal({ task, onClose, onSave }: Props) {
  const [form] = Form.useForm<{ rows: Row[] }>()
  const [saving, setSaving] = useState(false)
  const initial: Row[] = task.deadlines.map((d) => ({
    text: d.text, kind: d.kind as DeadlineKindName, context: d.context, dates: hasTypedDates(d) ? d.dueDates.map((x) => dayjs(x.dueOn)) : undefined,
  }))

  const submit = async ({ rows }: { rows: Row[] }) => {
    setSaving(true)
    const ok = await onSave({ deadlines: (rows ?? []).map((r) => ({
      text: r.text.trim(), kind: r.kind, ...(r.context ? { context: r.context } : {}),
      ...(r.dates?.length ? { dueDates: r.dates.map((d) => d.format('YYYY-MM-DD')).sort() } : {}),
    })) })
    setSaving(false)
    if (ok) onClose()
  }

  return (
    <Modal open title={`完成时限：任务${task.number}`} okText="保存" cancelText="取消" confirmLoading={saving} width={780}
      onOk={() => form.submit()} onCancel={onClose} maskClosable={false} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        “年底前”“每季度末20日前”等写法由系统换算为截止日期（遇节假日顺延到工作日）。原文无法换算时，请在右侧手填截止日期（可选多个）；手填日期优先于原文。
      </Typography.Paragraph>
      <Form form={form} onFinish={submit} initialValues={{ rows: initial }}>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'text']} style={{ marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: '请填写时限' }]}>
                    <Input placeholder="时限原文，如：年底前" aria-label="时限原文" maxLength={100} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} style={{ marginBottom: 8 }}>
                    <Select options={KIND_OPTIONS} aria-label="时限类型" style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dates']} style={{ marginBottom: 8 }}>
                    <DatePicker multiple placeholder="手填截止日期（可不填）" aria-label="截止日期" style={{ width: 300 }} maxTagCount="responsive" />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除此时限" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', kind: 'by-date' })}>添加时限</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  )
}
