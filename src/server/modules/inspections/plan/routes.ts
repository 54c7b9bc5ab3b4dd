import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CoverageDto, CoverageExportQuery, CoverageQuery, PlanDto, PlanQuery } from '../../../../shared/inspection-plan'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { sendDownload } from '../../../platform/uploads'
import { buildPlanExport, coverageWorkbook } from './export'
import { getCoverage, getPlan, planForExport } from './service'

const tags = ['inspections']
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** 年度检查计划 (by risk grade) and 检查覆盖率. */
export const inspectionPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/inspections/plan', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '年度检查计划：各主体按风险等级应检、已检、逾期与两年未检，及汇总', querystring: PlanQuery, response: { 200: PlanDto } },
  }, async (req) => getPlan(ctx(req), req.query))

  app.get('/inspections/plan/export', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '按筛选条件导出年度检查计划（.xlsx）', querystring: PlanQuery },
  }, async (req, reply) => {
    const plan = await planForExport(ctx(req), req.query)
    return sendDownload(reply, { buffer: await buildPlanExport(plan), fileName: `${plan.year}年度检查计划.xlsx`, mimeType: XLSX })
  })

  app.get('/inspections/coverage', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '检查覆盖率：按乡镇（村）、业态，及各检查单位、执法人员的检查量', querystring: CoverageQuery, response: { 200: CoverageDto } },
  }, async (req) => getCoverage(ctx(req), req.query))

  app.get('/inspections/coverage/export', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '导出检查覆盖率的一个分组（.xlsx：按区域、业态、单位或执法人员）', querystring: CoverageExportQuery },
  }, async (req, reply) => sendDownload(reply, { ...await coverageWorkbook(ctx(req), req.query), mimeType: XLSX }))
}
