import { Type, type Static } from 'typebox'
import { DateString, Nullable, OneOf, Page, PageSize, RegionCode, Text, Uuid } from './common'
import { FOOD_CATEGORIES, LIMIT_KINDS, SAMPLE_PURPOSES, SAMPLE_STAGES, SAMPLING_DEPARTMENTS, SAMPLING_LEVELS, TEST_ITEM_GROUPS } from './sampling-catalogue'

/** Samples (抽样), their tested items and the test-item catalogue: inputs and DTOs of /api/samples and /api/test-items. */

const keys = (o: object) => Object.keys(o)
/** A decimal as text, so 0.01 stays 0.01 (numeric in the database); up to 6 decimals. */
export const Decimal = (title: string) => Type.String({ pattern: '^(0|[1-9][0-9]{0,7})(\\.[0-9]{1,6})?$', title, description: '非负数，最多 6 位小数' })
const Sha256 = (title: string) => Type.String({ pattern: '^[0-9a-f]{64}$', title })

export const TestItemInput = Type.Object({
  name: Text('检验项目', 64, 1),
  group: OneOf(keys(TEST_ITEM_GROUPS), '项目类别'),
  foodScope: Text('适用食品', 100, 1),
  categories: Type.Array(OneOf(keys(FOOD_CATEGORIES), '食品类别'), { maxItems: 40, uniqueItems: true, title: '食品类别' }),
  limitKind: OneOf(keys(LIMIT_KINDS), '判定方式'),
  limitValue: Nullable(Decimal('限量值')),
  limitMax: Nullable(Decimal('M 值')),
  planN: Nullable(Type.Integer({ minimum: 1, maximum: 20, title: 'n（样品数）' })),
  planC: Nullable(Type.Integer({ minimum: 0, maximum: 20, title: 'c（允许超 m 数）' })),
  unit: Text('单位', 16, 1),
  standard: Text('依据标准', 100, 1),
  status: OneOf(['P', 'S', 'U'], '核实状态'),
  note: Nullable(Text('备注', 200)),
  active: Type.Boolean({ title: '启用' }),
}, { additionalProperties: false })
export type TestItemInput = Static<typeof TestItemInput>

export const TestItemDto = Type.Object({
  id: Type.String(), seedKey: Nullable(Type.String()), name: Type.String(), group: Type.String(), foodScope: Type.String(),
  categories: Type.Array(Type.String()), limitKind: Type.String(), limitValue: Nullable(Type.String()), limitMax: Nullable(Type.String()),
  planN: Nullable(Type.Integer()), planC: Nullable(Type.Integer()), unit: Type.String(), standard: Type.String(), status: Type.String(),
  note: Nullable(Type.String()), active: Type.Boolean(), updatedAt: Type.String(),
})
export type TestItemDto = Static<typeof TestItemDto>
export const TestItemListQuery = Type.Object({
  category: Type.Optional(OneOf(keys(FOOD_CATEGORIES), '食品类别')),
  q: Type.Optional(Text('关键词', 40)),
  includeInactive: Type.Optional(Type.Boolean({ title: '含停用' })),
}, { additionalProperties: false })
export const TestItemListDto = Type.Object({ items: Type.Array(TestItemDto) })
export type TestItemListDto = Static<typeof TestItemListDto>

/** 现场照片 a sample keeps, at creation and added later (the form, the photos card and the API share it). */
export const MAX_SAMPLE_PHOTOS = 20

