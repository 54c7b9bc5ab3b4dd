import type { AssessmentDto, AssessmentWeights } from '../../../shared/assessment'
import type { PlanDashboardDto } from '../../../shared/plan-dashboard'
import type { IssueNoticeInput, NoticeDto, OverdueItemDto } from '../../../shared/supervision'
import type { ReportDto, ReviewInput } from '../../../shared/work-plan-reports'
import type {
  DeadlinesInput, PlanDetailDto, PlanPatchInput, PlanSummaryDto, ResolveUnitInput, TargetsInput, TaskInput, TaskPatchInput, TaskUnitsInput,
} from '../../../shared/work-plans'
import { api } from '../../api/client'

export interface ImportResult { plan: PlanSummaryDto; duplicate: boolean }

export type { DeadlinesInput, ResolveUnitInput, TaskUnitsInput }

export const fetchPlans = () => api.get<PlanSummaryDto[]>('/work-plans')
export const PLANS_EXPORT_URL = '/api/work-plans/export'
export const tasksExportUrl = (id: string) => `/api/work-plans/${id}/tasks/export`
export const importPlanFile = (file: File) => api.upload<ImportResult>('/work-plans/import', file)
export const importPlanText = (text: string, fileName?: string) => api.post<ImportResult>('/work-plans/import-text', { text, ...(fileName ? { fileName } : {}) })
export const fetchPlan = (id: string) => api.get<PlanDetailDto>(`/work-plans/${id}`)
export const fetchSource = (id: string) => api.get<{ text: string; fileName: string }>(`/work-plans/${id}/source`)

// Review edits: each answers with the whole plan, problems recomputed.
export const patchPlan = (id: string, patch: PlanPatchInput) => api.patch<PlanDetailDto>(`/work-plans/${id}`, patch)
export const deleteDraft = (id: string) => api.delete<{ ok: boolean }>(`/work-plans/${id}`)
export const addTask = (id: string, input: TaskInput) => api.post<PlanDetailDto>(`/work-plans/${id}/tasks`, input)
export const patchTask = (id: string, taskId: string, patch: TaskPatchInput) => api.patch<PlanDetailDto>(`/work-plans/${id}/tasks/${taskId}`, patch)
export const deleteTask = (id: string, taskId: string) => api.delete<PlanDetailDto>(`/work-plans/${id}/tasks/${taskId}`)
export const setTaskUnits = (id: string, taskId: string, input: TaskUnitsInput) => api.put<PlanDetailDto>(`/work-plans/${id}/tasks/${taskId}/units`, input)
export const setTargets = (id: string, taskId: string, input: TargetsInput) => api.put<PlanDetailDto>(`/work-plans/${id}/tasks/${taskId}/targets`, input)
export const setDeadlines = (id: string, taskId: string, input: DeadlinesInput) => api.put<PlanDetailDto>(`/work-plans/${id}/tasks/${taskId}/deadlines`, input)
export const resolveUnit = (id: string, input: ResolveUnitInput) => api.post<PlanDetailDto>(`/work-plans/${id}/resolve-unit`, input)
export const publishPlan = (id: string) => api.post<PlanDetailDto>(`/work-plans/${id}/publish`)

// A published plan.
export const fetchDashboard = (id: string) => api.get<PlanDashboardDto>(`/work-plans/${id}/dashboard`)
export const fetchOverdue = (id: string) => api.get<OverdueItemDto[]>(`/work-plans/${id}/overdue`)
export const overdueExportUrl = (id: string) => `/api/work-plans/${id}/overdue/export`
export const issueNotice = (id: string, input: IssueNoticeInput) => api.post<NoticeDto>(`/work-plans/${id}/supervision`, input)
export const fetchAssessment = (id: string) => api.get<AssessmentDto>(`/work-plans/${id}/assessment`)
export const saveWeights = (id: string, weights: AssessmentWeights) => api.put<AssessmentDto>(`/work-plans/${id}/assessment/weights`, weights)
export const assessmentXlsxUrl = (id: string) => `/api/work-plans/${id}/assessment.xlsx`
export const fetchTaskReports = (id: string, taskId: string) => api.get<ReportDto[]>(`/work-plans/${id}/tasks/${taskId}/reports`)
export const reviewReport = (reportId: string, input: ReviewInput) => api.post<ReportDto>(`/work-plan-reports/${reportId}/review`, input)
export const evidenceUrl = (reportId: string, evidenceId: string) => `/api/work-plan-reports/${reportId}/evidence/${evidenceId}`
