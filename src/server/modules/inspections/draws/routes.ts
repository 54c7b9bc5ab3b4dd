import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams } from '../../../../shared/common'
import {
  AssignmentListDto, AvoidanceDto, AvoidanceInput, AvoidanceParams, CancelDrawInput, DrawDetailDto, DrawInput, DrawListDto, DrawListQuery,
  PublicDrawDto, PublicDrawSummaryDto, RosterCandidateDto, RosterEntryDto, RosterInput, RosterParams, RosterUpdate, RunDrawInput, VerifyResultDto,
} from '../../../../shared/draws'
import { XLSX_MIME } from '../../../platform/excel-table'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { sendDownload } from '../../../platform/uploads'
import { avoidancesWorkbook, DrawTableParams, drawTableWorkbook, drawsWorkbook, rosterWorkbook } from './export'
import { cancelDraw, freezeDraw, getDraw, listDraws, publishDraw, runDraw } from './draw-service'
import { getPublicDraw, listAssignments, listPublicDraws, verifyDrawInScope, verifyPublicDraw } from './record-service'
import { addAvoidance, addRosterEntry, listAvoidances, listRoster, listRosterCandidates, removeAvoidance, updateRosterEntry } from './roster-service'

const tags = ['draws']
const DRAW = 'inspections.draw'
const READ = 'inspections.read'

