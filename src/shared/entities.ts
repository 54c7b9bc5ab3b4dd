import { Type, type Static } from 'typebox'
import { DateString, Nullable, OneOf as oneOf, Text } from './common'
import { CANTEEN_KINDS, CATERING_GRADES, CERTIFICATION_KINDS, ENTITY_STATUS, ENTITY_TYPES, LICENCE_KINDS, OPEN_KITCHEN, PERSON_ROLES, SCHOOL_CATEGORIES } from './entity-catalogue'
import { DYNAMIC_ANSWERS, DYNAMIC_ITEMS, STATIC_FACTORS, type DynamicAnswer } from './risk-rules'
import { SELF_CHECK_ANSWERS } from './self-inspection'

/** Entities (经营主体): inputs and DTOs shared by the server routes and the web pages. */

const keysOf = (o: object) => Object.keys(o)

export const EntityInput = Type.Object({
  name: Text('主体名称', 128, 2),
  uscc: Nullable(Type.String({ title: '统一社会信用代码', maxLength: 18 })),
  type: oneOf(keysOf(ENTITY_TYPES), '主体类型'),
  canteenKind: Nullable(oneOf(keysOf(CANTEEN_KINDS), '食堂类别')),
  schoolCategory: Nullable(oneOf(keysOf(SCHOOL_CATEGORIES), '学校类别')),
  principalAccompanies: Nullable(Type.Boolean({ title: '校长陪餐' })),
  legalRepresentative: Nullable(Text('法定代表人（负责人）', 32)),
  address: Nullable(Text('经营地址', 200)),
  regionCode: Type.String({ pattern: '^[0-9]{12}$', title: '所在村（社区）' }),
  longitude: Nullable(Type.Number({ minimum: 73, maximum: 136, title: '经度' })),
  latitude: Nullable(Type.Number({ minimum: 3, maximum: 54, title: '纬度' })),
  contactName: Nullable(Text('联系人', 32)),
  contactPhone: Nullable(Type.String({ pattern: '^[0-9+\\- ]{5,20}$', title: '联系电话' })),
  status: oneOf(keysOf(ENTITY_STATUS), '经营状态'),
  openedOn: Nullable(DateString('开业日期')),
  openKitchen: oneOf(keysOf(OPEN_KITCHEN), '明厨亮灶'),
  openKitchenUrl: Nullable(Type.String({ title: '明厨亮灶视频地址', maxLength: 300, pattern: '^https?://' })),
  cateringGrade: Nullable(oneOf(keysOf(CATERING_GRADES), '量化分级')),
  staticFactors: Type.Unsafe<Record<string, boolean>>(Type.Object(Object.fromEntries(keysOf(STATIC_FACTORS).map((k) => [k, Type.Optional(Type.Boolean())])), { additionalProperties: false, title: '静态风险因素' })),
}, { additionalProperties: false })
export type EntityInput = Static<typeof EntityInput>

export const LicenceInput = Type.Object({
  kind: oneOf(keysOf(LICENCE_KINDS), '证照类型'),
  number: Type.String({ title: '证照编号', minLength: 1, maxLength: 40 }),
  category: Nullable(Text('许可类别（经营项目）', 200)),
  issuedOn: Nullable(DateString('发证日期')),
  expiresOn: Nullable(DateString('有效期至')),
  electronic: Type.Boolean({ title: '电子证书' }),
  issuer: Nullable(Text('发证机关', 64)),
}, { additionalProperties: false })
export type LicenceInput = Static<typeof LicenceInput>

export const PersonInput = Type.Object({
  role: oneOf(keysOf(PERSON_ROLES), '岗位'),
  name: Text('姓名', 32, 1),
  phone: Nullable(Type.String({ pattern: '^[0-9+\\- ]{5,20}$', title: '联系电话' })),
  appointedOn: Nullable(DateString('任命日期')),
  assessedOn: Nullable(DateString('考核日期')),
  assessmentScore: Nullable(Type.Integer({ minimum: 0, maximum: 100, title: '考核成绩' })),
  assessmentPassed: Nullable(Type.Boolean({ title: '考核结果' })),
}, { additionalProperties: false })
export type PersonInput = Static<typeof PersonInput>

