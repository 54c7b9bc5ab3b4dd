import { Type, type Static } from 'typebox'
import { RegionCode } from './common'

export const AccountDto = Type.Object({
  id: Type.String(), username: Type.String(), displayName: Type.String(),
  role: Type.Union([Type.String(), Type.Null()]), roleLabel: Type.String(),
  regionCode: Type.String(), regionName: Type.String(),
  unitId: Type.Union([Type.String(), Type.Null()]), unitName: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(), locked: Type.Boolean(), mustChangePassword: Type.Boolean(),
  lastLoginAt: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String(),
})
export type AccountDto = Static<typeof AccountDto>

export const AccountListDto = Type.Object({ items: Type.Array(AccountDto), total: Type.Integer() })

const Username = Type.String({ minLength: 3, maxLength: 32, pattern: '^[A-Za-z][A-Za-z0-9_.-]*$', title: '用户名' })
const DisplayName = Type.String({ minLength: 1, maxLength: 32, title: '姓名' })
const Phone = Type.Union([Type.String({ pattern: '^[0-9+\\- ]{5,20}$', title: '电话' }), Type.Null()], { title: '电话' })
const UnitId = Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { title: '所属单位' })

export const CreateAccountInput = Type.Object({
  username: Username,
  displayName: DisplayName,
  password: Type.String({ minLength: 1, maxLength: 128, title: '初始密码' }),
  regionCode: RegionCode('所属区划'),
  unitId: Type.Optional(UnitId),
  phone: Type.Optional(Phone),
}, { additionalProperties: false })
export type CreateAccountInput = Static<typeof CreateAccountInput>

export const UpdateAccountInput = Type.Object({
  displayName: Type.Optional(DisplayName),
  regionCode: Type.Optional(RegionCode('所属区划')),
  unitId: Type.Optional(UnitId),
  phone: Type.Optional(Phone),
  disabled: Type.Optional(Type.Boolean({ title: '停用' })),
}, { additionalProperties: false })
export type UpdateAccountInput = Static<typeof UpdateAccountInput>

export const ResetPasswordInput = Type.Object({
  password: Type.String({ minLength: 1, maxLength: 128, title: '新密码' }),
}, { additionalProperties: false })

export const AccountQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 64, title: '关键字' })),
  role: Type.Optional(Type.String({ maxLength: 32, title: '角色' })),
  regionCode: Type.Optional(RegionCode('所属区划')),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, title: '页码' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, title: '每页条数' })),
}, { additionalProperties: false })
export type AccountQuery = Static<typeof AccountQuery>
