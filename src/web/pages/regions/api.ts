import type { RegionDetailDto, RegionNode, UnitDto } from '../../../shared/regions'
import { api } from '../../api/client'

export const fetchRegionTree = () => api.get<RegionNode[]>('/regions')
export const fetchRegion = (code: string) => api.get<RegionDetailDto>(`/regions/${code}`)
export const fetchUnits = () => api.get<UnitDto[]>('/units')
export const addAlias = (unitId: string, alias: string) => api.post<UnitDto>(`/units/${unitId}/aliases`, { alias })
export const removeAlias = (unitId: string, alias: string) => api.delete<UnitDto>(`/units/${unitId}/aliases/${encodeURIComponent(alias)}`)
