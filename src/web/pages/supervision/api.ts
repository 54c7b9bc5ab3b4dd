import type { NoticeDto } from '../../../shared/supervision'
import { api, withQuery } from '../../api/client'

export const fetchNotices = (planId?: string) => api.get<NoticeDto[]>('/supervision-notices', { planId })
export const noticesExportUrl = (planId?: string) => withQuery('/api/supervision-notices/export', { planId })
export const fetchNotice = (id: string) => api.get<NoticeDto>(`/supervision-notices/${id}`)
export const replyNotice = (id: string, text: string) => api.post<NoticeDto>(`/supervision-notices/${id}/reply`, { text })
export const noticeDocumentUrl = (id: string) => `/api/supervision-notices/${id}/document`
