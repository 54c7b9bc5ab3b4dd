import { Alert, App, Button, Drawer, Form, Grid, Space } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { isSessionError } from '../../api/client'
import { errorMessage } from '../../lib/form-errors'
import { createEntity } from './api'
import { EntityForm } from './entity-form'
import { ENTITY_LABELS, NEW_ENTITY, toEntityInput, type EntityFormValues } from './entity-form-values'
import { applyFieldErrors } from './field-errors'

/** 登记经营主体: the form in a drawer; once saved, the new entity's page opens for its licences and people. */
export function EntityCreateDrawer({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<EntityFormValues>()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const screens = Grid.useBreakpoint()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (values: EntityFormValues) => {
    setSaving(true)
    setError(null)
    try {
      const saved = await createEntity(toEntityInput(values))
      message.success(`已登记“${saved.name}”，请继续填写证照和人员`)
      navigate(`/entities/${saved.id}?tab=licences`)
    } catch (e) {
      if (!isSessionError(e) && !applyFieldErrors(form, e, ENTITY_LABELS)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open title="登记经营主体" width={screens.md ? 760 : '100%'} onClose={onClose} maskClosable={false} destroyOnHidden
      extra={<Space><Button onClick={onClose}>取消</Button><Button type="primary" loading={saving} onClick={() => form.submit()}>登记</Button></Space>}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <EntityForm form={form} initialValues={NEW_ENTITY} onFinish={submit} disabled={saving} />
    </Drawer>
  )
}
