import { Alert, App, Button, Card, Checkbox, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType, ColumnType } from 'antd/es/table'
import { useCallback, useMemo, useState } from 'react'
import type { RoleDto } from '../../../shared/role-admin'
import { isSessionError } from '../../api/client'
import { ExportButton } from '../../lib/export-button'
import { errorMessage } from '../../lib/form-errors'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchPermissions, fetchRoles, ROLES_EXPORT_URL, saveRolePermissions, type PermissionInfo } from './api'

const loadAll = () => Promise.all([fetchRoles(), fetchPermissions()])

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p))

/**
 * Roles × permissions. The three administrators' rows are fixed by the server (三员分立), and no
 * business role may receive an administrator-only permission, so those boxes are disabled.
 */
export function RolesPage() {
  const { message } = App.useApp()
  const { data, error, loading } = useLoad(useCallback(loadAll, []))
  // Saved state per role after a save on this page, and unsaved edits per role.
  const [saved, setSaved] = useState<Record<string, RoleDto>>({})
  const [drafts, setDrafts] = useState<Record<string, string[]>>({})
  const [saving, setSaving] = useState<string | null>(null)

  const roles = useMemo(() => (data?.[0] ?? []).map((r) => saved[r.role] ?? r), [data, saved])
  const catalogue = useMemo(() => data?.[1] ?? [], [data])
  const current = (r: RoleDto) => drafts[r.role] ?? r.permissions

  const toggle = (r: RoleDto, permission: string, on: boolean) => {
    const next = on ? [...current(r), permission] : current(r).filter((p) => p !== permission)
    setDrafts((d) => ({ ...d, [r.role]: next }))
  }

  const save = async (r: RoleDto) => {
    setSaving(r.role)
    try {
      const result = await saveRolePermissions(r.role, current(r))
      setSaved((s) => ({ ...s, [r.role]: result }))
      setDrafts(({ [r.role]: _, ...rest }) => rest)
      message.success(`已保存“${r.label}”的权限，立即生效`)
    } catch (e) {
      if (!isSessionError(e)) message.error(errorMessage(e))
    } finally {
      setSaving(null)
    }
  }

  const permissionColumn = (p: PermissionInfo): ColumnType<RoleDto> => ({
    key: p.permission,
    width: 112,
    align: 'center',
    title: (
      <Tooltip title={p.adminOnly ? `${p.label}（仅三员）` : p.label}>
        <span style={{ fontSize: 12 }}>{p.label}{p.adminOnly && <Tag color="orange" style={{ marginInlineStart: 4, fontSize: 11, lineHeight: '16px' }}>仅三员</Tag>}</span>
      </Tooltip>
    ),
    render: (_, r) => (
      <Checkbox aria-label={`${r.label}：${p.label}`} checked={current(r).includes(p.permission)}
        disabled={!r.editable || p.adminOnly || saving === r.role} onChange={(e) => toggle(r, p.permission, e.target.checked)} />
    ),
  })

  // Column groups in catalogue order: 基础数据, 系统, 安全, 审计 …
  const groups = [...new Set(catalogue.map((p) => p.group))]
  const columns: ColumnsType<RoleDto> = [
    {
      title: '角色', key: 'role', fixed: 'left', width: 170,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Space size={4}><Typography.Text strong>{r.label}</Typography.Text>{r.adminRole && <Tag color="red">三员</Tag>}</Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.accountCount} 个账号</Typography.Text>
        </Space>
      ),
    },
    ...groups.map((group) => ({ title: group, key: group, children: catalogue.filter((p) => p.group === group).map(permissionColumn) })),
    {
      title: '操作', key: 'save', fixed: 'right', width: 100, align: 'center',
      render: (_, r) => (r.editable ? (
        <Button type="primary" size="small" loading={saving === r.role} disabled={sameSet(current(r), r.permissions)} onClick={() => save(r)}>保存</Button>
      ) : <Typography.Text type="secondary">固定</Typography.Text>),
    },
  ]

  return (
    <Card title="角色与权限" extra={<ExportButton href={ROLES_EXPORT_URL} />}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message="三员分立：系统管理员、安全管理员、审计管理员的权限固定"
        description="标有“仅三员”的权限不能授予业务角色。勾选后按“保存”逐个角色提交，保存后立即生效；账号的角色在“账号管理”中分配。" />
      <LoadError error={error} />
      <Table<RoleDto> rowKey="role" size="middle" bordered columns={columns} dataSource={roles} loading={loading}
        pagination={false} scroll={{ x: 170 + 100 + catalogue.length * 112 }}
        rowClassName={(r) => (drafts[r.role] && !sameSet(drafts[r.role], r.permissions) ? 'row-dirty' : '')} />
    </Card>
  )
}
