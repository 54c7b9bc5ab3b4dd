import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState, type ReactNode } from 'react'
import { PENALTY_KINDS, PERSON_ROLES, type CaseDetailDto } from '../../../shared/cases'
import { errorMessage } from '../../lib/form-errors'
import { useLoad } from '../../lib/use-load'
import { createListing, decideCase, extendCase, fetchOfficers, fileCase, notFileCase, recordStep, transferCase } from './api'
import { options } from './labels'

export type Action = 'file' | 'not_file' | 'investigated' | 'notified' | 'decided' | 'executed' | 'closed' | 'extend' | 'transfer' | 'list'

export const ACTION_LABELS: Record<Action, string> = {
  file: '立案', not_file: '不予立案', investigated: '调查终结', notified: '告知', decided: '作出处罚决定', executed: '执行完毕', closed: '结案',
  extend: '延长办案期限', transfer: '移送公安', list: '列入严重违法失信名单',
}

type Values = Record<string, unknown> & { on?: Dayjs; penalties?: PenaltyValues[] }
interface PenaltyValues { kind: string; amount?: number; personName?: string; personRole?: string; personIdNumber?: string; banYears?: 0 | 5; note?: string }

const date = (d: unknown) => (d as Dayjs).format('YYYY-MM-DD')
const amount = (n: number | undefined | null) => (n === undefined || n === null ? null : n.toFixed(2))
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day')
const DateField = ({ label }: { label: string }) => (
  <Form.Item name="on" label={label} rules={[{ required: true, message: `请选择${label}` }]}><DatePicker disabledDate={notFuture} /></Form.Item>
)

function PenaltyList() {
  return (
    <Form.List name="penalties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="start" wrap style={{ display: 'flex', marginBottom: 8, padding: 8, background: '#fafafa' }}>
              <Form.Item name={[f.name, 'kind']} rules={[{ required: true, message: '请选择处罚种类' }]}><Select style={{ width: 170 }} options={options(PENALTY_KINDS)} placeholder="处罚种类" aria-label="处罚种类" /></Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const kind = getFieldValue(['penalties', f.name, 'kind']) as string | undefined
                  const person = kind === 'person_fine' || kind === 'employment_ban'
                  return (
                    <Space wrap align="start">
                      {kind && !['warning', 'licence_revoked', 'suspension', 'employment_ban'].includes(kind) && (
                        <Form.Item name={[f.name, 'amount']}><InputNumber min={0} precision={2} style={{ width: 150 }} placeholder="金额（元）" aria-label="金额（元）" /></Form.Item>
                      )}
                      {person && <Form.Item name={[f.name, 'personName']}><Input style={{ width: 110 }} placeholder="姓名" aria-label="被处罚人姓名" /></Form.Item>}
                      {person && <Form.Item name={[f.name, 'personRole']}><Select style={{ width: 170 }} options={options(PERSON_ROLES)} placeholder="职务" aria-label="被处罚人职务" /></Form.Item>}
                      {kind === 'employment_ban' && (
                        <Form.Item name={[f.name, 'banYears']}><Select style={{ width: 120 }} options={[{ value: 5, label: '5 年' }, { value: 0, label: '终身' }]} placeholder="年限" aria-label="从业禁止年限" /></Form.Item>
                      )}
                    </Space>
                  )
                }}
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(f.name)} style={{ marginTop: 8 }} aria-label="删除此项" />
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({ kind: 'fine' })} icon={<PlusOutlined />}>增加处罚内容</Button>
        </>
      )}
    </Form.List>
  )
}

