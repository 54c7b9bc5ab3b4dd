import type { BreakdownDto, IndicatorDefinitionDto, IndicatorRecordsDto, IndicatorsDto } from '../../../shared/indicators'
import { api } from '../../api/client'

export type { BreakdownDto, IndicatorDefinitionDto, IndicatorRecordsDto, IndicatorsDto }

/** A period as the API takes it: a named period (2026, 2026-Q3, 2026-07) in a region subtree. */
export interface PeriodPick { region?: string; period: string }

export const fetchCatalogue = () => api.get<IndicatorDefinitionDto[]>('/indicators/catalogue')
export const fetchIndicators = (p: PeriodPick) => api.get<IndicatorsDto>('/indicators', { region: p.region, period: p.period })
export const fetchRecords = (id: string, p: PeriodPick, part: 'numerator' | 'denominator', page: number) =>
  api.get<IndicatorRecordsDto>(`/indicators/${id}/records`, { region: p.region, period: p.period, part, page, pageSize: 20 })
export const fetchBreakdown = (id: string, p: PeriodPick, by: 'month' | 'region') =>
  api.get<BreakdownDto>(`/indicators/${id}/breakdown`, { region: p.region, period: p.period, by })
