import { Alert, App, Button, Descriptions, Form, Space, Tag } from 'antd'
import { useMemo, useState } from 'react'
import { checkUscc } from '../../../../shared/codes'
import type { EntityDetailDto } from '../../../../shared/entities'
import { CANTEEN_KINDS, CATERING_GRADES, SCHOOL_CATEGORIES } from '../../../../shared/entity-catalogue'
import { STATIC_FACTORS, type StaticFactor } from '../../../../shared/risk-rules'
import { isSessionError } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'
import { formatMinute } from '../../../lib/format'
import { updateEntity } from '../api'
import { EntityForm } from '../entity-form'
import { ENTITY_LABELS as L, toEntityInput, toFormValues, type EntityFormValues } from '../entity-form-values'
import { applyFieldErrors } from '../field-errors'
import { KitchenTag, StatusTag } from '../labels'

interface Props { entity: EntityDetailDto; canManage: boolean; onChange: (e: EntityDetailDto) => void }

/** 基本信息: the edit form for those who may manage the register, a read-only summary for everyone else. */
export function BasicTab(props: Props) {
  return props.canManage ? <BasicForm {...props} /> : <BasicView entity={props.entity} />
}

function BasicForm({ entity, onChange }: Props) {
  const { message } = App.useApp()
  const [form] = Form.useForm<EntityFormValues>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const initial = useMemo(() => toFormValues(entity), [entity])

  const submit = async (values: EntityFormValues) => {
    setSaving(true)
    setError(null)
    try {
      onChange(await updateEntity(entity.id, toEntityInput(values)))
      message.success('基本信息已保存')
    } catch (e) {
      if (!isSessionError(e) && !applyFieldErrors(form, e, L)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div style={{ maxWidth: 960 }}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <EntityForm form={form} initialValues={initial} onFinish={submit} disabled={saving} />
      <Space>
        <Button type="primary" loading={saving} onClick={() => form.submit()}>保存</Button>
        <Button onClick={() => form.resetFields()} disabled={saving}>撤销修改</Button>
        <span style={{ color: 'rgba(0,0,0,0.45)' }}>最后修改于 {formatMinute(entity.updatedAt)}</span>
      </Space>
    </div>
  )
}

const or = (v: string | null | undefined) => v || '—'

function BasicView({ entity: e }: { entity: EntityDetailDto }) {
  const warning = e.uscc ? checkUscc(e.uscc).orgCodeWarning : null
  const factors = (Object.keys(STATIC_FACTORS) as StaticFactor[]).filter((k) => e.staticFactors?.[k])
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} styles={{ label: { width: 120 }, content: { wordBreak: 'break-all' } }}>
      <Descriptions.Item label={L.name}>{e.name}</Descriptions.Item>
      <Descriptions.Item label={L.uscc}><span className="mono">{or(e.uscc)}</span>{warning && <Tag color="warning" style={{ marginLeft: 8 }}>{warning}</Tag>}</Descriptions.Item>
      <Descriptions.Item label={L.type}>{e.typeLabel}{e.canteenKind && ` · ${CANTEEN_KINDS[e.canteenKind as keyof typeof CANTEEN_KINDS]}`}{e.schoolCategory && ` · ${SCHOOL_CATEGORIES[e.schoolCategory as keyof typeof SCHOOL_CATEGORIES]}`}</Descriptions.Item>
      <Descriptions.Item label={L.regionCode}>{e.regionPath}</Descriptions.Item>
      <Descriptions.Item label={L.legalRepresentative}>{or(e.legalRepresentative)}</Descriptions.Item>
      <Descriptions.Item label={L.address}>{or(e.address)}</Descriptions.Item>
      <Descriptions.Item label={L.contactName}>{or(e.contactName)}</Descriptions.Item>
      <Descriptions.Item label={L.contactPhone}>{or(e.contactPhone)}</Descriptions.Item>
      <Descriptions.Item label={L.status}><StatusTag status={e.status} /></Descriptions.Item>
      <Descriptions.Item label={L.openedOn}>{or(e.openedOn)}</Descriptions.Item>
      <Descriptions.Item label={L.openKitchen}><KitchenTag value={e.openKitchen} />{e.openKitchenUrl && <a href={e.openKitchenUrl} target="_blank" rel="noreferrer">查看视频</a>}</Descriptions.Item>
      <Descriptions.Item label={L.cateringGrade}>{e.cateringGrade ? CATERING_GRADES[e.cateringGrade as keyof typeof CATERING_GRADES] : '—'}</Descriptions.Item>
      {e.canteenKind && ['school', 'kindergarten'].includes(e.canteenKind) && (
        <Descriptions.Item label={L.principalAccompanies}>{e.principalAccompanies === null ? '—' : e.principalAccompanies ? '是' : '否'}</Descriptions.Item>
      )}
      <Descriptions.Item label={L.staticFactors} span={2}>{factors.length ? factors.map((k) => STATIC_FACTORS[k]).join('；') : '无'}</Descriptions.Item>
    </Descriptions>
  )
}
