import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FiguresDto, FiguresQuery } from '../../../../shared/sampling-figures'
import { XLSX_MIME } from '../../../platform/excel-table'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { sendDownload } from '../../../platform/uploads'
import { FiguresTableParams, figuresWorkbook } from './export'
import { samplingFigures } from './service'

/** 抽检与快检 figures (批次/千人, 合格率, 核查处置, 快检 by item, 瘦肉精) of a region subtree and period. */
export const samplingFigureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/sampling/figures', {
    config: { permission: 'sampling.read' },
    schema: { tags: ['sampling'], summary: '抽检与快检指标：每项含分子、分母，及下一级区域分列', querystring: FiguresQuery, response: { 200: FiguresDto } },
  }, async (req) => samplingFigures(ctx(req), req.query))

  app.get('/sampling/figures/export/:table', {
    config: { permission: 'sampling.read' },
    schema: { tags: ['sampling'], summary: '导出抽检与快检指标表或分区域表（.xlsx），条件同指标查询', params: FiguresTableParams, querystring: FiguresQuery },
  }, async (req, reply) => sendDownload(reply, { ...await figuresWorkbook(ctx(req), req.params, req.query), mimeType: XLSX_MIME }))
}
