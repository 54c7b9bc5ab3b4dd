import type {
  BreakdownDto, BreakdownQuery, IndicatorDefinitionDto, IndicatorRecordsDto, IndicatorsDto, LateChangesDto, OffTrackDto, PeriodDto, ScoreboardDto, ScoreboardTargetDto,
} from '../../../shared/indicators'
import { api, withQuery } from '../../api/client'

export type { BreakdownDto, IndicatorDefinitionDto, IndicatorRecordsDto, IndicatorsDto, LateChangesDto, OffTrackDto, PeriodDto, ScoreboardDto, ScoreboardTargetDto }

/** A period as the API takes it: a named period (2026, 2026-Q3, 2026-07) in a region subtree. */
export interface PeriodPick { region?: string; period: string }

export const fetchCatalogue = () => api.get<IndicatorDefinitionDto[]>('/indicators/catalogue')
export const fetchIndicators = (p: PeriodPick) => api.get<IndicatorsDto>('/indicators', { region: p.region, period: p.period })
export const fetchRecords = (id: string, p: PeriodPick, part: 'numerator' | 'denominator', page: number) =>
  api.get<IndicatorRecordsDto>(`/indicators/${id}/records`, { region: p.region, period: p.period, part, page, pageSize: 20 })
export type BreakdownBy = BreakdownQuery['by']

export const fetchBreakdown = (id: string, p: PeriodPick, by: BreakdownBy) =>
  api.get<BreakdownDto>(`/indicators/${id}/breakdown`, { region: p.region, period: p.period, by })

export const fetchScoreboard = (planId: string, year?: number) => api.get<ScoreboardDto>(`/indicators/scoreboard/${planId}`, { year })
export const bindTarget = (targetId: string, indicatorId: string | null) => api.put<{ targetId: string }>(`/indicators/bindings/${targetId}`, { indicatorId })
export const confirmSuggestions = (planId: string) => api.post<{ confirmed: number }>(`/indicators/scoreboard/${planId}/confirm-suggestions`)
export const fetchPeriods = () => api.get<PeriodDto[]>('/indicators/periods')
export const closePeriod = (period: string) => api.post<PeriodDto>('/indicators/periods/close', { period })
export const reopenPeriod = (period: string, reason: string) => api.post<PeriodDto>('/indicators/periods/reopen', { period, reason })
export const fetchLateChanges = (id: string, p: PeriodPick) => api.get<LateChangesDto>(`/indicators/${id}/late-changes`, { region: p.region, period: p.period })

/** The 自查报告 of a region and year (.docx; the session cookie authorises the download). */
export const selfInspectionReportUrl = (p: { region?: string; year: number }) =>
  `/api/reports/self-inspection?year=${p.year}${p.region ? `&region=${p.region}` : ''}`

// The tables as .xlsx: the same filters as the JSON the page shows, every row.
const periodOf = (p: PeriodPick) => ({ region: p.region, period: p.period })
export const indicatorsExportUrl = (p: PeriodPick) => withQuery('/api/indicators/export', periodOf(p))
export const breakdownExportUrl = (id: string, p: PeriodPick, by: BreakdownBy) => withQuery(`/api/indicators/${id}/breakdown/export`, { ...periodOf(p), by })
export const recordsExportUrl = (id: string, p: PeriodPick, part: 'numerator' | 'denominator') => withQuery(`/api/indicators/${id}/records/export`, { ...periodOf(p), part })
export const lateChangesExportUrl = (id: string, p: PeriodPick) => withQuery(`/api/indicators/${id}/late-changes/export`, periodOf(p))
export const scoreboardExportUrl = (planId: string, year?: number) => withQuery(`/api/indicators/scoreboard/${planId}/export`, { year })
