import type { Static } from 'typebox'
import type { DrawListDto } from '../../../shared/draws'
import type { EntityDetailDto, EntityListDto } from '../../../shared/entities'
import type {
  InspectionDetailDto, InspectionInput, InspectionListDto, InspectionListQuery, InspectionStatsDto, OrderDto, OrderListQuery, OrderReportInput,
  OrderVerifyInput, RectificationRatesDto,
} from '../../../shared/inspections'
import { api, withQuery } from '../../api/client'

export type { InspectionDetailDto, InspectionInput, InspectionListQuery, OrderDto }
export type OrderQuery = Static<typeof OrderListQuery>
export type VerifyInput = Static<typeof OrderVerifyInput>
export type ReportInput = Static<typeof OrderReportInput>
export interface StoredFileDto { sha256: string; fileName: string; mimeType: string; size: number }
export interface OfficerOption { id: string; name: string }

// Inspections.
export const fetchInspections = (query: InspectionListQuery) => api.get<InspectionListDto>('/inspections', { ...query })
export const fetchStats = (year: number, region?: string) => api.get<InspectionStatsDto>('/inspections/stats', { year, region })
export const fetchInspection = (id: string) => api.get<InspectionDetailDto>(`/inspections/${id}`)
export const recordInspection = (input: InspectionInput) => api.post<InspectionDetailDto>('/inspections', input)
export const publishInspection = (id: string) => api.post<InspectionDetailDto>(`/inspections/${id}/publish`)
export const uploadPhoto = (file: Blob, fileName: string) => api.upload<StoredFileDto>('/inspections/photos', file, fileName)
export const fileUrl = (id: string, sha256: string) => `/api/inspections/${id}/files/${sha256}`
export const recordDocxUrl = (id: string) => `/api/inspections/${id}/record.docx`

// What the form picks from: entities in scope, officers, draws, the entity's open orders.
export const searchEntities = (q: string) => api.get<EntityListDto>('/entities', { q: q || undefined, status: 'active', pageSize: 20 })
export const fetchEntity = (id: string) => api.get<EntityDetailDto>(`/entities/${id}`)
/** Enabled inspectors responsible for the entity's region (all in the caller's region before one is picked). */
export const fetchOfficers = (entityId?: string) => api.get<OfficerOption[]>('/inspections/officers', { entityId })
export const fetchDraws = (year: number) => api.get<DrawListDto>('/draws', { year, pageSize: 100 })

// Rectification orders.
export const fetchOrders = (query: OrderQuery) => api.get<{ items: OrderDto[]; total: number }>('/rectifications', { ...query, overdue: query.overdue ? 'true' : undefined })
/** The filtered lists as .xlsx, every page. */
export const inspectionsExportUrl = (query: InspectionListQuery) => withQuery('/api/inspections/export', { ...query, page: undefined, pageSize: undefined })
export const ordersExportUrl = (query: OrderQuery) => withQuery('/api/rectifications/export', { ...query, overdue: query.overdue ? 'true' : undefined, page: undefined, pageSize: undefined })
export const fetchRectificationRates = (region?: string) => api.get<RectificationRatesDto>('/rectifications/rates', { region })
export const verifyOrder = (id: string, input: VerifyInput) => api.post<OrderDto>(`/rectifications/${id}/verify`, input)
export const reportOrder = (id: string, input: ReportInput) => api.post<OrderDto>(`/rectifications/${id}/report`, input)
