import type { RoleDto } from '../../../shared/role-admin'
import { ADMIN_ONLY_PERMISSIONS, ADMIN_ROLE_PERMISSIONS, isAdminRole, PERMISSIONS, ROLE_LABELS, ROLES, type Permission, type Role } from '../../../shared/roles'
import { writeAudit } from '../../platform/audit'
import type { SignedInContext } from '../../platform/context'
import { badRequest, notFound } from '../../platform/errors'
import { clearPermissionCache } from '../../platform/permissions'
import * as q from './queries'

export async function listRoles(ctx: SignedInContext): Promise<RoleDto[]> {
  const [grants, counts] = await Promise.all([q.listRolePermissions(ctx.db), q.accountsPerRole(ctx.db)])
  return ROLES.map((role) => ({
    role, label: ROLE_LABELS[role], adminRole: isAdminRole(role), editable: !isAdminRole(role),
    permissions: isAdminRole(role)
      ? [...ADMIN_ROLE_PERMISSIONS[role as keyof typeof ADMIN_ROLE_PERMISSIONS]]
      : grants.filter((g) => g.role === role).map((g) => g.permission).sort(),
    accountCount: counts.find((c) => c.role === role)?.n ?? 0,
  }))
}

export const permissionCatalogue = () => Object.entries(PERMISSIONS).map(([permission, def]) => ({
  permission, label: def.label, group: def.group, adminOnly: ADMIN_ONLY_PERMISSIONS.includes(permission as Permission),
}))

/** The three administrators' permissions are fixed; a business role can never receive an administrator's permission. */
export async function setRolePermissions(ctx: SignedInContext, role: string, permissions: string[]): Promise<RoleDto> {
  if (!(ROLES as readonly string[]).includes(role)) throw notFound('角色')
  if (isAdminRole(role)) throw badRequest(`角色（role）：${ROLE_LABELS[role as Role]}的权限固定，不能修改（三员分立）`)
  const unknown = permissions.filter((p) => !(p in PERMISSIONS))
  if (unknown.length) throw badRequest(`权限（permissions）：未知的权限 ${unknown.slice(0, 5).join('、')}`)
  const adminOnly = permissions.filter((p) => ADMIN_ONLY_PERMISSIONS.includes(p as Permission))
  if (adminOnly.length) throw badRequest(`权限（permissions）：${adminOnly.map((p) => PERMISSIONS[p as Permission].label).join('、')} 只属于三员，不能授予业务角色`)
  const wanted = [...new Set(permissions)].sort()
  await ctx.db.transaction(async (tx) => {
    const before = (await q.listRolePermissions(tx)).filter((g) => g.role === role).map((g) => g.permission).sort()
    await q.replaceRolePermissions(tx, role, wanted)
    await writeAudit(tx, ctx, { action: 'role.permissions_update', entityType: 'role', entityId: role, before: { permissions: before }, after: { permissions: wanted } })
  })
  clearPermissionCache()
  return (await listRoles(ctx)).find((r) => r.role === role)!
}
