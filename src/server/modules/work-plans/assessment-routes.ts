import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AssessmentDto, AssessmentWeights } from '../../../shared/assessment'
import { IdParams } from '../../../shared/common'
import { PlanDashboardDto } from '../../../shared/plan-dashboard'
import { signedIn } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { assessmentWorkbook, assessPlan, setAssessmentWeights } from './service/assessment'
import { planDashboard } from './service/dashboard'

const tags = ['assessment']
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const assessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/work-plans/:id/dashboard', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '方案进度：按章节、按单位、逾期、指标最新报送值', params: IdParams, response: { 200: PlanDashboardDto } },
  }, async (req) => planDashboard(signedIn(req), req.params.id))

  app.get('/work-plans/:id/assessment', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '成员单位考核排名', params: IdParams, response: { 200: AssessmentDto } },
  }, async (req) => assessPlan(signedIn(req), req.params.id))

  app.put('/work-plans/:id/assessment/weights', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '设置考核权重', params: IdParams, body: AssessmentWeights, response: { 200: AssessmentDto } },
  }, async (req) => setAssessmentWeights(signedIn(req), req.params.id, req.body))

  app.get('/work-plans/:id/assessment.xlsx', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '导出考核排名 Excel', params: IdParams },
  }, async (req, reply) => {
    const file = await assessmentWorkbook(signedIn(req), req.params.id)
    return sendDownload(reply, { ...file, mimeType: XLSX })
  })
}
