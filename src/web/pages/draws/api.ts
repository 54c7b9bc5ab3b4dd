import type {
  AssignmentListDto, AvoidanceDto, AvoidanceInput, DrawDetailDto, DrawInput, DrawListDto, DrawListQuery, PublicDrawDto, RosterCandidateDto,
  RosterEntryDto, RosterInput, RosterUpdate, RunDrawInput, VerifyResultDto,
} from '../../../shared/draws'
import { api, withQuery } from '../../api/client'

export type { AssignmentListDto, AvoidanceDto, DrawDetailDto, DrawInput, DrawListDto, PublicDrawDto, RosterCandidateDto, RosterEntryDto, VerifyResultDto }

// Draws.
export const fetchDraws = (query: DrawListQuery) => api.get<DrawListDto>('/draws', { ...query })
export const drawsExportUrl = (query: Pick<DrawListQuery, 'status' | 'year'>) => withQuery('/api/draws/export', query)
export const fetchDraw = (id: string) => api.get<DrawDetailDto>(`/draws/${id}`)
export const freezeDraw = (input: DrawInput) => api.post<DrawDetailDto>('/draws', input)
export const runDraw = (id: string, input: RunDrawInput) => api.post<DrawDetailDto>(`/draws/${id}/run`, input)
export const publishDraw = (id: string) => api.post<DrawDetailDto>(`/draws/${id}/publish`)
export const cancelDraw = (id: string, reason: string) => api.post<DrawDetailDto>(`/draws/${id}/cancel`, { reason })
export const verifyDraw = (id: string) => api.get<VerifyResultDto>(`/draws/${id}/verify`)
export const fetchAssignments = (id: string) => api.get<AssignmentListDto>(`/draws/${id}/assignments`)
export const drawTableExportUrl = (id: string, table: 'results' | 'assignments') => `/api/draws/${id}/export/${table}`

// 执法检查人员名录库 and avoidance.
export const fetchRoster = () => api.get<RosterEntryDto[]>('/draws/roster')
export const ROSTER_EXPORT_URL = '/api/draws/roster/export'
export const fetchRosterCandidates = () => api.get<RosterCandidateDto[]>('/draws/roster/candidates')
export const addRosterEntry = (input: RosterInput) => api.post<RosterEntryDto>('/draws/roster', input)
export const updateRosterEntry = (id: string, input: RosterUpdate) => api.put<RosterEntryDto>(`/draws/roster/${id}`, input)
export const fetchAvoidances = (id: string) => api.get<AvoidanceDto[]>(`/draws/roster/${id}/avoidances`)
export const avoidancesExportUrl = (id: string) => `/api/draws/roster/${id}/avoidances/export`
export const addAvoidance = (id: string, input: AvoidanceInput) => api.post<AvoidanceDto[]>(`/draws/roster/${id}/avoidances`, input)
export const removeAvoidance = (id: string, entityId: string) => api.delete<AvoidanceDto[]>(`/draws/roster/${id}/avoidances/${entityId}`)

// The public record (no login).
export const fetchPublicDraw = (id: string) => api.get<PublicDrawDto>(`/public/draws/${id}`, undefined, { expectUnauthorized: true })
export const verifyPublicDraw = (id: string) => api.get<VerifyResultDto>(`/public/draws/${id}/verify`, undefined, { expectUnauthorized: true })
