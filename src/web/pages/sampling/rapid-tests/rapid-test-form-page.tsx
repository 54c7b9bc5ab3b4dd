import { Alert, App, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { RAPID_TEST_ITEMS, RAPID_TEST_PLACES, type RapidTestItem } from '../../../../shared/sampling-catalogue'
import { errorMessage } from '../../../lib/form-errors'
import { RegionSelect } from '../../entities/region-select'
import { createRapidTest, searchEntities } from './api'

const ITEM_OPTIONS = Object.entries(RAPID_TEST_ITEMS).map(([value, i]) => ({ value, label: i.label }))
const PLACE_OPTIONS = Object.entries(RAPID_TEST_PLACES).map(([value, label]) => ({ value, label }))

interface Values {
  entityId?: string; regionCode?: string; placeKind: string; placeName?: string; testedOn: Dayjs; item: string; sampleName: string
  reading?: string; result?: string; operatorName: string; kitBatch?: string
}

/** 快检录入, phone first (one column, large controls): a reading item shows its result from the cut-off as it is typed. */
export function RapidTestFormPage() {
  const [form] = Form.useForm<Values>()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [entities, setEntities] = useState<{ value: string; label: string }[]>([])
  const itemKey = Form.useWatch('item', form) as RapidTestItem | undefined
  const entityId = Form.useWatch('entityId', form)
  const reading = Form.useWatch('reading', form)
  const item = itemKey ? RAPID_TEST_ITEMS[itemKey] : undefined
  const cutOff = item?.positiveAtOrAbove ?? null
  const preview = cutOff !== null && reading && /^\d+(\.\d+)?$/.test(reading) ? (Number(reading) >= cutOff ? 'positive' : 'negative') : null

  async function search(q: string) {
    if (q.trim().length < 2) return
    const list = await searchEntities(q.trim())
    setEntities(list.items.map((e) => ({ value: e.id, label: `${e.name}（${e.townshipName}）` })))
  }

  async function save(v: Values, again: boolean) {
    setSaving(true)
    setError(null)
    try {
      await createRapidTest({
        entityId: v.entityId ?? null, regionCode: v.entityId ? null : v.regionCode ?? null, placeKind: v.placeKind, placeName: v.entityId ? null : v.placeName ?? null,
        testedOn: v.testedOn.format('YYYY-MM-DD'), item: v.item, method: null, sampleName: v.sampleName, reading: item?.readingUnit ? v.reading ?? null : null,
        result: item?.readingUnit ? null : v.result ?? null, operatorName: v.operatorName, kitBatch: v.kitBatch || null,
      })
      message.success('快检结果已保存')
      if (again) form.setFieldsValue({ sampleName: undefined, reading: undefined, result: undefined })
      else navigate('/sampling/rapid-tests')
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title="录入快检" style={{ maxWidth: 560, margin: '0 auto' }} styles={{ body: { padding: 16 } }}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" size="large" requiredMark="optional"
        initialValues={{ testedOn: dayjs(), placeKind: 'market', item: 'organophosphate' }} onFinish={(v) => save(v, false)}>
        <Form.Item name="placeKind" label="地点类型" rules={[{ required: true }]}><Select options={PLACE_OPTIONS} /></Form.Item>
        <Form.Item name="entityId" label="被检单位（经营主体）">
          <Select showSearch allowClear filterOption={false} onSearch={search} options={entities} placeholder="输入名称搜索" notFoundContent={null} />
        </Form.Item>
        {!entityId && (
          <>
            <Form.Item name="placeName" label="地点名称" rules={[{ required: true, message: '请填写地点名称或选择经营主体' }]}><Input maxLength={100} placeholder="如 城关镇农贸市场" /></Form.Item>
            <Form.Item name="regionCode" label="所在乡镇 / 村" rules={[{ required: true, message: '请选择所在区划' }]}><RegionSelect aria-label="所在乡镇 / 村" /></Form.Item>
          </>
        )}
        <Form.Item name="testedOn" label="检测日期" rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} inputReadOnly />
        </Form.Item>
        <Form.Item name="item" label="检测项目" rules={[{ required: true }]} extra={item && <Space size={4} wrap><span>{item.method}</span>{item.status === 'U' && <Tag color="orange">未核实</Tag>}</Space>}>
          <Select options={ITEM_OPTIONS} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="sampleName" label="样品名称" rules={[{ required: true, message: '请填写样品名称' }]}><Input maxLength={64} placeholder="如 韭菜、猪尿" /></Form.Item>
        {item?.readingUnit ? (
          <Form.Item name="reading" label={`检测读数（${item.readingUnit}）`} rules={[{ required: true, message: '请填写读数' }, { pattern: /^\d{1,3}(\.\d{1,3})?$/, message: '请填写数字，最多 3 位小数' }]}
            extra={<span>≥ {cutOff}{item.readingUnit} 判为阳性{preview && <>，本次：<Tag color={preview === 'positive' ? 'red' : 'green'} data-testid="result-preview">{preview === 'positive' ? '阳性' : '阴性'}</Tag></>}</span>}>
            <Input inputMode="decimal" suffix={item.readingUnit} />
          </Form.Item>
        ) : (
          <Form.Item name="result" label="检测结果" rules={[{ required: true, message: '请选择阴性或阳性' }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: 'negative', label: '阴性' }, { value: 'positive', label: '阳性' }]} />
          </Form.Item>
        )}
        <Form.Item name="operatorName" label="检测人员" rules={[{ required: true, message: '请填写检测人员' }]}><Input maxLength={32} /></Form.Item>
        <Form.Item name="kitBatch" label="试剂批号"><Input maxLength={64} /></Form.Item>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button type="primary" htmlType="submit" block loading={saving}>保存</Button>
          <Button block disabled={saving} onClick={() => form.validateFields().then((v) => save(v, true))}>保存并继续录入</Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 13 }}>
          快检阳性须按《食品安全法》第一百一十二条抽样送检确证；食用农产品快检结果有异议的，可在收到结果 4 小时内申请复检。
        </Typography.Paragraph>
      </Form>
    </Card>
  )
}
