import type { FastifyError, FastifyInstance } from 'fastify'
import { AppError } from './errors'
import { validationMessage } from './validation'

type Schemas = Record<string, unknown>

/** Known framework errors, answered in Chinese with the status the framework chose. */
const frameworkMessages: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: '请求体不是有效的 JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体不能为空',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求体过大',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的请求内容类型',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求长度不正确',
  FST_ERR_BAD_URL: '请求地址不正确',
  FST_ERR_ASYNC_CONSTRAINT: '请求地址不正确',
  FST_INVALID_MULTIPART_CONTENT_TYPE: '请以 multipart/form-data 上传文件',
  FST_REQ_FILE_TOO_LARGE: '文件过大',
  FST_FILES_LIMIT: '一次只能上传一个文件',
  FST_PARTS_LIMIT: '上传的字段过多',
  FST_FIELDS_LIMIT: '上传的字段过多',
}

/**
 * The one error handler: AppError and schema failures become `{ code, message }` with a Chinese message;
 * anything unexpected is logged with its stack and answered as a plain 500 without details.
 */
export function registerErrorHandler(app: FastifyInstance, options: { spaFallback: boolean }) {
  app.setErrorHandler((error: FastifyError & { validationContext?: string }, req, reply) => {
    if (error instanceof AppError) {
      return reply.code(error.status).send({ code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) })
    }
    if (error.validation) {
      const context = error.validationContext ?? 'body'
      const schemas = (req.routeOptions.schema ?? {}) as Schemas
      return reply.code(400).send({ code: 'invalid_input', message: validationMessage(error.validation, context, schemas[context]) })
    }
    if (error.code === 'FST_ERR_RATE_LIMIT' || error.statusCode === 429) {
      return reply.code(429).send({ code: 'too_many_requests', message: '请求过于频繁，请稍后再试' })
    }
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ code: 'bad_request', message: frameworkMessages[error.code] ?? '请求格式不正确' })
    }
    req.log.error({ err: error }, 'unhandled error')
    if (process.env.SHIAN_DEBUG_ERRORS) console.error(error)
    return reply.code(500).send({ code: 'internal', message: '服务器内部错误，请联系系统管理员' })
  })
  app.setNotFoundHandler((req, reply) => {
    // The web UI's client-side routes (/regions, /accounts …) are answered by its index.html.
    // A missing /assets file (an old page asking for a replaced bundle) is a 404, not the page itself.
    if (options.spaFallback && req.method === 'GET' && !req.url.startsWith('/api') && !req.url.startsWith('/assets/')) {
      return reply.type('text/html').sendFile('index.html')
    }
    reply.code(404).send({ code: 'not_found', message: `接口不存在：${req.method} ${req.url.split('?')[0].slice(0, 200)}` })
  })
}
