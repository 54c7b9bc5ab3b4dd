import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '../../../../shared/common'
import { PlanDetailDto, PlanInput, PlanListDto, PlanListQuery } from '../../../../shared/sampling-plans'
import { XLSX_MIME } from '../../../platform/excel-table'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { sendDownload } from '../../../platform/uploads'
import { PlanTableParams, planTableWorkbook, samplingPlansWorkbook } from './export'
import { createPlan, getPlan, listPlans, publishPlan, updatePlan } from './service'

const tags = ['sampling']

/** 抽检计划 with township quotas from population and progress against samples taken under them. */
export const samplingPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/sampling-plans', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '抽检计划列表（含完成进度）', querystring: PlanListQuery, response: { 200: PlanListDto } },
  }, async (req) => listPlans(ctx(req), req.query))

  app.get('/sampling-plans/export', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '导出抽检计划列表（.xlsx，含任务与进度）', querystring: PlanListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await samplingPlansWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.post('/sampling-plans', {
    config: { permission: 'sampling.manage' },
    schema: { tags, summary: '制定抽检计划（乡镇任务按人口测算）', body: PlanInput, response: { 201: PlanDetailDto } },
  }, async (req, reply) => reply.code(201).send(await createPlan(ctx(req), req.body)))

  app.get('/sampling-plans/:id', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '抽检计划详情：分类别、分乡镇任务与完成进度', params: IdParams, response: { 200: PlanDetailDto } },
  }, async (req) => getPlan(ctx(req), req.params.id))

  app.get('/sampling-plans/:id/export/:table', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '导出抽检计划的分类别或分乡镇任务表（.xlsx）', params: PlanTableParams },
  }, async (req, reply) => sendDownload(reply, { ...await planTableWorkbook(ctx(req), req.params), mimeType: XLSX_MIME }))

  app.put('/sampling-plans/:id', {
    config: { permission: 'sampling.manage' },
    schema: { tags, summary: '修改草稿计划（重新测算乡镇任务）', params: IdParams, body: PlanInput, response: { 200: PlanDetailDto } },
  }, async (req) => updatePlan(ctx(req), req.params.id, req.body))

  app.post('/sampling-plans/:id/publish', {
    config: { permission: 'sampling.manage' },
    schema: { tags, summary: '发布抽检计划（发布后不可修改）', params: IdParams, response: { 200: PlanDetailDto } },
  }, async (req) => publishPlan(ctx(req), req.params.id))
}
