import { DeleteOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Form, Input, InputNumber, Popconfirm, Row } from 'antd'
import { useEffect } from 'react'
import type { PlanDetailDto, PlanPatchInput } from '../../../../shared/work-plans'

interface Values { title: string; issuer?: string; yearFrom: number; yearTo: number }

interface Props {
  plan: PlanDetailDto
  onSave: (patch: PlanPatchInput) => Promise<boolean>
  onDelete: () => void
  onYearsChanged: () => void
}

/**
 * Title, issuer and years as read. The server converts deadlines to dates at import and does not redo it
 * when the years change, so a changed year comes with a warning to check the dates.
 */
export function PlanHeader({ plan, onSave, onDelete, onYearsChanged }: Props) {
  const [form] = Form.useForm<Values>()
  useEffect(() => {
    form.setFieldsValue({ title: plan.title, issuer: plan.issuer ?? '', yearFrom: plan.yearFrom, yearTo: plan.yearTo })
  }, [form, plan.title, plan.issuer, plan.yearFrom, plan.yearTo])

  const submit = async (v: Values) => {
    const ok = await onSave({ title: v.title.trim(), issuer: v.issuer?.trim() || null, yearFrom: v.yearFrom, yearTo: v.yearTo })
    if (ok && (v.yearFrom !== plan.yearFrom || v.yearTo !== plan.yearTo)) onYearsChanged()
  }

  return (
    <Card size="small" title="方案信息" style={{ marginBottom: 16 }} extra={(
      <Popconfirm title="删除这份草稿？" description="草稿及其中的修改都将删除，可重新导入。" okText="删除" cancelText="取消"
        okButtonProps={{ danger: true }} onConfirm={onDelete}>
        <Button size="small" danger icon={<DeleteOutlined />}>删除草稿</Button>
      </Popconfirm>
    )}>
      {plan.calendarMissingYears.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }}
          message={`节假日数据缺少 ${plan.calendarMissingYears.join('、')} 年，按普通周末计算`}
          description="这些年份的截止日期只避开了周六、周日，未考虑法定节假日和调休，请核对或手填日期。" />
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Row gutter={12} align="bottom" wrap>
          <Col flex="1 1 320px">
            <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请输入标题' }]} style={{ marginBottom: 0 }}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col flex="0 1 240px">
            <Form.Item name="issuer" label="发文单位" style={{ marginBottom: 0 }}><Input maxLength={100} placeholder="未识别" /></Form.Item>
          </Col>
          <Col flex="none">
            <Form.Item name="yearFrom" label="起始年度" rules={[{ required: true, message: '请输入' }]} style={{ marginBottom: 0 }}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: 96 }} />
            </Form.Item>
          </Col>
          <Col flex="none">
            <Form.Item name="yearTo" label="截止年度" rules={[{ required: true, message: '请输入' }]} style={{ marginBottom: 0 }}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: 96 }} />
            </Form.Item>
          </Col>
          <Col flex="none"><Button htmlType="submit">保存</Button></Col>
        </Row>
      </Form>
    </Card>
  )
}
