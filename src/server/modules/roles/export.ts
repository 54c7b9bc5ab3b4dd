import type { RoleDto } from '../../../shared/role-admin'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { buildTableWorkbook, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { listRoles, permissionCatalogue } from './service'

/**
 * The roles × permissions matrix of the 角色与权限 page as .xlsx (listRoles and the catalogue, as the page reads
 * them): one row a role, one column a permission in catalogue order, headed "group：permission", √ where granted.
 */
export async function rolesWorkbook(ctx: SignedInContext) {
  const roles = await listRoles(ctx)
  const catalogue = permissionCatalogue()
  const columns: ExcelColumn<RoleDto>[] = [
    { header: '角色', width: 16, value: (r) => r.label },
    { header: '三员', width: 7, value: (r) => (r.adminRole ? '是' : null) },
    { header: '账号数', width: 8, value: (r) => r.accountCount },
    ...catalogue.map((p): ExcelColumn<RoleDto> => ({
      header: `${p.group}：${p.label}${p.adminOnly ? '（仅三员）' : ''}`, width: 12, value: (r) => (r.permissions.includes(p.permission) ? '√' : null),
    })),
  ]
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({
      sheetName: '角色与权限', title: `角色与权限，${today} 导出`, columns, rows: roles,
      notes: ['三员分立：系统管理员、安全管理员、审计管理员的权限固定；标有“仅三员”的权限不能授予业务角色。'],
    }),
    fileName: xlsxName('角色与权限', today),
  }
}