export const SampleInput = Type.Object({
  sampleNumber: Type.String({ pattern: '^[A-Za-z0-9-]{4,40}$', title: '抽样单编号', description: '4–40 位字母、数字或连字符' }),
  planId: Nullable(Uuid('抽检计划')),
  requestId: Nullable(Uuid('你点我检建议')),
  entityId: Uuid('被抽样单位'),
  level: OneOf(keys(SAMPLING_LEVELS), '抽检级别'),
  department: OneOf(keys(SAMPLING_DEPARTMENTS), '抽检部门'),
  purpose: OneOf(keys(SAMPLE_PURPOSES), '抽检类型'),
  category: OneOf(keys(FOOD_CATEGORIES), '食品类别'),
  stage: OneOf(keys(SAMPLE_STAGES), '抽样环节'),
  productName: Text('样品名称', 100, 1),
  brand: Nullable(Text('商标', 64)),
  specification: Nullable(Text('规格型号', 64)),
  batchNumber: Nullable(Text('生产批号', 64)),
  productionDate: Nullable(DateString('生产（购进）日期')),
  manufacturer: Nullable(Text('标称生产者', 128)),
  sampledOn: DateString('抽样日期'),
  /** Two samplers at least (抽样人员不少于 2 名, as for inspections; the 办法 article is not checked here). */
  samplerIds: Type.Array(Uuid('抽样人员'), { minItems: 2, maxItems: 6, uniqueItems: true, title: '抽样人员' }),
  quantity: Text('抽样数量', 32, 1),
  price: Nullable(Type.String({ pattern: '^(0|[1-9][0-9]{0,7})(\\.[0-9]{1,2})?$', title: '购样费用（元）' })),
  lab: Text('承检机构', 100, 1),
  photoIds: Type.Optional(Type.Array(Sha256('现场照片'), { maxItems: MAX_SAMPLE_PHOTOS, title: '现场照片' })),
}, { additionalProperties: false })
export type SampleInput = Static<typeof SampleInput>

export const SendInput = Type.Object({ sentOn: DateString('送达承检机构日期') }, { additionalProperties: false })
export type SendInput = Static<typeof SendInput>

/** One item of a lab report. Either a catalogue item (its limit is copied) or a typed one with its own limit. */
export const ResultInput = Type.Object({
  testItemId: Nullable(Uuid('检验项目')),
  itemName: Nullable(Text('检验项目名称', 64, 1)),
  /** 未检出 = detected false and no value. */
  detected: Type.Boolean({ title: '是否检出' }),
  value: Nullable(Decimal('检测值')),
  lod: Nullable(Decimal('检出限')),
  unitValues: Nullable(Type.Array(Decimal('样品检测值'), { minItems: 1, maxItems: 20, title: '各样品检测值' })),
  unit: Nullable(Text('单位', 16, 1)),
  limitKind: Nullable(OneOf(keys(LIMIT_KINDS), '判定方式')),
  limitValue: Nullable(Decimal('限量值')),
  limitMax: Nullable(Decimal('M 值')),
  planN: Nullable(Type.Integer({ minimum: 1, maximum: 20, title: 'n（样品数）' })),
  planC: Nullable(Type.Integer({ minimum: 0, maximum: 20, title: 'c（允许超 m 数）' })),
  standard: Nullable(Text('判定依据', 100, 1)),
}, { additionalProperties: false })
export type ResultInput = Static<typeof ResultInput>

export const ReportInput = Type.Object({
  reportReceivedOn: DateString('收到检验报告日期'),
  reportNumber: Text('检验报告编号', 64, 1),
  results: Type.Array(ResultInput, { minItems: 1, maxItems: 200, title: '检验项目' }),
}, { additionalProperties: false })
export type ReportInput = Static<typeof ReportInput>

export const SampleListQuery = Type.Object({
  region: Type.Optional(RegionCode('区域')),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })),
  from: Type.Optional(DateString('抽样日期起')),
  to: Type.Optional(DateString('抽样日期止')),
  planId: Type.Optional(Uuid('抽检计划')),
  entityId: Type.Optional(Uuid('被抽样单位')),
  category: Type.Optional(OneOf(keys(FOOD_CATEGORIES), '食品类别')),
  purpose: Type.Optional(OneOf(keys(SAMPLE_PURPOSES), '抽检类型')),
  department: Type.Optional(OneOf(keys(SAMPLING_DEPARTMENTS), '抽检部门')),
  /** testing 检验中 | pass | fail */
  state: Type.Optional(OneOf(['testing', 'pass', 'fail'], '检验状态')),
  q: Type.Optional(Text('关键词', 40)),
  page: Page, pageSize: PageSize,
}, { additionalProperties: false })
export type SampleListQuery = Static<typeof SampleListQuery>

