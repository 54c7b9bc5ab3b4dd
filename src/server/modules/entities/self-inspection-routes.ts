import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { SelfInspectionDto, SelfInspectionInput, SelfInspectionRateDto } from '../../../shared/entities'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn as ctx } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { selfInspectionRatesWorkbook } from './self-inspection-export'
import { getMySelfInspection, saveMySelfInspection, selfInspectionRates } from './service/self-inspection'

const tags = ['self-inspections']
const Period = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', title: '自查月份' })
const RatesQuery = Type.Object({
  period: Type.String({ pattern: '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$', title: '统计期间', description: '月（2026-06）、季度（2026-Q2）或年（2026）' }),
  region: Type.Optional(Type.String({ pattern: '^[0-9]{12}$', title: '区域' })),
}, { additionalProperties: false })

export const selfInspectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/self-inspections/mine', {
    config: { permission: 'selfinspection.fill' },
    schema: { tags, summary: '本企业某月的自查表', querystring: Type.Object({ period: Type.Optional(Period) }, { additionalProperties: false }), response: { 200: SelfInspectionDto } },
  }, async (req) => getMySelfInspection(ctx(req), req.query.period))

  app.put('/self-inspections/mine', {
    config: { permission: 'selfinspection.fill' },
    schema: { tags, summary: '保存或提交本企业某月的自查（提交即自查报告）', body: SelfInspectionInput, response: { 200: SelfInspectionDto } },
  }, async (req) => saveMySelfInspection(ctx(req), req.body))

  app.get('/self-inspections/rates', {
    config: { permission: 'entities.read' },
    schema: {
      tags, summary: '企业自查率、自查报告率（按下级区划；季度、年度按每月一次计）',
      querystring: RatesQuery,
      response: { 200: SelfInspectionRateDto },
    },
  }, async (req) => selfInspectionRates(ctx(req), req.query.period, req.query.region))

  app.get('/self-inspections/rates/export', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '导出企业自查率（.xlsx，与页面同一期间、区域）', querystring: RatesQuery },
  }, async (req, reply) => sendDownload(reply, { ...await selfInspectionRatesWorkbook(ctx(req), req.query.period, req.query.region), mimeType: XLSX_MIME }))
}
