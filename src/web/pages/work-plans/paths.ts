import type { PlanSummaryDto } from '../../../shared/work-plans'

/** Where a plan opens: a draft in review, a published plan on its progress page. */
export const planPath = (p: Pick<PlanSummaryDto, 'id' | 'status'>) => (p.status === 'draft' ? `/work-plans/${p.id}/review` : `/work-plans/${p.id}`)
export const taskPath = (planId: string, taskId: string) => `/work-plans/${planId}/tasks/${taskId}`
