import { Type, type Static } from 'typebox'
import { DateString, Nullable, OneOf, Page, PageSize, RegionCode, Text, Uuid } from './common'

/** Cases (立案 → 结案), penalties, 行刑衔接, credit records and the serious-violation list: inputs, DTOs, labels. */

export const CASE_SOURCES = { inspection: '监督检查', sampling: '抽样检验', complaint: '投诉举报', police: '公安移交', higher: '上级交办', other: '其他' } as const
export const PARTY_KINDS = { organisation: '单位', individual: '个体工商户/自然人' } as const
export const CASE_STATUS = {
  clue: '线索核查', filed: '已立案', investigated: '调查终结', notified: '已告知', decided: '已作出决定', executed: '已执行', closed: '已结案', not_filed: '不予立案',
} as const
export type CaseStatus = keyof typeof CASE_STATUS
/** The dated steps after 立案, in the order they must happen. */
export const CASE_STEPS = { investigated: '调查终结', notified: '告知', decided: '决定', executed: '执行', closed: '结案' } as const
export type CaseStep = keyof typeof CASE_STEPS
export const PENALTY_KINDS = {
  warning: '警告', fine: '罚款', confiscate_income: '没收违法所得', confiscate_goods: '没收非法财物', suspension: '责令停产停业',
  licence_revoked: '吊销许可证', person_fine: '处罚到人（罚款）', employment_ban: '从业禁止',
} as const
export type PenaltyKind = keyof typeof PENALTY_KINDS
export const PERSON_ROLES = { legal_representative: '法定代表人', principal: '主要负责人', responsible: '直接负责的主管人员', other_responsible: '其他直接责任人员' } as const
export const TRANSFER_STATUS = { transferred: '已移送', accepted: '已受理', filed: '已刑事立案', declined: '不予立案', returned: '退回' } as const
export type TransferStatus = keyof typeof TRANSFER_STATUS
export const CREDIT_KINDS = { penalty: '行政处罚信息', serious_violation: '严重违法失信名单' } as const
export const REMOVAL_REASONS = { expired: '期满移出', repaired: '信用修复', annulled: '决定撤销' } as const
/** Where a 严重违法失信名单 listing stands (SeriousViolationDto.state). */
export const LISTING_STATE_LABELS: Record<string, string> = { listed: '已列入待公示', current: '公示中', removed: '已移出', expired: '期满' }

const keys = (o: object) => Object.keys(o)
/** 元 with at most two decimals, never negative; the server stores it as numeric(14,2). */
export const Amount = (title: string) => Type.String({ pattern: '^(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?$', title, description: '金额（元），最多两位小数' })
const Officers = (minItems: number) => Type.Array(Uuid('办案人员'), { minItems, maxItems: 10, uniqueItems: true, title: '办案人员' })
const Count = (title: string) => Type.Integer({ minimum: 0, maximum: 9999, title })

export const ClueInput = Type.Object({
  source: OneOf(keys(CASE_SOURCES), '案件来源'),
  sourceRef: Nullable(Uuid('来源记录')),
  /** A registered business; then the party's name, kind and region come from the register. */
  entityId: Nullable(Uuid('当事人（经营主体）')),
  /** For an unregistered party only. */
  partyName: Nullable(Text('当事人名称', 128, 1)),
  partyKind: Nullable(OneOf(keys(PARTY_KINDS), '当事人类型')),
  regionCode: Nullable(RegionCode('案发地')),
  cause: Text('案由', 300, 1),
  clueReceivedOn: DateString('线索受理日期'),
  officerIds: Officers(0),
}, { additionalProperties: false })
export type ClueInput = Static<typeof ClueInput>

export const FileInput = Type.Object({
  filedOn: DateString('立案日期'),
  caseNumber: Text('立案号', 64, 1),
  /** 第十九条: at least two case officers. */
  officerIds: Officers(2),
}, { additionalProperties: false })
export type FileInput = Static<typeof FileInput>

