import type { TimeLimitInput, TimeLimitListDto } from '../../../../shared/disposals'
import type { TestItemDto, TestItemInput, TestItemListDto } from '../../../../shared/sampling'
import { api } from '../../../api/client'

export type { TestItemDto, TestItemInput, TimeLimitListDto }
export type TimeLimitRow = TimeLimitListDto['items'][number]

export const fetchTimeLimits = () => api.get<TimeLimitListDto>('/sampling/time-limits')
export const saveTimeLimit = (code: string, input: TimeLimitInput) => api.put<TimeLimitListDto>(`/sampling/time-limits/${code}`, input)

export const fetchTestItems = (query: { q?: string; category?: string }) => api.get<TestItemListDto>('/test-items', { ...query, includeInactive: 'true' })
export const saveTestItem = (id: string | null, input: TestItemInput) => (id ? api.put<TestItemDto>(`/test-items/${id}`, input) : api.post<TestItemDto>('/test-items', input))
