import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState, type ReactNode } from 'react'
import { CONTROL_MEASURES, RETEST_VERDICTS } from '../../../../shared/disposals'
import { api } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'
import { useLoad } from '../../../lib/use-load'
import { fetchCaseOfficers, recordStep, type DisposalDetailDto, type StepBodies } from './api'

export type StepKey = keyof StepBodies

export const STEP_ACTIONS: Record<StepKey, string> = {
  notify: '送达检验结论', control: '风险控制', 'retest-request': '复检申请', 'retest-result': '复检结论', cause: '原因排查', rectification: '整改',
  case: '立案查处', 'follow-up': '跟踪抽检', extension: '延期', close: '办结',
}

type Values = Record<string, unknown>
const date = (d: unknown) => (d as Dayjs).format('YYYY-MM-DD')
const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }))

/** A date field: not in the future, not before the failed report was received (the server says so too). */
function DateField({ name, label, openedOn }: { name: string; label: string; openedOn: string }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请选择${label}` }]}>
      <DatePicker aria-label={label} disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(openedOn), 'day')} />
    </Form.Item>
  )
}

function body(step: StepKey, v: Values): StepBodies[StepKey] {
  switch (step) {
    case 'notify': return { notifiedOn: date(v.on) }
    case 'retest-request': return { requestedOn: date(v.on) }
    case 'retest-result': return { verdict: String(v.verdict), resultOn: date(v.on) }
    case 'control': return { measures: (v.measures as string[]) ?? [], controlledOn: date(v.on), quantity: String(v.quantity ?? '') }
    case 'cause': return { cause: String(v.text ?? ''), foundOn: date(v.on) }
    case 'rectification': return { rectification: String(v.text ?? ''), rectifiedOn: date(v.on) }
    case 'case': return v.mode === 'link'
      ? { caseId: String(v.caseId ?? '').trim(), clueReceivedOn: null, cause: null, officerIds: [] }
      : { caseId: null, clueReceivedOn: date(v.on), cause: v.text ? String(v.text) : null, officerIds: (v.officerIds as string[] | undefined) ?? [] }
    case 'follow-up': return { sampleId: String(v.sampleId) }
    case 'extension': return { days: Number(v.days), reason: String(v.text ?? '') }
    case 'close': return { closedOn: date(v.on), note: v.text ? String(v.text) : null }
  }
}

/** 办案人员 of a new clue: the county's officers; fewer than two, and the API's message says so. */
function OfficerSelect({ value, onChange }: { value?: string[]; onChange?: (v: string[]) => void }) {
  const { data, loading } = useLoad(fetchCaseOfficers)
  return (
    <Select mode="multiple" aria-label="办案人员" value={value} onChange={onChange} loading={loading} maxCount={6} optionFilterProp="label" placeholder="选择两名以上办案人员"
      options={(data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
  )
}

interface SampleOption { id: string; sampleNumber: string; sampledOn: string; productName: string }

/** Samples of the same business taken since the file opened: the candidates for 跟踪抽检. */
function FollowUpSelect({ detail, value, onChange }: { detail: DisposalDetailDto; value?: string; onChange?: (v: string) => void }) {
  const { data } = useLoad(useCallback(() => api.get<{ items: SampleOption[] }>('/samples', { entityId: detail.entityId, from: detail.openedOn, pageSize: 100 }), [detail.entityId, detail.openedOn]))
  const choices = (data?.items ?? []).filter((s) => s.id !== detail.sampleId)
  return (
    <Select aria-label="跟踪抽检样品" value={value} onChange={onChange} placeholder="选择该经营主体此后的抽样记录" notFoundContent="该经营主体尚无此后的抽样记录"
      options={choices.map((s) => ({ value: s.id, label: `${s.sampleNumber} ${s.productName}（${s.sampledOn}）` }))} />
  )
}

function fields(step: StepKey, detail: DisposalDetailDto): ReactNode {
  const openedOn = detail.openedOn
  switch (step) {
    case 'notify': return <DateField name="on" label="送达日期" openedOn={openedOn} />
    case 'retest-request': return <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`复检申请期限：${detail.retestDueOn ?? '送达后起算'}`} />
      <DateField name="on" label="复检申请日期" openedOn={openedOn} />
    </>
    case 'retest-result': return <>
      <Form.Item name="verdict" label="复检结论" rules={[{ required: true, message: '请选择复检结论' }]}><Radio.Group options={options(RETEST_VERDICTS)} /></Form.Item>
      <DateField name="on" label="复检结论日期" openedOn={openedOn} />
    </>
    case 'control': return <>
      <Form.Item name="measures" label="控制措施" rules={[{ required: true, message: '请至少选择一项控制措施' }]}><Checkbox.Group options={options(CONTROL_MEASURES)} /></Form.Item>
      <DateField name="on" label="控制日期" openedOn={openedOn} />
      <Form.Item name="quantity" label="控制数量" rules={[{ required: true, message: '请填写控制数量' }]}><Input maxLength={64} placeholder="如 35 kg、120 袋" /></Form.Item>
    </>
    case 'cause': return <>
      <Form.Item name="text" label="不合格原因" rules={[{ required: true, message: '请填写不合格原因' }]}><Input.TextArea maxLength={500} rows={3} /></Form.Item>
      <DateField name="on" label="查明日期" openedOn={openedOn} />
    </>
    case 'rectification': return <>
      <Form.Item name="text" label="整改情况" rules={[{ required: true, message: '请填写整改情况' }]}><Input.TextArea maxLength={500} rows={3} /></Form.Item>
      <DateField name="on" label="整改完成日期" openedOn={openedOn} />
    </>
    case 'case': return <>
      <Form.Item name="mode" label="方式" initialValue="new"><Radio.Group options={[{ value: 'new', label: '新建案件线索' }, { value: 'link', label: '关联已有案件' }]} /></Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) => (getFieldValue('mode') === 'link'
          ? <Form.Item name="caseId" label="已有案件编号" rules={[{ required: true, message: '请填写案件编号' }]}><Input placeholder="案件详情页地址中的编号" /></Form.Item>
          : <>
            <DateField name="on" label="移送立案日期" openedOn={openedOn} />
            <Form.Item name="officerIds" label="办案人员（至少 2 名）" extra="行政处罚的执法人员不得少于两人"><OfficerSelect /></Form.Item>
            <Form.Item name="text" label="案由（可不填）"><Input.TextArea maxLength={300} rows={2} placeholder={`抽检不合格：${detail.productName}（抽样单 ${detail.sampleNumber}）`} /></Form.Item>
          </>)}
      </Form.Item>
    </>
    case 'follow-up': return <Form.Item name="sampleId" label="跟踪抽检样品" rules={[{ required: true, message: '请选择样品' }]}><FollowUpSelect detail={detail} /></Form.Item>
    case 'extension': return <>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`办结期限 ${detail.closeDueOn}；经负责人书面批准可延期一次`} />
      <Form.Item name="days" label="延长天数" rules={[{ required: true, message: '请填写延长天数' }]}><InputNumber min={1} max={90} precision={0} addonAfter="日" /></Form.Item>
      <Form.Item name="text" label="延期理由（负责人书面批准）" rules={[{ required: true, message: '请填写延期理由' }]}><Input.TextArea maxLength={300} rows={2} /></Form.Item>
    </>
    case 'close': return <>
      {detail.closeBlockers.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="尚不能办结" description={detail.closeBlockers.join('；')} />}
      <DateField name="on" label="办结日期" openedOn={openedOn} />
      <Form.Item name="text" label="办结说明"><Input.TextArea maxLength={500} rows={2} /></Form.Item>
    </>
  }
}

/** One modal for every step: its fields, then the server's answer (its Chinese message when it refuses). */
export function StepModal({ step, detail, onClose, onDone }: { step: StepKey | null; detail: DisposalDetailDto; onClose: () => void; onDone: (d: DisposalDetailDto) => void }) {
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  if (!step) return null
  const submit = async (v: Values) => {
    setSaving(true)
    setError(undefined)
    try {
      onDone(await recordStep(detail.id, step, body(step, v)))
      form.resetFields()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }
  return (
    <Modal open title={STEP_ACTIONS[step]} okText="保存" cancelText="取消" confirmLoading={saving} destroyOnHidden
      onOk={() => form.submit()} onCancel={() => { setError(undefined); onClose() }}>
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} data-testid="step-error" />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>{fields(step, detail)}</Form>
    </Modal>
  )
}
