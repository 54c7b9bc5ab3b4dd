import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db'
import { supervisionNotices } from './schema'

export type NoticeRow = typeof supervisionNotices.$inferSelect

export const nextSerial = (db: Executor, planId: string) =>
  db.select({ n: sql<number>`coalesce(max(${supervisionNotices.serial}), 0)::int + 1` }).from(supervisionNotices).where(eq(supervisionNotices.planId, planId)).then(([r]) => r.n)

export const insertNotice = (db: Executor, row: typeof supervisionNotices.$inferInsert) => db.insert(supervisionNotices).values(row).returning().then(([r]) => r)
export const findNotice = (db: Executor, id: string) => db.select().from(supervisionNotices).where(eq(supervisionNotices.id, id)).then(([r]) => r)
export const noticesOfPlans = (db: Executor, planIds: string[]) =>
  planIds.length ? db.select().from(supervisionNotices).where(inArray(supervisionNotices.planId, planIds)).orderBy(desc(supervisionNotices.issuedAt)) : Promise.resolve([])
export const noticesOfUnit = (db: Executor, planIds: string[], unitId: string) =>
  planIds.length ? db.select().from(supervisionNotices).where(and(inArray(supervisionNotices.planId, planIds), eq(supervisionNotices.unitId, unitId))).orderBy(desc(supervisionNotices.issuedAt)) : Promise.resolve([])
export const replyToNotice = (db: Executor, id: string, replyText: string, repliedAt: Date, repliedBy: string) =>
  db.update(supervisionNotices).set({ replyText, repliedAt, repliedBy }).where(eq(supervisionNotices.id, id)).returning().then(([r]) => r)
