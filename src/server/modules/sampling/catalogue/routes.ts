import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '../../../../shared/common'
import { TestItemDto, TestItemInput, TestItemListDto, TestItemListQuery } from '../../../../shared/sampling'
import { signedIn as ctx } from '../../../platform/http-hooks'
import { createTestItem, listTestItems, updateTestItem } from './service'

const tags = ['sampling']

export const testItemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/test-items', {
    config: { permission: 'sampling.read' },
    schema: { tags, summary: '检验项目与限量目录（按食品类别、关键词筛选）', querystring: TestItemListQuery, response: { 200: TestItemListDto } },
  }, async (req) => listTestItems(ctx(req), req.query))

  app.post('/test-items', {
    config: { permission: 'sampling.manage' },
    schema: { tags, summary: '新增检验项目（限量与依据标准）', body: TestItemInput, response: { 201: TestItemDto } },
  }, async (req, reply) => reply.code(201).send(await createTestItem(ctx(req), req.body)))

  app.put('/test-items/:id', {
    config: { permission: 'sampling.manage' },
    schema: { tags, summary: '修改检验项目（已录入的结果保留当时的限量）', params: IdParams, body: TestItemInput, response: { 200: TestItemDto } },
  }, async (req) => updateTestItem(ctx(req), req.params.id, req.body))
}