export const NotFileInput = Type.Object({
  decidedOn: DateString('不予立案日期'),
  reason: Text('不予立案理由', 300, 1),
}, { additionalProperties: false })
export type NotFileInput = Static<typeof NotFileInput>

export const StepInput = Type.Object({
  step: OneOf(['investigated', 'notified', 'executed', 'closed'], '办案环节'),
  on: DateString('环节日期'),
}, { additionalProperties: false })
export type StepInput = Static<typeof StepInput>

export const PenaltyInput = Type.Object({
  kind: OneOf(keys(PENALTY_KINDS), '处罚种类'),
  amount: Nullable(Amount('处罚金额（元）')),
  personName: Nullable(Text('被处罚人姓名', 32, 1)),
  personRole: Nullable(OneOf(keys(PERSON_ROLES), '被处罚人职务')),
  personIdNumber: Nullable(Type.String({ pattern: '^[0-9]{17}[0-9Xx]$', title: '被处罚人身份证号' })),
  /** 从业禁止: 5 (吊销许可证) or 0 = 终身 (因食品安全犯罪被判处有期徒刑以上刑罚). */
  banYears: Nullable(Type.Union([Type.Literal(5), Type.Literal(0)], { title: '从业禁止年限' })),
  note: Nullable(Text('说明', 300)),
}, { additionalProperties: false })
export type PenaltyInput = Static<typeof PenaltyInput>

export const DecisionInput = Type.Object({
  decidedOn: DateString('决定日期'),
  goodsValue: Nullable(Amount('货值金额（元）')),
  penalties: Type.Array(PenaltyInput, { minItems: 1, maxItems: 20, title: '处罚内容' }),
}, { additionalProperties: false })
export type DecisionInput = Static<typeof DecisionInput>

export const ExtensionInput = Type.Object({ reason: Text('延期理由', 300, 1) }, { additionalProperties: false })

export const CaseListQuery = Type.Object({
  region: Type.Optional(RegionCode('所在区域')),
  status: Type.Optional(OneOf(keys(CASE_STATUS), '案件状态')),
  source: Type.Optional(OneOf(keys(CASE_SOURCES), '案件来源')),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })),
  overdue: Type.Optional(Type.Boolean({ title: '只看超期' })),
  q: Type.Optional(Text('当事人或立案号', 64)),
  page: Page,
  pageSize: PageSize,
}, { additionalProperties: false })
export type CaseListQuery = Static<typeof CaseListQuery>

export const CaseSummaryDto = Type.Object({
  id: Type.String(), caseNumber: Nullable(Type.String()), regionCode: Type.String(), regionName: Type.String(),
  entityId: Nullable(Type.String()), partyName: Type.String(), partyKind: Type.String(), source: Type.String(), cause: Type.String(),
  status: Type.String(), clueReceivedOn: Type.String(), filingDueOn: Type.String(), filedOn: Nullable(Type.String()),
  decisionDueOn: Nullable(Type.String()), decidedOn: Nullable(Type.String()), closedOn: Nullable(Type.String()),
  /** A clue not decided (立案 / 不予立案) by filingDueOn, or a filed case not decided by decisionDueOn. */
  overdue: Type.Boolean(),
  transferred: Type.Boolean(),
})
export type CaseSummaryDto = Static<typeof CaseSummaryDto>
export const CaseListDto = Type.Object({ items: Type.Array(CaseSummaryDto), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() })
export type CaseListDto = Static<typeof CaseListDto>

export const PenaltyDto = Type.Object({
  id: Type.String(), kind: Type.String(), amount: Nullable(Type.String()), personName: Nullable(Type.String()), personRole: Nullable(Type.String()),
  personIdNumber: Nullable(Type.String()), banYears: Nullable(Type.Integer()), banUntil: Nullable(Type.String()), note: Nullable(Type.String()),
})
export type PenaltyDto = Static<typeof PenaltyDto>

