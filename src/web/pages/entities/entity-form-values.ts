import dayjs, { type Dayjs } from 'dayjs'
import type { EntityDetailDto, EntityInput } from '../../../shared/entities'
import { entityTypeDef } from '../../../shared/entity-catalogue'
import { STATIC_FACTORS_KEYS } from './static-factors'

/** What the entity form holds: dates as dayjs, blanks as undefined, static factors as a list of keys. */
export interface EntityFormValues {
  name: string
  uscc?: string
  type?: string
  canteenKind?: string
  schoolCategory?: string
  principalAccompanies?: boolean
  legalRepresentative?: string
  address?: string
  regionCode?: string
  longitude?: number | null
  latitude?: number | null
  contactName?: string
  contactPhone?: string
  status: string
  openedOn?: Dayjs | null
  openKitchen: string
  openKitchenUrl?: string
  cateringGrade?: string
  staticFactors: string[]
}

/** Form field → the label the server names it by (the schema title, or the rule's field). */
export const ENTITY_LABELS: Record<string, string> = {
  name: '主体名称', uscc: '统一社会信用代码', type: '主体类型', canteenKind: '食堂类别', schoolCategory: '学校类别', principalAccompanies: '校长陪餐',
  legalRepresentative: '法定代表人（负责人）', address: '经营地址', regionCode: '所在村（社区）', longitude: '经度', latitude: '纬度',
  contactName: '联系人', contactPhone: '联系电话', status: '经营状态', openedOn: '开业日期', openKitchen: '明厨亮灶', openKitchenUrl: '明厨亮灶视频地址',
  cateringGrade: '量化分级', staticFactors: '静态风险因素',
}

export const NEW_ENTITY: Partial<EntityFormValues> = { status: 'active', openKitchen: 'none', staticFactors: [] }

const text = (v: string | undefined) => v?.trim() || null
const num = (v: number | null | undefined) => (typeof v === 'number' ? v : null)

/** The input the API takes. Fields the form hides for this type are sent empty, so stale values never trip a rule. */
export function toEntityInput(v: EntityFormValues): EntityInput {
  const canteen = v.type === 'canteen'
  const school = canteen && v.canteenKind === 'school'
  const accompanies = canteen && ['school', 'kindergarten'].includes(v.canteenKind ?? '')
  return {
    name: v.name.trim(), uscc: text(v.uscc)?.toUpperCase() ?? null, type: v.type ?? '',
    canteenKind: canteen ? v.canteenKind ?? null : null, schoolCategory: school ? v.schoolCategory ?? null : null,
    principalAccompanies: accompanies ? v.principalAccompanies ?? null : null,
    legalRepresentative: text(v.legalRepresentative), address: text(v.address), regionCode: v.regionCode ?? '',
    longitude: num(v.longitude), latitude: num(v.latitude), contactName: text(v.contactName), contactPhone: text(v.contactPhone),
    status: v.status, openedOn: v.openedOn ? v.openedOn.format('YYYY-MM-DD') : null, openKitchen: v.openKitchen,
    openKitchenUrl: v.openKitchen === 'internet' ? text(v.openKitchenUrl) : null,
    cateringGrade: entityTypeDef(v.type ?? '')?.sector === 'catering' ? v.cateringGrade ?? null : null,
    staticFactors: Object.fromEntries(STATIC_FACTORS_KEYS.map((k) => [k, v.staticFactors.includes(k)])),
  }
}

export function toFormValues(e: EntityDetailDto): EntityFormValues {
  const blank = (s: string | null) => s ?? undefined
  return {
    name: e.name, uscc: blank(e.uscc), type: e.type, canteenKind: blank(e.canteenKind), schoolCategory: blank(e.schoolCategory),
    principalAccompanies: e.principalAccompanies ?? undefined, legalRepresentative: blank(e.legalRepresentative), address: blank(e.address),
    regionCode: e.regionCode, longitude: e.longitude, latitude: e.latitude, contactName: blank(e.contactName), contactPhone: blank(e.contactPhone),
    status: e.status, openedOn: e.openedOn ? dayjs(e.openedOn) : null, openKitchen: e.openKitchen, openKitchenUrl: blank(e.openKitchenUrl),
    cateringGrade: blank(e.cateringGrade), staticFactors: STATIC_FACTORS_KEYS.filter((k) => e.staticFactors?.[k]),
  }
}
