import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '../../../../shared/common'
import {
  PickInput, PublicListQuery, PublicTestRequestDto, PublicTestRequestInput, PublicTestRequestListDto, RejectInput, TestRequestDto, TestRequestListDto,
  TestRequestListQuery, VoteDto,
} from '../../../../shared/test-requests'
import { XLSX_MIME } from '../../../platform/excel-table'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { sendDownload } from '../../../platform/uploads'
import { requestsWorkbook } from './export'
import { getRequest, listRequests, pickRequest, rejectRequest } from './service/office'
import { listPublic, propose, vote } from './service/public'

const tags = ['test-requests']
const read = { permission: 'sampling.read' } as const
const manage = { permission: 'sampling.manage' } as const

/** Per-address limits per minute on the public routes (bursts); the daily limits are in the service. */
export const PUBLIC_RATE_LIMITS = { list: 120, propose: 10, vote: 30 } as const
const perMinute = (max: number) => ({ max, timeWindow: '1 minute' })

/** 你点我检: the public proposes and votes (no login); the office lists with contacts, picks or declines. */
export const testRequestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/public/test-requests', {
    config: { public: true, rateLimit: perMinute(PUBLIC_RATE_LIMITS.list) },
    schema: { tags, summary: '你点我检：征集中与已检测的建议（无需登录）', security: [], querystring: PublicListQuery, response: { 200: PublicTestRequestListDto } },
  }, async (req) => listPublic(req.ctx, req.query))

  app.post('/public/test-requests', {
    config: { public: true, rateLimit: perMinute(PUBLIC_RATE_LIMITS.propose) },
    schema: { tags, summary: '你点我检：提交建议（无需登录，每个网络每天 3 条）', security: [], body: PublicTestRequestInput, response: { 201: PublicTestRequestDto } },
  }, async (req, reply) => reply.code(201).send(await propose(req.ctx, req.body)))

  app.post('/public/test-requests/:id/vote', {
    config: { public: true, rateLimit: perMinute(PUBLIC_RATE_LIMITS.vote) },
    schema: { tags, summary: '你点我检：投票（每个网络每条建议每天 1 票）', security: [], params: IdParams, response: { 200: VoteDto } },
  }, async (req) => vote(req.ctx, req.params.id))

  app.get('/test-requests', {
    config: read, schema: { tags, summary: '你点我检建议（含联系方式，仅办公室可见）', querystring: TestRequestListQuery, response: { 200: TestRequestListDto } },
  }, async (req) => listRequests(ctx(req), req.query))

  app.get('/test-requests/export', {
    config: read, schema: { tags, summary: '按筛选条件导出你点我检建议（.xlsx，全部页，含联系方式）', querystring: TestRequestListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await requestsWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.get('/test-requests/:id', {
    config: read, schema: { tags, summary: '你点我检建议详情', params: IdParams, response: { 200: TestRequestDto } },
  }, async (req) => getRequest(ctx(req), req.params.id))

  app.post('/test-requests/:id/pick', {
    config: manage, schema: { tags, summary: '采纳：列入本县抽检计划', params: IdParams, body: PickInput, response: { 200: TestRequestDto } },
  }, async (req) => pickRequest(ctx(req), req.params.id, req.body))

  app.post('/test-requests/:id/reject', {
    config: manage, schema: { tags, summary: '不采纳（须写明理由）', params: IdParams, body: RejectInput, response: { 200: TestRequestDto } },
  }, async (req) => rejectRequest(ctx(req), req.params.id, req.body))
}
