import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from './config'
import type { Account, RequestContext, SignedInContext } from './context'
import type { Database } from './db'
import { AppError, forbidden, unauthorized } from './errors'
import { AUTHENTICATED, permissionsOf } from './permissions'
import { findLiveSession, hashToken, SESSION_COOKIE, touchSession } from './sessions'

declare module 'fastify' {
  interface FastifyRequest { ctx: RequestContext }
}

function bearerToken(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined
  return req.cookies?.[SESSION_COOKIE] || undefined
}

async function resolveAccount(db: Database, config: Config, req: FastifyRequest): Promise<Account | null> {
  const token = bearerToken(req)
  if (!token || token.length > 256) return null
  const tokenHash = hashToken(token)
  const session = await findLiveSession(db, config, tokenHash)
  if (!session) return null
  await touchSession(db, tokenHash, session.lastSeenAt)
  return { ...session.account, permissions: await permissionsOf(db, session.account.role), sessionTokenHash: tokenHash }
}

/**
 * The request path's platform half: build the context (who, from where), then check the route's
 * declared permission. Routes never check permissions themselves.
 */
export function registerRequestHooks(app: FastifyInstance, db: Database, config: Config) {
  app.decorateRequest('ctx', null as unknown as RequestContext)
  app.addHook('onRequest', async (req) => {
    req.ctx = { db, config, account: null, ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '') }
    const routeConfig = req.routeOptions.config
    if (routeConfig?.public && !routeConfig.permission) return
    req.ctx.account = await resolveAccount(db, config, req)
  })
  app.addHook('preValidation', async (req: FastifyRequest, _reply: FastifyReply) => {
    const { permission, public: isPublic, allowPendingPasswordChange } = req.routeOptions.config ?? {}
    if (isPublic || !permission) return
    const account = req.ctx.account
    if (!account) throw unauthorized('登录已失效，请重新登录')
    if (account.mustChangePassword && !allowPendingPasswordChange) {
      throw new AppError(403, 'password_change_required', '首次登录须先修改密码')
    }
    if (permission !== AUTHENTICATED && !account.permissions.has(permission)) throw forbidden()
  })
}

/** The context of a route that declares a permission: the hook above guarantees a signed-in account. */
export function signedIn(req: FastifyRequest): SignedInContext {
  if (!req.ctx.account) throw unauthorized('登录已失效，请重新登录')
  return req.ctx as SignedInContext
}
