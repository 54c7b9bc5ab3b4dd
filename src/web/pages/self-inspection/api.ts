import type { SelfInspectionDto, SelfInspectionInput } from '../../../shared/entities'
import { api } from '../../api/client'

export type { SelfInspectionDto }

export const fetchMine = (period: string) => api.get<SelfInspectionDto>('/self-inspections/mine', { period })
export const saveMine = (input: SelfInspectionInput) => api.put<SelfInspectionDto>('/self-inspections/mine', input)
