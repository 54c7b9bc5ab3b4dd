import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd'
import type { Dayjs } from 'dayjs'
import { AUDIT_ACTION_LABELS, ENTITY_TYPE_LABELS, type AuditQuery } from '../../../shared/audit'

/** Names of the audited object types (audit rows' entityType). */

const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))
const ENTITY_OPTIONS = Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label }))

interface Values {
  actor?: string
  action?: string
  entityType?: string
  entityId?: string
  range?: [Dayjs | null, Dayjs | null] | null
}

type Filters = Omit<AuditQuery, 'page' | 'pageSize'>

export function AuditFilters({ onSearch }: { onSearch: (filters: Filters) => void }) {
  const [form] = Form.useForm<Values>()

  const submit = (v: Values) => onSearch({
    actor: v.actor?.trim() || undefined,
    action: v.action || undefined,
    entityType: v.entityType || undefined,
    entityId: v.entityId?.trim() || undefined,
    // Whole days in Asia/Shanghai; the server applies the same zone.
    from: v.range?.[0]?.format('YYYY-MM-DD'),
    to: v.range?.[1]?.format('YYYY-MM-DD'),
  })

  return (
    <Form<Values> form={form} onFinish={submit} layout="vertical" style={{ marginBottom: 8 }}>
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="actor" label="操作人"><Input allowClear placeholder="用户名" maxLength={64} /></Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="action" label="操作">
            <Select allowClear showSearch optionFilterProp="label" options={ACTION_OPTIONS} placeholder="全部操作" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={4}>
          <Form.Item name="entityType" label="对象类型">
            <Select allowClear options={ENTITY_OPTIONS} placeholder="全部" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="entityId" label="对象编号"><Input allowClear placeholder="完整编号" maxLength={128} /></Form.Item>
        </Col>
        <Col xs={24} sm={16} lg={10}>
          <Form.Item name="range" label="日期">
            <DatePicker.RangePicker format="YYYY-MM-DD" allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8} lg={14} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">查询</Button>
              <Button onClick={() => { form.resetFields(); submit({}) }}>重置</Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  )
}
