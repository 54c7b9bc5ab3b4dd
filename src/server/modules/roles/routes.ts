import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { AccountDto } from '../../../shared/accounts'
import { IdParams } from '../../../shared/common'
import { AssignRoleInput, PermissionCatalogueDto, RoleDto, RolePermissionsInput } from '../../../shared/role-admin'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { assignRole } from '../accounts/service'
import { rolesWorkbook } from './export'
import { listRoles, permissionCatalogue, setRolePermissions } from './service'

const RoleParams = Type.Object({ role: Type.String({ maxLength: 32, title: '角色' }) }, { additionalProperties: false })

export const roleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/roles', {
    config: { permission: 'roles.manage' },
    schema: { tags: ['roles'], summary: '角色及其权限', response: { 200: Type.Array(RoleDto) } },
  }, async (req) => listRoles(signedIn(req)))

  app.get('/roles/export', {
    config: { permission: 'roles.manage' },
    schema: { tags: ['roles'], summary: '导出角色 × 权限矩阵（.xlsx）' },
  }, async (req, reply) => sendDownload(reply, { ...await rolesWorkbook(signedIn(req)), mimeType: XLSX_MIME }))

  app.get('/permissions', {
    config: { permission: 'roles.manage' },
    schema: { tags: ['roles'], summary: '权限目录', response: { 200: PermissionCatalogueDto } },
  }, async () => permissionCatalogue())

  app.put('/roles/:role/permissions', {
    config: { permission: 'roles.manage' },
    schema: { tags: ['roles'], summary: '设置业务角色的权限', params: RoleParams, body: RolePermissionsInput, response: { 200: RoleDto } },
  }, async (req) => setRolePermissions(signedIn(req), req.params.role, req.body.permissions))

  app.put('/accounts/:id/role', {
    config: { permission: 'roles.manage' },
    schema: { tags: ['roles'], summary: '为账号分配角色', params: IdParams, body: AssignRoleInput, response: { 200: AccountDto } },
  }, async (req) => assignRole(signedIn(req), req.params.id, req.body.role))
}
