import type { RegionDetailDto, RegionNode, UnitDto, UnitFilterQuery } from '../../../shared/regions'
import { api, withQuery } from '../../api/client'

export const fetchRegionTree = () => api.get<RegionNode[]>('/regions')
export const fetchRegion = (code: string) => api.get<RegionDetailDto>(`/regions/${code}`)
export const fetchUnits = () => api.get<UnitDto[]>('/units')
/** The export route with the page's kind and search term (the page filters in the browser, the export on the server, by the same test). */
export const unitsExportUrl = (query: UnitFilterQuery) => withQuery('/api/units/export', query)
export const addAlias = (unitId: string, alias: string) => api.post<UnitDto>(`/units/${unitId}/aliases`, { alias })
export const removeAlias = (unitId: string, alias: string) => api.delete<UnitDto>(`/units/${unitId}/aliases/${encodeURIComponent(alias)}`)
