import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Static, TSchema } from 'typebox'
import { IdParams } from '../../../../shared/common'
import {
  CaseStepInput, CauseInput, CloseInput, ControlInput, DisposalDetailDto, DisposalListDto, DisposalListQuery, DisposalRatesDto, DisposalRatesQuery,
  ExtensionInput, FollowUpInput, NotifyInput, RectificationInput, RetestRequestInput, RetestResultInput, TimeLimitInput, TimeLimitListDto, TimeLimitParams,
} from '../../../../shared/disposals'
import { OfficerDto } from '../../../../shared/cases'
import type { SignedInContext } from '../../../platform/context'
import { XLSX_MIME } from '../../../platform/excel-table'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { sendDownload } from '../../../platform/uploads'
import { listOfficers } from '../../cases/service/cases'
import { disposalsWorkbook } from './export'
import { disposalRates, getDisposal, listDisposals } from './read'
import * as steps from './service'
import { changeTimeLimit, listTimeLimits } from './time-limit-settings'

const tags = ['disposals']

/** The step endpoints: POST /api/disposals/:id/<path>, each with its body schema and service function. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const STEPS: { path: string; summary: string; body: TSchema; run: (c: SignedInContext, id: string, body: any) => Promise<Static<typeof DisposalDetailDto>> }[] = [
  { path: 'notify', summary: '记录送达检验结论（起算复检申请期限）', body: NotifyInput, run: steps.notify },
  { path: 'retest-request', summary: '记录复检申请', body: RetestRequestInput, run: steps.requestRetest },
  { path: 'retest-result', summary: '记录复检结论', body: RetestResultInput, run: steps.recordRetestResult },
  { path: 'control', summary: '记录风险控制（下架、召回、封存）', body: ControlInput, run: steps.recordControl },
  { path: 'cause', summary: '记录不合格原因排查', body: CauseInput, run: steps.recordCause },
  { path: 'rectification', summary: '记录整改', body: RectificationInput, run: steps.recordRectification },
  { path: 'case', summary: '移送立案（新建案件线索或关联已有案件）', body: CaseStepInput, run: steps.recordCase },
  { path: 'follow-up', summary: '关联跟踪抽检样品', body: FollowUpInput, run: steps.linkFollowUp },
  { path: 'extension', summary: '延期（经负责人书面批准，限一次）', body: ExtensionInput, run: steps.extend },
  { path: 'close', summary: '办结', body: CloseInput, run: steps.close },
]

export const disposalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/disposals', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '核查处置列表（逾期、期限、筛选）', querystring: DisposalListQuery, response: { 200: DisposalListDto } },
  }, async (req) => listDisposals(ctx(req), req.query))

  app.get('/disposals/export', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '按筛选条件导出核查处置列表（.xlsx，全部页）', querystring: DisposalListQuery },
  }, async (req, reply) => sendDownload(reply, { ...await disposalsWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.get('/disposals/rates', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '核查处置率、处置完成率、按时完成率', querystring: DisposalRatesQuery, response: { 200: DisposalRatesDto } },
  }, async (req) => disposalRates(ctx(req), req.query))

  app.get('/disposals/:id', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '核查处置详情（样品、不合格项目、环节与期限）', params: IdParams, response: { 200: DisposalDetailDto } },
  }, async (req) => getDisposal(ctx(req), req.params.id))

  app.get('/disposals/officers', {
    config: { permission: 'sampling.record' },
    schema: { tags, summary: '移送立案可选的办案人员（本县执法人员）', response: { 200: OfficerDto } },
  }, async (req) => listOfficers(ctx(req)))

  for (const s of STEPS) {
    app.post(`/disposals/:id/${s.path}`, {
      config: { permission: 'sampling.record' },
      schema: { tags, summary: s.summary, params: IdParams, body: s.body, response: { 200: DisposalDetailDto } },
    }, async (req) => s.run(ctx(req), req.params.id, req.body))
  }

  app.get('/sampling/time-limits', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '抽检与核查处置时限规则', response: { 200: TimeLimitListDto } },
  }, async (req) => listTimeLimits(ctx(req)))

  app.put('/sampling/time-limits/:code', {
    config: { permission: 'sampling.manage' },
    schema: { tags, summary: '修改时限规则（只影响此后计算的期限）', params: TimeLimitParams, body: TimeLimitInput, response: { 200: TimeLimitListDto } },
  }, async (req) => changeTimeLimit(ctx(req), req.params.code, req.body))
}