export const TransferDto = Type.Object({
  id: Type.String(), caseId: Type.String(), caseNumber: Nullable(Type.String()), partyName: Type.String(), regionCode: Type.String(),
  policeUnit: Type.String(), transferredOn: Type.String(), status: Type.String(), acceptedOn: Nullable(Type.String()), decidedOn: Nullable(Type.String()),
  decisionDueOn: Type.String(), overdue: Type.Boolean(),
  detainedCount: Type.Integer(), arrestedCount: Type.Integer(), bailedCount: Type.Integer(), prosecutedCount: Type.Integer(), sentencedCount: Type.Integer(), note: Nullable(Type.String()),
})
export type TransferDto = Static<typeof TransferDto>

export const CreditRecordDto = Type.Object({
  id: Type.String(), entityId: Type.String(), caseId: Nullable(Type.String()), kind: Type.String(), summary: Type.String(), recordedOn: Type.String(),
  publishDueOn: Type.String(), publishedOn: Nullable(Type.String()), displayUntil: Type.String(), repairedOn: Nullable(Type.String()),
  /** The earliest date credit repair may end the display (1 year after publication, food). */
  repairEligibleOn: Nullable(Type.String()),
  showing: Type.Boolean(), publishOverdue: Type.Boolean(),
})
export type CreditRecordDto = Static<typeof CreditRecordDto>

export const SeriousViolationDto = Type.Object({
  id: Type.String(), entityId: Type.String(), entityName: Type.String(), uscc: Nullable(Type.String()), regionCode: Type.String(), caseId: Type.String(),
  caseNumber: Nullable(Type.String()), reason: Type.String(), decisionNumber: Nullable(Type.String()), listedOn: Type.String(), publishedOn: Nullable(Type.String()),
  repairEligibleOn: Type.String(), expiresOn: Type.String(), removedOn: Nullable(Type.String()), removalReason: Nullable(Type.String()), removalNote: Nullable(Type.String()),
  /** listed (not yet published) | current | removed | expired */
  state: Type.String(),
})
export type SeriousViolationDto = Static<typeof SeriousViolationDto>

export const CaseDetailDto = Type.Object({
  ...CaseSummaryDto.properties,
  sourceRef: Nullable(Type.String()), officers: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  investigatedOn: Nullable(Type.String()), notifiedOn: Nullable(Type.String()), executedOn: Nullable(Type.String()),
  notFiledReason: Nullable(Type.String()), goodsValue: Nullable(Type.String()), decisionExtendedDays: Type.Integer(),
  /** Every step with its date (null while not reached): the timeline. */
  timeline: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), on: Nullable(Type.String()), dueOn: Nullable(Type.String()) })),
  penalties: Type.Array(PenaltyDto), transfers: Type.Array(TransferDto), creditRecords: Type.Array(CreditRecordDto),
  seriousViolations: Type.Array(SeriousViolationDto),
  /** What may be done next (the web shows these actions). */
  next: Type.Array(Type.String()),
})
export type CaseDetailDto = Static<typeof CaseDetailDto>

export const TransferInput = Type.Object({
  policeUnit: Text('移送公安机关', 64, 1),
  transferredOn: DateString('移送日期'),
  note: Nullable(Text('备注', 500)),
}, { additionalProperties: false })
export type TransferInput = Static<typeof TransferInput>

export const TransferProgressInput = Type.Object({
  status: OneOf(['accepted', 'filed', 'declined', 'returned'], '办理结果'),
  on: DateString('日期'),
}, { additionalProperties: false })
export type TransferProgressInput = Static<typeof TransferProgressInput>

export const TransferCountsInput = Type.Object({
  detainedCount: Count('刑事拘留人数'), arrestedCount: Count('逮捕人数'),
  /** 取保候审; optional so that older forms keep working (unchanged when absent). */
  bailedCount: Type.Optional(Count('取保候审人数')), prosecutedCount: Count('起诉人数'), sentencedCount: Count('判决人数'),
  note: Nullable(Text('备注', 500)),
}, { additionalProperties: false })
export type TransferCountsInput = Static<typeof TransferCountsInput>

