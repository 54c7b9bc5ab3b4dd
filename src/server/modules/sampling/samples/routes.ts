import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams, Uuid } from '../../../../shared/common'
import { StoredFileDto } from '../../../../shared/work-plan-reports'
import { ImportResultsDto, ReportInput, SampleDetailDto, SampleInput, SampleListDto, SampleListQuery, SendInput } from '../../../../shared/sampling'
import { storeFile } from '../../../platform/files'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { readUploadedFile, sendDownload } from '../../../platform/uploads'
import { buildSamplingForm } from './docx/sampling-form'
import { samplesWorkbook } from './excel/export-list'
import { buildResultsTemplate } from './excel/template'
import { createSample, publishSample, sendSample } from './service/create'
import { importResults } from './service/import'
import { addSamplePhoto, checkPhotoName, MAX_PHOTO_BYTES, removeSamplePhoto } from './service/photos'
import { getSample, listSamplers, listSamples, sampleFile } from './service/read'
import { reportSample } from './service/report'

const tags = ['sampling']
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const SamplerQuery = Type.Object({ entityId: Type.Optional(Uuid('被抽样单位')) }, { additionalProperties: false })
const SamplerList = Type.Array(Type.Object({ id: Type.String(), name: Type.String() }))
const FileParams = Type.Object({ id: Uuid('抽样记录'), sha256: Type.String({ pattern: '^[0-9a-f]{64}$', title: '文件' }) }, { additionalProperties: false })

export const sampleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/samples', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '抽样检验列表（新的在前）', querystring: SampleListQuery, response: { 200: SampleListDto } },
  }, async (req) => listSamples(ctx(req), req.query))

  app.get('/samples/export', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '按筛选条件导出抽样检验列表（.xlsx，全部页）', querystring: SampleListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await samplesWorkbook(ctx(req), req.query), mimeType: XLSX }))

  app.get('/samples/samplers', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '可选的抽样人员（负责该主体所在区域的执法检查人员）', querystring: SamplerQuery, response: { 200: SamplerList } },
  }, async (req) => listSamplers(ctx(req), req.query.entityId))

  app.get('/samples/import-template.xlsx', {
    config: { permission: 'sampling.record' },
    schema: { tags, summary: '下载检验结果导入模板（.xlsx）' },
  }, async (_req, reply) => sendDownload(reply, { buffer: await buildResultsTemplate(), fileName: '检验结果导入模板.xlsx', mimeType: XLSX }))

  app.post('/samples/import-results', {
    config: { permission: 'sampling.record' },
    bodyLimit: 6 * 1024 * 1024,
    schema: { tags, summary: '上传 Excel 导入检验结果（multipart 字段 file，≤ 5 MB；有一行出错则全部不导入）', consumes: ['multipart/form-data'], response: { 200: ImportResultsDto } },
  }, async (req) => {
    const { buffer } = await readUploadedFile(req, 5 * 1024 * 1024, '导入文件')
    return importResults(ctx(req), buffer)
  })

  app.post('/samples/files', {
    config: { permission: 'sampling.record' },
    bodyLimit: MAX_PHOTO_BYTES + 1024 * 1024,
    schema: { tags, summary: '上传现场照片（multipart 字段 file，JPG 或 PNG，≤ 10 MB；返回 SHA-256，录入抽样时引用）', consumes: ['multipart/form-data'], response: { 201: StoredFileDto } },
  }, async (req, reply) => {
    const file = await readUploadedFile(req, MAX_PHOTO_BYTES, '现场照片')
    checkPhotoName(file.fileName)
    return reply.code(201).send(await storeFile(ctx(req).db, file.buffer, file.fileName, '现场照片'))
  })

  app.post('/samples', {
    config: { permission: 'sampling.record' },
    schema: { tags, summary: '录入抽样（抽样单）', body: SampleInput, response: { 201: SampleDetailDto } },
  }, async (req, reply) => reply.code(201).send(await createSample(ctx(req), req.body)))

  app.get('/samples/:id', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '抽样检验详情（检验项目、判定、时限）', params: IdParams, response: { 200: SampleDetailDto } },
  }, async (req) => getSample(ctx(req), req.params.id))

  app.get('/samples/:id/files/:sha256', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '查看抽样记录的现场照片', params: FileParams },
  }, async (req, reply) => sendDownload(reply, await sampleFile(ctx(req), req.params.id, req.params.sha256)))

  app.post('/samples/:id/photos', {
    config: { permission: 'sampling.record' },
    bodyLimit: MAX_PHOTO_BYTES + 1024 * 1024,
    schema: { tags, summary: '补充现场照片（multipart 字段 file，JPG 或 PNG，≤ 10 MB；样品送达承检机构前）', params: IdParams, consumes: ['multipart/form-data'], response: { 201: SampleDetailDto } },
  }, async (req, reply) => reply.code(201).send(await addSamplePhoto(ctx(req), req.params.id, await readUploadedFile(req, MAX_PHOTO_BYTES, '现场照片'))))

  app.delete('/samples/:id/photos/:sha256', {
    config: { permission: 'sampling.record' },
    schema: { tags, summary: '删除现场照片（样品送达承检机构前）', params: FileParams, response: { 200: SampleDetailDto } },
  }, async (req) => removeSamplePhoto(ctx(req), req.params.id, req.params.sha256))

  app.get('/samples/:id/sampling-form.docx', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '打印抽样单（.docx）', params: IdParams },
  }, async (req, reply) => sendDownload(reply, await buildSamplingForm(ctx(req), req.params.id)))

  app.post('/samples/:id/send', {
    config: { permission: 'sampling.record' },
    schema: { tags, summary: '登记样品送达承检机构（起算检验报告时限）', params: IdParams, body: SendInput, response: { 200: SampleDetailDto } },
  }, async (req) => sendSample(ctx(req), req.params.id, req.body))

  app.post('/samples/:id/report', {
    config: { permission: 'sampling.record' },
    schema: { tags, summary: '录入检验报告（逐项判定；不合格自动启动核查处置）', params: IdParams, body: ReportInput, response: { 200: SampleDetailDto } },
  }, async (req) => reportSample(ctx(req), req.params.id, req.body))

  app.post('/samples/:id/publish', {
    config: { permission: 'sampling.manage' },
    schema: { tags, summary: '公开抽检结果', params: IdParams, response: { 200: SampleDetailDto } },
  }, async (req) => publishSample(ctx(req), req.params.id))
}
