import { Alert, Form, Modal, type FormInstance } from 'antd'
import { useState, type ReactNode } from 'react'
import type { EntityDetailDto } from '../../../../shared/entities'
import { isSessionError } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'
import { applyFieldErrors } from '../field-errors'

interface Props<V> {
  title: string
  /** Form field → the label the server names it by. */
  labels: Record<string, string>
  initialValues: Partial<V>
  save: (values: V) => Promise<EntityDetailDto>
  onClose: () => void
  onSaved: (entity: EntityDetailDto) => void
  children: (form: FormInstance<V>) => ReactNode
}

/** The add/edit dialog of a licence, person or certification: the server's problems land under their fields. */
export function ChildModal<V extends object>({ title, labels, initialValues, save, onClose, onSaved, children }: Props<V>) {
  const [form] = Form.useForm<V>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (values: V) => {
    setSaving(true)
    setError(null)
    try {
      onSaved(await save(values))
    } catch (e) {
      if (!isSessionError(e) && !applyFieldErrors(form, e, labels)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal open title={title} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}
      maskClosable={false} width={600} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} autoComplete="off">
        {children(form)}
      </Form>
    </Modal>
  )
}
