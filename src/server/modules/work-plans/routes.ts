import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams, OkDto, Uuid } from '../../../shared/common'
import {
  DeadlinesInput, ImportResultDto, ImportTextInput, PlanDetailDto, PlanPatchInput, PlanSummaryDto, ResolveUnitInput, TargetsInput,
  TaskInput, TaskPatchInput, TaskUnitsInput,
} from '../../../shared/work-plans'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn } from '../../platform/http-hooks'
import { readUploadedFile, sendDownload } from '../../platform/uploads'
import { planTasksWorkbook, plansWorkbook } from './export'
import { importPlanFile, importPlanText, MAX_PLAN_FILE_BYTES } from './service/import-plan'
import { getPlanDetail, getPlanSource, listPlans } from './service/plan-view'
import { publishPlan } from './service/publish-plan'
import { addTask, deleteDraft, patchPlan, patchTask, removeTask, resolveUnit, setDeadlines, setTargets, setTaskUnits } from './service/review-plan'

const TaskParams = Type.Object({ id: Uuid('方案编号'), taskId: Uuid('任务编号') }, { additionalProperties: false })
const tags = ['work-plans']

export const workPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/work-plans', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '工作方案列表', response: { 200: Type.Array(PlanSummaryDto) } },
  }, async (req) => listPlans(signedIn(req)))

  app.get('/work-plans/export', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '导出工作方案列表（.xlsx）' },
  }, async (req, reply) => sendDownload(reply, { ...await plansWorkbook(signedIn(req)), mimeType: XLSX_MIME }))

  app.post('/work-plans/import', {
    config: { permission: 'workplans.manage' },
    bodyLimit: MAX_PLAN_FILE_BYTES + 1024 * 1024,
    schema: { tags, summary: '上传方案文件（.docx / .pdf / .txt，≤ 20 MB，multipart 字段 file）', consumes: ['multipart/form-data'], response: { 200: ImportResultDto, 201: ImportResultDto } },
  }, async (req, reply) => {
    const { buffer, fileName } = await readUploadedFile(req, MAX_PLAN_FILE_BYTES, '文件')
    const result = await importPlanFile(signedIn(req), buffer, fileName)
    return reply.code(result.duplicate ? 200 : 201).send(result)
  })

  app.post('/work-plans/import-text', {
    config: { permission: 'workplans.manage' },
    bodyLimit: 8 * 1024 * 1024,
    schema: { tags, summary: '粘贴方案文本导入', body: ImportTextInput, response: { 200: ImportResultDto, 201: ImportResultDto } },
  }, async (req, reply) => {
    const result = await importPlanText(signedIn(req), req.body.text, req.body.fileName)
    return reply.code(result.duplicate ? 200 : 201).send(result)
  })

  app.get('/work-plans/:id', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '方案详情（任务、单位、指标、时限、待解决问题）', params: IdParams, response: { 200: PlanDetailDto } },
  }, async (req) => getPlanDetail(signedIn(req), req.params.id))

  app.get('/work-plans/:id/tasks/export', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '导出方案的任务分解（.xlsx：牵头、配合单位，量化指标，截止日期）', params: IdParams },
  }, async (req, reply) => sendDownload(reply, { ...await planTasksWorkbook(signedIn(req), req.params.id), mimeType: XLSX_MIME }))

  app.get('/work-plans/:id/source', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '方案原文（审核时对照）', params: IdParams, response: { 200: Type.Object({ text: Type.String(), fileName: Type.String() }) } },
  }, async (req) => getPlanSource(signedIn(req), req.params.id))

  app.patch('/work-plans/:id', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '修改方案标题、发文单位、年度', params: IdParams, body: PlanPatchInput, response: { 200: PlanDetailDto } },
  }, async (req) => patchPlan(signedIn(req), req.params.id, req.body))

  app.delete('/work-plans/:id', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '删除草稿', params: IdParams, response: { 200: OkDto } },
  }, async (req) => { await deleteDraft(signedIn(req), req.params.id); return { ok: true } })

  app.post('/work-plans/:id/tasks', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '新增任务', params: IdParams, body: TaskInput, response: { 201: PlanDetailDto } },
  }, async (req, reply) => reply.code(201).send(await addTask(signedIn(req), req.params.id, req.body)))

  app.patch('/work-plans/:id/tasks/:taskId', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '修改任务', params: TaskParams, body: TaskPatchInput, response: { 200: PlanDetailDto } },
  }, async (req) => patchTask(signedIn(req), req.params.id, req.params.taskId, req.body))

  app.delete('/work-plans/:id/tasks/:taskId', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '删除任务', params: TaskParams, response: { 200: PlanDetailDto } },
  }, async (req) => removeTask(signedIn(req), req.params.id, req.params.taskId))

  app.put('/work-plans/:id/tasks/:taskId/units', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '设置任务的牵头、配合单位', params: TaskParams, body: TaskUnitsInput, response: { 200: PlanDetailDto } },
  }, async (req) => setTaskUnits(signedIn(req), req.params.id, req.params.taskId, req.body))

  app.put('/work-plans/:id/tasks/:taskId/targets', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '设置任务的量化指标', params: TaskParams, body: TargetsInput, response: { 200: PlanDetailDto } },
  }, async (req) => setTargets(signedIn(req), req.params.id, req.params.taskId, req.body))

  app.put('/work-plans/:id/tasks/:taskId/deadlines', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '设置任务的完成时限（可手填截止日期）', params: TaskParams, body: DeadlinesInput, response: { 200: PlanDetailDto } },
  }, async (req) => setDeadlines(signedIn(req), req.params.id, req.params.taskId, req.body))

  app.post('/work-plans/:id/resolve-unit', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '把方案中的单位名称对应到成员单位（并记住别名）', params: IdParams, body: ResolveUnitInput, response: { 200: PlanDetailDto } },
  }, async (req) => resolveUnit(signedIn(req), req.params.id, req.body))

  app.post('/work-plans/:id/publish', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '发布方案（所有单位均已对应后）', params: IdParams, response: { 200: PlanDetailDto } },
  }, async (req) => publishPlan(signedIn(req), req.params.id))
}
