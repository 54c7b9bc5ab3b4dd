import { Type, type Static } from 'typebox'
import { DateString, Nullable, OneOf, Page, PageSize, RegionCode, Text, Uuid } from './common'

/**
 * 核查处置 (failed-sample disposal) files and the sampling time-limit settings: inputs and DTOs of
 * /api/disposals and /api/sampling/time-limits.
 */

export const CONTROL_MEASURES = { removed: '下架', recalled: '召回', sealed: '封存' } as const
export const DISPOSAL_OUTCOMES = { disposed: '处置完毕', retest_passed: '复检合格' } as const
export const DISPOSAL_STATUS = { open: '处置中', closed: '已办结', overdue: '逾期' } as const
export const RETEST_VERDICTS = { pass: '复检合格', fail: '复检不合格' } as const
/** The steps of a file, in the order the timeline shows them. */
export const DISPOSAL_STEPS = {
  notify: '送达检验结论', start: '启动核查处置', retest_request: '复检申请', retest_result: '复检结论', control: '风险控制',
  cause: '原因排查', rectification: '整改', case: '立案查处', follow_up: '跟踪抽检', extension: '延期', close: '办结',
} as const
export type DisposalStep = keyof typeof DISPOSAL_STEPS

const keys = (o: object) => Object.keys(o)
const Year = Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })

export const NotifyInput = Type.Object({ notifiedOn: DateString('送达日期') }, { additionalProperties: false })
export const RetestRequestInput = Type.Object({ requestedOn: DateString('复检申请日期') }, { additionalProperties: false })
export const RetestResultInput = Type.Object({ verdict: OneOf(keys(RETEST_VERDICTS), '复检结论'), resultOn: DateString('复检结论日期') }, { additionalProperties: false })
export const ControlInput = Type.Object({
  measures: Type.Array(OneOf(keys(CONTROL_MEASURES), '控制措施'), { minItems: 1, maxItems: 3, uniqueItems: true, title: '控制措施' }),
  controlledOn: DateString('控制日期'),
  quantity: Text('控制数量', 64, 1),
}, { additionalProperties: false })
export const CauseInput = Type.Object({ cause: Text('不合格原因', 500, 1), foundOn: DateString('查明日期') }, { additionalProperties: false })
export const RectificationInput = Type.Object({ rectification: Text('整改情况', 500, 1), rectifiedOn: DateString('整改完成日期') }, { additionalProperties: false })
/** Either link an existing case of the same business (caseId), or open a clue (caseId null, with its date). */
export const CaseStepInput = Type.Object({
  caseId: Nullable(Uuid('已有案件')),
  clueReceivedOn: Nullable(DateString('移送立案日期')),
  cause: Nullable(Text('案由', 300, 1)),
  officerIds: Type.Array(Uuid('办案人员'), { maxItems: 6, uniqueItems: true, title: '办案人员' }),
}, { additionalProperties: false })
export const FollowUpInput = Type.Object({ sampleId: Uuid('跟踪抽检样品') }, { additionalProperties: false })
export const ExtensionInput = Type.Object({
  days: Type.Integer({ minimum: 1, maximum: 90, title: '延长天数' }),
  reason: Text('延期理由（负责人书面批准）', 300, 1),
}, { additionalProperties: false })
export const CloseInput = Type.Object({ closedOn: DateString('办结日期'), note: Nullable(Text('办结说明', 500)) }, { additionalProperties: false })

export type NotifyInput = Static<typeof NotifyInput>
export type RetestRequestInput = Static<typeof RetestRequestInput>
export type RetestResultInput = Static<typeof RetestResultInput>
export type ControlInput = Static<typeof ControlInput>
export type CauseInput = Static<typeof CauseInput>
export type RectificationInput = Static<typeof RectificationInput>
export type CaseStepInput = Static<typeof CaseStepInput>
export type FollowUpInput = Static<typeof FollowUpInput>
export type ExtensionInput = Static<typeof ExtensionInput>
export type CloseInput = Static<typeof CloseInput>

export const DisposalListQuery = Type.Object({
  region: Type.Optional(RegionCode('区域')),
  /** Year the failed report was received (the file opened). */
  year: Type.Optional(Year),
  /** open 处置中 | closed 已办结 | overdue 逾期 (open, and past the close date or a step past its due date). */
  status: Type.Optional(OneOf(keys(DISPOSAL_STATUS), '处置状态')),
  q: Type.Optional(Text('关键词', 40)),
  page: Page, pageSize: PageSize,
}, { additionalProperties: false })
export type DisposalListQuery = Static<typeof DisposalListQuery>

/** A step that is due and not done by its date: which one and since when. */
const OverdueStep = Type.Object({ step: Type.String(), label: Type.String(), dueOn: Type.String() })

export const DisposalListItemDto = Type.Object({
  id: Type.String(), sampleId: Type.String(), sampleNumber: Type.String(), productName: Type.String(),
  entityId: Type.String(), entityName: Type.String(), regionCode: Type.String(),
  openedOn: Type.String(), notifyDueOn: Type.String(), notifiedOn: Nullable(Type.String()),
  /** The first of 风险控制 / 送达 recorded: the day disposal started. */
  startedOn: Nullable(Type.String()),
  closeDueOn: Type.String(), extensionDays: Type.Integer(), closedOn: Nullable(Type.String()), outcome: Nullable(Type.String()),
  status: Type.String(),
  /** Steps past their due date and not done (empty when the file is on time). */
  overdueSteps: Type.Array(OverdueStep),
})
export type DisposalListItemDto = Static<typeof DisposalListItemDto>
export const DisposalListDto = Type.Object({ items: Type.Array(DisposalListItemDto), total: Type.Integer() })
export type DisposalListDto = Static<typeof DisposalListDto>