export const SampleListItemDto = Type.Object({
  id: Type.String(), sampleNumber: Type.String(), entityId: Type.String(), entityName: Type.String(), regionCode: Type.String(), regionName: Type.String(),
  level: Type.String(), department: Type.String(), purpose: Type.String(), category: Type.String(), stage: Type.String(),
  productName: Type.String(), sampledOn: Type.String(), lab: Type.String(),
  sentDueOn: Type.String(), sentOn: Nullable(Type.String()), reportDueOn: Nullable(Type.String()), reportReceivedOn: Nullable(Type.String()),
  verdict: Nullable(Type.String()), failedItems: Type.Array(Type.String()), disposalId: Nullable(Type.String()),
})
export type SampleListItemDto = Static<typeof SampleListItemDto>
export const SampleListDto = Type.Object({ items: Type.Array(SampleListItemDto), total: Type.Integer() })
export type SampleListDto = Static<typeof SampleListDto>

export const SampleResultDto = Type.Object({
  id: Type.String(), testItemId: Nullable(Type.String()), itemName: Type.String(), detected: Type.Boolean(), value: Nullable(Type.String()),
  lod: Nullable(Type.String()), unitValues: Nullable(Type.Array(Type.String())), unit: Type.String(), limitKind: Type.String(),
  limitValue: Nullable(Type.String()), limitMax: Nullable(Type.String()), planN: Nullable(Type.Integer()), planC: Nullable(Type.Integer()),
  /** The limit as people write it: ≤ 0.02 mg/kg, 不得检出, n=5,c=2,m=10000,M=100000 CFU/g. */
  limitText: Type.String(), standard: Type.String(), verdict: Type.String(),
})
export type SampleResultDto = Static<typeof SampleResultDto>

export const SampleDetailDto = Type.Object({
  ...SampleListItemDto.properties,
  planId: Nullable(Type.String()), planName: Nullable(Type.String()), requestId: Nullable(Type.String()),
  agricultural: Type.Boolean(), brand: Nullable(Type.String()), specification: Nullable(Type.String()), batchNumber: Nullable(Type.String()),
  productionDate: Nullable(Type.String()), manufacturer: Nullable(Type.String()),
  samplers: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })), quantity: Type.String(), price: Nullable(Type.String()),
  photoIds: Type.Array(Type.String()), reportNumber: Nullable(Type.String()), results: Type.Array(SampleResultDto),
  publishedAt: Nullable(Type.String()), createdAt: Type.String(),
  /** Due dates shown with the rule they come from (and a flag when the rule's value is unconfirmed). */
  deadlines: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), dueOn: Type.String(), doneOn: Nullable(Type.String()), source: Type.String(), unconfirmed: Type.Boolean() })),
})
export type SampleDetailDto = Static<typeof SampleDetailDto>

/** One problem of a results import: Excel row number, column header and the Chinese reason. */
export const ImportRowErrorDto = Type.Object({ rowNumber: Type.Integer(), column: Type.String(), message: Type.String() })
export type ImportRowErrorDto = Static<typeof ImportRowErrorDto>
/** A results import that went through (all rows; a bad row answers 400 with `details: ImportRowErrorDto[]`). */
export const ImportResultsDto = Type.Object({
  rows: Type.Integer(), samples: Type.Integer(), failedSamples: Type.Array(Type.Object({ id: Type.String(), sampleNumber: Type.String(), disposalId: Nullable(Type.String()) })),
})
export type ImportResultsDto = Static<typeof ImportResultsDto>
