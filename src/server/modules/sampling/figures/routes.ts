import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FiguresDto, FiguresQuery } from '../../../../shared/sampling-figures'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { samplingFigures } from './service'

/** 抽检与快检 figures (批次/千人, 合格率, 核查处置, 快检 by item, 瘦肉精) of a region subtree and period. */
export const samplingFigureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/sampling/figures', {
    config: { permission: 'sampling.read' },
    schema: { tags: ['sampling'], summary: '抽检与快检指标：每项含分子、分母，及下一级区域分列', querystring: FiguresQuery, response: { 200: FiguresDto } },
  }, async (req) => samplingFigures(ctx(req), req.query))
}
