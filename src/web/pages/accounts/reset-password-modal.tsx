import { Alert, Form, Input, Modal } from 'antd'
import { useState } from 'react'
import type { AccountDto } from '../../../shared/accounts'
import { isSessionError } from '../../api/client'
import { applyServerErrors, errorMessage } from '../../lib/form-errors'
import { PASSWORD_POLICY_HINT } from '../../lib/password-policy'
import { resetPassword } from './api'

interface Props { account: AccountDto; onClose: () => void; onSaved: (account: AccountDto) => void }

/** The server signs the account out everywhere and clears its lock when the password is reset. */
export function ResetPasswordModal({ account, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ password: string }>()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const submit = async ({ password }: { password: string }) => {
    setSaving(true)
    setError(null)
    try {
      onSaved(await resetPassword(account.id, password))
    } catch (e) {
      if (!isSessionError(e) && !applyServerErrors(form, e, ['password'])) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal open title={`重置密码：${account.displayName}（${account.username}）`} okText="重置" cancelText="取消"
      confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} maskClosable={false}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message="重置后该账号在所有设备上退出登录，请将新密码当面或电话告知本人。" />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} autoComplete="off">
        <Form.Item name="password" label="新密码" extra={PASSWORD_POLICY_HINT} rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
