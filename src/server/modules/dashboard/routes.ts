import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { DashboardDto, DashboardQuery, ScreenDto } from '../../../shared/dashboard'
import { signedIn as ctx } from '../../platform/http-hooks'
import { screenData } from './screen'
import { officeDashboard } from './service'

const tags = ['dashboard']

/** The office dashboard and the big screen: read-only views over the indicators and the overdue lists. */
export const dashboardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/dashboard', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '工作看板：关键指标、逾期事项、风险等级分布与月度趋势', querystring: DashboardQuery, response: { 200: DashboardDto } },
  }, async (req) => officeDashboard(ctx(req), req.query))

  app.get('/dashboard/screen', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '大屏：各板块关键数字、下级区域排名、月度趋势与风险等级分布', querystring: DashboardQuery, response: { 200: ScreenDto } },
  }, async (req) => screenData(ctx(req), req.query))
}
