import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { MarkReadInput, NotificationListDto } from '../../../shared/notifications'
import { signedIn } from '../../platform/http-hooks'
import { listNotifications, markRead, unreadCount } from '../../platform/notifications'

/** The bell: the caller's own and their unit's notifications. Reading them is not a business write. */
export const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/notifications', {
    config: { permission: 'authenticated' },
    schema: { tags: ['notifications'], summary: '我的通知（含未读数）', response: { 200: NotificationListDto } },
  }, async (req) => {
    const { db, account } = signedIn(req)
    const [rows, unread] = await Promise.all([listNotifications(db, account), unreadCount(db, account)])
    return {
      unread,
      items: rows.map(({ n, readAt }) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), read: Boolean(readAt) })),
    }
  })

  app.post('/notifications/read', {
    config: { permission: 'authenticated' },
    schema: { tags: ['notifications'], summary: '标记通知已读（ids 或 all）', body: MarkReadInput, response: { 200: Type.Object({ marked: Type.Integer() }) } },
  }, async (req) => {
    const { db, account } = signedIn(req)
    return { marked: await markRead(db, account, req.body.all ? 'all' : req.body.ids ?? []) }
  })
}
