/**
 * What a regulated food business can be: types by sector (业态), licence kinds, certifications, 明厨亮灶,
 * catering grades, canteen and school kinds. Codes are English (stored), labels Chinese (shown).
 * `staticBase` is the type's share of the static risk score (0–40; DEFAULT_RISK_RULES).
 */

export const SECTORS = {
  production: '生产环节',
  circulation: '流通环节',
  catering: '餐饮环节',
  stall: '小摊点',
  agriculture: '农产品种养殖',
} as const
export type Sector = keyof typeof SECTORS

export type LicenceKind = 'production' | 'operation' | 'workshop_registration' | 'shop_registration' | 'stall_filing'

export interface EntityTypeDef {
  label: string
  sector: Sector
  /** The licence or registration the type normally holds (none: agricultural producers). */
  licence: LicenceKind | null
  /** Static risk points the type itself brings (tier Ⅰ 8 · Ⅱ 16 · Ⅲ 24 · Ⅳ 32). */
  staticBase: number
  /** Fills the monthly business self-inspection (企业自查). */
  selfInspects: boolean
  /** 三小 under the Henan regulation (小作坊, 小经营店, 小摊点). */
  smallThree?: 'workshop' | 'shop' | 'stall'
}

export const ENTITY_TYPES = {
  food_producer: { label: '食品生产企业', sector: 'production', licence: 'production', staticBase: 24, selfInspects: true },
  additive_producer: { label: '食品添加剂生产企业', sector: 'production', licence: 'production', staticBase: 24, selfInspects: true },
  health_food_producer: { label: '保健食品生产企业', sector: 'production', licence: 'production', staticBase: 32, selfInspects: true },
  special_food_producer: { label: '特殊食品生产企业', sector: 'production', licence: 'production', staticBase: 32, selfInspects: true },
  small_workshop: { label: '食品小作坊', sector: 'production', licence: 'workshop_registration', staticBase: 16, selfInspects: true, smallThree: 'workshop' },
  supermarket: { label: '超市', sector: 'circulation', licence: 'operation', staticBase: 16, selfInspects: true },
  convenience_store: { label: '便利店', sector: 'circulation', licence: 'operation', staticBase: 8, selfInspects: true },
  wholesale_market: { label: '批发市场', sector: 'circulation', licence: 'operation', staticBase: 24, selfInspects: true },
  farmers_market: { label: '农贸市场', sector: 'circulation', licence: 'operation', staticBase: 24, selfInspects: true },
  grocery: { label: '食杂店', sector: 'circulation', licence: 'shop_registration', staticBase: 8, selfInspects: true, smallThree: 'shop' },
  online_seller: { label: '网络食品销售', sector: 'circulation', licence: 'operation', staticBase: 16, selfInspects: true },
  large_restaurant: { label: '大型餐饮', sector: 'catering', licence: 'operation', staticBase: 24, selfInspects: true },
  medium_restaurant: { label: '中型餐饮', sector: 'catering', licence: 'operation', staticBase: 16, selfInspects: true },
  small_restaurant: { label: '小型餐饮', sector: 'catering', licence: 'operation', staticBase: 16, selfInspects: true },
  snack_shop: { label: '小餐饮（小经营店）', sector: 'catering', licence: 'shop_registration', staticBase: 8, selfInspects: true, smallThree: 'shop' },
  central_kitchen: { label: '中央厨房', sector: 'catering', licence: 'operation', staticBase: 32, selfInspects: true },
  group_meal_delivery: { label: '集体用餐配送单位', sector: 'catering', licence: 'operation', staticBase: 32, selfInspects: true },
  canteen: { label: '单位食堂', sector: 'catering', licence: 'operation', staticBase: 24, selfInspects: true },
  online_catering: { label: '网络餐饮服务', sector: 'catering', licence: 'operation', staticBase: 16, selfInspects: true },
  rural_dining_point: { label: '农村集体聚餐场所', sector: 'catering', licence: null, staticBase: 16, selfInspects: false },
  food_stall: { label: '小摊点（摊贩）', sector: 'stall', licence: 'stall_filing', staticBase: 8, selfInspects: false, smallThree: 'stall' },
  cooperative: { label: '农民专业合作社', sector: 'agriculture', licence: null, staticBase: 16, selfInspects: false },
  family_farm: { label: '家庭农场', sector: 'agriculture', licence: null, staticBase: 8, selfInspects: false },
  livestock_farm: { label: '养殖场', sector: 'agriculture', licence: null, staticBase: 16, selfInspects: false },
  slaughterhouse: { label: '屠宰场', sector: 'agriculture', licence: null, staticBase: 24, selfInspects: false },
} as const satisfies Record<string, EntityTypeDef>
export type EntityType = keyof typeof ENTITY_TYPES
export const ENTITY_TYPE_CODES = Object.keys(ENTITY_TYPES) as EntityType[]
/** The types that owe a monthly self-inspection (企业自查: the rates page and the 企业自查率 indicator). */
export const SELF_INSPECTING_TYPES = ENTITY_TYPE_CODES.filter((t) => ENTITY_TYPES[t].selfInspects)
export const entityTypeDef = (type: string): EntityTypeDef | undefined => (ENTITY_TYPES as Record<string, EntityTypeDef>)[type]

