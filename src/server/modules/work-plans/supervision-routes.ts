import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams, Uuid } from '../../../shared/common'
import { IssueNoticeInput, NoticeDto, OverdueItemDto, ReplyInput } from '../../../shared/supervision'
import { writeAudit } from '../../platform/audit'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { noticesWorkbook, overdueWorkbook } from './supervision-export'
import { getNotice, issueNotice, listNotices, noticeDocument, overdueItems, replyNotice } from './service/supervision'

const tags = ['supervision']
const NoticeQuery = Type.Object({ planId: Type.Optional(Uuid('方案编号')) }, { additionalProperties: false })
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export const supervisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/work-plans/:id/overdue', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '逾期未报（牵头单位、各报送期次）', params: IdParams, response: { 200: Type.Array(OverdueItemDto) } },
  }, async (req) => overdueItems(signedIn(req), req.params.id))

  app.get('/work-plans/:id/overdue/export', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '导出逾期未报（.xlsx）', params: IdParams },
  }, async (req, reply) => sendDownload(reply, { ...await overdueWorkbook(signedIn(req), req.params.id), mimeType: XLSX_MIME }))

  app.post('/work-plans/:id/supervision', {
    config: { permission: 'workplans.manage' },
    schema: { tags, summary: '下发督办通知', params: IdParams, body: IssueNoticeInput, response: { 201: NoticeDto } },
  }, async (req, reply) => reply.code(201).send(await issueNotice(signedIn(req), req.params.id, req.body)))

  app.get('/supervision-notices', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '督办通知（食安办：全部；单位：收到的）', querystring: NoticeQuery, response: { 200: Type.Array(NoticeDto) } },
  }, async (req) => listNotices(signedIn(req), req.query.planId))

  app.get('/supervision-notices/export', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '导出督办通知（.xlsx，与列表同一范围）', querystring: NoticeQuery },
  }, async (req, reply) => sendDownload(reply, { ...await noticesWorkbook(signedIn(req), req.query.planId), mimeType: XLSX_MIME }))

  app.get('/supervision-notices/:id', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '督办通知详情', params: IdParams, response: { 200: NoticeDto } },
  }, async (req) => getNotice(signedIn(req), req.params.id))

  app.post('/supervision-notices/:id/reply', {
    config: { permission: 'workplans.report' },
    schema: { tags, summary: '回复督办', params: IdParams, body: ReplyInput, response: { 200: NoticeDto } },
  }, async (req) => replyNotice(signedIn(req), req.params.id, req.body.text))

  app.get('/supervision-notices/:id/document', {
    config: { permission: 'workplans.read' },
    schema: { tags, summary: '督办通知 .docx（公文格式）', params: IdParams },
  }, async (req, reply) => {
    const ctx = signedIn(req)
    const doc = await noticeDocument(ctx, req.params.id)
    await writeAudit(ctx.db, ctx, { action: 'export.supervision_notice', entityType: 'supervision_notice', entityId: req.params.id })
    return sendDownload(reply, { ...doc, mimeType: DOCX })
  })
}
