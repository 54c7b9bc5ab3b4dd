import { Type, type Static, type TSchema } from 'typebox'

export const RegionCode = (title = '区划代码') => Type.String({ pattern: '^[0-9]{12}$', title, description: '12 位统计用区划代码' })
export const Uuid = (title: string) => Type.String({ format: 'uuid', title })
export const ErrorDto = Type.Object({ code: Type.String(), message: Type.String() })
export const OkDto = Type.Object({ ok: Type.Boolean() })
export const IdParams = Type.Object({ id: Uuid('编号') }, { additionalProperties: false })
export type ErrorDto = Static<typeof ErrorDto>

/** A value or null (optional fields in DTOs and forms are null, never absent). */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])
