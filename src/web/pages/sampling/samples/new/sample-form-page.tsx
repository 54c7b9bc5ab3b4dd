import { Alert, App, Button, Card, DatePicker, Form, Input, Result, Select, Space, type UploadFile } from 'antd'
import dayjs from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { entityTypeDef } from '../../../../../shared/entity-catalogue'
import { isSessionError } from '../../../../api/client'
import { useMe } from '../../../../auth/auth-context'
import { errorMessage } from '../../../../lib/form-errors'
import { useLoad } from '../../../../lib/use-load'
import { blank, fromDay, toDay } from '../../../entities/dates'
import { todayIso } from '../../../entities/labels'
import { EntityPicker, type PickedEntity } from '../../../inspections/new/entity-picker'
import { placeServerErrors } from '../../../inspections/new/server-errors'
import { fetchEntity, fetchPlans, fetchSamplers, recordSample, samplePath, type SampleInput } from '../api'
import { CATEGORY_OPTIONS, DEPARTMENT_OPTIONS, departmentLabel, isAgricultural, LEVEL_OPTIONS, levelLabel, PURPOSE_OPTIONS, STAGE_OPTIONS } from '../labels'
import { photoIdsOf, photosUploading, SamplePhotos } from './sample-photos'

// Dates live in the form as the API's 'YYYY-MM-DD'; the pickers see Dayjs.
const dateProps = { getValueProps: (v: string | undefined) => ({ value: toDay(v) }), normalize: (d: dayjs.Dayjs | null) => fromDay(d) ?? undefined }

type Values = Omit<SampleInput, 'brand' | 'specification' | 'batchNumber' | 'productionDate' | 'manufacturer' | 'price' | 'planId' | 'requestId' | 'photoIds'> & {
  planId?: string; brand?: string; specification?: string; batchNumber?: string; productionDate?: string; manufacturer?: string; price?: string
  photos?: UploadFile[]
}

/** Form field → the API's title for it, so a 400 lands under its field (`抽样单编号：已存在`). */
const FIELD_LABELS: Record<string, string> = {
  sampleNumber: '抽样单编号', planId: '抽检计划', entityId: '被抽样单位', level: '抽检级别', department: '抽检部门', purpose: '抽检类型',
  category: '食品类别', stage: '抽样环节', productName: '样品名称', brand: '商标', specification: '规格型号', batchNumber: '生产批号',
  productionDate: '生产（购进）日期', manufacturer: '标称生产者', sampledOn: '抽样日期', samplerIds: '抽样人员', quantity: '抽样数量',
  price: '购样费用（元）', lab: '承检机构', photos: '现场照片',
}

/** A number to start from (抽样单 numbers are often the office's own): CY-date-4 random digits; editable. */
const suggestNumber = () => `CY-${dayjs().format('YYYYMMDD')}-${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`

/** The stage a business's sector usually means (a stall sells, a farm grows); the inspector can change it. */
const STAGE_OF_SECTOR: Record<string, string> = { production: 'production', circulation: 'circulation', stall: 'circulation', catering: 'catering', agriculture: 'planting' }
const stageOf = (type: string | undefined) => (type ? STAGE_OF_SECTOR[entityTypeDef(type)?.sector ?? ''] : undefined)

const toInput = (v: Values, requestId: string | null): SampleInput => ({
  sampleNumber: v.sampleNumber.trim(), planId: v.planId ?? null, requestId, entityId: v.entityId, level: v.level, department: v.department,
  purpose: v.purpose, category: v.category, stage: v.stage, productName: v.productName.trim(), brand: blank(v.brand),
  specification: blank(v.specification), batchNumber: blank(v.batchNumber), productionDate: v.productionDate ?? null,
  manufacturer: blank(v.manufacturer), sampledOn: v.sampledOn, samplerIds: v.samplerIds, quantity: v.quantity.trim(),
  price: blank(v.price), lab: v.lab.trim(), photoIds: photoIdsOf(v.photos),
})

/** 录入抽样: the sampler's form, laid out for a phone held in one hand and fine on a desktop. */
export function SampleFormPage() {
  const me = useMe()
  if (!me.permissions.includes('sampling.record')) return <Result status="403" title="没有录入抽样的权限" subTitle="如需录入，请联系安全管理员。" />
  return <SampleForm />
}

