import { Type, type Static } from 'typebox'

export const RoleDto = Type.Object({
  role: Type.String(), label: Type.String(), adminRole: Type.Boolean(), editable: Type.Boolean(),
  permissions: Type.Array(Type.String()), accountCount: Type.Integer(),
})
export type RoleDto = Static<typeof RoleDto>

export const PermissionCatalogueDto = Type.Array(Type.Object({
  permission: Type.String(), label: Type.String(), group: Type.String(), adminOnly: Type.Boolean(),
}))

export const RolePermissionsInput = Type.Object({
  permissions: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200, title: '权限' }),
}, { additionalProperties: false })
export type RolePermissionsInput = Static<typeof RolePermissionsInput>

export const AssignRoleInput = Type.Object({
  role: Type.Union([Type.String({ maxLength: 32 }), Type.Null()], { title: '角色' }),
}, { additionalProperties: false })
