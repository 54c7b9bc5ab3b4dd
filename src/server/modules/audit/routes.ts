import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AuditListDto, AuditQuery, ChainDto } from '../../../shared/audit'
import { signedIn } from '../../platform/http-hooks'
import { searchAudit, verifyAudit } from './service'

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/audit', {
    config: { permission: 'audit.read' },
    schema: { tags: ['audit'], summary: '审计日志', querystring: AuditQuery, response: { 200: AuditListDto } },
  }, async (req) => searchAudit(signedIn(req), req.query))

  app.get('/audit/verify', {
    config: { permission: 'audit.read' },
    schema: { tags: ['audit'], summary: '校验审计日志哈希链', response: { 200: ChainDto } },
  }, async (req) => verifyAudit(signedIn(req)))
}
