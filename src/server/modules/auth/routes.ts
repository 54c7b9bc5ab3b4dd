import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ChangePasswordInput, LoginDto, LoginInput, MeDto } from '../../../shared/auth'
import { OkDto } from '../../../shared/common'
import { signedIn } from '../../platform/http-hooks'
import { SESSION_COOKIE } from '../../platform/sessions'
import { changePassword, describeAccount, login, logout } from './service'

const cookieOptions = (production: boolean, maxAgeSeconds?: number) =>
  ({ path: '/', httpOnly: true, sameSite: 'strict' as const, secure: production ? ('auto' as const) : false, maxAge: maxAgeSeconds })

export const authRoutes: FastifyPluginAsyncTypebox<{ loginRateLimit: number }> = async (app, options) => {
  app.post('/auth/login', {
    config: { public: true, rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], summary: '登录', security: [], body: LoginInput, response: { 200: LoginDto } },
  }, async (req, reply) => {
    const result = await login(req.ctx, req.body)
    const maxAge = Math.floor((Date.parse(result.expiresAt) - Date.now()) / 1000)
    reply.setCookie(SESSION_COOKIE, result.token, cookieOptions(req.ctx.config.production, maxAge))
    return result
  })

  app.post('/auth/logout', {
    config: { permission: 'authenticated', allowPendingPasswordChange: true },
    schema: { tags: ['auth'], summary: '退出登录（服务端注销会话）', response: { 200: OkDto } },
  }, async (req, reply) => {
    await logout(signedIn(req))
    reply.clearCookie(SESSION_COOKIE, cookieOptions(req.ctx.config.production))
    return { ok: true }
  })

  app.get('/me', {
    config: { permission: 'authenticated', allowPendingPasswordChange: true },
    schema: { tags: ['auth'], summary: '当前账号', response: { 200: MeDto } },
  }, async (req) => describeAccount(req.ctx, signedIn(req).account.id))

  app.post('/me/password', {
    config: { permission: 'authenticated', allowPendingPasswordChange: true },
    schema: { tags: ['auth'], summary: '修改密码', body: ChangePasswordInput, response: { 200: OkDto } },
  }, async (req) => {
    await changePassword(signedIn(req), req.body)
    return { ok: true }
  })
}
