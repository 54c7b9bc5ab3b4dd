import cookie from '@fastify/cookie'
import helmet from '@fastify/helmet'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import fs from 'node:fs'
import path from 'node:path'
import type { Config } from './platform/config'
import type { Database } from './platform/db'
import { registerErrorHandler } from './platform/error-handler'
import { ROOT } from './platform/paths'
import { registerRequestHooks } from './platform/http-hooks'
import { requireDeclaredPermissions } from './platform/permissions'
import { accountRoutes } from './modules/accounts/routes'
import { auditRoutes } from './modules/audit/routes'
import { authRoutes } from './modules/auth/routes'
import { healthRoutes } from './modules/health/routes'
import { regionRoutes } from './modules/regions/routes'
import { notificationRoutes } from './modules/notifications/routes'
import { roleRoutes } from './modules/roles/routes'
import { reportRoutes } from './modules/work-plans/report-routes'
import { workPlanRoutes } from './modules/work-plans/routes'
import { assessmentRoutes } from './modules/work-plans/assessment-routes'
import { supervisionRoutes } from './modules/work-plans/supervision-routes'
import { entityRoutes } from './modules/entities/routes'
import { selfInspectionRoutes } from './modules/entities/self-inspection-routes'
import { caseRoutes } from './modules/cases/routes'
import { drawRoutes } from './modules/inspections/draws/routes'
import { inspectionRoutes } from './modules/inspections/routes'
import { inspectionPlanRoutes } from './modules/inspections/plan/routes'
import { testRequestRoutes } from './modules/sampling/requests/routes'
import { testItemRoutes } from './modules/sampling/catalogue/routes'
import { sampleRoutes } from './modules/sampling/samples/routes'
import { samplingPlanRoutes } from './modules/sampling/plans/routes'
import { rapidTestRoutes } from './modules/sampling/rapid-tests/routes'
import { samplingFigureRoutes } from './modules/sampling/figures/routes'
import { disposalRoutes } from './modules/sampling/disposals/routes'
import { indicatorRoutes } from './modules/indicators/routes'
import { officialReportRoutes } from './modules/reports/routes'
import { dashboardRoutes } from './modules/dashboard/routes'

export const webDist = path.join(ROOT, 'dist/web')

export interface AppOptions {
  db: Database
  config: Config
  databaseKind: 'embedded' | 'external'
  logger?: boolean
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, config } = options
  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false } },
  })
  app.setValidatorCompiler(TypeBoxValidatorCompiler)
  requireDeclaredPermissions(app)

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'], fontSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
        frameAncestors: ["'none'"], objectSrc: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.production,
  })
  await app.register(cookie)
  await app.register(rateLimit, { global: false })
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10 } })
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Shian 食安 API', version: config.version, description: '县食品安全委员会办公室工作平台接口' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })

  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'))
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: 'index.html' })
  registerErrorHandler(app, { spaFallback: hasWeb })
  registerRequestHooks(app, db, config)

  await app.register(async (api) => {
    await api.register(healthRoutes, { databaseKind: options.databaseKind })
    await api.register(authRoutes, { loginRateLimit: config.loginRateLimit })
    await api.register(regionRoutes)
    await api.register(accountRoutes)
    await api.register(roleRoutes)
    await api.register(auditRoutes)
    await api.register(workPlanRoutes)
    await api.register(reportRoutes)
    await api.register(supervisionRoutes)
    await api.register(assessmentRoutes)
    await api.register(notificationRoutes)
    await api.register(entityRoutes)
    await api.register(selfInspectionRoutes)
    await api.register(caseRoutes)
    await api.register(drawRoutes)
    await api.register(inspectionRoutes)
    await api.register(inspectionPlanRoutes)
    await api.register(testRequestRoutes)
    await api.register(testItemRoutes)
    await api.register(sampleRoutes)
    await api.register(samplingPlanRoutes)
    await api.register(rapidTestRoutes)
    await api.register(samplingFigureRoutes)
    await api.register(disposalRoutes)
    await api.register(indicatorRoutes)
    await api.register(officialReportRoutes)
    await api.register(dashboardRoutes)
  }, { prefix: '/api' })

  return app
}
