import { Type, type Static } from 'typebox'
import { DateString, Nullable, OneOf, Page, PageSize, RegionCode, Text, Uuid } from './common'
import { ITEM_OUTCOME_LABELS, RESULT_LABELS } from './inspection-result'

/** Inspections (监督检查) and rectification orders (整改): inputs and DTOs shared by server and web. */

export const INSPECTION_KINDS = { daily: '日常检查', campaign: '专项检查', flying: '飞行检查', random: '双随机检查', follow_up: '整改复查' } as const
export type InspectionKind = keyof typeof INSPECTION_KINDS

/** How the findings of an inspection were handled (第三十二、三十三条). */
export const HANDLINGS = { none: '无需处理', on_the_spot: '当场整改', rectification: '限期整改', investigation: '立案调查' } as const
export type Handling = keyof typeof HANDLINGS

/**
 * The deadline a 限期整改 order suggests when the inspector sets none. The regulation leaves it to the
 * inspector (《食品生产经营监督检查管理办法》第三十三条 "限期整改"); 15 days is a common local practice,
 * not a rule — unconfirmed (U), so the form shows it as a default the inspector changes freely.
 */
export const DEFAULT_RECTIFICATION_DAYS = 15

export const ORDER_KINDS = { rectify: '限期整改通知书', correct: '责令改正通知书' } as const
export const ORDER_STATUS = { open: '待整改', reported: '企业已回复', passed: '整改合格', failed: '整改不合格' } as const
export type OrderStatus = keyof typeof ORDER_STATUS

const keys = (o: object) => Object.keys(o)

export const AnswerInput = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 16, title: '检查项目' }),
  outcome: OneOf(keys(ITEM_OUTCOME_LABELS), '检查结果'),
  note: Type.Optional(Text('问题描述', 500)),
}, { additionalProperties: false })
export type AnswerInput = Static<typeof AnswerInput>

export const RectificationInput = Type.Object({
  kind: OneOf(keys(ORDER_KINDS), '整改文书'),
  dueOn: DateString('整改期限'),
  requirements: Text('整改要求', 2000, 1),
  documentNumber: Nullable(Text('文书编号', 64)),
}, { additionalProperties: false })
export type RectificationInput = Static<typeof RectificationInput>

export const InspectionInput = Type.Object({
  entityId: Uuid('检查对象'),
  kind: OneOf(keys(INSPECTION_KINDS), '检查类型'),
  campaign: Nullable(Text('专项名称', 100)),
  drawId: Nullable(Uuid('双随机抽查')),
  verifiesOrderId: Nullable(Uuid('复查的整改通知')),
  inspectedOn: DateString('检查日期'),
  inspectorIds: Type.Array(Uuid('执法人员'), { minItems: 2, maxItems: 4, uniqueItems: true, title: '执法人员' }),
  answers: Type.Array(AnswerInput, { maxItems: 200, title: '检查项目' }),
  handling: OneOf(keys(HANDLINGS), '处理措施'),
  findings: Nullable(Text('检查发现的问题', 2000)),
  /** 责令立即停止食品生产经营活动, ordered on site; only with findings. */
  operationsHalted: Type.Optional(Type.Boolean({ title: '责令停止生产经营' })),
  /** SHA-256 of photos uploaded through POST /api/inspections/photos. */
  photoIds: Type.Array(Type.String({ pattern: '^[0-9a-f]{64}$', title: '照片' }), { maxItems: 20, title: '照片' }),
  signatureSha256: Nullable(Type.String({ pattern: '^[0-9a-f]{64}$', title: '企业签名' })),
  signerName: Nullable(Text('签字人', 32, 1)),
  signatureRefused: Type.Boolean({ title: '拒绝签字' }),
  /** Required when handling is rectification. */
  rectification: Nullable(RectificationInput),
}, { additionalProperties: false })
export type InspectionInput = Static<typeof InspectionInput>

export const InspectionListQuery = Type.Object({
  region: Type.Optional(RegionCode('所在区域')),
  result: Type.Optional(OneOf(keys(RESULT_LABELS), '检查结果')),
  kind: Type.Optional(OneOf(keys(INSPECTION_KINDS), '检查类型')),
  entityId: Type.Optional(Uuid('检查对象')),
  inspectorId: Type.Optional(Uuid('执法人员')),
  from: Type.Optional(DateString('开始日期')),
  to: Type.Optional(DateString('结束日期')),
  page: Page,
  pageSize: PageSize,
}, { additionalProperties: false })
export type InspectionListQuery = Static<typeof InspectionListQuery>

export const InspectionListItemDto = Type.Object({
  id: Type.String(), entityId: Type.String(), entityName: Type.String(), entityType: Type.String(), regionCode: Type.String(),
  kind: Type.String(), inspectedOn: Type.String(), result: Type.String(), keyFailures: Type.Integer(), generalFailures: Type.Integer(),
  handling: Type.String(), inspectorNames: Type.Array(Type.String()),
})
export type InspectionListItemDto = Static<typeof InspectionListItemDto>
export const InspectionListDto = Type.Object({ items: Type.Array(InspectionListItemDto), total: Type.Integer() })
export type InspectionListDto = Static<typeof InspectionListDto>

export const InspectionStatsQuery = Type.Object({
  region: Type.Optional(RegionCode('所在区域')),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })),
}, { additionalProperties: false })
export const InspectionStatsDto = Type.Object({
  year: Type.Integer(), regionCode: Type.String(), total: Type.Integer(),
  byResult: Type.Object({ conform: Type.Integer(), basic: Type.Integer(), nonconform: Type.Integer() }),
})
export type InspectionStatsDto = Static<typeof InspectionStatsDto>

