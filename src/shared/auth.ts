import { Type, type Static } from 'typebox'
import { RegionCode } from './common'

export const LoginInput = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64, title: '用户名' }),
  password: Type.String({ minLength: 1, maxLength: 128, title: '密码' }),
}, { additionalProperties: false })

export const ChangePasswordInput = Type.Object({
  oldPassword: Type.String({ minLength: 1, maxLength: 128, title: '原密码' }),
  newPassword: Type.String({ minLength: 1, maxLength: 128, title: '新密码' }),
}, { additionalProperties: false })

export const MeDto = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.Union([Type.String(), Type.Null()]),
  roleLabel: Type.String(),
  regionCode: RegionCode(),
  regionName: Type.String(),
  unitId: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  permissions: Type.Array(Type.String()),
  mustChangePassword: Type.Boolean(),
})

export const LoginDto = Type.Object({ token: Type.String(), expiresAt: Type.String(), account: MeDto })

export type LoginInput = Static<typeof LoginInput>
export type ChangePasswordInput = Static<typeof ChangePasswordInput>
export type MeDto = Static<typeof MeDto>
export type LoginDto = Static<typeof LoginDto>
