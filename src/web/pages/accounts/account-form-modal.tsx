import { Alert, Form, Input, Modal, Select, TreeSelect } from 'antd'
import { useCallback, useState } from 'react'
import type { AccountDto } from '../../../shared/accounts'
import type { RegionNode } from '../../../shared/regions'
import { isSessionError } from '../../api/client'
import { applyServerErrors, errorMessage } from '../../lib/form-errors'
import { PASSWORD_POLICY_HINT } from '../../lib/password-policy'
import { useLoad } from '../../lib/use-load'
import { fetchRegionTree, fetchUnits } from '../regions/api'
import { createAccount, updateAccount } from './api'

interface Values { username: string; displayName: string; password: string; regionCode: string; unitId?: string; phone?: string }

const FIELDS = ['username', 'displayName', 'password', 'regionCode', 'unitId', 'phone'] as const

interface RegionOption { value: string; title: string; children?: RegionOption[] }
const toOptions = (nodes: RegionNode[]): RegionOption[] =>
  nodes.map((n) => ({ value: n.code, title: n.name, children: n.children.length ? toOptions(n.children) : undefined }))

interface Props {
  /** null: a new account. */
  account: AccountDto | null
  onClose: () => void
  onSaved: (account: AccountDto) => void
}

/** 新建账号 / 编辑账号. A new account has no role: the security administrator assigns one (三员分立). */
export function AccountFormModal({ account, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const regions = useLoad(useCallback(fetchRegionTree, []))
  const units = useLoad(useCallback(fetchUnits, []))
  const creating = account === null

  const submit = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const phone = v.phone?.trim() || null
      const saved = creating
        ? await createAccount({
          username: v.username.trim(), displayName: v.displayName.trim(), password: v.password, regionCode: v.regionCode,
          ...(v.unitId ? { unitId: v.unitId } : {}), ...(phone ? { phone } : {}),
        })
        : await updateAccount(account.id, { displayName: v.displayName.trim(), regionCode: v.regionCode, unitId: v.unitId ?? null, phone })
      onSaved(saved)
    } catch (e) {
      if (!isSessionError(e) && !applyServerErrors(form, e, FIELDS)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal open title={creating ? '新建账号' : `编辑账号：${account.username}`} okText={creating ? '创建' : '保存'} cancelText="取消"
      confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} maskClosable={false} width={560}>
      {creating && <Alert type="info" showIcon style={{ marginBottom: 16 }} message="新账号没有角色，创建后请安全管理员分配角色（三员分立）。" />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} autoComplete="off" initialValues={account ? {
        username: account.username, displayName: account.displayName, regionCode: account.regionCode,
        unitId: account.unitId ?? undefined, phone: account.phone ?? undefined,
      } : undefined}>
        <Form.Item name="username" label="用户名" extra={creating ? '字母开头，可含字母、数字、下划线、点和连字符，3–32 位；创建后不能修改' : undefined}
          rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
          <Input disabled={!creating} maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={32} />
        </Form.Item>
        {creating && (
          <Form.Item name="password" label="初始密码" extra={PASSWORD_POLICY_HINT} rules={[{ required: true, message: '请输入初始密码' }]}>
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
        )}
        <Form.Item name="regionCode" label="所属区划" rules={[{ required: true, message: '请选择所属区划' }]}>
          <TreeSelect treeData={toOptions(regions.data ?? [])} loading={regions.loading} showSearch treeNodeFilterProp="title"
            placeholder="选择县、乡镇（街道）或村（社区）" treeDefaultExpandedKeys={regions.data?.map((r) => r.code)}
            listHeight={320} />
        </Form.Item>
        <Form.Item name="unitId" label="所属单位">
          <Select allowClear showSearch optionFilterProp="label" loading={units.loading} placeholder="可不选"
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="phone" label="联系电话">
          <Input maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
