import type { EntityDetailDto } from '../../../../shared/entities'
import type { PlanListDto } from '../../../../shared/sampling-plans'
import type { DisposalDetailDto } from '../../../../shared/disposals'
import type {
  ImportResultsDto, ImportRowErrorDto, ReportInput, ResultInput, SampleDetailDto, SampleInput, SampleListDto, SampleListItemDto, SampleListQuery, SampleResultDto, SendInput, TestItemDto,
  TestItemListDto,
} from '../../../../shared/sampling'
import { api, withQuery } from '../../../api/client'

export type { ImportResultsDto, ImportRowErrorDto, ReportInput, ResultInput, SampleDetailDto, SampleInput, SampleListItemDto, SampleListQuery, SampleResultDto, TestItemDto }
export interface OfficerOption { id: string; name: string }

export const samplePath = (id: string) => `/sampling/samples/${id}`
export const disposalPath = (id: string) => `/sampling/disposals/${id}`

export const fetchSamples = (query: SampleListQuery) => api.get<SampleListDto>('/samples', { ...query })
/** The filtered list as .xlsx, every page. */
export const samplesExportUrl = (query: SampleListQuery) => withQuery('/api/samples/export', { ...query, page: undefined, pageSize: undefined })
export const fetchSample = (id: string) => api.get<SampleDetailDto>(`/samples/${id}`)
export const recordSample = (input: SampleInput) => api.post<SampleDetailDto>('/samples', input)
export const sendSample = (id: string, input: SendInput) => api.post<SampleDetailDto>(`/samples/${id}/send`, input)
export const reportSample = (id: string, input: ReportInput) => api.post<SampleDetailDto>(`/samples/${id}/report`, input)
export const publishSample = (id: string) => api.post<SampleDetailDto>(`/samples/${id}/publish`)
export const samplingFormUrl = (id: string) => `/api/samples/${id}/sampling-form.docx`
export const IMPORT_TEMPLATE_URL = '/api/samples/import-template.xlsx'
export const importResults = (file: File) => api.upload<ImportResultsDto>('/samples/import-results', file, file.name)
export interface StoredPhoto { sha256: string; fileName: string; mimeType: string; size: number }
/** 现场照片: stored by SHA-256 before the sample is saved; the sample refers to them. */
export const uploadSamplePhoto = (file: Blob, fileName: string) => api.upload<StoredPhoto>('/samples/files', file, fileName)
export const samplePhotoUrl = (id: string, sha256: string) => `/api/samples/${id}/files/${sha256}`
/** 现场照片 added to or removed from a recorded sample, until it is sent to the lab. */
export const addSamplePhoto = (id: string, file: Blob, fileName: string) => api.upload<SampleDetailDto>(`/samples/${id}/photos`, file, fileName)
export const removeSamplePhoto = (id: string, sha256: string) => api.delete<SampleDetailDto>(`/samples/${id}/photos/${sha256}`)
/** The disposal file a failed sample opened (its pages are the disposal engineer's; this reads its due dates). */
export const fetchDisposal = (id: string) => api.get<DisposalDetailDto>(`/disposals/${id}`)

/** Enabled inspectors whose region covers the entity (all in the caller's region before one is picked). */
export const fetchSamplers = (entityId?: string) => api.get<OfficerOption[]>('/samples/samplers', { entityId })
export const fetchTestItems = (category: string) => api.get<TestItemListDto>('/test-items', { category })
export const fetchEntity = (id: string) => api.get<EntityDetailDto>(`/entities/${id}`)
/** The plans of a year, for the form's optional 抽检计划. */
export const fetchPlans = (year: number) => api.get<PlanListDto>('/sampling-plans', { year }).then((r) => r.items)
