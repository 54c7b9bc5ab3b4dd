import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { RegionCode } from '../../../shared/common'
import { signedIn as ctx } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { selfInspectionDocx } from './service'

/** Reports that write themselves: the 自查报告 now; quarterly progress and the year-end summary next. */
export const officialReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/reports/self-inspection', {
    config: { permission: 'indicators.read' },
    schema: {
      tags: ['reports'], summary: '自查报告 .docx：数字由系统记录生成，无法得知的内容留作【待填写】',
      querystring: Type.Object({ region: Type.Optional(RegionCode('区域')), year: Type.Optional(Type.Integer({ title: '年度', minimum: 2000, maximum: 2100 })) }, { additionalProperties: false }),
    },
  }, async (req, reply) => sendDownload(reply, await selfInspectionDocx(ctx(req), req.query)))
}
