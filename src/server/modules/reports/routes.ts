import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { RegionCode, Uuid } from '../../../shared/common'
import { signedIn as ctx } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { planProgressDocx } from './plan-progress'
import { selfInspectionDocx } from './service'
import { unitReportDocx } from './unit-report'
import { yearEndDocx } from './year-end'

const Year = Type.Optional(Type.Integer({ title: '年度', minimum: 2000, maximum: 2100 }))

/** Reports that write themselves (.docx, GB/T 9704): every figure from the records, the rest left as 【待填写】. */
export const officialReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/reports/self-inspection', {
    config: { permission: 'indicators.read' },
    schema: {
      tags: ['reports'], summary: '自查报告 .docx：数字由系统记录生成，无法得知的内容留作【待填写】',
      querystring: Type.Object({ region: Type.Optional(RegionCode('区域')), year: Year }, { additionalProperties: false }),
    },
  }, async (req, reply) => sendDownload(reply, await selfInspectionDocx(ctx(req), req.query)))

  app.get('/reports/plan-progress', {
    config: { permission: 'indicators.read' },
    schema: {
      tags: ['reports'], summary: '方案季度工作进展报告 .docx：各任务牵头单位、状态、本季度最近一次报送与量化目标',
      querystring: Type.Object({
        planId: Uuid('工作方案'), year: Year, quarter: Type.Optional(Type.Integer({ title: '季度', minimum: 1, maximum: 4 })),
      }, { additionalProperties: false }),
    },
  }, async (req, reply) => sendDownload(reply, await planProgressDocx(ctx(req), req.query)))

  app.get('/reports/year-end', {
    config: { permission: 'indicators.read' },
    schema: {
      tags: ['reports'], summary: '年度工作总结 .docx：方案完成情况、各项工作数字、主要指标与上年对比、未达标目标',
      querystring: Type.Object({ region: Type.Optional(RegionCode('区域')), year: Year }, { additionalProperties: false }),
    },
  }, async (req, reply) => sendDownload(reply, await yearEndDocx(ctx(req), req.query)))

  app.get('/reports/unit', {
    config: { permission: 'indicators.read' },
    schema: {
      tags: ['reports'], summary: '单位考核报告 .docx：单位承担的任务、各期报送是否按时、量化目标与考核得分',
      querystring: Type.Object({ planId: Uuid('工作方案'), unitId: Uuid('单位') }, { additionalProperties: false }),
    },
  }, async (req, reply) => sendDownload(reply, await unitReportDocx(ctx(req), req.query)))
}
