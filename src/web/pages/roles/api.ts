import type { AccountDto } from '../../../shared/accounts'
import type { RoleDto } from '../../../shared/role-admin'
import { api } from '../../api/client'

export interface PermissionInfo { permission: string; label: string; group: string; adminOnly: boolean }

export const fetchRoles = () => api.get<RoleDto[]>('/roles')
export const ROLES_EXPORT_URL = '/api/roles/export'
export const fetchPermissions = () => api.get<PermissionInfo[]>('/permissions')
export const saveRolePermissions = (role: string, permissions: string[]) => api.put<RoleDto>(`/roles/${role}/permissions`, { permissions })
export const assignRole = (accountId: string, role: string | null) => api.put<AccountDto>(`/accounts/${accountId}/role`, { role })