/** 双随机一公开: roster and avoidance (inspections.draw), draws (read / draw), and the public record (no login). */
export const drawRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/draws/roster', {
    config: { permission: DRAW },
    schema: { tags, summary: '执法检查人员名录库', response: { 200: Type.Array(RosterEntryDto) } },
  }, async (req) => listRoster(ctx(req)))

  app.get('/draws/roster/export', {
    config: { permission: DRAW },
    schema: { tags, summary: '导出执法检查人员名录库（.xlsx）' },
  }, async (req, reply) => sendDownload(reply, { ...await rosterWorkbook(ctx(req)), mimeType: XLSX_MIME }))

  app.get('/draws/roster/candidates', {
    config: { permission: DRAW },
    schema: { tags, summary: '可列入名录库的执法检查人员账号', response: { 200: Type.Array(RosterCandidateDto) } },
  }, async (req) => listRosterCandidates(ctx(req)))

  app.post('/draws/roster', {
    config: { permission: DRAW },
    schema: { tags, summary: '将执法人员列入名录库', body: RosterInput, response: { 201: RosterEntryDto } },
  }, async (req, reply) => reply.code(201).send(await addRosterEntry(ctx(req), req.body)))

  app.put('/draws/roster/:id', {
    config: { permission: DRAW },
    schema: { tags, summary: '修改执法证号、执法单位、在岗状态', params: RosterParams, body: RosterUpdate, response: { 200: RosterEntryDto } },
  }, async (req) => updateRosterEntry(ctx(req), req.params.id, req.body))

  app.get('/draws/roster/:id/avoidances', {
    config: { permission: DRAW },
    schema: { tags, summary: '回避名单（个人信息，不公开）', params: RosterParams, response: { 200: Type.Array(AvoidanceDto) } },
  }, async (req) => listAvoidances(ctx(req), req.params.id))

  app.get('/draws/roster/:id/avoidances/export', {
    config: { permission: DRAW },
    schema: { tags, summary: '导出回避名单（.xlsx，个人信息，不公开）', params: RosterParams },
  }, async (req, reply) => sendDownload(reply, { ...await avoidancesWorkbook(ctx(req), req.params.id), mimeType: XLSX_MIME }))

  app.post('/draws/roster/:id/avoidances', {
    config: { permission: DRAW },
    schema: { tags, summary: '登记回避', params: RosterParams, body: AvoidanceInput, response: { 201: Type.Array(AvoidanceDto) } },
  }, async (req, reply) => reply.code(201).send(await addAvoidance(ctx(req), req.params.id, req.body)))

  app.delete('/draws/roster/:id/avoidances/:entityId', {
    config: { permission: DRAW },
    schema: { tags, summary: '删除回避', params: AvoidanceParams, response: { 200: Type.Array(AvoidanceDto) } },
  }, async (req) => removeAvoidance(ctx(req), req.params.id, req.params.entityId))

  app.get('/draws', {
    config: { permission: READ },
    schema: { tags, summary: '双随机抽查列表', querystring: DrawListQuery, response: { 200: DrawListDto } },
  }, async (req) => listDraws(ctx(req), req.query))

  app.get('/draws/export', {
    config: { permission: READ },
    schema: { tags, summary: '按筛选条件导出双随机抽查列表（.xlsx，全部页）', querystring: DrawListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await drawsWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.post('/draws', {
    config: { permission: DRAW },
    schema: { tags, summary: '新建抽查并冻结名录（公示名录哈希）', body: DrawInput, response: { 201: DrawDetailDto } },
  }, async (req, reply) => reply.code(201).send(await freezeDraw(ctx(req), req.body)))

  app.get('/draws/:id', {
    config: { permission: READ },
    schema: { tags, summary: '双随机抽查详情', params: IdParams, response: { 200: DrawDetailDto } },
  }, async (req) => getDraw(ctx(req), req.params.id))

  app.get('/draws/:id/export/:table', {
    config: { permission: READ },
    schema: { tags, summary: '导出一次抽查的抽取结果或检查任务完成情况（.xlsx）', params: DrawTableParams },
  }, async (req, reply) => sendDownload(reply, { ...await drawTableWorkbook(ctx(req), req.params), mimeType: XLSX_MIME }))

  app.post('/draws/:id/run', {
    config: { permission: DRAW },
    schema: { tags, summary: '输入随机种子，执行抽取', params: IdParams, body: RunDrawInput, response: { 200: DrawDetailDto } },
  }, async (req) => runDraw(ctx(req), req.params.id, req.body))

  app.post('/draws/:id/publish', {
    config: { permission: DRAW },
    schema: { tags, summary: '公示抽取结果', params: IdParams, response: { 200: DrawDetailDto } },
  }, async (req) => publishDraw(ctx(req), req.params.id))

  app.post('/draws/:id/cancel', {
    config: { permission: DRAW },
    schema: { tags, summary: '作废（未公示的）抽取', params: IdParams, body: CancelDrawInput, response: { 200: DrawDetailDto } },
  }, async (req) => cancelDraw(ctx(req), req.params.id, req.body))

  app.get('/draws/:id/verify', {
    config: { permission: READ },
    schema: { tags, summary: '服务器端复核（按冻结名录重算）', params: IdParams, response: { 200: VerifyResultDto } },
  }, async (req) => verifyDrawInScope(ctx(req), req.params.id))

  app.get('/draws/:id/assignments', {
    config: { permission: READ },
    schema: { tags, summary: '抽中的检查任务及完成情况', params: IdParams, response: { 200: AssignmentListDto } },
  }, async (req) => listAssignments(ctx(req), req.params.id))

  app.get('/public/draws', {
    config: { public: true },
    schema: { tags, summary: '已公示的双随机抽查（无需登录）', response: { 200: Type.Array(PublicDrawSummaryDto) } },
  }, async (req) => listPublicDraws(req.ctx))

  app.get('/public/draws/:id', {
    config: { public: true },
    schema: { tags, summary: '双随机抽取记录（名录原文、哈希、种子、结果、算法；无需登录）', params: IdParams, response: { 200: PublicDrawDto } },
  }, async (req) => getPublicDraw(req.ctx, req.params.id))

  app.get('/public/draws/:id/verify', {
    config: { public: true },
    schema: { tags, summary: '服务器端复核已公示的抽取（无需登录）', params: IdParams, response: { 200: VerifyResultDto } },
  }, async (req) => verifyPublicDraw(req.ctx, req.params.id))
}
