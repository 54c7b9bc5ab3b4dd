import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { useAuth } from '../../auth/auth-context'
import { errorMessage } from '../../lib/form-errors'

interface LoginForm { username: string; password: string }

export function LoginPage() {
  const { login, notice } = useAuth()
  const navigate = useNavigate()
  const location = useLocation()
  const [error, setError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const from = (location.state as { from?: string } | null)?.from

  const submit = async (values: LoginForm) => {
    setSubmitting(true)
    setError(null)
    try {
      const me = await login(values.username.trim(), values.password)
      // A pending password change wins over where the user was going.
      navigate(me.mustChangePassword ? '/password' : from && from !== '/login' ? from : '/', { replace: true })
    } catch (e) {
      // The server's own words: 用户名或密码错误, the lock message, or 请求过于频繁….
      setError(errorMessage(e))
      setSubmitting(false)
    }
  }

  return (
    <div style={{
      minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16,
      background: 'linear-gradient(160deg, #0b3b73 0%, #1a5fb4 55%, #e8eef7 55%)',
    }}>
      <Card style={{ width: '100%', maxWidth: 400, boxShadow: '0 8px 24px rgba(0,0,0,0.15)' }} styles={{ body: { padding: '32px 32px 24px' } }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <SafetyCertificateOutlined style={{ fontSize: 44, color: '#1a5fb4' }} />
          <Typography.Title level={2} style={{ margin: '8px 0 4px', letterSpacing: 4 }}>食安</Typography.Title>
          <Typography.Text type="secondary">县食品安全委员会办公室工作平台</Typography.Text>
        </div>
        {notice && !error && <Alert type="warning" showIcon message={notice} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<LoginForm> layout="vertical" size="large" onFinish={submit} requiredMark={false} autoComplete="on">
          <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
          </Form.Item>
          <Form.Item style={{ marginBottom: 8 }}>
            <Button type="primary" htmlType="submit" block loading={submitting}>登录</Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', fontSize: 12, marginBottom: 0 }}>
          连续输错密码 5 次将锁定账号 15 分钟；忘记密码请联系系统管理员重置。
        </Typography.Paragraph>
      </Card>
    </div>
  )
}
