import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '../../../../shared/common'
import { ConfirmInput, RapidImportDto, RapidTestDto, RapidTestInput, RapidTestListDto, RapidTestListQuery } from '../../../../shared/rapid-tests'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { readUploadedFile, sendDownload } from '../../../platform/uploads'
import { rapidTestsWorkbook } from './export'
import { buildRapidTemplate, importRapidTests } from './import'
import { confirmRapidTest, createRapidTest, getRapidTest, listRapidTests } from './service'

const tags = ['sampling']
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** 快检: entry on a phone, the list with counts by item, 待送检 positives and their confirmatory samples, Excel import. */
export const rapidTestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/rapid-tests', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '快检记录（筛选、按项目计数、待送检）', querystring: RapidTestListQuery, response: { 200: RapidTestListDto } },
  }, async (req) => listRapidTests(ctx(req), req.query))

  app.get('/rapid-tests/export', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '按筛选条件导出快检记录（.xlsx，全部页）', querystring: RapidTestListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await rapidTestsWorkbook(ctx(req), req.query), mimeType: XLSX }))

  app.post('/rapid-tests', {
    config: { permission: 'sampling.record' },
    schema: { tags, summary: '录入快检（有读数的项目按临界值判定结果）', body: RapidTestInput, response: { 201: RapidTestDto } },
  }, async (req, reply) => reply.code(201).send(await createRapidTest(ctx(req), req.body)))

  app.get('/rapid-tests/import-template.xlsx', {
    config: { permission: 'sampling.record' },
    schema: { tags, summary: '下载快检导入模板（.xlsx）' },
  }, async (_req, reply) => sendDownload(reply, { buffer: await buildRapidTemplate(), fileName: '快检导入模板.xlsx', mimeType: XLSX }))

  app.post('/rapid-tests/import', {
    config: { permission: 'sampling.record' },
    bodyLimit: 11 * 1024 * 1024,
    schema: { tags, summary: '上传 Excel 导入快检（multipart 字段 file，≤ 10 MB，全部成功或全部不导入）', consumes: ['multipart/form-data'], response: { 200: RapidImportDto } },
  }, async (req) => {
    const { buffer, fileName } = await readUploadedFile(req, 10 * 1024 * 1024, '导入文件')
    return importRapidTests(ctx(req), buffer, fileName)
  })

  app.get('/rapid-tests/:id', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '快检记录详情', params: IdParams, response: { 200: RapidTestDto } },
  }, async (req) => getRapidTest(ctx(req), req.params.id))

  app.post('/rapid-tests/:id/confirm', {
    config: { permission: 'sampling.record' },
    schema: { tags, summary: '阳性快检关联送检（确证）样品', params: IdParams, body: ConfirmInput, response: { 200: RapidTestDto } },
  }, async (req) => confirmRapidTest(ctx(req), req.params.id, req.body))
}
