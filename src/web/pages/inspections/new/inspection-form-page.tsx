import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Result, Select, Space } from 'antd'
import dayjs from 'dayjs'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { HANDLINGS } from '../../../../shared/inspections'
import { isSessionError } from '../../../api/client'
import { useMe } from '../../../auth/auth-context'
import { errorMessage } from '../../../lib/form-errors'
import { useLoad } from '../../../lib/use-load'
import { fromDay, toDay } from '../../entities/dates'
import { todayIso } from '../../entities/labels'
import { fetchDraws, fetchEntity, fetchOfficers, fetchOrders, recordInspection, uploadPhoto } from '../api'
import { allowedHandlings, checklistOf, DEFAULT_RECTIFICATION_DAYS, defaultDueOn, FIELD_LABELS, LABEL_ALIASES, requirementsFrom, toInput, type FormValues } from '../form-model'
import { KIND_OPTIONS, ORDER_KIND_OPTIONS } from '../labels'
import { ChecklistInput } from './checklist-input'
import { EntityPicker, type PickedEntity } from './entity-picker'
import { PhotoPicker, type Photo } from './photo-picker'
import { ResultBanner } from './result-banner'
import { placeServerErrors } from './server-errors'
import { SignaturePad } from './signature-pad'

// Dates live in the form as the API's 'YYYY-MM-DD'; the pickers see Dayjs.
const dateProps = { getValueProps: (v: string | undefined) => ({ value: toDay(v) }), normalize: (d: dayjs.Dayjs | null) => fromDay(d) ?? undefined }
const OPEN_ORDER = new Set(['open', 'reported'])

/** 录入监督检查: the inspector's form, laid out for a phone held in one hand and fine on a desktop. */
export function InspectionFormPage() {
  const me = useMe()
  if (!me.permissions.includes('inspections.record')) return <Result status="403" title="没有录入监督检查的权限" subTitle="如需录入，请联系安全管理员。" />
  return <InspectionForm />
}

