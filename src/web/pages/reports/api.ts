import type { AssessmentDto } from '../../../shared/assessment'
import type { PlanDetailDto, PlanSummaryDto } from '../../../shared/work-plans'
import { api, withQuery } from '../../api/client'
import { downloadFile } from '../../lib/download'

export type ReportKind = 'self-inspection' | 'plan-progress' | 'year-end' | 'unit'

/** What each report needs; the server checks it all again and answers in Chinese naming the field. */
export interface ReportParams { year?: number; quarter?: number; region?: string; planId?: string; unitId?: string }

export const reportUrl = (kind: ReportKind, p: ReportParams) => withQuery(`/api/reports/${kind}`, {
  ...(kind === 'self-inspection' || kind === 'year-end' ? { year: p.year, region: p.region } : {}),
  ...(kind === 'plan-progress' ? { planId: p.planId, year: p.year, quarter: p.quarter } : {}),
  ...(kind === 'unit' ? { planId: p.planId, unitId: p.unitId } : {}),
})

export const fetchPlans = () => api.get<PlanSummaryDto[]>('/work-plans')
export const fetchPlan = (id: string) => api.get<PlanDetailDto>(`/work-plans/${id}`)
export const fetchAssessment = (id: string) => api.get<AssessmentDto>(`/work-plans/${id}/assessment`)

/** Fetches the .docx and saves it under the server's name; a refusal shows its Chinese message on the page. */
export const downloadReport = (url: string) => downloadFile(url, 'report.docx')
