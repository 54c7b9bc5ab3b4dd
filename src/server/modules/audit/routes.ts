import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AuditListDto, AuditQuery, ChainDto } from '../../../shared/audit'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { auditWorkbook } from './export'
import { searchAudit, verifyAudit } from './service'

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/audit', {
    config: { permission: 'audit.read' },
    schema: { tags: ['audit'], summary: '审计日志', querystring: AuditQuery, response: { 200: AuditListDto } },
  }, async (req) => searchAudit(signedIn(req), req.query))

  app.get('/audit/export', {
    config: { permission: 'audit.read' },
    schema: { tags: ['audit'], summary: '按筛选条件导出审计日志（.xlsx，全部页；导出本身记入审计日志）', querystring: AuditQuery },
  }, async (req, reply) => sendDownload(reply, { ...await auditWorkbook(signedIn(req), req.query), mimeType: XLSX_MIME }))

  app.get('/audit/verify', {
    config: { permission: 'audit.read' },
    schema: { tags: ['audit'], summary: '校验审计日志哈希链', response: { 200: ChainDto } },
  }, async (req) => verifyAudit(signedIn(req)))
}
