import type {
  CaseDetailDto, CaseListDto, CaseListQuery, ClueInput, CreditRecordDto, DecisionInput, FiguresDto, FileInput, ListingInput, NotFileInput,
  PublicBlacklistDto, RemovalInput, SeriousViolationDto, StepInput, TransferCountsInput, TransferDto, TransferInput, TransferProgressInput,
} from '../../../shared/cases'
import { api, withQuery } from '../../api/client'

export type { CaseDetailDto, CaseListQuery, SeriousViolationDto, TransferDto }

export const fetchCases = (query: CaseListQuery) => api.get<CaseListDto>('/cases', { ...query, overdue: query.overdue ? 'true' : undefined })
/** The filtered list as .xlsx, every page. */
export const casesExportUrl = (query: CaseListQuery) => withQuery('/api/cases/export', { ...query, overdue: query.overdue ? 'true' : undefined, page: undefined, pageSize: undefined })
export const fetchCase = (id: string) => api.get<CaseDetailDto>(`/cases/${id}`)
export const fetchOfficers = () => api.get<{ id: string; name: string }[]>('/cases/officers')
export const fetchFigures = (query: { region?: string; from: string; to: string }) => api.get<FiguresDto>('/cases/figures', query)
export const createClue = (input: ClueInput) => api.post<CaseDetailDto>('/cases', input)
export const fileCase = (id: string, input: FileInput) => api.post<CaseDetailDto>(`/cases/${id}/file`, input)
export const notFileCase = (id: string, input: NotFileInput) => api.post<CaseDetailDto>(`/cases/${id}/not-file`, input)
export const recordStep = (id: string, input: StepInput) => api.post<CaseDetailDto>(`/cases/${id}/steps`, input)
export const decideCase = (id: string, input: DecisionInput) => api.post<CaseDetailDto>(`/cases/${id}/decision`, input)
export const extendCase = (id: string, reason: string) => api.post<CaseDetailDto>(`/cases/${id}/extension`, { reason })
export const transferCase = (id: string, input: TransferInput) => api.post<TransferDto>(`/cases/${id}/transfers`, input)

export const fetchTransfers = (query: { region?: string; status?: string; year?: number; page: number; pageSize: number }) =>
  api.get<{ items: TransferDto[]; total: number }>('/case-transfers', query)
export const transfersExportUrl = (query: { region?: string; status?: string }) => withQuery('/api/case-transfers/export', query)
export const progressTransfer = (id: string, input: TransferProgressInput) => api.post<TransferDto>(`/case-transfers/${id}/progress`, input)
export const updateCounts = (id: string, input: TransferCountsInput) => api.put<TransferDto>(`/case-transfers/${id}/counts`, input)

export const publishCredit = (id: string, publishedOn: string) => api.post<CreditRecordDto>(`/credit-records/${id}/publish`, { publishedOn })
export const repairCredit = (id: string, input: { repairedOn: string; note: string }) => api.post<CreditRecordDto>(`/credit-records/${id}/repair`, input)

export const fetchListings = (query: { region?: string; state?: string; page: number; pageSize: number }) =>
  api.get<{ items: SeriousViolationDto[]; total: number }>('/serious-violations', query)
export const listingsExportUrl = (query: { region?: string; state?: string }) => withQuery('/api/serious-violations/export', query)
export const createListing = (input: ListingInput) => api.post<SeriousViolationDto>('/serious-violations', input)
export const publishListing = (id: string, publishedOn: string) => api.post<SeriousViolationDto>(`/serious-violations/${id}/publish`, { publishedOn })
export const removeListing = (id: string, input: RemovalInput) => api.post<SeriousViolationDto>(`/serious-violations/${id}/remove`, input)

export const fetchPublicBlacklist = (query: { page: number; pageSize: number }) => api.get<PublicBlacklistDto>('/public/blacklist', query)

/** Today in Asia/Shanghai, as the server counts it. */
export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
