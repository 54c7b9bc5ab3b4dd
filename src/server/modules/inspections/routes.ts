import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams, Uuid } from '../../../shared/common'
import {
  InspectionDetailDto, InspectionFiguresDto, InspectionFiguresQuery, InspectionInput, InspectionListDto, InspectionListQuery, InspectionStatsDto, InspectionStatsQuery, OrderDto, OrderListDto,
  OrderListQuery, OrderReportInput, OrderVerifyInput, RectificationRatesDto, RectificationRatesQuery,
} from '../../../shared/inspections'
import { badRequest } from '../../platform/errors'
import { storeFile } from '../../platform/files'
import { signedIn as ctx } from '../../platform/http-hooks'
import { XLSX_MIME } from '../../platform/excel-table'
import { readUploadedFile, sendDownload } from '../../platform/uploads'
import { buildInspectionRecord } from './docx/result-record'
import { inspectionsWorkbook, ordersWorkbook } from './export'
import { getOrder, listOrders, rectificationRates, reportOrder, verifyOrder } from './service/orders'
import { getInspection, inspectionFigures, inspectionFile, listOfficers, inspectionStats, listInspections, publishInspection } from './service/read'
import { recordInspection } from './service/record'

const tags = ['inspections']
const OfficerQuery = Type.Object({ entityId: Type.Optional(Uuid('检查对象')) }, { additionalProperties: false })
const FileParams = Type.Object({ id: Uuid('检查记录'), sha256: Type.String({ pattern: '^[0-9a-f]{64}$', title: '文件' }) }, { additionalProperties: false })
const MAX_PHOTO_BYTES = 10 * 1024 * 1024

export const inspectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/inspections', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '检查记录列表（区域、结果、类型、日期；按检查日期倒序）', querystring: InspectionListQuery, response: { 200: InspectionListDto } },
  }, async (req) => listInspections(ctx(req), req.query))

  app.get('/inspections/export', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '按筛选条件导出检查记录（.xlsx，全部页）', querystring: InspectionListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await inspectionsWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.get('/inspections/stats', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '某区域某年检查结果计数', querystring: InspectionStatsQuery, response: { 200: InspectionStatsDto } },
  }, async (req) => inspectionStats(ctx(req), req.query))

  app.get('/inspections/figures', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '自查报告检查数字（家次、整改、停止生产经营等）', querystring: InspectionFiguresQuery, response: { 200: InspectionFiguresDto } },
  }, async (req) => inspectionFigures(ctx(req), req.query))

  app.get('/inspections/officers', {
    config: { permission: 'inspections.record' },
    schema: { tags, summary: '可参加该主体检查的执法人员', querystring: OfficerQuery, response: { 200: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) } },
  }, async (req) => listOfficers(ctx(req), req.query.entityId))

  app.post('/inspections', {
    config: { permission: 'inspections.record' },
    schema: { tags, summary: '录入监督检查（结果由检查项目按规则判定）', body: InspectionInput, response: { 201: InspectionDetailDto } },
  }, async (req, reply) => reply.code(201).send(await recordInspection(ctx(req), req.body)))

  app.post('/inspections/photos', {
    config: { permission: 'inspections.record' },
    schema: { tags, summary: '上传现场照片或企业签名（返回 SHA-256，录入检查时引用）' },
  }, async (req, reply) => {
    const file = await readUploadedFile(req, MAX_PHOTO_BYTES, '照片')
    if (!/\.(jpe?g|png)$/i.test(file.fileName)) throw badRequest(`照片（${file.fileName}）：只能上传 JPG 或 PNG 图片`)
    return reply.code(201).send(await storeFile(ctx(req).db, file.buffer, file.fileName, '照片'))
  })

  app.get('/inspections/:id/files/:sha256', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '查看检查记录的照片或签名', params: FileParams },
  }, async (req, reply) => sendDownload(reply, await inspectionFile(ctx(req), req.params.id, req.params.sha256)))

  app.get('/inspections/:id', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '检查记录详情', params: IdParams, response: { 200: InspectionDetailDto } },
  }, async (req) => getInspection(ctx(req), req.params.id))

  app.get('/inspections/:id/record.docx', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '下载监督检查结果记录表（.docx）', params: IdParams },
  }, async (req, reply) => sendDownload(reply, await buildInspectionRecord(ctx(req), req.params.id)))

  app.post('/inspections/:id/publish', {
    config: { permission: 'inspections.record' },
    schema: { tags, summary: '公示检查结果', params: IdParams, response: { 200: InspectionDetailDto } },
  }, async (req) => publishInspection(ctx(req), req.params.id))

  app.get('/rectifications', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '整改通知列表（状态、逾期）', querystring: OrderListQuery, response: { 200: OrderListDto } },
  }, async (req) => listOrders(ctx(req), req.query))

  app.get('/rectifications/export', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '按筛选条件导出整改通知（.xlsx，全部页）', querystring: OrderListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await ordersWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.get('/rectifications/rates', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '问题发现处置率与整改按时完成率', querystring: RectificationRatesQuery, response: { 200: RectificationRatesDto } },
  }, async (req) => rectificationRates(ctx(req), req.query))

  app.get('/rectifications/:id', {
    config: { permission: 'inspections.read' },
    schema: { tags, summary: '整改通知详情', params: IdParams, response: { 200: OrderDto } },
  }, async (req) => getOrder(ctx(req), req.params.id))

  app.post('/rectifications/:id/report', {
    config: { permission: 'inspections.reply' },
    schema: { tags, summary: '企业回复整改情况', params: IdParams, body: OrderReportInput, response: { 200: OrderDto } },
  }, async (req) => reportOrder(ctx(req), req.params.id, req.body))

  app.post('/rectifications/:id/verify', {
    config: { permission: 'inspections.record' },
    schema: { tags, summary: '验证整改（合格 / 不合格，可转立案）', params: IdParams, body: OrderVerifyInput, response: { 200: OrderDto } },
  }, async (req) => verifyOrder(ctx(req), req.params.id, req.body))
}