export const CertificationInput = Type.Object({
  kind: oneOf(keysOf(CERTIFICATION_KINDS), '认证类型'),
  number: Nullable(Text('证书编号', 64)),
  issuer: Nullable(Text('认证机构', 64)),
  issuedOn: Nullable(DateString('发证日期')),
  expiresOn: Nullable(DateString('有效期至')),
}, { additionalProperties: false })
export type CertificationInput = Static<typeof CertificationInput>

export const RiskAssessmentInput = Type.Object({
  assessedOn: DateString('评定日期'),
  staticFactors: EntityInput.properties.staticFactors,
  answers: Type.Unsafe<Record<string, DynamicAnswer>>(Type.Object(Object.fromEntries(DYNAMIC_ITEMS.map((i) => [i.code, oneOf(keysOf(DYNAMIC_ANSWERS), i.label)])), { additionalProperties: false, title: '动态风险评分表' })),
  note: Nullable(Text('说明', 500)),
}, { additionalProperties: false })
export type RiskAssessmentInput = Static<typeof RiskAssessmentInput>

export const SelfInspectionInput = Type.Object({
  period: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', title: '自查月份' }),
  answers: Type.Record(Type.String({ pattern: '^[A-Z][0-9]{2}$' }), Type.Object({
    answer: oneOf(keysOf(SELF_CHECK_ANSWERS), '自查结果'),
    measure: Type.Optional(Text('整改措施', 500)),
  }, { additionalProperties: false }), { title: '自查项目' }),
  summary: Nullable(Text('自查报告', 2000)),
  submit: Type.Boolean({ title: '提交自查报告' }),
}, { additionalProperties: false })
export type SelfInspectionInput = Static<typeof SelfInspectionInput>

export const EntityListQuery = Type.Object({
  region: Type.Optional(Type.String({ pattern: '^[0-9]{12}$', title: '区域' })),
  sector: Type.Optional(Type.String({ maxLength: 16, title: '环节' })),
  type: Type.Optional(Type.String({ maxLength: 32, title: '主体类型' })),
  grade: Type.Optional(Type.String({ pattern: '^(A|B|C|D|none)$', title: '风险等级' })),
  expiringWithin: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650, title: '证照到期天数' })),
  certification: Type.Optional(Type.String({ maxLength: 16, title: '认证' })),
  openKitchen: Type.Optional(Type.String({ maxLength: 16, title: '明厨亮灶' })),
  status: Type.Optional(Type.String({ maxLength: 16, title: '经营状态' })),
  q: Type.Optional(Type.String({ maxLength: 64, title: '关键词' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, title: '页码' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, title: '每页条数' })),
}, { additionalProperties: false })
export type EntityListQuery = Static<typeof EntityListQuery>

export const EntitySummaryDto = Type.Object({
  id: Type.String(), name: Type.String(), uscc: Nullable(Type.String()), type: Type.String(), typeLabel: Type.String(), sector: Type.String(),
  regionCode: Type.String(), regionName: Type.String(), townshipName: Type.String(), address: Nullable(Type.String()), status: Type.String(),
  riskGrade: Nullable(Type.String()), openKitchen: Type.String(), cateringGrade: Nullable(Type.String()),
  licenceNumber: Nullable(Type.String()), licenceExpiresOn: Nullable(Type.String()), lastInspectedOn: Nullable(Type.String()),
})
export type EntitySummaryDto = Static<typeof EntitySummaryDto>

const Facet = Type.Array(Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() }))
export const EntityListDto = Type.Object({
  total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), items: Type.Array(EntitySummaryDto),
  facets: Type.Object({ sector: Facet, type: Facet, grade: Facet, openKitchen: Facet, certification: Facet, expiring: Facet }),
})
export type EntityListDto = Static<typeof EntityListDto>