/** 单位食堂 subtypes; schools carry a 学校类别 and the 校长陪餐 flag. */
export const CANTEEN_KINDS = {
  school: '学校食堂', kindergarten: '幼儿园食堂', elderly_care: '养老机构食堂', hospital: '医院食堂', enterprise: '企业食堂', government: '机关食堂',
} as const
export type CanteenKind = keyof typeof CANTEEN_KINDS
export const SCHOOL_CATEGORIES = {
  primary: '小学', junior: '初中', senior: '高中', nine_year: '九年一贯制', vocational: '中职', special: '特殊教育', college: '高校',
} as const

export const LICENCE_KINDS: Record<LicenceKind, { label: string; validityYears: number | null; shortLabel: string }> = {
  production: { label: '食品生产许可证', shortLabel: 'SC 生产许可', validityYears: 5 },
  operation: { label: '食品经营许可证', shortLabel: 'JY 经营许可', validityYears: 5 },
  workshop_registration: { label: '食品小作坊登记证', shortLabel: '小作坊登记', validityYears: 3 },
  shop_registration: { label: '食品小经营店登记证', shortLabel: '小经营店登记', validityYears: 3 },
  stall_filing: { label: '食品小摊点备案卡', shortLabel: '小摊点备案', validityYears: null },
}

export const CERTIFICATION_KINDS = {
  haccp: 'HACCP', iso22000: 'ISO22000', iso9001: 'ISO9001', iso14001: 'ISO14001', six_s: '6S', four_d: '4D',
} as const
export type CertificationKind = keyof typeof CERTIFICATION_KINDS

export const OPEN_KITCHEN = { none: '未实施', traditional: '传统明厨亮灶', internet: '互联网+明厨亮灶' } as const
export type OpenKitchen = keyof typeof OPEN_KITCHEN

/** 餐饮服务食品安全量化分级 年度等级 (CHECKLISTS.md §3). */
export const CATERING_GRADES = { A: 'A 级（优秀）', B: 'B 级（良好）', C: 'C 级（一般）' } as const

export const RISK_GRADES = ['A', 'B', 'C', 'D'] as const
export type RiskGrade = (typeof RISK_GRADES)[number]
export const RISK_GRADE_LABELS: Record<RiskGrade, string> = { A: 'A 级（低风险）', B: 'B 级（较低风险）', C: 'C 级（较高风险）', D: 'D 级（高风险）' }

export const PERSON_ROLES = { director: '食品安全总监', officer: '食品安全员' } as const
export type PersonRole = keyof typeof PERSON_ROLES

export const ENTITY_STATUS = { active: '在业', suspended: '停业', closed: '注销' } as const
