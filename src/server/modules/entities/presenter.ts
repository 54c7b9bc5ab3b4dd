import type { EntityDetailDto, EntitySummaryDto, RiskAssessmentDto } from '../../../shared/entities'
import { entityTypeDef } from '../../../shared/entity-catalogue'
import { daysBetween } from '../../platform/working-days'
import type { CertificationRow, EntityRow, LicenceRow, PersonRow, RiskAssessmentRow } from './schema'

export const townshipCodeOf = (code: string) => code.slice(0, 9) + '000'

export function toSummary(e: EntityRow, names: Map<string, string>, licence: LicenceRow | undefined): EntitySummaryDto {
  return {
    id: e.id, name: e.name, uscc: e.uscc, type: e.type, typeLabel: entityTypeDef(e.type)?.label ?? e.type, sector: e.sector,
    regionCode: e.regionCode, regionName: names.get(e.regionCode) ?? e.regionCode, townshipName: names.get(townshipCodeOf(e.regionCode)) ?? '',
    address: e.address, status: e.status, riskGrade: e.riskGrade, openKitchen: e.openKitchen, cateringGrade: e.cateringGrade,
    licenceNumber: licence?.number ?? null, licenceExpiresOn: licence?.expiresOn ?? null, lastInspectedOn: e.lastInspectedOn,
  }
}

export const toLicenceDto = (l: LicenceRow, today: string) => ({
  id: l.id, kind: l.kind, number: l.number, category: l.category, issuedOn: l.issuedOn, expiresOn: l.expiresOn, electronic: l.electronic,
  issuer: l.issuer, daysToExpiry: l.expiresOn ? daysBetween(today, l.expiresOn) : null,
})
export const toPersonDto = (p: PersonRow) => ({
  id: p.id, role: p.role, name: p.name, phone: p.phone, appointedOn: p.appointedOn, assessedOn: p.assessedOn,
  assessmentScore: p.assessmentScore, assessmentPassed: p.assessmentPassed,
})
export const toCertificationDto = (c: CertificationRow, today: string) => ({
  id: c.id, kind: c.kind, number: c.number, issuer: c.issuer, issuedOn: c.issuedOn, expiresOn: c.expiresOn,
  daysToExpiry: c.expiresOn ? daysBetween(today, c.expiresOn) : null,
})

/** The editable fields of an entity, as the form sends them back. */
export function toEntityInput(e: EntityRow) {
  return {
    name: e.name, uscc: e.uscc, type: e.type, canteenKind: e.canteenKind, schoolCategory: e.schoolCategory, principalAccompanies: e.principalAccompanies,
    legalRepresentative: e.legalRepresentative, address: e.address, regionCode: e.regionCode, longitude: e.longitude, latitude: e.latitude,
    contactName: e.contactName, contactPhone: e.contactPhone, status: e.status, openedOn: e.openedOn, openKitchen: e.openKitchen,
    openKitchenUrl: e.openKitchenUrl, cateringGrade: e.cateringGrade, staticFactors: e.staticFactors,
  }
}

export function toDetail(e: EntityRow, extra: Omit<EntityDetailDto, keyof EntitySummaryDto | keyof ReturnType<typeof toEntityInput> | 'riskScore' | 'riskAssessedOn' | 'updatedAt'>, summary: EntitySummaryDto): EntityDetailDto {
  return { ...summary, ...toEntityInput(e), ...extra, riskScore: e.riskScore, riskAssessedOn: e.riskAssessedOn, updatedAt: e.updatedAt.toISOString() } as EntityDetailDto
}

export const toAssessmentDto = (a: RiskAssessmentRow, version: number, assessor: string | null): RiskAssessmentDto => ({
  id: a.id, assessedOn: a.assessedOn, staticScore: a.staticScore, dynamicScore: a.dynamicScore, totalScore: a.totalScore, grade: a.grade,
  source: a.source, ruleVersion: version, note: a.note, assessedBy: assessor, staticFactors: a.staticFactors, answers: a.answers,
})