/** One modal for every step of a case: the fields of the step, then the server's answer (its Chinese message on refusal). */
export function ActionModal({ action, detail, onClose, onDone }: { action: Action | null; detail: CaseDetailDto; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const { data: officers } = useLoad(useCallback(() => (action === 'file' ? fetchOfficers() : Promise.resolve([])), [action]))
  if (!action) return null
  const id = detail.id

  async function submit(v: Values) {
    setSaving(true)
    setError(undefined)
    try {
      switch (action) {
        case 'file': await fileCase(id, { filedOn: date(v.on), caseNumber: String(v.caseNumber), officerIds: (v.officerIds as string[]) ?? [] }); break
        case 'not_file': await notFileCase(id, { decidedOn: date(v.on), reason: String(v.reason) }); break
        case 'decided': await decideCase(id, {
          decidedOn: date(v.on), goodsValue: amount(v.goodsValue as number | undefined),
          penalties: (v.penalties ?? []).map((p) => ({
            kind: p.kind, amount: amount(p.amount), personName: p.personName || null, personRole: p.personRole ?? null,
            personIdNumber: p.personIdNumber || null, banYears: p.banYears ?? null, note: p.note || null,
          })),
        }); break
        case 'extend': await extendCase(id, String(v.reason)); break
        case 'transfer': await transferCase(id, { policeUnit: String(v.policeUnit), transferredOn: date(v.on), note: (v.note as string) || null }); break
        case 'list': await createListing({
          caseId: id, reason: String(v.reason), decisionNumber: (v.decisionNumber as string) || null, listedOn: date(v.on), heavyPenaltyConfirmed: v.confirmed === true ? true : (false as true),
        }); break
        default: await recordStep(id, { step: action!, on: date(v.on) })
      }
      onDone()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const fields: Record<Action, ReactNode> = {
    file: <>
      <DateField label="立案日期" />
      <Form.Item name="caseNumber" label="立案号" rules={[{ required: true, message: '请填写立案号' }]}><Input maxLength={64} placeholder="如：西市监立〔2026〕12号" /></Form.Item>
      <Form.Item name="officerIds" label="办案人员（至少 2 名）" rules={[{ required: true, message: '请选择办案人员' }]}>
        <Select mode="multiple" options={officers?.map((o) => ({ value: o.id, label: o.name }))} aria-label="办案人员" />
      </Form.Item>
    </>,
    not_file: <>
      <DateField label="不予立案日期" />
      <Form.Item name="reason" label="不予立案理由" rules={[{ required: true, message: '请填写理由' }]}><Input.TextArea maxLength={300} rows={3} /></Form.Item>
    </>,
    investigated: <DateField label="调查终结日期" />,
    notified: <DateField label="告知日期" />,
    decided: <>
      <DateField label="决定日期" />
      <Form.Item name="goodsValue" label="货值金额（元）"><InputNumber min={0} precision={2} style={{ width: 200 }} /></Form.Item>
      <Form.Item label="处罚内容（处罚到人须填写姓名和职务）" required><PenaltyList /></Form.Item>
    </>,
    executed: <DateField label="执行完毕日期" />,
    closed: <DateField label="结案日期" />,
    extend: <Form.Item name="reason" label="延期理由（经批准延长 30 日，限一次）" rules={[{ required: true, message: '请填写延期理由' }]}><Input.TextArea maxLength={300} rows={3} /></Form.Item>,
    transfer: <>
      <Form.Item name="policeUnit" label="移送公安机关" rules={[{ required: true, message: '请填写公安机关' }]}><Input maxLength={64} placeholder="如：西平县公安局食药环侦大队" /></Form.Item>
      <DateField label="移送日期" />
      <Form.Item name="note" label="备注"><Input.TextArea maxLength={500} rows={2} /></Form.Item>
    </>,
    list: <>
      <Form.Item name="reason" label="列入事由" rules={[{ required: true, message: '请填写列入事由' }]}><Input.TextArea maxLength={500} rows={3} /></Form.Item>
      <Form.Item name="decisionNumber" label="列入决定书文号（不填用立案号）"><Input maxLength={64} /></Form.Item>
      <DateField label="列入日期" />
      <Form.Item name="confirmed" valuePropName="checked"><Checkbox>确认本案处罚属较重行政处罚（吊销许可证、责令停产停业或从重罚款）</Checkbox></Form.Item>
    </>,
  }

  return (
    <Modal title={ACTION_LABELS[action]} open onCancel={onClose} onOk={() => form.submit()} okText="确定" confirmLoading={saving} width={action === 'decided' ? 880 : 560} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="action-error" />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ on: dayjs(), penalties: [{ kind: 'fine' }] }}>{fields[action]}</Form>
    </Modal>
  )
}