function InspectionForm() {
  const me = useMe()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [search] = useSearchParams()
  const [form] = Form.useForm<FormValues & { signature?: Blob | null }>()
  const [entity, setEntity] = useState<PickedEntity | null>(null)
  const [photos, setPhotos] = useState<Photo[]>([])
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const today = todayIso()

  const entityType = entity?.type
  const checklist = useMemo(() => (entityType ? checklistOf(entityType) : null), [entityType])
  const answers = Form.useWatch('answers', form)
  const kind = Form.useWatch('kind', form)
  const handling = Form.useWatch('handling', form)
  const inspectedOn = Form.useWatch('inspectedOn', form)
  const refused = Form.useWatch('signatureRefused', form)
  const judgement = useMemo(() => checklist?.judge(answers ?? {}) ?? null, [checklist, answers])
  const allowed = useMemo(() => (judgement ? allowedHandlings(judgement.counts) : []), [judgement])

  // ?entityId=… (from an entity's page or the due list) preselects the entity.
  const preset = search.get('entityId')
  useEffect(() => {
    if (!preset) return
    fetchEntity(preset).then((e) => { setEntity(e); form.setFieldValue('entityId', e.id) }, (e) => setError(errorMessage(e)))
  }, [preset, form])

  const entityId = entity?.id
  const officers = useLoad(useCallback(() => fetchOfficers(entityId), [entityId]))
  useEffect(() => {
    // The signed-in inspector is one of the two; the other is picked.
    if (officers.data?.some((o) => o.id === me.id) && !form.getFieldValue('inspectorIds')?.length) form.setFieldValue('inspectorIds', [me.id])
  }, [officers.data, me.id, form])

  const year = Number((inspectedOn ?? today).slice(0, 4))
  const draws = useLoad(useCallback(() => (kind === 'random' ? fetchDraws(year) : Promise.resolve(null)), [kind, year]))
  const orders = useLoad(useCallback(() => (kind === 'follow_up' && entityId ? fetchOrders({ entityId, pageSize: 50 }) : Promise.resolve(null)), [kind, entityId]))

  // Only the handlings the findings allow; a choice the findings no longer allow is cleared.
  useEffect(() => {
    if (!judgement) return
    const current = form.getFieldValue('handling')
    if (allowed.length === 1 && current !== allowed[0]) form.setFieldValue('handling', allowed[0])
    else if (current && !allowed.includes(current)) form.setFieldValue('handling', undefined)
  }, [allowed, judgement, form])

  // 限期整改: deadline +15 days and requirements from the failed items, until the inspector edits them.
  const failedKey = judgement?.failed.map((f) => f.code).join(',')
  useEffect(() => {
    if (handling !== 'rectification' || !judgement || !checklist) return
    if (!form.isFieldTouched('dueOn') && inspectedOn) form.setFieldValue('dueOn', defaultDueOn(inspectedOn))
    if (!form.isFieldTouched('requirements')) form.setFieldValue('requirements', requirementsFrom(judgement.failed, form.getFieldValue('answers') ?? {}))
    // failedKey stands for the failures; notes are read when the order is first shown or the failures change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [handling, inspectedOn, failedKey, checklist, form])

  const pickEntity = (e: PickedEntity | null) => {
    setEntity(e)
    form.setFieldsValue({ answers: {}, verifiesOrderId: undefined })
  }

  const nextUnanswered = () => {
    const code = checklist?.items.find((it) => !form.getFieldValue('answers')?.[it.code]?.outcome)?.code
    document.querySelector(`[data-testid="item-${code}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' })
  }

  const submit = async (values: FormValues & { signature?: Blob | null }) => {
    if (!checklist) return
    if (photos.some((p) => !p.sha256 && !p.error)) { message.warning('照片仍在上传，请稍候再提交'); return }
    setSaving(true)
    setError(null)
    try {
      const signature = !values.signatureRefused && values.signature ? (await uploadPhoto(values.signature, '企业签名.png')).sha256 : null
      const photoIds = photos.filter((p) => p.sha256).map((p) => p.sha256!)
      const saved = await recordInspection(toInput(values, checklist.items, [...new Set(photoIds)], signature))
      message.success('检查记录已保存')
      navigate(`/inspections/${saved.id}`)
    } catch (e) {
      if (!isSessionError(e) && !placeServerErrors(form, e, FIELD_LABELS, LABEL_ALIASES)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div style={{ maxWidth: 860 }}>
      <Form form={form} layout="vertical" size="large" onFinish={submit} disabled={saving} scrollToFirstError={{ block: 'center' }}
        initialValues={{ kind: 'daily', inspectedOn: today, inspectorIds: [], answers: {}, signatureRefused: false, orderKind: 'rectify' }}>
        <Card size="small" title="录入监督检查 · 基本信息" style={{ marginBottom: 12 }}>
          <Form.Item name="entityId" label="检查对象" rules={[{ required: true, message: '请选择检查对象' }]}
            extra={entity ? `${entity.typeLabel} · ${entity.townshipName} ${entity.regionName}${entity.address ? ` · ${entity.address}` : ''}` : undefined}>
            <EntityPicker picked={entity} onPick={pickEntity} />
          </Form.Item>
          <Form.Item name="kind" label="检查类型" rules={[{ required: true }]}>
            <Select options={KIND_OPTIONS} />
          </Form.Item>
          {kind === 'campaign' && (
            <Form.Item name="campaign" label="专项名称" rules={[{ required: true, whitespace: true, message: '专项检查应写明专项名称' }]}>
              <Input maxLength={100} placeholder="如：校园食品安全专项检查" />
            </Form.Item>
          )}
          {kind === 'random' && (
            <Form.Item name="drawId" label="双随机抽查" rules={[{ required: true, message: '双随机检查应关联抽查记录' }]} extra="该主体须在这次抽查的抽中名单内">
              <Select loading={draws.loading} placeholder="选择抽查记录" notFoundContent={`${year} 年没有已抽取的抽查`}
                options={(draws.data?.items ?? []).filter((d) => d.status === 'drawn' || d.status === 'published').map((d) => ({ value: d.id, label: `${d.title}（${d.statusLabel}）` }))} />
            </Form.Item>
          )}
          {kind === 'follow_up' && (
            <Form.Item name="verifiesOrderId" label="复查的整改通知" rules={[{ required: true, message: '整改复查应关联整改通知' }]}
              extra="复查后，通知所列项目均符合即验证合格">
              <Select loading={orders.loading} placeholder={entity ? '选择整改通知' : '请先选择检查对象'}
                notFoundContent="该主体没有待验证的整改通知"
                options={(orders.data?.items ?? []).filter((o) => OPEN_ORDER.has(o.status)).map((o) => ({
                  value: o.id, label: `${o.documentNumber ?? '整改通知'} · ${o.issuedOn} 下达 · 期限 ${o.dueOn}`,
                }))} />
            </Form.Item>
          )}
          <Form.Item name="inspectedOn" label="检查日期" rules={[{ required: true, message: '请选择检查日期' }]} {...dateProps}>
            <DatePicker style={{ width: '100%' }} inputReadOnly allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="inspectorIds" label="执法人员" required extra="不少于两名执法人员，须负责该主体所在区域"
            rules={[{ validator: (_, v: string[] = []) => (v.length >= 2 ? Promise.resolve() : Promise.reject(new Error('应有两名以上执法人员'))) }]}>
            <Select mode="multiple" maxCount={4} loading={officers.loading} placeholder="选择执法人员" optionFilterProp="label"
              options={(officers.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        </Card>

        {checklist && judgement ? (
          <Card size="small" title={checklist.title} style={{ marginBottom: 12 }} styles={{ body: { paddingTop: 8 } }}>
            <ResultBanner judgement={judgement} ruleTitle={checklist.ruleTitle} onNext={nextUnanswered} />
            {kind === 'flying' && <Alert type="info" showIcon message="飞行检查可只检查部分项目；其他检查应逐项填写。" style={{ marginBottom: 12 }} />}
            <Form.Item name="answers" noStyle={false} style={{ marginBottom: 0 }}
              rules={[{ validator: () => {
                const j = checklist.judge(form.getFieldValue('answers') ?? {})
                if (form.getFieldValue('kind') !== 'flying' && j.unanswered > 0) return Promise.reject(new Error(`还有 ${j.unanswered} 项未填写，除飞行检查外应逐项检查`))
                if (j.answered === 0) return Promise.reject(new Error('至少填写一项检查项目'))
                return Promise.resolve()
              } }]}>
              <ChecklistInput checklist={checklist} />
            </Form.Item>
          </Card>
        ) : (
          <Alert type="info" showIcon message="选择检查对象后显示对应的检查表" style={{ marginBottom: 12 }} />
        )}

        {checklist && (
          <Card size="small" title="处理措施" style={{ marginBottom: 12 }}>
            <Form.Item name="handling" label="处理措施" rules={[{ required: true, message: '请选择处理措施' }]}
              extra={judgement && judgement.counts.keyFailures > 0 ? '重点项目不符合，不能以当场整改了结' : undefined}>
              <Radio.Group optionType="button" buttonStyle="solid" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
                options={allowed.map((h) => ({ value: h, label: HANDLINGS[h] }))} />
            </Form.Item>
            {handling === 'rectification' && (
              <>
                <Form.Item name="orderKind" label="整改文书" rules={[{ required: true }]}>
                  <Select options={ORDER_KIND_OPTIONS} />
                </Form.Item>
                <Form.Item name="dueOn" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]} {...dateProps}
                  extra={`默认检查日期后 ${DEFAULT_RECTIFICATION_DAYS} 天，可调整；应晚于检查日期，不超过一年`}>
                  <DatePicker style={{ width: '100%' }} inputReadOnly allowClear={false}
                    disabledDate={(d) => (inspectedOn ? !d.isAfter(dayjs(inspectedOn), 'day') : false) || d.isAfter(dayjs().add(366, 'day'), 'day')} />
                </Form.Item>
                <Form.Item name="requirements" label="整改要求" rules={[{ required: true, whitespace: true, message: '请填写整改要求' }]} extra="已按不符合项生成，可修改">
                  <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
                </Form.Item>
                <Form.Item name="documentNumber" label="文书编号">
                  <Input maxLength={64} placeholder="如：西市监限改〔2026〕12号（可不填）" />
                </Form.Item>
              </>
            )}
            <Form.Item name="findings" label="检查发现的问题" style={{ marginBottom: 0 }}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} placeholder="概述检查中发现的问题（可不填）" />
            </Form.Item>
          </Card>
        )}

        <Card size="small" title="现场照片" style={{ marginBottom: 12 }}>
          <PhotoPicker photos={photos} onChange={setPhotos} disabled={saving} />
        </Card>

        <Card size="small" title="被检查单位签字确认" style={{ marginBottom: 12 }}>
          <Form.Item name="signatureRefused" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>被检查单位拒绝签字</Checkbox>
          </Form.Item>
          {!refused && (
            <>
              <Form.Item name="signature" label="企业签名" rules={[{ required: true, message: '请被检查单位签名，拒绝签字的请勾选上方' }]}>
                <SignaturePad />
              </Form.Item>
              <Form.Item name="signerName" label="签字人" rules={[{ required: true, whitespace: true, message: '请填写签字人姓名' }]} style={{ marginBottom: 0 }}>
                <Input maxLength={32} placeholder="签字人姓名" />
              </Form.Item>
            </>
          )}
        </Card>

        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="form-error" />}
        <Space direction="vertical" style={{ width: '100%', marginBottom: 24 }}>
          <Button type="primary" htmlType="submit" block loading={saving} disabled={!checklist}>提交检查记录</Button>
          <Button block onClick={() => navigate('/inspections')}>取消</Button>
        </Space>
      </Form>
    </div>
  )
}
