import { PlusOutlined, SearchOutlined } from '@ant-design/icons'
import { App, Button, Card, Grid, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useState } from 'react'
import type { AccountDto, AccountQuery } from '../../../shared/accounts'
import { ROLE_LABELS, ROLES } from '../../../shared/roles'
import { isSessionError } from '../../api/client'
import { useMe } from '../../auth/auth-context'
import { ExportButton } from '../../lib/export-button'
import { errorMessage } from '../../lib/form-errors'
import { formatMinute } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { AccountFormModal } from './account-form-modal'
import { accountsExportUrl, fetchAccounts, unlockAccount, updateAccount } from './api'
import { ResetPasswordModal } from './reset-password-modal'
import { RoleModal } from './role-modal'

const ROLE_FILTER = [
  { value: '', label: '全部角色' },
  ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
  { value: 'none', label: '未分配角色' },
]

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password' | 'role'; account: AccountDto } | null

function StatusTags({ a }: { a: AccountDto }) {
  const tags = [
    a.disabled && <Tag key="d" color="red">停用</Tag>,
    a.locked && <Tag key="l" color="orange">锁定</Tag>,
    a.mustChangePassword && <Tag key="p" color="blue">须改密码</Tag>,
  ].filter(Boolean)
  return tags.length ? <Space size={4} wrap>{tags}</Space> : <Tag color="green">正常</Tag>
}

/**
 * Accounts in the caller's scope. The system administrator (accounts.manage) creates and maintains
 * them; the security administrator (roles.manage) assigns roles. Each sees only their own actions.
 */
export function AccountsPage() {
  const me = useMe()
  const { message } = App.useApp()
  const canManage = me.permissions.includes('accounts.manage')
  const canAssign = me.permissions.includes('roles.manage')
  const screens = Grid.useBreakpoint()
  const [query, setQuery] = useState<AccountQuery>({ page: 1, pageSize: 20 })
  const [dialog, setDialog] = useState<Dialog>(null)
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchAccounts(query), [query]))

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action()
      message.success(done)
      reload()
    } catch (e) {
      if (!isSessionError(e)) message.error(errorMessage(e))
    }
  }

  const saved = (text: string) => () => {
    setDialog(null)
    message.success(text)
    reload()
  }

  const columns: ColumnsType<AccountDto> = [
    { title: '用户名', dataIndex: 'username', width: 120, render: (u: string) => <span className="mono">{u}</span> },
    { title: '姓名', dataIndex: 'displayName', width: 90 },
    { title: '角色', dataIndex: 'roleLabel', width: 145, render: (label: string, a) => <Tag color={a.role ? 'geekblue' : 'default'}>{label}</Tag> },
    { title: '所属区划', dataIndex: 'regionName', width: 90 },
    { title: '所属单位', dataIndex: 'unitName', render: (u: string | null) => u ?? '—' },
    { title: '状态', key: 'status', width: 100, render: (_, a) => <StatusTags a={a} /> },
    {
      title: '最近登录', dataIndex: 'lastLoginAt', width: 140,
      render: (t: string | null) => (t ? formatMinute(t) : <Typography.Text type="secondary">从未登录</Typography.Text>),
    },
    {
      // Pinned on wide screens; on a phone a pinned column would cover most of the table.
      title: '操作', key: 'actions', fixed: screens.md ? 'right' : undefined, width: canManage ? 200 : 100,
      render: (_, a) => (
        <Space size={0} wrap>
          {canManage && <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', account: a })}>编辑</Button>}
          {canManage && <Button type="link" size="small" onClick={() => setDialog({ kind: 'password', account: a })}>重置密码</Button>}
          {canManage && a.id !== me.id && (a.disabled ? (
            <Button type="link" size="small" onClick={() => run(() => updateAccount(a.id, { disabled: false }), `已启用账号 ${a.username}`)}>启用</Button>
          ) : (
            <Popconfirm title={`停用账号“${a.displayName}”？`} description="停用后该账号立即退出登录，且不能再登录。" okText="停用" cancelText="取消"
              okButtonProps={{ danger: true }} onConfirm={() => run(() => updateAccount(a.id, { disabled: true }), `已停用账号 ${a.username}`)}>
              <Button type="link" size="small" danger>停用</Button>
            </Popconfirm>
          ))}
          {canManage && a.locked && (
            <Button type="link" size="small" onClick={() => run(() => unlockAccount(a.id), `已解锁账号 ${a.username}`)}>解锁</Button>
          )}
          {canAssign && a.id !== me.id && <Button type="link" size="small" onClick={() => setDialog({ kind: 'role', account: a })}>分配角色</Button>}
        </Space>
      ),
    },
  ]

  return (
    <Card title="账号管理" extra={(
      <Space wrap>
        <ExportButton href={accountsExportUrl(query)} />
        {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>新建账号</Button>}
      </Space>
    )}>
      <LoadError error={error} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search placeholder="用户名或姓名" allowClear enterButton={<SearchOutlined />} style={{ width: 240 }}
          onSearch={(q) => setQuery((cur) => ({ ...cur, q: q.trim() || undefined, page: 1 }))} />
        <Select options={ROLE_FILTER} value={query.role ?? ''} style={{ width: 180 }} aria-label="角色筛选"
          onChange={(role) => setQuery((cur) => ({ ...cur, role: role || undefined, page: 1 }))} />
        {!canManage && <Typography.Text type="secondary">账号由系统管理员创建；您可以为账号分配角色。</Typography.Text>}
      </Space>
      <Table<AccountDto> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading}
        scroll={{ x: 1050 }} pagination={{
          current: query.page, pageSize: query.pageSize, total: data?.total ?? 0, showSizeChanger: true,
          showTotal: (n) => `共 ${n} 个账号`,
          onChange: (page, pageSize) => setQuery((cur) => ({ ...cur, page: pageSize === cur.pageSize ? page : 1, pageSize })),
        }} />
      {dialog?.kind === 'create' && <AccountFormModal account={null} onClose={() => setDialog(null)} onSaved={saved('账号已创建，请安全管理员分配角色')} />}
      {dialog?.kind === 'edit' && <AccountFormModal account={dialog.account} onClose={() => setDialog(null)} onSaved={saved('账号已保存')} />}
      {dialog?.kind === 'password' && <ResetPasswordModal account={dialog.account} onClose={() => setDialog(null)} onSaved={saved('密码已重置，请将新密码告知本人')} />}
      {dialog?.kind === 'role' && <RoleModal account={dialog.account} onClose={() => setDialog(null)} onSaved={saved('角色已分配，该账号重新登录后生效')} />}
    </Card>
  )
}
