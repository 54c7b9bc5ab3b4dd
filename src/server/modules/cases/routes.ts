import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  CaseDetailDto, CaseListDto, CaseListQuery, ClueInput, CreditListDto, CreditListQuery, CreditRecordDto, DecisionInput, ExtensionInput, FiguresDto,
  FiguresQuery, FileInput, ListingInput, ListingListDto, ListingQuery, NotFileInput, OfficerDto, PublicBlacklistDto, PublishInput, RemovalInput,
  RepairInput, SeriousViolationDto, StepInput, TransferCountsInput, TransferDto, TransferInput, TransferListDto, TransferListQuery, TransferProgressInput,
} from '../../../shared/cases'
import { IdParams, Page, PageSize } from '../../../shared/common'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn as ctx } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { casesWorkbook, listingsWorkbook, transfersWorkbook } from './export'
import { createClue, fileCase, getCase, listCases, listOfficers, notFileCase, recordStep } from './service/cases'
import { listCreditRecords, listEntity, listListings, publicBlacklist, publishCreditRecord, publishListing, removeListing, repairCreditRecord } from './service/credit'
import { decideCase, extendCase } from './service/decide'
import { caseFigures } from './service/figures'
import { getTransfer, listTransfers, progressTransfer, transferCase, updateTransferCounts } from './service/transfers'

const tags = ['cases']
const read = { permission: 'cases.read' } as const
const manage = { permission: 'cases.manage' } as const

