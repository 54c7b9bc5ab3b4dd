import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Modal, Radio } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { isSessionError } from '../../api/client'
import { errorMessage } from '../../lib/form-errors'
import { fromDay, toDay } from '../entities/dates'
import { todayIso } from '../entities/labels'
import { reportOrder, verifyOrder, type OrderDto } from './api'
import { placeServerErrors } from './new/server-errors'

const CLOSED = new Set(['passed', 'failed'])
export const isClosed = (o: OrderDto) => CLOSED.has(o.status)

interface VerifyValues { passed: boolean; verifiedOn: string; note: string; toCase: boolean }

/** The office verifies an order: 整改合格, or 不合格 (and, when warranted, 转立案调查). */
export function VerifyButton({ order, onDone }: { order: OrderDto; onDone: (o: OrderDto) => void }) {
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<VerifyValues>()
  const passed = Form.useWatch('passed', form)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { message } = App.useApp()

  const submit = async (v: VerifyValues) => {
    setSaving(true)
    setError(null)
    try {
      const saved = await verifyOrder(order.id, { passed: v.passed, verifiedOn: v.verifiedOn, note: v.note.trim(), toCase: !v.passed && v.toCase, followUpInspectionId: null })
      message.success(saved.caseId ? '已验证为整改不合格，并转立案调查' : `已验证：${v.passed ? '整改合格' : '整改不合格'}`)
      setOpen(false)
      onDone(saved)
    } catch (e) {
      if (!isSessionError(e) && !placeServerErrors(form, e, { passed: '整改结果', verifiedOn: '验证日期', note: '验证情况', toCase: '转立案调查' })) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <Button size="small" type="primary" ghost onClick={() => setOpen(true)}>验证</Button>
      <Modal open={open} title={`验证整改：${order.entityName}`} okText="确认验证" onOk={() => form.submit()} confirmLoading={saving} onCancel={() => setOpen(false)} destroyOnHidden>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        {order.reportNote && <Alert type="info" message="企业回复" description={order.reportNote} style={{ marginBottom: 12, whiteSpace: 'pre-wrap' }} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ passed: true, verifiedOn: todayIso(), toCase: false }}>
          <Form.Item name="passed" label="整改结果" rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: true, label: '整改合格' }, { value: false, label: '整改不合格' }]} />
          </Form.Item>
          <Form.Item name="verifiedOn" label="验证日期" rules={[{ required: true, message: '请选择验证日期' }]}
            getValueProps={(v: string) => ({ value: toDay(v) })} normalize={(d: dayjs.Dayjs | null) => fromDay(d)}>
            <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(order.issuedOn), 'day')} />
          </Form.Item>
          <Form.Item name="note" label="验证情况" rules={[{ required: true, whitespace: true, message: '请填写验证情况' }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} placeholder="现场核查或材料审查的情况" />
          </Form.Item>
          {passed === false && (
            <Form.Item name="toCase" valuePropName="checked" extra="逾期不整改或整改不合格、涉嫌违法的，转立案调查（生成案件线索）">
              <Checkbox>转立案调查</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  )
}

/** A business answers its own order with what it has done (整改情况). */
export function ReplyButton({ order, onDone }: { order: OrderDto; onDone: (o: OrderDto) => void }) {
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<{ note: string }>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { message } = App.useApp()

  const submit = async (v: { note: string }) => {
    setSaving(true)
    setError(null)
    try {
      const saved = await reportOrder(order.id, { note: v.note.trim() })
      message.success('已提交整改情况，等待监管部门验证')
      setOpen(false)
      onDone(saved)
    } catch (e) {
      if (!isSessionError(e) && !placeServerErrors(form, e, { note: '整改情况' })) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <Button size="small" type="primary" onClick={() => setOpen(true)}>回复整改情况</Button>
      <Modal open={open} title="回复整改情况" okText="提交" onOk={() => form.submit()} confirmLoading={saving} onCancel={() => setOpen(false)} destroyOnHidden>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Alert type="info" message={`整改要求（期限 ${order.dueOn}）`} description={order.requirements} style={{ marginBottom: 12, whiteSpace: 'pre-wrap' }} />
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item name="note" label="整改情况" rules={[{ required: true, whitespace: true, message: '请填写整改情况' }]}>
            <Input.TextArea autoSize={{ minRows: 4 }} maxLength={2000} placeholder="逐项说明已采取的整改措施" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