export const OrderDto = Type.Object({
  id: Type.String(), inspectionId: Type.String(), entityId: Type.String(), entityName: Type.String(), regionCode: Type.String(),
  kind: Type.String(), documentNumber: Nullable(Type.String()), itemCodes: Type.Array(Type.String()), requirements: Type.String(),
  issuedOn: Type.String(), dueOn: Type.String(), status: Type.String(),
  /** Still open (not passed, not failed) after its deadline. */
  overdue: Type.Boolean(),
  /** Verified as passed on or before its deadline; null while not verified. */
  onTime: Nullable(Type.Boolean()),
  reportedOn: Nullable(Type.String()), reportNote: Nullable(Type.String()),
  verifiedOn: Nullable(Type.String()), verificationNote: Nullable(Type.String()),
  followUpInspectionId: Nullable(Type.String()), caseId: Nullable(Type.String()),
})
export type OrderDto = Static<typeof OrderDto>

export const InspectionDetailDto = Type.Object({
  id: Type.String(), entityId: Type.String(), entityName: Type.String(), entityType: Type.String(), entityAddress: Nullable(Type.String()),
  regionCode: Type.String(), kind: Type.String(), campaign: Nullable(Type.String()), drawId: Nullable(Type.String()),
  checklistCode: Type.String(), checklistTitle: Type.String(), inspectedOn: Type.String(),
  inspectors: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  answers: Type.Array(Type.Object({ code: Type.String(), outcome: Type.String(), note: Nullable(Type.String()) })),
  keyFailures: Type.Integer(), generalFailures: Type.Integer(), notApplicable: Type.Integer(), result: Type.String(),
  handling: Type.String(), findings: Nullable(Type.String()), operationsHalted: Type.Boolean(), photoIds: Type.Array(Type.String()),
  signatureSha256: Nullable(Type.String()), signerName: Nullable(Type.String()), signatureRefused: Type.Boolean(),
  publishDueOn: Type.String(), publishedAt: Nullable(Type.String()), verifiesOrderId: Nullable(Type.String()),
  orders: Type.Array(OrderDto), caseId: Nullable(Type.String()), createdAt: Type.String(),
})
export type InspectionDetailDto = Static<typeof InspectionDetailDto>

export const OrderListQuery = Type.Object({
  region: Type.Optional(RegionCode('所在区域')),
  status: Type.Optional(OneOf(keys(ORDER_STATUS), '整改状态')),
  overdue: Type.Optional(Type.Boolean({ title: '只看逾期' })),
  entityId: Type.Optional(Uuid('经营主体')),
  page: Page,
  pageSize: PageSize,
}, { additionalProperties: false })
export const OrderListDto = Type.Object({ items: Type.Array(OrderDto), total: Type.Integer() })

export const OrderReportInput = Type.Object({ note: Text('整改情况', 2000, 1), photoIds: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9a-f]{64}$', title: '照片' }), { maxItems: 20 })) }, { additionalProperties: false })
export const OrderVerifyInput = Type.Object({
  passed: Type.Boolean({ title: '整改结果' }),
  verifiedOn: DateString('验证日期'),
  note: Text('验证情况', 2000, 1),
  followUpInspectionId: Nullable(Uuid('复查记录')),
  /** When not passed: hand the failure to a case (立案调查). */
  toCase: Type.Boolean({ title: '转立案调查' }),
}, { additionalProperties: false })

/** 问题发现处置率 and the on-time rate of rectification, for a region subtree and a period. */
export const RectificationRatesQuery = Type.Object({
  region: Type.Optional(RegionCode('所在区域')),
  from: Type.Optional(DateString('开始日期')),
  to: Type.Optional(DateString('结束日期')),
}, { additionalProperties: false })
export const RectificationRatesDto = Type.Object({
  from: Type.String(), to: Type.String(),
  /** Inspections in the period that found a non-conforming item. */
  problemsFound: Type.Integer(),
  /** … of which handled: rectified on the spot, order verified (or failed and passed to a case), or investigation opened. */
  problemsHandled: Type.Integer(),
  disposalRate: Nullable(Type.Number()),
  ordersIssued: Type.Integer(), ordersVerified: Type.Integer(), ordersOnTime: Type.Integer(), ordersOverdue: Type.Integer(),
  onTimeRate: Nullable(Type.Number()),
})
export type RectificationRatesDto = Static<typeof RectificationRatesDto>

/** The report's inspection figures (自查报告: 检查 X 家次, 下达限期整改 X 家次, 其中责令停止生产经营 X 家次 …). */
export const InspectionFiguresQuery = Type.Object({
  region: Type.Optional(RegionCode('所在区域')),
  from: Type.Optional(DateString('开始日期')),
  to: Type.Optional(DateString('结束日期')),
  sector: Type.Optional(OneOf(['production', 'circulation', 'catering', 'stall', 'agriculture'], '环节')),
  kind: Type.Optional(OneOf(keys(INSPECTION_KINDS), '检查类型')),
}, { additionalProperties: false })
export const InspectionFiguresDto = Type.Object({
  from: Type.String(), to: Type.String(),
  /** 检查家次 and distinct businesses inspected (家). */
  inspections: Type.Integer(), entitiesInspected: Type.Integer(),
  conform: Type.Integer(), basic: Type.Integer(), nonconform: Type.Integer(),
  onTheSpot: Type.Integer(), investigations: Type.Integer(), operationsHalted: Type.Integer(),
  /** 下达限期整改 / 责令改正 家次, 企业递交整改报告, 验收整改情况 (verified, passed or not). */
  ordersIssued: Type.Integer(), ordersReported: Type.Integer(), ordersVerified: Type.Integer(),
  /** Officer-visits: the sum of officers over inspections (出动执法人员人次). */
  officerVisits: Type.Integer(),
})
export type InspectionFiguresDto = Static<typeof InspectionFiguresDto>
