import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { BreakdownDto, BreakdownQuery, IndicatorDefinitionDto, IndicatorParams, IndicatorRecordsDto, IndicatorRecordsQuery, IndicatorsDto, IndicatorsQuery } from '../../../shared/indicators'
import { signedIn as ctx } from '../../platform/http-hooks'
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

  app.get('/indicators/:id/records', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '指标分子或分母所含的记录（条数或金额之和等于该数）', params: IndicatorParams, querystring: IndicatorRecordsQuery, response: { 200: IndicatorRecordsDto } },
  }, async (req) => indicatorRecords(ctx(req), req.params.id, req.query))

  app.get('/indicators/:id/breakdown', {
    config: { permission: 'indicators.read' },
    schema: { tags, summary: '指标按月或按下一级区域分列', params: IndicatorParams, querystring: BreakdownQuery, response: { 200: BreakdownDto } },
  }, async (req) => indicatorBreakdown(ctx(req), req.params.id, req.query, req.query.by))
}