export const LicenceDto = Type.Object({ id: Type.String(), ...LicenceInput.properties, daysToExpiry: Nullable(Type.Integer()) })
export const PersonDto = Type.Object({ id: Type.String(), ...PersonInput.properties })
export const CertificationDto = Type.Object({ id: Type.String(), ...CertificationInput.properties, daysToExpiry: Nullable(Type.Integer()) })
export const RiskAssessmentDto = Type.Object({
  id: Type.String(), assessedOn: Type.String(), staticScore: Type.Number(), dynamicScore: Type.Number(), totalScore: Type.Number(),
  grade: Type.String(), source: Type.String(), ruleVersion: Type.Integer(), note: Nullable(Type.String()), assessedBy: Nullable(Type.String()),
  staticFactors: Type.Record(Type.String(), Type.Boolean()), answers: Type.Record(Type.String(), Type.String()),
})
export type RiskAssessmentDto = Static<typeof RiskAssessmentDto>

export const InspectionDueDto = Type.Object({
  perYear: Type.Object({ min: Type.Integer(), max: Type.Integer() }), nextDueOn: Nullable(Type.String()), overdue: Type.Boolean(),
})

export const EntityDetailDto = Type.Object({
  ...EntitySummaryDto.properties,
  ...EntityInput.properties,
  riskScore: Nullable(Type.Number()), riskAssessedOn: Nullable(Type.String()),
  inspection: Nullable(InspectionDueDto),
  licences: Type.Array(LicenceDto), people: Type.Array(PersonDto), certifications: Type.Array(CertificationDto),
  regionPath: Type.String(), updatedAt: Type.String(), hasAccount: Type.Boolean(),
})
export type EntityDetailDto = Static<typeof EntityDetailDto>

export const TimelineEventDto = Type.Object({
  at: Type.String(), actor: Nullable(Type.String()), action: Type.String(), actionLabel: Type.String(),
  changes: Type.Array(Type.Object({ field: Type.String(), before: Nullable(Type.String()), after: Nullable(Type.String()) })),
})
export type TimelineEventDto = Static<typeof TimelineEventDto>

export const DueInspectionDto = Type.Object({
  ...EntitySummaryDto.properties, perYearMin: Type.Integer(), nextDueOn: Type.String(), overdue: Type.Boolean(),
})
export const DueInspectionListDto = Type.Object({
  /** total: rows of this listing (for paging); dueThisYear: every entity due this year, overdue included. */
  year: Type.Integer(), total: Type.Integer(), dueThisYear: Type.Integer(), overdue: Type.Integer(), items: Type.Array(DueInspectionDto), page: Type.Integer(), pageSize: Type.Integer(),
})

export const SelfInspectionDto = Type.Object({
  id: Nullable(Type.String()), entityId: Type.String(), entityName: Type.String(), period: Type.String(), status: Type.String(),
  items: Type.Array(Type.Object({ code: Type.String(), text: Type.String(), answer: Nullable(Type.String()), measure: Nullable(Type.String()) })),
  summary: Nullable(Type.String()), problemCount: Type.Integer(), submittedAt: Nullable(Type.String()),
})
export type SelfInspectionDto = Static<typeof SelfInspectionDto>

export const SelfInspectionRateDto = Type.Object({
  period: Type.String(), regionCode: Type.String(),
  rows: Type.Array(Type.Object({
    regionCode: Type.String(), regionName: Type.String(), obliged: Type.Integer(), inspected: Type.Integer(), reported: Type.Integer(),
    inspectionRate: Nullable(Type.Number()), reportRate: Nullable(Type.Number()),
  })),
})

export const ImportJobDto = Type.Object({
  id: Type.String(), fileName: Type.String(), status: Type.String(), totalRows: Type.Integer(), checkedRows: Type.Integer(), writtenRows: Type.Integer(),
  created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(), errorCount: Type.Integer(), hasReport: Type.Boolean(),
  message: Nullable(Type.String()), createdAt: Type.String(), finishedAt: Nullable(Type.String()),
})
export type ImportJobDto = Static<typeof ImportJobDto>

