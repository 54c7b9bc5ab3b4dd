import { Type, type Static } from 'typebox'

export const NotificationDto = Type.Object({
  id: Type.String(), kind: Type.String(), title: Type.String(), body: Type.Union([Type.String(), Type.Null()]),
  link: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String(), read: Type.Boolean(),
})
export type NotificationDto = Static<typeof NotificationDto>
export const NotificationListDto = Type.Object({ unread: Type.Integer(), items: Type.Array(NotificationDto) })
export type NotificationListDto = Static<typeof NotificationListDto>
export const MarkReadInput = Type.Object({
  ids: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 200, title: '通知' })),
  all: Type.Optional(Type.Boolean({ title: '全部' })),
}, { additionalProperties: false })
export type MarkReadInput = Static<typeof MarkReadInput>
