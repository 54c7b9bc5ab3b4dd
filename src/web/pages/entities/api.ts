import type {
  CertificationInput, EntityDetailDto, EntityInput, EntityListDto, EntityListQuery, ImportJobDto, LicenceInput, PersonInput,
  RiskAssessmentDto, RiskAssessmentInput, TimelineEventDto,
} from '../../../shared/entities'
import type { RiskRules } from '../../../shared/risk-rules'
import { api, withQuery } from '../../api/client'

export type { EntityDetailDto, EntityListQuery }

export interface RulesDto { version: number; rules: RiskRules; createdAt: string }
export type RulesInput = { rules: Omit<RiskRules, 'sources'>; note: string | null }


export interface RateRow {
  regionCode: string; regionName: string; obliged: number; inspected: number; reported: number
  inspectionRate: number | null; reportRate: number | null
}
export interface RatesDto { period: string; regionCode: string; rows: RateRow[] }

export interface BusinessAccountInput { username: string; displayName: string; password: string }

// The register and an entity's record.
export const fetchEntities = (query: EntityListQuery) => api.get<EntityListDto>('/entities', { ...query })
export const exportUrl = (query: EntityListQuery) => withQuery('/api/entities/export', { ...query, page: undefined, pageSize: undefined })
export const TEMPLATE_URL = '/api/entities/template'
export const fetchEntity = (id: string) => api.get<EntityDetailDto>(`/entities/${id}`)
/** One table of the entity's detail tabs as .xlsx. */
export const entityTableExportUrl = (id: string, table: 'licences' | 'people' | 'certifications' | 'assessments' | 'timeline') => `/api/entities/${id}/export/${table}`
export const createEntity = (input: EntityInput) => api.post<EntityDetailDto>('/entities', input)
export const updateEntity = (id: string, input: EntityInput) => api.put<EntityDetailDto>(`/entities/${id}`, input)

/** 证照, 人员, 认证: each write answers with the whole entity. */
export type ChildKind = 'licences' | 'people' | 'certifications'
export type ChildInput = LicenceInput | PersonInput | CertificationInput
export const saveChild = (id: string, kind: ChildKind, itemId: string | null, input: ChildInput) =>
  (itemId ? api.put<EntityDetailDto>(`/entities/${id}/${kind}/${itemId}`, input) : api.post<EntityDetailDto>(`/entities/${id}/${kind}`, input))
export const deleteChild = (id: string, kind: ChildKind, itemId: string) => api.delete<EntityDetailDto>(`/entities/${id}/${kind}/${itemId}`)

export const fetchAssessments = (id: string) => api.get<RiskAssessmentDto[]>(`/entities/${id}/assessments`)
export const assess = (id: string, input: RiskAssessmentInput) => api.post<RiskAssessmentDto>(`/entities/${id}/assessments`, input)
export const fetchTimeline = (id: string) => api.get<TimelineEventDto[]>(`/entities/${id}/timeline`)
export const openAccount = (id: string, input: BusinessAccountInput) => api.post<EntityDetailDto>(`/entities/${id}/account`, input)

// Grading rules, inspections due, self-inspection rates.
export const fetchRules = () => api.get<RulesDto>('/risk-rules')
export const saveRules = (input: RulesInput) => api.put<RulesDto>('/risk-rules', input)
export const rulesExportUrl = (table: 'frequency' | 'sources') => `/api/risk-rules/export/${table}`
export const fetchRates = (period: string, region?: string) => api.get<RatesDto>('/self-inspections/rates', { period, region })
export const ratesExportUrl = (period: string, region?: string) => withQuery('/api/self-inspections/rates/export', { period, region })

// Excel import, as a job the page polls.
export const startImport = (file: File) => api.upload<ImportJobDto>('/entity-imports', file)
export const fetchImport = (jobId: string) => api.get<ImportJobDto>(`/entity-imports/${jobId}`)
export const fetchImports = () => api.get<ImportJobDto[]>('/entity-imports')
export const reportUrl = (jobId: string) => `/api/entity-imports/${jobId}/report`
