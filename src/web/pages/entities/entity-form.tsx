import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, type FormInstance } from 'antd'
import type { RuleObject } from 'antd/es/form'
import dayjs from 'dayjs'
import { checkUscc } from '../../../shared/codes'
import { entityTypeDef } from '../../../shared/entity-catalogue'
import { ENTITY_LABELS as L, type EntityFormValues } from './entity-form-values'
import { CANTEEN_OPTIONS, CATERING_OPTIONS, KITCHEN_OPTIONS, SCHOOL_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from './labels'
import { RegionSelect } from './region-select'
import { STATIC_FACTOR_OPTIONS } from './static-factors'

// The USCC is checked as it is typed, with the same function the server uses (GB 32100-2015 check character).
const usccRules: RuleObject[] = [
  { validator: async (_, v?: string) => { const e = v ? checkUscc(v).error : null; if (e) throw new Error(e) } },
  { warningOnly: true, validator: async (_, v?: string) => { const w = v ? checkUscc(v).orgCodeWarning : null; if (w) throw new Error(w) } },
]
const PHONE = { pattern: /^[0-9+\- ]{5,20}$/, message: '应为 5–20 位数字（可含 +、- 和空格）' }
const required = (message: string) => ({ required: true, whitespace: true, message })
const half = { xs: 24, md: 12 }
const third = { xs: 24, md: 8 }

interface Props {
  form: FormInstance<EntityFormValues>
  initialValues: Partial<EntityFormValues>
  onFinish: (values: EntityFormValues) => void
  disabled?: boolean
}

/** 基本信息 of an entity, for registering one and editing it. Conditional fields follow the type chosen. */
export function EntityForm({ form, initialValues, onFinish, disabled }: Props) {
  const type = Form.useWatch('type', form) ?? initialValues.type
  const canteenKind = Form.useWatch('canteenKind', form) ?? initialValues.canteenKind
  const openKitchen = Form.useWatch('openKitchen', form) ?? initialValues.openKitchen
  const canteen = type === 'canteen'
  const catering = entityTypeDef(type ?? '')?.sector === 'catering'

  return (
    <Form<EntityFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} disabled={disabled}
      autoComplete="off" scrollToFirstError>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="name" label={L.name} rules={[required('请输入主体名称'), { min: 2, message: '至少 2 个字' }]}>
            <Input maxLength={128} placeholder="营业执照或登记证上的名称" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="uscc" label={L.uscc} rules={usccRules} hasFeedback normalize={(v?: string) => v?.toUpperCase().replace(/\s/g, '')}
            extra="18 位，输入时即按国家标准核对第 18 位校验码">
            <Input maxLength={18} className="mono" placeholder="无营业执照的可不填" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="type" label={L.type} rules={[{ required: true, message: '请选择主体类型' }]}>
            <Select options={TYPE_OPTIONS} showSearch optionFilterProp="label" placeholder="按业态选择" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="regionCode" label={L.regionCode} rules={[{ required: true, message: '请选择所在村（社区）' }]}>
            <RegionSelect pick="village" />
          </Form.Item>
        </Col>
        {canteen && (
          <Col {...third}>
            <Form.Item name="canteenKind" label={L.canteenKind} rules={[{ required: true, message: '请选择食堂类别' }]}>
              <Select options={CANTEEN_OPTIONS} />
            </Form.Item>
          </Col>
        )}
        {canteen && canteenKind === 'school' && (
          <Col {...third}>
            <Form.Item name="schoolCategory" label={L.schoolCategory}><Select options={SCHOOL_OPTIONS} allowClear /></Form.Item>
          </Col>
        )}
        {canteen && ['school', 'kindergarten'].includes(canteenKind ?? '') && (
          <Col {...third}>
            <Form.Item name="principalAccompanies" label={L.principalAccompanies}>
              <Radio.Group options={[{ value: true, label: '是' }, { value: false, label: '否' }]} />
            </Form.Item>
          </Col>
        )}
        <Col {...half}>
          <Form.Item name="legalRepresentative" label={L.legalRepresentative}><Input maxLength={32} /></Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="address" label={L.address}><Input maxLength={200} /></Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="contactName" label={L.contactName}><Input maxLength={32} /></Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="contactPhone" label={L.contactPhone} rules={[PHONE]}><Input maxLength={20} /></Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="longitude" label={L.longitude}><InputNumber min={73} max={136} precision={6} style={{ width: '100%' }} /></Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="latitude" label={L.latitude}><InputNumber min={3} max={54} precision={6} style={{ width: '100%' }} /></Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="status" label={L.status} rules={[{ required: true, message: '请选择经营状态' }]}><Select options={STATUS_OPTIONS} /></Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="openedOn" label={L.openedOn}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="openKitchen" label={L.openKitchen} rules={[{ required: true, message: '请选择明厨亮灶情况' }]}>
            <Radio.Group options={KITCHEN_OPTIONS} optionType="button" />
          </Form.Item>
        </Col>
        {catering && (
          <Col {...half}>
            <Form.Item name="cateringGrade" label={L.cateringGrade}><Select options={CATERING_OPTIONS} allowClear placeholder="未评定" /></Form.Item>
          </Col>
        )}
        {openKitchen === 'internet' && (
          <Col span={24}>
            <Form.Item name="openKitchenUrl" label={L.openKitchenUrl} rules={[required('互联网+明厨亮灶须填写视频地址'), { pattern: /^https?:\/\//, message: '以 http:// 或 https:// 开头' }]}>
              <Input maxLength={300} placeholder="https://" />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="staticFactors" label={L.staticFactors} extra="用于风险分级的静态评分">
            <Checkbox.Group options={STATIC_FACTOR_OPTIONS} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  )
}
