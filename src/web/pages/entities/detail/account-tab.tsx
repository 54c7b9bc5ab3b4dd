import { CheckCircleOutlined } from '@ant-design/icons'
import { Alert, App, Button, Form, Input, Result, Typography } from 'antd'
import { useState } from 'react'
import type { EntityDetailDto } from '../../../../shared/entities'
import { isSessionError } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'
import { PASSWORD_POLICY_HINT } from '../../../lib/password-policy'
import { openAccount, type BusinessAccountInput } from '../api'
import { applyFieldErrors } from '../field-errors'

const LABELS = { username: '用户名', displayName: '姓名', password: '初始密码' }

/** 企业账号: the business's own login, for its monthly self-inspection and its licences; one per entity. */
export function AccountTab({ entity, canManage, onChange }: { entity: EntityDetailDto; canManage: boolean; onChange: (e: EntityDetailDto) => void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<BusinessAccountInput>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (entity.hasAccount) {
    return <Result icon={<CheckCircleOutlined style={{ color: '#52c41a' }} />} title="已开通企业账号"
      subTitle="企业可登录平台填报每月自查、查看本企业证照和风险等级。忘记密码时请系统管理员重置。" />
  }
  if (!canManage) return <Result status="info" title="尚未开通企业账号" />

  const submit = async (v: BusinessAccountInput) => {
    setSaving(true)
    setError(null)
    try {
      onChange(await openAccount(entity.id, { username: v.username.trim(), displayName: v.displayName.trim(), password: v.password }))
      message.success(`已为“${entity.name}”开通企业账号 ${v.username.trim()}，首次登录须修改密码`)
    } catch (e) {
      if (!isSessionError(e) && !applyFieldErrors(form, e, LABELS)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div style={{ maxWidth: 520 }}>
      <Typography.Paragraph type="secondary">
        开通后，企业可用该账号登录，按月填报食品安全自查并提交自查报告，查看本企业证照和风险等级。请将用户名和初始密码当面告知企业负责人，首次登录须修改密码。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<BusinessAccountInput> form={form} layout="vertical" onFinish={submit} autoComplete="off" disabled={saving}
        initialValues={{ displayName: entity.contactName ?? entity.legalRepresentative ?? '' }}>
        <Form.Item name="username" label={LABELS.username} extra="字母开头，可含字母、数字、下划线、点和连字符，3–32 位"
          rules={[{ required: true, whitespace: true, message: '请输入用户名' }, { pattern: /^[A-Za-z][A-Za-z0-9_.-]{2,31}$/, message: '字母开头，3–32 位字母、数字、下划线、点或连字符' }]}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={LABELS.displayName} rules={[{ required: true, whitespace: true, message: '请输入账号使用人姓名' }]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="password" label={LABELS.password} extra={PASSWORD_POLICY_HINT} rules={[{ required: true, message: '请输入初始密码' }]}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>开通企业账号</Button>
      </Form>
    </div>
  )
}
