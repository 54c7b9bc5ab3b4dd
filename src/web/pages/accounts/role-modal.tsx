import { Alert, Form, Modal, Select } from 'antd'
import { useState } from 'react'
import type { AccountDto } from '../../../shared/accounts'
import { ROLE_LABELS, ROLES, isAdminRole } from '../../../shared/roles'
import { isSessionError } from '../../api/client'
import { applyServerErrors, errorMessage } from '../../lib/form-errors'
import { assignRole } from '../roles/api'

// A Select cannot hold null; this stands for "no role".
const NONE = '__none__'

const OPTIONS = [
  ...ROLES.map((r) => ({ value: r, label: isAdminRole(r) ? `${ROLE_LABELS[r]}（三员）` : ROLE_LABELS[r] })),
  { value: NONE, label: '未分配' },
]

interface Props { account: AccountDto; onClose: () => void; onSaved: (account: AccountDto) => void }

export function RoleModal({ account, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ role: string }>()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const submit = async ({ role }: { role: string }) => {
    setSaving(true)
    setError(null)
    try {
      onSaved(await assignRole(account.id, role === NONE ? null : role))
    } catch (e) {
      if (!isSessionError(e) && !applyServerErrors(form, e, ['role'])) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal open title={`分配角色：${account.displayName}（${account.username}）`} okText="保存" cancelText="取消"
      confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} maskClosable={false}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }}
        message="每个账号只有一个角色，三员（系统管理员、安全管理员、审计管理员）不能兼任。保存后该账号须重新登录，新角色随即生效。" />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: account.role ?? NONE }}>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={OPTIONS} showSearch optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
