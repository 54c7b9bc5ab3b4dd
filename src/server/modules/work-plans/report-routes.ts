import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { Uuid } from '../../../shared/common'
import { MyTaskDto, ReportDto, ReportInput, ReviewInput, StoredFileDto } from '../../../shared/work-plan-reports'
import { MAX_EVIDENCE_BYTES, storeFile } from '../../platform/files'
import { signedIn } from '../../platform/http-hooks'
import { readUploadedFile, sendDownload } from '../../platform/uploads'
import { myTasks } from './service/my-tasks'
import { getEvidence, listTaskReports, reviewReport, submitReport } from './service/reports'

const tags = ['work-plan reports']
const TaskParams = Type.Object({ id: Uuid('方案编号'), taskId: Uuid('任务编号') }, { additionalProperties: false })
const ReportParams = Type.Object({ id: Uuid('报告编号') }, { additionalProperties: false })
const EvidenceParams = Type.Object({ id: Uuid('报告编号'), evidenceId: Uuid('材料编号') }, { additionalProperties: false })

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/my-tasks', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '本单位的任务（牵头与配合）、报送期次与状态', querystring: Type.Object({ planId: Type.Optional(Uuid('方案编号')) }, { additionalProperties: false }), response: { 200: Type.Array(MyTaskDto) } },
  }, async (req) => myTasks(signedIn(req), req.query.planId))

  app.post('/work-plans/evidence', {
    config: { permission: 'workplans.report' },
    bodyLimit: MAX_EVIDENCE_BYTES + 1024 * 1024,
    schema: { tags, summary: '上传证明材料（multipart 字段 file；pdf、图片、docx、xlsx、txt，≤ 20 MB）', consumes: ['multipart/form-data'], response: { 201: StoredFileDto } },
  }, async (req, reply) => {
    const { buffer, fileName } = await readUploadedFile(req, MAX_EVIDENCE_BYTES, '证明材料')
    return reply.code(201).send(await storeFile(signedIn(req).db, buffer, fileName))
  })

  app.get('/work-plans/:id/tasks/:taskId/reports', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '任务的进展报告（按可见范围）', params: TaskParams, response: { 200: Type.Array(ReportDto) } },
  }, async (req) => listTaskReports(signedIn(req), req.params.id, req.params.taskId))

  app.post('/work-plans/:id/tasks/:taskId/reports', {
    config: { permission: 'workplans.report' },
    schema: { tags, summary: '报送任务进展（文字、指标完成值、证明材料）', params: TaskParams, body: ReportInput, response: { 201: ReportDto } },
  }, async (req, reply) => reply.code(201).send(await submitReport(signedIn(req), req.params.id, req.params.taskId, req.body)))

  app.post('/work-plan-reports/:id/review', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '审核进展报告：通过或退回', params: ReportParams, body: ReviewInput, response: { 200: ReportDto } },
  }, async (req) => reviewReport(signedIn(req), req.params.id, req.body))

  app.get('/work-plan-reports/:id/evidence/:evidenceId', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '下载证明材料（仅限可见该报告者）', params: EvidenceParams },
  }, async (req, reply) => {
    const file = await getEvidence(signedIn(req), req.params.id, req.params.evidenceId)
    return sendDownload(reply, { buffer: file.content, fileName: file.fileName, mimeType: file.mimeType })
  })
}
