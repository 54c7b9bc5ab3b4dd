import type { ConfirmInput, RapidImportDto, RapidTestDto, RapidTestInput, RapidTestListDto, RapidTestListQuery } from '../../../../shared/rapid-tests'
import type { EntityListDto } from '../../../../shared/entities'
import { api, withQuery } from '../../../api/client'

export type { RapidTestDto, RapidTestInput, RapidTestListQuery }

export const fetchRapidTests = (query: RapidTestListQuery) => api.get<RapidTestListDto>('/rapid-tests', { ...query, pending: query.pending ? 'true' : undefined })
/** The export route with the list's own filters (all pages, so no paging). */
export const rapidTestsExportUrl = (query: RapidTestListQuery) =>
  withQuery('/api/rapid-tests/export', { ...query, pending: query.pending ? 'true' : undefined, page: undefined, pageSize: undefined })
export const createRapidTest = (input: RapidTestInput) => api.post<RapidTestDto>('/rapid-tests', input)
export const confirmRapidTest = (id: string, input: ConfirmInput) => api.post<RapidTestDto>(`/rapid-tests/${id}/confirm`, input)
export const importRapidTests = (file: File) => api.upload<RapidImportDto>('/rapid-tests/import', file, file.name)
export const TEMPLATE_URL = '/api/rapid-tests/import-template.xlsx'
/** Businesses by name for the place picker (the register's own list endpoint). */
export const searchEntities = (q: string) => api.get<EntityListDto>('/entities', { q, pageSize: 20 })
