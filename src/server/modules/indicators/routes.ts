import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  BindingInput, BreakdownDto, BreakdownQuery, ClosePeriodInput, IndicatorDefinitionDto, IndicatorParams, IndicatorRecordsDto, IndicatorRecordsQuery, IndicatorsDto,
  IndicatorsQuery, LateChangesDto, LateChangesQuery, OffTrackDto, PeriodDto, PlanParams, ReopenPeriodInput, ScoreboardDto, ScoreboardQuery, TargetParams,
} from '../../../shared/indicators'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn as ctx } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { breakdownWorkbook, indicatorsWorkbook, lateChangesWorkbook, RecordsExportQuery, recordsWorkbook } from './export'
import { closePeriod, indicatorLateChanges, listPeriods, reopenPeriod } from './periods'
import { bindTarget, confirmSuggestions, offTrackTargets, planScoreboard } from './scoreboard'
import { scoreboardWorkbook } from './scoreboard-export'
import { catalogue, computeIndicators, indicatorBreakdown, indicatorRecords } from './service'

const tags = ['indicators']

/** The indicator catalogue, figures for a region subtree and period, and the records behind each figure. */
export const indicatorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/indicators/catalogue', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '指标目录：定义、公式、数据来源、计入期间的日期与汇总方式', response: { 200: Type.Array(IndicatorDefinitionDto) } },
  }, async () => catalogue())

  app.get('/indicators', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '某区域（含下级）某期间的指标值，各含分子、分母', querystring: IndicatorsQuery, response: { 200: IndicatorsDto } },
  }, async (req) => computeIndicators(ctx(req), req.query))

  app.get('/indicators/export', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '导出指标表（.xlsx）：与 GET /indicators 同一区域、期间', querystring: IndicatorsQuery },
  }, async (req, reply) => sendDownload(reply, { ...await indicatorsWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.get('/indicators/:id/records', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '指标分子或分母所含的记录（条数或金额之和等于该数）', params: IndicatorParams, querystring: IndicatorRecordsQuery, response: { 200: IndicatorRecordsDto } },
  }, async (req) => indicatorRecords(ctx(req), req.params.id, req.query))

  app.get('/indicators/:id/records/export', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '导出指标分子或分母所含的全部记录（.xlsx）', params: IndicatorParams, querystring: RecordsExportQuery },
  }, async (req, reply) => sendDownload(reply, { ...await recordsWorkbook(ctx(req), req.params.id, req.query), mimeType: XLSX_MIME }))

  app.get('/indicators/:id/breakdown', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '指标按月或按下一级区域分列', params: IndicatorParams, querystring: BreakdownQuery, response: { 200: BreakdownDto } },
  }, async (req) => indicatorBreakdown(ctx(req), req.params.id, req.query, req.query.by))

  app.get('/indicators/:id/breakdown/export', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '导出指标按月或按下一级区域分列（.xlsx）', params: IndicatorParams, querystring: BreakdownQuery },
  }, async (req, reply) => sendDownload(reply, { ...await breakdownWorkbook(ctx(req), req.params.id, req.query), mimeType: XLSX_MIME }))

  app.get('/indicators/:id/late-changes', {
    config: { permission: 'indicators.read' },
    schema: {
      tags, summary: '已关闭期间：冻结数与实时数，及关闭后对该期间记录的更正（谁、何时、改了什么）', params: IndicatorParams,
      querystring: LateChangesQuery, response: { 200: LateChangesDto },
    },
  }, async (req) => indicatorLateChanges(ctx(req), req.params.id, req.query))

  app.get('/indicators/:id/late-changes/export', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '导出已关闭期间的冻结数、实时数与关闭后的更正（.xlsx）', params: IndicatorParams, querystring: LateChangesQuery },
  }, async (req, reply) => sendDownload(reply, { ...await lateChangesWorkbook(ctx(req), req.params.id, req.query), mimeType: XLSX_MIME }))

  app.get('/indicators/periods', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '已关闭（或重开）的统计期间', response: { 200: Type.Array(PeriodDto) } },
  }, async (req) => listPeriods(ctx(req)))

  app.post('/indicators/periods/close', {
    config: { permission: 'indicators.manage' },
    schema: { tags, summary: '关闭季度或年度：冻结本辖区及下一级区域的全部指标', body: ClosePeriodInput, response: { 200: PeriodDto } },
  }, async (req) => closePeriod(ctx(req), req.body.period))

  app.post('/indicators/periods/reopen', {
    config: { permission: 'indicators.manage' },
    schema: { tags, summary: '重开已关闭的期间（须说明理由，记入审计）', body: ReopenPeriodInput, response: { 200: PeriodDto } },
  }, async (req) => reopenPeriod(ctx(req), req.body.period, req.body.reason))

  app.get('/indicators/scoreboard/:planId', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '方案计分板：每个目标的目标值、实时数、状态与期限', params: PlanParams, querystring: ScoreboardQuery, response: { 200: ScoreboardDto } },
  }, async (req) => planScoreboard(ctx(req), req.params.planId, req.query.year))

  app.get('/indicators/scoreboard/:planId/export', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '导出方案计分板（.xlsx）', params: PlanParams, querystring: ScoreboardQuery },
  }, async (req, reply) => sendDownload(reply, { ...await scoreboardWorkbook(ctx(req), req.params.planId, req.query.year), mimeType: XLSX_MIME }))

  app.post('/indicators/scoreboard/:planId/confirm-suggestions', {
    config: { permission: 'indicators.manage' },
    schema: { tags, summary: '确认系统建议的全部目标—指标绑定', params: PlanParams, response: { 200: Type.Object({ confirmed: Type.Integer() }) } },
  }, async (req) => confirmSuggestions(ctx(req), req.params.planId))

  app.put('/indicators/bindings/:targetId', {
    config: { permission: 'indicators.manage' },
    schema: { tags, summary: '将方案目标绑定到指标（或确认无指标，沿用单位报送）', params: TargetParams, body: BindingInput, response: { 200: Type.Object({ targetId: Type.String(), indicatorId: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (req) => bindTarget(ctx(req), req.params.targetId, req.body))

  app.get('/indicators/off-track', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '本年度未达标的方案目标（已过期限或进行中）', response: { 200: OffTrackDto } },
  }, async (req) => offTrackTargets(ctx(req)))
}
