import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Input, Modal, Select, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { UnitDto } from '../../../../shared/regions'
import type { TaskDto } from '../../../../shared/work-plans'
import type { TaskUnitsInput } from '../api'
import { choiceValue, filterUnitOption, parseChoice, unitOptions } from './unit-options'

interface Row { role: 'lead' | 'cooperating'; nameAsWritten: string; choice?: string }

interface Props {
  task: TaskDto
  units: UnitDto[]
  onClose: () => void
  onSave: (input: TaskUnitsInput) => Promise<boolean>
}

/** 责任单位 of one task: each row is a name as the plan writes it, its role, and what it maps to. */
export function UnitsModal({ task, units, onClose, onSave }: Props) {
  const [form] = Form.useForm<{ rows: Row[] }>()
  const [saving, setSaving] = useState(false)
  const options = useMemo(() => unitOptions(units), [units])
  const initial: Row[] = task.units.map((u) => ({ role: u.role === 'lead' ? 'lead' : 'cooperating', nameAsWritten: u.nameAsWritten, choice: choiceValue(u) }))

  const submit = async ({ rows }: { rows: Row[] }) => {
    setSaving(true)
    const ok = await onSave({ units: (rows ?? []).map((r) => ({ role: r.role, nameAsWritten: r.nameAsWritten.trim(), ...parseChoice(r.choice) })) })
    setSaving(false)
    if (ok) onClose()
  }

  // A new row's name defaults to the unit picked, so adding a unit the plan did not name is one choice.
  const pickName = (index: number, value: string | undefined) => {
    const rows = form.getFieldValue('rows') as Row[]
    if (rows[index]?.nameAsWritten?.trim() || !value) return
    const label = options.flatMap((g) => g.options).find((o) => o.value === value)?.label
    if (label) form.setFieldValue(['rows', index, 'nameAsWritten'], label)
  }

  return (
    <Modal open title={`责任单位：任务${task.number}`} okText="保存" cancelText="取消" confirmLoading={saving} width={760}
      onOk={() => form.submit()} onCancel={onClose} maskClosable={false} destroyOnHidden>
      <Typography.Paragraph type="secondary">“原文名称”是方案中的写法；未选择对应单位的行仍算作待解决问题。“不单独指派”表示该名称不分派任务（如“有关部门”）。</Typography.Paragraph>
      <Form form={form} onFinish={submit} initialValues={{ rows: initial }}>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" style={{ display: 'flex', marginBottom: 4 }} wrap>
                  <Form.Item name={[f.name, 'role']} style={{ marginBottom: 8 }}>
                    <Select style={{ width: 80 }} aria-label="牵头或配合" options={[{ value: 'lead', label: '牵头' }, { value: 'cooperating', label: '配合' }]} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'nameAsWritten']} style={{ marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: '请填写原文名称' }]}>
                    <Input placeholder="原文名称" aria-label="原文名称" maxLength={100} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'choice']} style={{ marginBottom: 8 }}>
                    <Select showSearch allowClear placeholder="对应单位（未对应）" aria-label="对应单位" style={{ width: 300 }} options={options}
                      filterOption={filterUnitOption} onChange={(v) => pickName(f.name, v)} listHeight={300} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除此行" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: fields.length ? 'cooperating' : 'lead', nameAsWritten: '' })}>添加单位</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  )
}
