import type { AssessmentDto } from '../../../shared/assessment'
import type { PlanDetailDto, PlanSummaryDto } from '../../../shared/work-plans'
import { api, ApiError, withQuery } from '../../api/client'

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

const fileNameOf = (disposition: string | null) => {
  const m = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '')
  return m ? decodeURIComponent(m[1]) : 'report.docx'
}

/**
 * Fetches the .docx and saves it under the server's name. Not a plain link: a refused request (a quarter not
 * begun, a unit outside the plan) then shows its Chinese message on the page instead of a JSON page.
 */
export async function downloadReport(url: string): Promise<string> {
  let res: Response
  try {
    res = await fetch(url, { credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试')
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string }
    throw new ApiError(res.status, body.code ?? `http_${res.status}`, body.message ?? `生成失败（HTTP ${res.status}）`)
  }
  const name = fileNameOf(res.headers.get('content-disposition'))
  const href = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = href
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
  return name
}
