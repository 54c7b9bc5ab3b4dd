import type { PlanListDto } from '../../../../shared/sampling-plans'
import type {
  PickInput, PublicTestRequestDto, PublicTestRequestInput, PublicTestRequestListDto, RejectInput, TestRequestDto, TestRequestListDto, VoteDto,
} from '../../../../shared/test-requests'
import { api, withQuery } from '../../../api/client'

export type { PublicTestRequestDto, PublicTestRequestListDto, TestRequestDto }

export const fetchPublicRequests = (query: { county?: string; sort?: string; page?: number; pageSize?: number }) =>
  api.get<PublicTestRequestListDto>('/public/test-requests', query)
export const proposeRequest = (input: PublicTestRequestInput) => api.post<PublicTestRequestDto>('/public/test-requests', input)
export const voteRequest = (id: string) => api.post<VoteDto>(`/public/test-requests/${id}/vote`)

export const fetchRequests = (query: { status?: string; q?: string; page: number; pageSize: number }) => api.get<TestRequestListDto>('/test-requests', query)
export const requestsExportUrl = (query: { status?: string; q?: string }) => withQuery('/api/test-requests/export', query)
export const pickRequest = (id: string, input: PickInput) => api.post<TestRequestDto>(`/test-requests/${id}/pick`, input)
export const rejectRequest = (id: string, input: RejectInput) => api.post<TestRequestDto>(`/test-requests/${id}/reject`, input)

/** The county's sampling plans to pick into (GET /api/sampling-plans). */
export const fetchPlans = () => api.get<PlanListDto>('/sampling-plans')
