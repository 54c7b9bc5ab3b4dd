import { Type, type Static } from 'typebox'
import { DateString, Nullable, OneOf, Page, PageSize, RegionCode, Text, Uuid } from './common'
import { RAPID_TEST_ITEMS, RAPID_TEST_PLACES } from './sampling-catalogue'

/** Rapid tests (快检): inputs and DTOs of /api/rapid-tests. Items, methods and cut-offs: sampling-catalogue. */

const keys = (o: object) => Object.keys(o)
export const RAPID_RESULTS = { negative: '阴性', positive: '阳性' } as const

export const RapidTestInput = Type.Object({
  /** A registered business; then the place name and region are taken from it. */
  entityId: Nullable(Uuid('经营主体')),
  /** Where the test took place when no business is chosen (a township or village in the caller's scope). */
  regionCode: Nullable(RegionCode('所在区划')),
  placeKind: OneOf(keys(RAPID_TEST_PLACES), '地点类型'),
  placeName: Nullable(Text('地点名称', 100)),
  testedOn: DateString('检测日期'),
  item: OneOf(keys(RAPID_TEST_ITEMS), '检测项目'),
  /** Defaults to the catalogue's method for the item. */
  method: Nullable(Text('检测方法', 64)),
  sampleName: Text('样品名称', 64, 1),
  /** Required for an item with a reading (e.g. inhibition %); the result then follows from the cut-off. */
  reading: Nullable(Type.String({ pattern: '^(0|[1-9][0-9]{0,5})(\\.[0-9]{1,3})?$', title: '检测读数', description: '非负数，最多 3 位小数' })),
  /** Typed only for a qualitative item (no reading). */
  result: Nullable(OneOf(keys(RAPID_RESULTS), '检测结果')),
  operatorName: Text('检测人员', 32, 1),
  kitBatch: Nullable(Text('试剂批号', 64)),
}, { additionalProperties: false })
export type RapidTestInput = Static<typeof RapidTestInput>

export const ConfirmInput = Type.Object({
  sampleId: Uuid('送检样品'),
  disposalNote: Nullable(Text('处置情况', 300)),
}, { additionalProperties: false })
export type ConfirmInput = Static<typeof ConfirmInput>

export const RapidTestListQuery = Type.Object({
  region: Type.Optional(RegionCode('区域')),
  from: Type.Optional(DateString('检测日期起')),
  to: Type.Optional(DateString('检测日期止')),
  item: Type.Optional(OneOf(keys(RAPID_TEST_ITEMS), '检测项目')),
  result: Type.Optional(OneOf(keys(RAPID_RESULTS), '检测结果')),
  placeKind: Type.Optional(OneOf(keys(RAPID_TEST_PLACES), '地点类型')),
  /** Only positives without a confirmatory lab sample (待送检). */
  pending: Type.Optional(Type.Boolean({ title: '只看待送检' })),
  page: Page, pageSize: PageSize,
}, { additionalProperties: false })
export type RapidTestListQuery = Static<typeof RapidTestListQuery>

export const RapidTestDto = Type.Object({
  id: Type.String(), regionCode: Type.String(), regionName: Type.String(), entityId: Nullable(Type.String()), placeKind: Type.String(),
  placeName: Type.String(), testedOn: Type.String(), item: Type.String(), itemLabel: Type.String(), method: Type.String(), sampleName: Type.String(),
  reading: Nullable(Type.String()), readingUnit: Nullable(Type.String()), result: Type.String(), operatorName: Type.String(), kitBatch: Nullable(Type.String()),
  /** 待送检: positive and no confirmatory sample yet. */
  pendingConfirm: Type.Boolean(),
  confirmSampleId: Nullable(Type.String()), confirmSampleNumber: Nullable(Type.String()), confirmVerdict: Nullable(Type.String()),
  disposalNote: Nullable(Type.String()), createdAt: Type.String(),
})
export type RapidTestDto = Static<typeof RapidTestDto>

export const RapidTestListDto = Type.Object({
  items: Type.Array(RapidTestDto), total: Type.Integer(),
  /** Counts for the same filters without the item filter. */
  byItem: Type.Array(Type.Object({ item: Type.String(), label: Type.String(), count: Type.Integer(), positives: Type.Integer() })),
  pendingConfirm: Type.Integer(),
})
export type RapidTestListDto = Static<typeof RapidTestListDto>

export const RapidImportDto = Type.Object({ imported: Type.Integer(), skipped: Type.Integer() })
export type RapidImportDto = Static<typeof RapidImportDto>
/** An import with bad rows answers 400 with `details`: every problem, by row and column. */
export interface RapidImportProblem { row: number; column: string; message: string }