export const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/cases', {
    config: read, schema: { tags, summary: '案件列表（区域、状态、来源、年度、超期）', querystring: CaseListQuery, response: { 200: CaseListDto } },
  }, async (req) => listCases(ctx(req), req.query))

  app.get('/cases/export', {
    config: read, schema: { tags, summary: '按筛选条件导出案件列表（.xlsx，全部页）', querystring: CaseListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await casesWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.get('/cases/figures', {
    config: read, schema: { tags, summary: '自查报告案件数据（立案、结案、罚没款、处罚到人、移送、刑事立案、刑拘、起诉、黑名单）', querystring: FiguresQuery, response: { 200: FiguresDto } },
  }, async (req) => caseFigures(ctx(req), req.query))

  app.get('/cases/officers', {
    config: read, schema: { tags, summary: '可选的办案人员（本县执法人员）', response: { 200: OfficerDto } },
  }, async (req) => listOfficers(ctx(req)))

  app.post('/cases', {
    config: manage, schema: { tags, summary: '登记案件线索', body: ClueInput, response: { 201: CaseDetailDto } },
  }, async (req, reply) => reply.code(201).send(await createClue(ctx(req), req.body)))

  app.get('/cases/:id', {
    config: read, schema: { tags, summary: '案件详情（环节、处罚、移送、信用）', params: IdParams, response: { 200: CaseDetailDto } },
  }, async (req) => getCase(ctx(req), req.params.id))

  app.post('/cases/:id/file', {
    config: manage, schema: { tags, summary: '立案（第十九条：至少两名办案人员）', params: IdParams, body: FileInput, response: { 200: CaseDetailDto } },
  }, async (req) => fileCase(ctx(req), req.params.id, req.body))

  app.post('/cases/:id/not-file', {
    config: manage, schema: { tags, summary: '不予立案', params: IdParams, body: NotFileInput, response: { 200: CaseDetailDto } },
  }, async (req) => notFileCase(ctx(req), req.params.id, req.body))

  app.post('/cases/:id/steps', {
    config: manage, schema: { tags, summary: '记录办案环节（调查终结、告知、执行、结案）', params: IdParams, body: StepInput, response: { 200: CaseDetailDto } },
  }, async (req) => recordStep(ctx(req), req.params.id, req.body))

  app.post('/cases/:id/decision', {
    config: manage, schema: { tags, summary: '作出处罚决定（含处罚到人、从业禁止）', params: IdParams, body: DecisionInput, response: { 200: CaseDetailDto } },
  }, async (req) => decideCase(ctx(req), req.params.id, req.body))

  app.post('/cases/:id/extension', {
    config: manage, schema: { tags, summary: '延长办案期限（30 日，限一次）', params: IdParams, body: ExtensionInput, response: { 200: CaseDetailDto } },
  }, async (req) => extendCase(ctx(req), req.params.id, req.body.reason))

  app.post('/cases/:id/transfers', {
    config: manage, schema: { tags, summary: '移送公安机关（行刑衔接）', params: IdParams, body: TransferInput, response: { 201: TransferDto } },
  }, async (req, reply) => reply.code(201).send(await transferCase(ctx(req), req.params.id, req.body)))

  app.get('/case-transfers', {
    config: read, schema: { tags, summary: '行刑衔接台账', querystring: TransferListQuery, response: { 200: TransferListDto } },
  }, async (req) => listTransfers(ctx(req), req.query))

  app.get('/case-transfers/export', {
    config: read, schema: { tags, summary: '按筛选条件导出行刑衔接台账（.xlsx，全部页）', querystring: TransferListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await transfersWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.get('/case-transfers/:id', {
    config: read, schema: { tags, summary: '移送记录', params: IdParams, response: { 200: TransferDto } },
  }, async (req) => getTransfer(req.ctx.db, ctx(req), req.params.id))

  app.post('/case-transfers/:id/progress', {
    config: manage, schema: { tags, summary: '记录公安机关办理结果（受理、立案、不予立案、退回）', params: IdParams, body: TransferProgressInput, response: { 200: TransferDto } },
  }, async (req) => progressTransfer(ctx(req), req.params.id, req.body))

  app.put('/case-transfers/:id/counts', {
    config: manage, schema: { tags, summary: '填写刑拘、逮捕、起诉、判决人数', params: IdParams, body: TransferCountsInput, response: { 200: TransferDto } },
  }, async (req) => updateTransferCounts(ctx(req), req.params.id, req.body))

  app.get('/credit-records', {
    config: read, schema: { tags, summary: '行政处罚信用记录', querystring: CreditListQuery, response: { 200: CreditListDto } },
  }, async (req) => listCreditRecords(ctx(req), req.query))

  app.post('/credit-records/:id/publish', {
    config: manage, schema: { tags, summary: '登记公示（20 个工作日内）', params: IdParams, body: PublishInput, response: { 200: CreditRecordDto } },
  }, async (req) => publishCreditRecord(ctx(req), req.params.id, req.body.publishedOn))

  app.post('/credit-records/:id/repair', {
    config: manage, schema: { tags, summary: '信用修复（公示满 1 年）', params: IdParams, body: RepairInput, response: { 200: CreditRecordDto } },
  }, async (req) => repairCreditRecord(ctx(req), req.params.id, req.body))

  app.get('/serious-violations', {
    config: read, schema: { tags, summary: '严重违法失信名单（管理）', querystring: ListingQuery, response: { 200: ListingListDto } },
  }, async (req) => listListings(ctx(req), req.query))

  app.get('/serious-violations/export', {
    config: read, schema: { tags, summary: '按筛选条件导出严重违法失信名单（.xlsx，全部页）', querystring: ListingQuery },
  }, async (req, reply) => sendDownload(reply, { ...await listingsWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.post('/serious-violations', {
    config: manage, schema: { tags, summary: '列入严重违法失信名单', body: ListingInput, response: { 201: SeriousViolationDto } },
  }, async (req, reply) => reply.code(201).send(await listEntity(ctx(req), req.body)))

  app.post('/serious-violations/:id/publish', {
    config: manage, schema: { tags, summary: '公示名单记录', params: IdParams, body: PublishInput, response: { 200: SeriousViolationDto } },
  }, async (req) => publishListing(ctx(req), req.params.id, req.body.publishedOn))

  app.post('/serious-violations/:id/remove', {
    config: manage, schema: { tags, summary: '提前移出（信用修复满 1 年，或决定撤销）', params: IdParams, body: RemovalInput, response: { 200: SeriousViolationDto } },
  }, async (req) => removeListing(ctx(req), req.params.id, req.body))

  app.get('/public/blacklist', {
    config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: {
      tags, summary: '严重违法失信名单公示（无需登录）', security: [],
      querystring: Type.Object({ page: Page, pageSize: PageSize }, { additionalProperties: false }), response: { 200: PublicBlacklistDto },
    },
  }, async (req) => publicBlacklist(req.ctx, req.query))
}
