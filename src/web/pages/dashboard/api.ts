import type { DashboardDto, ScreenDto, TileDto } from '../../../shared/dashboard'
import type { OffTrackDto } from '../../../shared/indicators'
import { api, withQuery } from '../../api/client'
import type { PeriodPick } from '../indicators/api'

export type { DashboardDto, OffTrackDto, ScreenDto, TileDto }

export const fetchDashboard = (p: PeriodPick) => api.get<DashboardDto>('/dashboard', { region: p.region, period: p.period })
export const fetchScreen = (p: PeriodPick) => api.get<ScreenDto>('/dashboard/screen', { region: p.region, period: p.period })

/**
 * Plan targets off track (未达标 / 进行中). The endpoint is being built beside this page: until it answers,
 * the card hides itself, so any failure here means "nothing to show", never an error on the dashboard.
 */
export const fetchOffTrack = (region: string | undefined) =>
  api.get<OffTrackDto>('/indicators/off-track', { region }).catch(() => null)

/** A list card in full as .xlsx (the card shows its first ten); the same region and period as the dashboard. */
export type DashboardList = 'off-track' | 'overdue-plan-tasks' | 'overdue-orders' | 'overdue-disposals' | 'failed-samples'
export const listExportUrl = (list: DashboardList, p: Partial<PeriodPick> = {}) => withQuery(`/api/dashboard/export/${list}`, { region: p.region, period: p.period })
