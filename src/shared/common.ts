import { Type, type Static, type TSchema } from 'typebox'

export const RegionCode = (title = '区划代码') => Type.String({ pattern: '^[0-9]{12}$', title, description: '12 位统计用区划代码' })
export const Uuid = (title: string) => Type.String({ format: 'uuid', title })
export const ErrorDto = Type.Object({ code: Type.String(), message: Type.String() })
export const OkDto = Type.Object({ ok: Type.Boolean() })
export const IdParams = Type.Object({ id: Uuid('编号') }, { additionalProperties: false })
export type ErrorDto = Static<typeof ErrorDto>

/** A value or null (optional fields in DTOs and forms are null, never absent). */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])

// Typed as string: the codes come from catalogues at run time; the schema still lists every allowed one.
export const OneOf = (codes: readonly string[], title: string) => Type.Unsafe<string>(Type.Union(codes.map((c) => Type.Literal(c)), { title }))
export const DateString = (title: string) => Type.String({ format: 'date', title })
export const Text = (title: string, maxLength: number, minLength = 0) => Type.String({ title, maxLength, minLength })
/** Page and page size of a list; at most 200 rows a page. */
export const Page = Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, title: '页码' }))
export const PageSize = Type.Optional(Type.Integer({ minimum: 1, maximum: 200, title: '每页条数' }))
