import type { AccountDto } from '../../../shared/accounts'
import { ROLE_LABELS, type Role } from '../../../shared/roles'
import type { AccountRow } from '../../platform/schema'

export const roleLabel = (role: string | null) => (role ? ROLE_LABELS[role as Role] ?? role : '未分配角色')

/** Explicit fields: the password hash never leaves the server. */
export const toAccountDto = (a: AccountRow, locked: boolean, regionName: string, unitName: string | null): AccountDto => ({
  id: a.id, username: a.username, displayName: a.displayName, role: a.role, roleLabel: roleLabel(a.role),
  regionCode: a.regionCode, regionName, unitId: a.unitId, unitName, phone: a.phone,
  disabled: a.disabled, locked, mustChangePassword: a.mustChangePassword,
  lastLoginAt: a.lastLoginAt?.toISOString() ?? null, createdAt: a.createdAt.toISOString(),
})

/** What the audit row keeps of an account: everything but secrets. */
export const auditView = (a: AccountRow) => ({
  username: a.username, displayName: a.displayName, role: a.role, regionCode: a.regionCode, unitId: a.unitId,
  phone: a.phone, disabled: a.disabled, mustChangePassword: a.mustChangePassword,
})