export const TimelineStepDto = Type.Object({
  step: Type.String(), label: Type.String(),
  dueOn: Nullable(Type.String()), doneOn: Nullable(Type.String()),
  /** What was recorded (measures, cause, verdict …) in words. */
  detail: Nullable(Type.String()),
  overdue: Type.Boolean(),
  /** The time limit that set the due date, its source, and 「未核实」 when its value is unconfirmed (U). */
  rule: Nullable(Type.Object({ code: Type.String(), text: Type.String(), source: Type.String(), unconfirmed: Type.Boolean() })),
})
export type TimelineStepDto = Static<typeof TimelineStepDto>

export const DisposalDetailDto = Type.Object({
  ...DisposalListItemDto.properties,
  sample: Type.Object({
    id: Type.String(), sampleNumber: Type.String(), productName: Type.String(), category: Type.String(), sampledOn: Type.String(),
    lab: Type.String(), reportNumber: Nullable(Type.String()), reportReceivedOn: Nullable(Type.String()), verdict: Nullable(Type.String()),
  }),
  failedItems: Type.Array(Type.Object({ itemName: Type.String(), value: Nullable(Type.String()), unit: Type.String(), limit: Type.String(), standard: Type.String() })),
  retestDueOn: Nullable(Type.String()), retestRequestedOn: Nullable(Type.String()), retestVerdict: Nullable(Type.String()),
  controlMeasures: Type.Array(Type.String()), controlledOn: Nullable(Type.String()), controlledQuantity: Nullable(Type.String()),
  cause: Nullable(Type.String()), causeFoundOn: Nullable(Type.String()), rectification: Nullable(Type.String()), rectifiedOn: Nullable(Type.String()),
  caseId: Nullable(Type.String()), followUpSample: Nullable(Type.Object({ id: Type.String(), sampleNumber: Type.String(), sampledOn: Type.String(), verdict: Nullable(Type.String()) })),
  extensionReason: Nullable(Type.String()), note: Nullable(Type.String()),
  steps: Type.Array(TimelineStepDto),
  /** Why the file cannot close yet (empty when it can). */
  closeBlockers: Type.Array(Type.String()),
})
export type DisposalDetailDto = Static<typeof DisposalDetailDto>

export const DisposalRatesQuery = Type.Object({
  region: Type.Optional(RegionCode('区域')),
  from: Type.Optional(DateString('开始日期')),
  to: Type.Optional(DateString('结束日期')),
}, { additionalProperties: false })
export type DisposalRatesQuery = Static<typeof DisposalRatesQuery>

/**
 * Disposal figures of the failed samples whose lab report was received in the period (the file's opening
 * day), steps counted as recorded today. Samples that passed 复检 are not failed samples: they leave the
 * denominators (counted in retestPassed). Rates are percentages with 2 decimals, null when the denominator is 0.
 */
export const DisposalRatesDto = Type.Object({
  from: Type.String(), to: Type.String(),
  /** Failed samples of the period, without those that passed 复检. */
  failed: Type.Integer({ description: '不合格样品批次（收到报告在期间内，不含复检合格）' }),
  retestPassed: Type.Integer({ description: '复检合格批次（不计入分母）' }),
  started: Type.Integer({ description: '已启动核查处置（已送达或已采取风险控制）' }),
  closed: Type.Integer({ description: '已办结' }),
  onTime: Type.Integer({ description: '按期办结：办结日期不晚于办结期限（含批准延期）' }),
  overdueOpen: Type.Integer({ description: '未办结且逾期（超过办结期限，或有环节超过期限未完成）' }),
  startRate: Nullable(Type.Number({ description: '核查处置率 = 已启动 ÷ 不合格批次 × 100%' })),
  completionRate: Nullable(Type.Number({ description: '处置完成率 = 已办结 ÷ 不合格批次 × 100%' })),
  onTimeRate: Nullable(Type.Number({ description: '按时完成率 = 按期办结 ÷ 已办结 × 100%' })),
  notes: Type.Array(Type.String()),
})
export type DisposalRatesDto = Static<typeof DisposalRatesDto>

export const TimeLimitDto = Type.Object({
  code: Type.String(), label: Type.String(), from: Type.String(), days: Type.Integer(), unit: Type.String(),
  defaultDays: Type.Integer(), defaultUnit: Type.String(), source: Type.String(), status: Type.String(), changed: Type.Boolean(),
})
export type TimeLimitDto = Static<typeof TimeLimitDto>
export const TimeLimitListDto = Type.Object({ items: Type.Array(TimeLimitDto) })
export type TimeLimitListDto = Static<typeof TimeLimitListDto>
export const TimeLimitInput = Type.Object({
  days: Type.Integer({ minimum: 0, maximum: 365, title: '时限天数' }),
  unit: OneOf(['workday', 'day'], '时限单位'),
}, { additionalProperties: false })
export type TimeLimitInput = Static<typeof TimeLimitInput>
export const TimeLimitParams = Type.Object({ code: Type.String({ maxLength: 32, title: '时限规则' }) }, { additionalProperties: false })
