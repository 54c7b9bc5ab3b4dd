import { Type, type Static } from 'typebox'
import { Nullable, OneOf, Page, PageSize, RegionCode, Text, Uuid } from './common'

/**
 * 你点我检: the public proposes foods and places to test and votes on them (no login); the office picks
 * proposals into a sampling plan or declines them; published results appear with the proposal.
 * The proposer's name, phone and network address never leave the office side.
 */

export const TEST_REQUEST_STATUSES = {
  open: { label: '征集中', color: 'blue' },
  picked: { label: '已列入计划', color: 'gold' },
  tested: { label: '已检测', color: 'green' },
  rejected: { label: '未采纳', color: 'default' },
} as const
export type TestRequestStatus = keyof typeof TEST_REQUEST_STATUSES

/** A mainland mobile number: 11 digits starting 13–19. */
export const MOBILE_PATTERN = '^1[3-9][0-9]{9}$'
/** Proposals a network address may make per day, and votes per proposal per day (the votes table's key). */
export const PROPOSALS_PER_DAY = 3

export const PublicTestRequestInput = Type.Object({
  food: Text('想检测的食品', 64, 1),
  place: Text('购买或就餐地点', 100, 1),
  reason: Type.Optional(Nullable(Text('建议理由', 300))),
  proposerName: Type.Optional(Nullable(Text('联系人', 32))),
  proposerPhone: Type.Optional(Nullable(Type.String({ pattern: MOBILE_PATTERN, title: '手机号码', description: '11 位手机号码' }))),
  regionCode: RegionCode('所在乡镇（街道）'),
}, { additionalProperties: false })
export type PublicTestRequestInput = Static<typeof PublicTestRequestInput>

export const PublicListQuery = Type.Object({
  county: Type.Optional(RegionCode('县（区）')),
  sort: Type.Optional(OneOf(['votes', 'newest'], '排序')),
  page: Page,
  pageSize: PageSize,
}, { additionalProperties: false })
export type PublicListQuery = Static<typeof PublicListQuery>

/** One failed item of a published sample, as the report states it. */
export const PublicFailedItem = Type.Object({
  itemName: Type.String(), value: Nullable(Type.String()), unit: Type.String(),
  /** The limit as people read it: ≤ 0.5, 不得检出, ≥ 18 … */
  limit: Type.String(), standard: Type.String(),
})
export const PublicResult = Type.Object({
  productName: Type.String(), entityName: Nullable(Type.String()), sampledOn: Type.String(),
  /** pass | fail */
  verdict: Type.String(), failedItems: Type.Array(PublicFailedItem),
})
export type PublicResult = Static<typeof PublicResult>

export const PublicTestRequestDto = Type.Object({
  id: Type.String(), regionCode: Type.String(), regionName: Type.String(), food: Type.String(), place: Type.String(),
  reason: Nullable(Type.String()), votes: Type.Integer(),
  /** open | picked | tested (tested only once a result is published) */
  status: Type.String(),
  /** The plan it was picked into, by name. */
  planName: Nullable(Type.String()),
  proposedOn: Type.String(),
  /** This visitor's network has voted for it today. */
  votedToday: Type.Boolean(),
  results: Type.Array(PublicResult),
})
export type PublicTestRequestDto = Static<typeof PublicTestRequestDto>

export const PublicTestRequestListDto = Type.Object({
  asOf: Type.String(),
  county: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  /** The county and its townships: where a proposal may be placed. */
  regions: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  /** Open and picked proposals, most voted (or newest) first. */
  proposals: Type.Array(PublicTestRequestDto),
  total: Type.Integer(),
  /** Proposals with published results, newest first. */
  tested: Type.Array(PublicTestRequestDto),
})
export type PublicTestRequestListDto = Static<typeof PublicTestRequestListDto>

export const VoteDto = Type.Object({ id: Type.String(), votes: Type.Integer() })
export type VoteDto = Static<typeof VoteDto>

export const TestRequestListQuery = Type.Object({
  status: Type.Optional(OneOf(Object.keys(TEST_REQUEST_STATUSES), '状态')),
  q: Type.Optional(Text('关键词', 40)),
  region: Type.Optional(RegionCode('区域')),
  page: Page,
  pageSize: PageSize,
}, { additionalProperties: false })
export type TestRequestListQuery = Static<typeof TestRequestListQuery>

export const LinkedSampleDto = Type.Object({
  id: Type.String(), sampleNumber: Type.String(), productName: Type.String(), sampledOn: Type.String(),
  reportReceivedOn: Nullable(Type.String()), verdict: Nullable(Type.String()), published: Type.Boolean(),
})

/** The office's view: with the proposer's contact, for a call-back. */
export const TestRequestDto = Type.Object({
  id: Type.String(), regionCode: Type.String(), regionName: Type.String(), food: Type.String(), place: Type.String(),
  reason: Nullable(Type.String()), proposerName: Nullable(Type.String()), proposerPhone: Nullable(Type.String()),
  votes: Type.Integer(),
  /** open | picked | rejected as decided; tested once a sample recorded for it has its report. */
  status: Type.String(),
  planId: Nullable(Type.String()), planName: Nullable(Type.String()), decisionNote: Nullable(Type.String()),
  createdAt: Type.String(),
  samples: Type.Array(LinkedSampleDto),
})
export type TestRequestDto = Static<typeof TestRequestDto>
export const TestRequestListDto = Type.Object({ items: Type.Array(TestRequestDto), total: Type.Integer() })
export type TestRequestListDto = Static<typeof TestRequestListDto>

export const PickInput = Type.Object({
  planId: Uuid('抽检计划'),
  note: Nullable(Text('采纳说明', 300)),
}, { additionalProperties: false })
export type PickInput = Static<typeof PickInput>

export const RejectInput = Type.Object({
  note: Text('不采纳理由', 300, 1),
}, { additionalProperties: false })
export type RejectInput = Static<typeof RejectInput>
