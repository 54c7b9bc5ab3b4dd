import { Alert, App, Button, Card, Form, Input } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { isSessionError } from '../../api/client'
import { useAuth, useMe } from '../../auth/auth-context'
import { applyServerErrors, errorMessage } from '../../lib/form-errors'
import { PASSWORD_POLICY_HINT } from '../../lib/password-policy'
import { changePassword } from './api'

interface PasswordForm { oldPassword: string; newPassword: string; confirm: string }

export function PasswordPage() {
  const me = useMe()
  const { refresh } = useAuth()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<PasswordForm>()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const submit = async ({ oldPassword, newPassword }: PasswordForm) => {
    setSaving(true)
    setError(null)
    try {
      await changePassword({ oldPassword, newPassword })
      message.success('密码已修改')
      form.resetFields()
      if (me.mustChangePassword) {
        await refresh() // mustChangePassword is now false: the rest of the app opens
        navigate('/', { replace: true })
      }
    } catch (e) {
      if (!isSessionError(e) && !applyServerErrors(form, e, ['oldPassword', 'newPassword'])) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title="修改密码" style={{ maxWidth: 560 }}>
      {me.mustChangePassword && (
        <Alert type="warning" showIcon style={{ marginBottom: 24 }} message="首次登录须先修改密码"
          description="为保障账号安全，请先将初始密码修改为只有您知道的新密码；修改完成前不能使用其他功能。" />
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={submit} autoComplete="off">
        <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
          <Input.Password autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" extra={PASSWORD_POLICY_HINT} rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="confirm" label="确认新密码" dependencies={['newPassword']} rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
          }),
        ]}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" loading={saving}>确认修改</Button>
        </Form.Item>
      </Form>
    </Card>
  )
}
