import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { CASE_SOURCES, PARTY_KINDS } from '../../../shared/cases'
import { errorMessage } from '../../lib/form-errors'
import { useLoad } from '../../lib/use-load'
import { fetchEntities } from '../entities/api'
import { RegionSelect } from '../entities/region-select'
import { createClue, fetchOfficers } from './api'
import { options } from './labels'

interface Values {
  source: string; partyMode: 'entity' | 'other'; entityId?: string; partyName?: string; partyKind?: string; regionCode?: string
  cause: string; clueReceivedOn: Dayjs; officerIds?: string[]
}

/** 登记线索: a registered business (its name, kind and village come from the register) or an unregistered party. */
export function ClueModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const [search, setSearch] = useState('')
  const navigate = useNavigate()
  const mode = Form.useWatch('partyMode', form)
  const { data: entities, loading } = useLoad(useCallback(() => (open ? fetchEntities({ q: search || undefined, pageSize: 20 }) : Promise.resolve(undefined)), [open, search]))
  const { data: officers } = useLoad(useCallback(() => (open ? fetchOfficers() : Promise.resolve([])), [open]))

  async function submit(v: Values) {
    setSaving(true)
    setError(undefined)
    try {
      const other = v.partyMode === 'other'
      const c = await createClue({
        source: v.source, sourceRef: null, entityId: other ? null : v.entityId ?? null, partyName: other ? v.partyName ?? null : null,
        partyKind: other ? v.partyKind ?? null : null, regionCode: other ? v.regionCode ?? null : null, cause: v.cause,
        clueReceivedOn: v.clueReceivedOn.format('YYYY-MM-DD'), officerIds: v.officerIds ?? [],
      })
      navigate(`/cases/${c.id}`)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal title="登记案件线索" open={open} onCancel={onClose} onOk={() => form.submit()} okText="登记" confirmLoading={saving} width={640} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ source: 'inspection', partyMode: 'entity', clueReceivedOn: dayjs() }}>
        <Form.Item name="source" label="案件来源" rules={[{ required: true }]}><Select options={options(CASE_SOURCES)} /></Form.Item>
        <Form.Item name="partyMode" label="当事人">
          <Radio.Group optionType="button" options={[{ value: 'entity', label: '已登记经营主体' }, { value: 'other', label: '未登记当事人' }]} />
        </Form.Item>
        {mode !== 'other' ? (
          <Form.Item name="entityId" label="经营主体" rules={[{ required: true, message: '请选择经营主体' }]}>
            <Select showSearch filterOption={false} onSearch={setSearch} loading={loading} placeholder="输入名称或信用代码搜索"
              options={entities?.items.map((e) => ({ value: e.id, label: `${e.name}（${e.townshipName} ${e.regionName}）` }))} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="partyName" label="当事人名称" rules={[{ required: true, message: '请填写当事人名称' }]}><Input maxLength={128} /></Form.Item>
            <Form.Item name="partyKind" label="当事人类型" rules={[{ required: true, message: '请选择当事人类型' }]}><Radio.Group options={options(PARTY_KINDS)} /></Form.Item>
            <Form.Item name="regionCode" label="案发地" rules={[{ required: true, message: '请选择案发地' }]}><RegionSelect /></Form.Item>
          </>
        )}
        <Form.Item name="cause" label="案由" rules={[{ required: true, message: '请填写案由' }]}><Input.TextArea maxLength={300} rows={2} /></Form.Item>
        <Form.Item name="clueReceivedOn" label="线索受理日期" rules={[{ required: true }]} extra="应在 15 个工作日内决定是否立案（《市场监督管理行政处罚程序规定》第十八条）">
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="officerIds" label="核查人员"><Select mode="multiple" options={officers?.map((o) => ({ value: o.id, label: o.name }))} /></Form.Item>
      </Form>
    </Modal>
  )
}
