import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { FOOD_CATEGORIES, SAMPLING_DEPARTMENTS, SAMPLING_LEVELS } from '../../../../shared/sampling-catalogue'
import { errorMessage } from '../../../lib/form-errors'
import { createPlan, updatePlan, type PlanDetailDto, type PlanInput } from './api'

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }))
const CATEGORY_OPTIONS = Object.entries(FOOD_CATEGORIES).map(([value, c]) => ({ value, label: c.label }))

interface Props { open: boolean; plan: PlanDetailDto | null; year: number; onClose: () => void; onSaved: (plan: PlanDetailDto) => void }

/** 制定 / 修改抽检计划: the county's rate per 1,000 (township quotas follow from population) and the category quotas. */
export function PlanFormDrawer({ open, plan, year, onClose, onSaved }: Props) {
  const [form] = Form.useForm<PlanInput>()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (!open) return
    setError(null)
    form.setFieldsValue(plan
      ? { year: plan.year, name: plan.name, level: plan.level, department: plan.department, batchesPerThousand: plan.batchesPerThousand, categories: plan.categories.filter((c) => c.quota > 0).map((c) => ({ category: c.category, batches: c.quota })) }
      : { year, name: `${year}年县级食品安全抽检计划`, level: 'county', department: 'market', batchesPerThousand: '4.0', categories: [] })
  }, [open, plan, year, form])
  const categories = Form.useWatch('categories', form) ?? []
  const categoryTotal = categories.reduce((s, c) => s + (c?.batches ?? 0), 0)

  async function save() {
    const values = await form.validateFields()
    setSaving(true)
    setError(null)
    try {
      const input = { ...values, batchesPerThousand: String(values.batchesPerThousand), categories: values.categories ?? [] }
      onSaved(plan ? await updatePlan(plan.id, input) : await createPlan(input))
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onClose={onClose} width={560} title={plan ? '修改抽检计划（草稿）' : '制定抽检计划'} destroyOnHidden
      extra={<Space><Button onClick={onClose}>取消</Button><Button type="primary" loading={saving} onClick={save}>保存</Button></Space>}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Space.Compact block>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]} style={{ width: 120 }}><InputNumber min={2000} max={2100} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="name" label="计划名称" rules={[{ required: true, message: '请填写计划名称' }]} style={{ flex: 1 }}><Input maxLength={100} /></Form.Item>
        </Space.Compact>
        <Space wrap>
          <Form.Item name="level" label="抽检级别" rules={[{ required: true }]}><Select style={{ width: 140 }} options={options(SAMPLING_LEVELS)} /></Form.Item>
          <Form.Item name="department" label="抽检部门" rules={[{ required: true }]}><Select style={{ width: 140 }} options={options(SAMPLING_DEPARTMENTS)} /></Form.Item>
          <Form.Item name="batchesPerThousand" label="每千人抽检批次" rules={[{ required: true, pattern: /^\d{1,4}(\.\d{1,2})?$/, message: '如 4.0，最多 2 位小数' }]}>
            <Input style={{ width: 140 }} suffix="批次/千人" />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          全县任务 = 人口 × 每千人批次 ÷ 1000；保存后按各乡镇（街道）人口自动分配乡镇任务（最大余额法，合计等于全县任务）。
        </Typography.Paragraph>
        <Typography.Title level={5}>分类别任务（合计 {categoryTotal} 批次）</Typography.Title>
        <Form.List name="categories">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'category']} rules={[{ required: true, message: '请选择类别' }]}>
                    <Select aria-label="食品类别" showSearch optionFilterProp="label" style={{ width: 260 }} options={CATEGORY_OPTIONS} placeholder="食品类别" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'batches']} rules={[{ required: true, message: '请填写批次' }]}>
                    <InputNumber aria-label="批次" min={0} max={100000} addonAfter="批次" style={{ width: 150 }} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除类别" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ batches: 10 })} block>添加食品类别</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  )
}
