import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { DashboardDto, DashboardQuery, ScreenDto } from '../../../shared/dashboard'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn as ctx } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { DashboardListParams, dashboardListWorkbook } from './export'
import { screenData } from './screen'
import { officeDashboard } from './service'

const tags = ['dashboard']

/** The office dashboard and the big screen: read-only views over the indicators and the overdue lists. */
export const dashboardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/dashboard', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '工作看板：关键指标、逾期事项、风险等级分布与月度趋势', querystring: DashboardQuery, response: { 200: DashboardDto } },
  }, async (req) => officeDashboard(ctx(req), req.query))

  app.get('/dashboard/export/:list', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '导出看板清单全部条目（.xlsx）：方案目标、逾期任务、整改逾期、核查处置逾期、不合格样品', params: DashboardListParams, querystring: DashboardQuery },
  }, async (req, reply) => sendDownload(reply, { ...await dashboardListWorkbook(ctx(req), req.params.list, req.query), mimeType: XLSX_MIME }))

  app.get('/dashboard/screen', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '大屏：各板块关键数字、下级区域排名、月度趋势与风险等级分布', querystring: DashboardQuery, response: { 200: ScreenDto } },
  }, async (req) => screenData(ctx(req), req.query))
}