function SampleForm() {
  const me = useMe()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [search] = useSearchParams()
  const [form] = Form.useForm<Values>()
  const [entity, setEntity] = useState<PickedEntity | null>(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const today = todayIso()
  const category = Form.useWatch('category', form)
  const sampledOn = Form.useWatch('sampledOn', form)
  const planId = Form.useWatch('planId', form)
  // ?requestId=… comes from a 你点我检 proposal this sample answers.
  const requestId = search.get('requestId')

  // ?entityId=… (from an entity's page) preselects the entity.
  const preset = search.get('entityId')
  useEffect(() => {
    if (!preset) return
    fetchEntity(preset).then((e) => { pickEntity(e); form.setFieldValue('entityId', e.id) }, (e) => setError(errorMessage(e)))
    // pickEntity only sets state and fields
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preset, form])

  const entityId = entity?.id
  const samplers = useLoad(useCallback(() => fetchSamplers(entityId), [entityId]))
  useEffect(() => {
    // The signed-in inspector is one of the two; the other is picked.
    if (samplers.data?.some((o) => o.id === me.id) && !form.getFieldValue('samplerIds')?.length) form.setFieldValue('samplerIds', [me.id])
  }, [samplers.data, me.id, form])

  const year = Number((sampledOn ?? today).slice(0, 4))
  // The plans API is optional here: without it (or without plans) the sample is recorded outside a plan.
  // Only a published plan takes samples (a draft may still change its quotas; the API refuses it too).
  const plans = useLoad(useCallback(() => fetchPlans(year).then((all) => all.filter((p) => p.status === 'published'), () => []), [year]))
  const plan = plans.data?.find((p) => p.id === planId)
  useEffect(() => {
    // A plan fixes the level and the department of its samples.
    if (plan) form.setFieldsValue({ level: plan.level, department: plan.department })
  }, [plan, form])

  function pickEntity(e: PickedEntity | null) {
    setEntity(e)
    const stage = stageOf(e?.type)
    if (stage && !form.isFieldTouched('stage')) form.setFieldValue('stage', stage)
  }

  const submit = async (values: Values) => {
    if (photosUploading(values.photos)) { message.warning('照片仍在上传，请稍候再提交'); return }
    setSaving(true)
    setError(null)
    try {
      const saved = await recordSample(toInput(values, requestId))
      message.success('抽样记录已保存')
      navigate(samplePath(saved.id))
    } catch (e) {
      if (!isSessionError(e) && !placeServerErrors(form, e, FIELD_LABELS)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div style={{ maxWidth: 760 }}>
      <Form form={form} layout="vertical" size="large" onFinish={submit} disabled={saving} scrollToFirstError={{ block: 'center' }}
        initialValues={{ sampleNumber: suggestNumber(), sampledOn: today, samplerIds: [], level: 'county', department: 'market', purpose: 'supervision', stage: 'circulation' }}>
        <Card size="small" title="录入抽样 · 被抽样单位" style={{ marginBottom: 12 }}>
          {requestId && <Alert type="info" showIcon message="本次抽样回应一条“你点我检”建议" style={{ marginBottom: 12 }} />}
          <Form.Item name="entityId" label="被抽样单位" rules={[{ required: true, message: '请选择被抽样单位' }]}
            extra={entity ? `${entity.typeLabel} · ${entity.townshipName} ${entity.regionName}${entity.address ? ` · ${entity.address}` : ''}` : undefined}>
            <EntityPicker picked={entity} onPick={pickEntity} />
          </Form.Item>
          <Form.Item name="sampleNumber" label="抽样单编号" extra="已生成一个编号，可改为纸质抽样单上的编号（字母、数字或连字符）"
            rules={[{ required: true, message: '请填写抽样单编号' }, { pattern: /^[A-Za-z0-9-]{4,40}$/, message: '应为 4–40 位字母、数字或连字符' }]}>
            <Input maxLength={40} className="mono" autoCapitalize="characters" />
          </Form.Item>
          <Form.Item name="sampledOn" label="抽样日期" rules={[{ required: true, message: '请选择抽样日期' }]} {...dateProps}>
            <DatePicker style={{ width: '100%' }} inputReadOnly allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="samplerIds" label="抽样人员" required extra="不少于两名，须负责被抽样单位所在区域"
            rules={[{ validator: (_, v: string[] = []) => (v.length >= 2 ? Promise.resolve() : Promise.reject(new Error('应有两名以上抽样人员'))) }]}>
            <Select mode="multiple" maxCount={6} loading={samplers.loading} placeholder="选择抽样人员" optionFilterProp="label"
              options={(samplers.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        </Card>

        <Card size="small" title="抽检任务" style={{ marginBottom: 12 }}>
          <Form.Item name="planId" label="抽检计划" extra="可不选；选择后抽检级别和部门随计划">
            <Select allowClear loading={plans.loading} placeholder="不属于计划" notFoundContent={`${year} 年没有已发布的抽检计划`}
              options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.name}（${levelLabel(p.level)} · ${departmentLabel(p.department)}）` }))} />
          </Form.Item>
          <Space.Compact block style={{ gap: 8 }}>
            <Form.Item name="level" label="抽检级别" rules={[{ required: true, message: '请选择抽检级别' }]} style={{ flex: 1 }}>
              <Select options={LEVEL_OPTIONS} disabled={Boolean(plan)} />
            </Form.Item>
            <Form.Item name="department" label="抽检部门" rules={[{ required: true, message: '请选择抽检部门' }]} style={{ flex: 1 }}>
              <Select options={DEPARTMENT_OPTIONS} disabled={Boolean(plan)} />
            </Form.Item>
          </Space.Compact>
          <Form.Item name="purpose" label="抽检类型" rules={[{ required: true, message: '请选择抽检类型' }]}>
            <Select options={PURPOSE_OPTIONS} />
          </Form.Item>
          <Form.Item name="category" label="食品类别" rules={[{ required: true, message: '请选择食品类别' }]}
            extra={isAgricultural(category) ? '食用农产品：农药兽药残留检验计入“农药兽药残留检验量”' : undefined}>
            <Select showSearch optionFilterProp="title" placeholder="选择或搜索类别" options={CATEGORY_OPTIONS} optionLabelProp="title" />
          </Form.Item>
          <Form.Item name="stage" label="抽样环节" rules={[{ required: true, message: '请选择抽样环节' }]}>
            <Select options={STAGE_OPTIONS} />
          </Form.Item>
        </Card>

        <Card size="small" title="样品信息" style={{ marginBottom: 12 }}>
          <Form.Item name="productName" label="样品名称" rules={[{ required: true, whitespace: true, message: '请填写样品名称' }]}>
            <Input maxLength={100} placeholder="如：小白菜" />
          </Form.Item>
          <Form.Item name="brand" label="商标"><Input maxLength={64} placeholder="无商标可不填" /></Form.Item>
          <Form.Item name="specification" label="规格型号"><Input maxLength={64} placeholder="如：500g/袋、散装" /></Form.Item>
          <Form.Item name="batchNumber" label="生产批号"><Input maxLength={64} /></Form.Item>
          <Form.Item name="productionDate" label="生产（购进）日期" {...dateProps}>
            <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="manufacturer" label="标称生产者"><Input maxLength={128} placeholder="食用农产品可填产地或供货者" /></Form.Item>
          <Form.Item name="quantity" label="抽样数量" rules={[{ required: true, whitespace: true, message: '请填写抽样数量' }]}>
            <Input maxLength={32} placeholder="如：2 kg、6 袋" />
          </Form.Item>
          <Form.Item name="price" label="购样费用（元）" extra="抽样应支付样品费用"
            rules={[{ pattern: /^(0|[1-9][0-9]{0,7})(\.[0-9]{1,2})?$/, message: '应为金额，最多两位小数' }]}>
            <Input inputMode="decimal" maxLength={11} placeholder="如：12.50" suffix="元" />
          </Form.Item>
          <Form.Item name="lab" label="承检机构" rules={[{ required: true, whitespace: true, message: '请填写承检机构' }]} style={{ marginBottom: 0 }}>
            <Input maxLength={100} placeholder="如：县食品药品检验检测中心" />
          </Form.Item>
        </Card>

        <Card size="small" title="现场照片" style={{ marginBottom: 12 }}>
          <Form.Item name="photos" extra="样品、包装标签和抽样现场；JPG 或 PNG，最多 20 张" style={{ marginBottom: 0 }}>
            <SamplePhotos disabled={saving} />
          </Form.Item>
        </Card>

        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="form-error" />}
        <Space direction="vertical" style={{ width: '100%', marginBottom: 24 }}>
          <Button type="primary" htmlType="submit" block loading={saving}>保存抽样记录</Button>
          <Button block onClick={() => navigate('/sampling/samples')}>取消</Button>
        </Space>
      </Form>
    </div>
  )
}
