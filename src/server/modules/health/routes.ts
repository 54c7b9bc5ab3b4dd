import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { sql } from 'drizzle-orm'

const HealthDto = Type.Object({ status: Type.String(), database: Type.String(), version: Type.String() })

export const healthRoutes: FastifyPluginAsyncTypebox<{ databaseKind: 'embedded' | 'external' }> = async (app, options) => {
  app.get('/health', {
    config: { public: true },
    schema: { tags: ['system'], summary: '健康检查', response: { 200: HealthDto, 503: HealthDto } },
  }, async (req, reply) => {
    try {
      await req.ctx.db.execute(sql`SELECT 1`)
      return { status: 'ok', database: options.databaseKind, version: req.ctx.config.version }
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: options.databaseKind, version: req.ctx.config.version })
    }
  })
}
