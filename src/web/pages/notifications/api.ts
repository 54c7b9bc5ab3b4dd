import type { NotificationListDto } from '../../../shared/notifications'
import { api } from '../../api/client'

export const fetchNotifications = () => api.get<NotificationListDto>('/notifications')
export const markRead = (ids: string[]) => api.post<{ marked: number }>('/notifications/read', { ids })
export const markAllRead = () => api.post<{ marked: number }>('/notifications/read', { all: true })