export const TransferListQuery = Type.Object({
  region: Type.Optional(RegionCode('所在区域')),
  status: Type.Optional(OneOf(keys(TRANSFER_STATUS), '移送状态')),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })),
  page: Page, pageSize: PageSize,
}, { additionalProperties: false })
export const TransferListDto = Type.Object({ items: Type.Array(TransferDto), total: Type.Integer() })

export const PublishInput = Type.Object({ publishedOn: DateString('公示日期') }, { additionalProperties: false })
export const RepairInput = Type.Object({ repairedOn: DateString('信用修复日期'), note: Text('修复说明', 500, 1) }, { additionalProperties: false })
export const CreditListQuery = Type.Object({
  entityId: Type.Optional(Uuid('经营主体')), unpublished: Type.Optional(Type.Boolean({ title: '只看未公示' })), page: Page, pageSize: PageSize,
}, { additionalProperties: false })
export const CreditListDto = Type.Object({ items: Type.Array(CreditRecordDto), total: Type.Integer() })

export const ListingInput = Type.Object({
  caseId: Uuid('案件'),
  reason: Text('列入事由', 500, 1),
  decisionNumber: Nullable(Text('列入决定书文号', 64, 1)),
  listedOn: DateString('列入日期'),
  /** 较重行政处罚 is a judgement the office confirms (总局令第44号). */
  heavyPenaltyConfirmed: Type.Literal(true, { title: '确认属较重行政处罚' }),
}, { additionalProperties: false })
export type ListingInput = Static<typeof ListingInput>
export const RemovalInput = Type.Object({
  removedOn: DateString('移出日期'),
  reason: OneOf(['repaired', 'annulled'], '移出原因'),
  note: Text('移出说明', 500, 1),
}, { additionalProperties: false })
export type RemovalInput = Static<typeof RemovalInput>
export const ListingQuery = Type.Object({
  region: Type.Optional(RegionCode('所在区域')),
  state: Type.Optional(OneOf(['listed', 'current', 'removed', 'expired'], '名单状态')),
  page: Page, pageSize: PageSize,
}, { additionalProperties: false })
export const ListingListDto = Type.Object({ items: Type.Array(SeriousViolationDto), total: Type.Integer() })

/** What the public page shows: nothing personal. */
export const PublicListingDto = Type.Object({
  entityName: Type.String(), uscc: Nullable(Type.String()), reason: Type.String(), decisionNumber: Nullable(Type.String()), listedOn: Type.String(), expiresOn: Type.String(),
})
export const PublicBlacklistDto = Type.Object({ items: Type.Array(PublicListingDto), total: Type.Integer(), asOf: Type.String() })
export type PublicBlacklistDto = Static<typeof PublicBlacklistDto>

export const FiguresQuery = Type.Object({
  region: Type.Optional(RegionCode('所在区域')),
  from: DateString('开始日期'),
  to: DateString('结束日期'),
}, { additionalProperties: false })
export const FiguresDto = Type.Object({
  regionCode: Type.String(), from: Type.String(), to: Type.String(),
  filed: Type.Integer(), closed: Type.Integer(),
  /** 罚没款: 罚款 (to the business and to persons) + 没收违法所得, 元. */
  finesAndConfiscations: Type.String(),
  /** 没收非法财物 at the value the decision states, 元 (not cash, reported apart). */
  goodsConfiscatedValue: Type.String(),
  personsPenalised: Type.Integer(), transfers: Type.Integer(), criminalCases: Type.Integer(),
  detained: Type.Integer(), arrested: Type.Integer(), bailed: Type.Integer(), prosecuted: Type.Integer(), sentenced: Type.Integer(),
  blacklistCurrent: Type.Integer(),
})
export type FiguresDto = Static<typeof FiguresDto>

export const OfficerDto = Type.Array(Type.Object({ id: Type.String(), name: Type.String() }))
