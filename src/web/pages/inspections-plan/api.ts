import type { CoverageDto, PlanDto, PlanQuery } from '../../../shared/inspection-plan'
import { api, withQuery } from '../../api/client'

export type { CoverageDto, PlanDto, PlanQuery }
export type PlanItem = PlanDto['items'][number]
export type CoverageRow = CoverageDto['byRegion'][number]
export type WorkloadRow = CoverageDto['byUnit'][number]

const params = (q: PlanQuery) => ({ ...q, coverageGap: q.coverageGap ? 'true' : undefined })
export const fetchPlan = (query: PlanQuery) => api.get<PlanDto>('/inspections/plan', params(query))
export const planExportUrl = (query: PlanQuery) => withQuery('/api/inspections/plan/export', { ...params(query), page: undefined, pageSize: undefined })
export const fetchCoverage = (year: number | undefined, region: string | undefined) => api.get<CoverageDto>('/inspections/coverage', { year, region })
/** One coverage tab (region, type, unit or inspector) as .xlsx. */
export const coverageExportUrl = (year: number | undefined, region: string | undefined, by: string) => withQuery('/api/inspections/coverage/export', { year, region, by })
