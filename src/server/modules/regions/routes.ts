import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams, RegionCode } from '../../../shared/common'
import { AliasInput, RegionDetailDto, RegionTreeDto, UnitDto, UnitFilterQuery } from '../../../shared/regions'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn as ctx } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { unitsWorkbook } from './export'
import { addUnitAlias, getRegion, getRegionTree, getUnit, listUnits, removeUnitAlias } from './service'

const CodeParams = Type.Object({ code: RegionCode() }, { additionalProperties: false })
const AliasParams = Type.Object({ id: IdParams.properties.id, alias: Type.String({ minLength: 1, maxLength: 64, title: '别名' }) }, { additionalProperties: false })

export const regionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/regions', {
    config: { permission: 'regions.read' },
    schema: { tags: ['regions'], summary: '行政区划树（本账号范围内）', response: { 200: RegionTreeDto } },
  }, async (req) => getRegionTree(ctx(req)))

  app.get('/regions/:code', {
    config: { permission: 'regions.read' },
    schema: { tags: ['regions'], summary: '行政区划详情', params: CodeParams, response: { 200: RegionDetailDto } },
  }, async (req) => getRegion(ctx(req), req.params.code))

  app.get('/units', {
    config: { permission: 'units.read' },
    schema: { tags: ['units'], summary: '成员单位及别名', response: { 200: Type.Array(UnitDto) } },
  }, async (req) => listUnits(ctx(req)))

  app.get('/units/export', {
    config: { permission: 'units.read' },
    schema: { tags: ['units'], summary: '按类别、关键字导出成员单位（.xlsx，本账号范围内）', querystring: UnitFilterQuery },
  }, async (req, reply) => sendDownload(reply, { ...await unitsWorkbook(ctx(req), req.query), mimeType: XLSX_MIME }))

  app.get('/units/:id', {
    config: { permission: 'units.read' },
    schema: { tags: ['units'], summary: '单位详情', params: IdParams, response: { 200: UnitDto } },
  }, async (req) => getUnit(ctx(req), req.params.id))

  app.post('/units/:id/aliases', {
    config: { permission: 'units.manage' },
    schema: { tags: ['units'], summary: '添加单位别名', params: IdParams, body: AliasInput, response: { 201: UnitDto } },
  }, async (req, reply) => reply.code(201).send(await addUnitAlias(ctx(req), req.params.id, req.body.alias)))

  app.delete('/units/:id/aliases/:alias', {
    config: { permission: 'units.manage' },
    schema: { tags: ['units'], summary: '删除单位别名', params: AliasParams, response: { 200: UnitDto } },
  }, async (req) => removeUnitAlias(ctx(req), req.params.id, req.params.alias))
}
