import type { PlanDetailDto, PlanInput, PlanListDto, PlanSummaryDto } from '../../../../shared/sampling-plans'
import type { Figure, FigureRow, FiguresDto, FiguresQuery } from '../../../../shared/sampling-figures'
import { api, withQuery } from '../../../api/client'

export type { Figure, FigureRow, FiguresDto, FiguresQuery, PlanDetailDto, PlanInput, PlanSummaryDto }

export const fetchPlans = (year: number) => api.get<PlanListDto>('/sampling-plans', { year })
export const plansExportUrl = (year: number) => `/api/sampling-plans/export?year=${year}`
export const planTableExportUrl = (id: string, table: 'categories' | 'townships') => `/api/sampling-plans/${id}/export/${table}`
export const fetchPlan = (id: string) => api.get<PlanDetailDto>(`/sampling-plans/${id}`)
export const createPlan = (input: PlanInput) => api.post<PlanDetailDto>('/sampling-plans', input)
export const updatePlan = (id: string, input: PlanInput) => api.put<PlanDetailDto>(`/sampling-plans/${id}`, input)
export const publishPlan = (id: string) => api.post<PlanDetailDto>(`/sampling-plans/${id}/publish`)
export const fetchFigures = (query: FiguresQuery) => api.get<FiguresDto>('/sampling/figures', { ...query })
export const figuresExportUrl = (table: 'figures' | 'regions', query: FiguresQuery) => withQuery(`/api/sampling/figures/export/${table}`, { ...query })
