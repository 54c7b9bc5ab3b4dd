import { Type, type Static } from 'typebox'

export const RegionDto = Type.Object({
  code: Type.String(), name: Type.String(), level: Type.String(), parentCode: Type.Union([Type.String(), Type.Null()]),
  population: Type.Integer(), urbanRuralClass: Type.Union([Type.String(), Type.Null()]),
})
export type RegionDto = Static<typeof RegionDto>
export interface RegionNode extends RegionDto { children: RegionNode[] }
/** A tree of RegionDto; declared loosely for the OpenAPI document (recursive schemas render poorly). */
export const RegionTreeDto = Type.Array(Type.Object({ ...RegionDto.properties, children: Type.Array(Type.Any()) }))

export const RegionDetailDto = Type.Object({
  ...RegionDto.properties,
  parentName: Type.Union([Type.String(), Type.Null()]),
  childCount: Type.Integer(),
  path: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
})
export type RegionDetailDto = Static<typeof RegionDetailDto>

export const UnitDto = Type.Object({
  id: Type.String(), code: Type.String(), name: Type.String(), shortName: Type.String(), kind: Type.String(),
  regionCode: Type.String(), regionName: Type.String(), parentId: Type.Union([Type.String(), Type.Null()]),
  aliases: Type.Array(Type.String()),
})
export type UnitDto = Static<typeof UnitDto>

export const UNIT_KIND_LABELS: Record<string, string> = {
  office: '食安办', member: '成员单位', market_station: '市场监管所', township_office: '乡镇食安办',
}

/** The 成员单位 page's filters (it filters the loaded list in the browser; the export applies the same test). */
export const UnitFilterQuery = Type.Object({
  kind: Type.Optional(Type.Unsafe<string>(Type.Union(Object.keys(UNIT_KIND_LABELS).map((k) => Type.Literal(k)), { title: '单位类别' }))),
  q: Type.Optional(Type.String({ maxLength: 64, title: '关键字' })),
}, { additionalProperties: false })
export type UnitFilterQuery = Static<typeof UnitFilterQuery>

/** A unit matches by kind and by a term in its name, short name or any alias. */
export const unitMatches = (u: UnitDto, { kind, q }: UnitFilterQuery) => {
  const term = q?.trim()
  return (!kind || u.kind === kind) && (!term || u.name.includes(term) || u.shortName.includes(term) || u.aliases.some((a) => a.includes(term)))
}

export const AliasInput = Type.Object({
  alias: Type.String({ minLength: 2, maxLength: 64, title: '别名', pattern: '^[^<>]*\\S[^<>]*$' }),
}, { additionalProperties: false })
export type AliasInput = Static<typeof AliasInput>
