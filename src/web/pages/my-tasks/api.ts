import type { MyTaskDto, ReportDto, ReportInput } from '../../../shared/work-plan-reports'
import { api } from '../../api/client'

export interface StoredFile { sha256: string; fileName: string; mimeType: string; size: number }

export const fetchMyTasks = (planId?: string) => api.get<MyTaskDto[]>('/my-tasks', { planId })
export const uploadEvidence = (file: File) => api.upload<StoredFile>('/work-plans/evidence', file)
export const submitReport = (planId: string, taskId: string, input: ReportInput) =>
  api.post<ReportDto>(`/work-plans/${planId}/tasks/${taskId}/reports`, input)
