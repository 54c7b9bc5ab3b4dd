import { sql, type SQL } from 'drizzle-orm'
import { SELF_INSPECTING_TYPES } from '../../../shared/entity-catalogue'
import type { MeasureSource } from '../../platform/measures'
import { entities, entityLicences, entityPeople, selfInspections } from './schema'

/**
 * What the indicators module may count in the register (see platform/measures.ts). The register keeps no
 * history, so these are states counted as they stand now; closing a period freezes them.
 */

const active = sql`${entities.status} = 'active'`
const hasCertification = (kind: string): SQL => sql`EXISTS (SELECT 1 FROM entity_certifications c WHERE c.entity_id = ${entities.id} AND c.kind = ${kind}
  AND (c.expires_on IS NULL OR c.expires_on >= CURRENT_DATE))`
const production = sql`${active} AND ${entities.sector} = 'production'`
const catering = sql`${active} AND ${entities.sector} = 'catering'`
const schoolCanteen = sql`${active} AND ${entities.canteenKind} IN ('school', 'kindergarten')`
const grade = (g: string) => ({ label: `风险等级 ${g} 级主体`, where: sql`${active} AND ${entities.riskGrade} = ${g}` })
// The types that self-inspect every month (企业自查; the 企业自查率 page counts the same).
const SELF_INSPECTING = sql.join(SELF_INSPECTING_TYPES.map((t) => sql`${t}`), sql`, `)
const selfInspecting = sql`${active} AND ${entities.type} IN (${SELF_INSPECTING})`

export const entitySource: MeasureSource = {
  name: 'entities',
  auditType: 'entity',
  table: entities,
  region: entities.regionCode,
  date: null,
  record: { id: entities.id, title: sql`${entities.name}`, detail: sql`coalesce(${entities.address}, '')`, link: '/entities/:id' },
  measures: {
    active: { label: '在业经营主体', where: active },
    production: { label: '在业食品生产企业', where: production },
    productionHaccp: { label: '通过 HACCP 认证的生产企业', where: sql`${production} AND ${hasCertification('haccp')}` },
    productionIso22000: { label: '通过 ISO22000 认证的生产企业', where: sql`${production} AND ${hasCertification('iso22000')}` },
    production6s: { label: '实施 6S 管理的生产企业', where: sql`${production} AND ${hasCertification('six_s')}` },
    catering: { label: '在业餐饮服务单位', where: catering },
    cateringOpenKitchen: { label: '实施明厨亮灶的餐饮服务单位', where: sql`${catering} AND ${entities.openKitchen} IN ('traditional', 'internet')` },
    cateringInternet: { label: '实施互联网+明厨亮灶的餐饮服务单位', where: sql`${catering} AND ${entities.openKitchen} = 'internet'` },
    schoolCanteens: { label: '学校（含幼儿园）食堂', where: schoolCanteen },
    schoolCanteensInternet: { label: '实施互联网+明厨亮灶的学校食堂', where: sql`${schoolCanteen} AND ${entities.openKitchen} = 'internet'` },
    withSafetyStaff: { label: '配备食品安全总监或安全员的主体', where: sql`${active} AND EXISTS (SELECT 1 FROM entity_people p WHERE p.entity_id = ${entities.id})` },
    gradeA: grade('A'),
    gradeB: grade('B'),
    gradeC: grade('C'),
    gradeD: grade('D'),
    selfInspecting: { label: '应自查主体（每月一次）', where: selfInspecting },
  },
}

// A month's form counts while its business is in business and obliged, as on the 企业自查率 page.
const formOfObliged = sql`EXISTS (SELECT 1 FROM entities e WHERE e.id = ${selfInspections.entityId} AND e.status = 'active'
  AND e.type IN (${SELF_INSPECTING}))`

/** 企业自查: one form per business and month, placed in a period by its month (draft = 自查, submitted = 自查报告). */
export const selfInspectionSource: MeasureSource = {
  name: 'self-inspections',
  table: selfInspections,
  region: selfInspections.regionCode,
  date: { column: sql`to_date(${selfInspections.period} || '-01', 'YYYY-MM-DD')`, label: '自查月份' },
  record: {
    id: selfInspections.id, linkId: selfInspections.entityId, link: '/entities/:id',
    title: sql`coalesce((SELECT e.name FROM entities e WHERE e.id = ${selfInspections.entityId}), '')`,
    detail: sql`${selfInspections.period} || CASE WHEN ${selfInspections.status} = 'submitted' THEN ' 已提交自查报告' ELSE ' 已填写自查表' END`,
  },
  measures: {
    inspected: { label: '已填写自查表的户·月', where: formOfObliged },
    reported: { label: '已提交自查报告的户·月', where: sql`${formOfObliged} AND ${selfInspections.status} = 'submitted'` },
  },
}

export const licenceSource: MeasureSource = {
  name: 'licences',
  table: entityLicences,
  region: entityLicences.regionCode,
  date: null,
  record: { id: entityLicences.id, linkId: entityLicences.entityId, title: sql`coalesce((SELECT e.name FROM entities e WHERE e.id = ${entityLicences.entityId}), '')`, detail: sql`${entityLicences.number}`, link: '/entities/:id' },
  measures: {
    valid: { label: '有效许可证（登记证）', where: sql`${entityLicences.expiresOn} IS NULL OR ${entityLicences.expiresOn} >= CURRENT_DATE` },
    validElectronic: { label: '其中电子证书', where: sql`(${entityLicences.expiresOn} IS NULL OR ${entityLicences.expiresOn} >= CURRENT_DATE) AND ${entityLicences.electronic}` },
  },
}

export const safetyStaffSource: MeasureSource = {
  name: 'safety-staff',
  table: entityPeople,
  region: entityPeople.regionCode,
  date: null,
  record: { id: entityPeople.id, linkId: entityPeople.entityId, title: sql`coalesce((SELECT e.name FROM entities e WHERE e.id = ${entityPeople.entityId}), '')`, detail: sql`${entityPeople.name} || CASE ${entityPeople.role} WHEN 'director' THEN '（食品安全总监）' ELSE '（食品安全员）' END`, link: '/entities/:id' },
  measures: { staff: { label: '食品安全管理人员' } },
}

export const staffAssessmentSource: MeasureSource = {
  name: 'staff-assessments',
  table: entityPeople,
  region: entityPeople.regionCode,
  date: { column: entityPeople.assessedOn, label: '抽查考核日期' },
  record: safetyStaffSource.record,
  measures: { assessed: { label: '抽查考核的食品安全管理人员' }, passed: { label: '抽查考核合格人员', where: sql`${entityPeople.assessmentPassed}` } },
}
