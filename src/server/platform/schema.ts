import { sql } from 'drizzle-orm'
import { bigserial, boolean, customType, index, inet, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core'

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' })

/**
 * The platform's own tables: who may sign in (accounts, sessions), what each role may do
 * (role_permissions) and what happened (audit_log). Business modules keep their tables in
 * modules/<module>/schema.ts.
 */

export const accounts = pgTable('accounts', {
  id: uuid().primaryKey().defaultRandom(),
  username: varchar({ length: 64 }).notNull().unique(),
  displayName: varchar({ length: 64 }).notNull(),
  passwordHash: text().notNull(),
  /** One role per account: 三员分立 cannot be combined by construction. Null until the security admin assigns one. */
  role: varchar({ length: 32 }),
  /** 12-digit region code: the account sees this region's subtree. */
  regionCode: varchar({ length: 12 }).notNull(),
  /** Member unit for department staff: department data is further limited to this unit. */
  unitId: uuid(),
  phone: varchar({ length: 32 }),
  disabled: boolean().notNull().default(false),
  mustChangePassword: boolean().notNull().default(false),
  passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.regionCode)])

export const sessions = pgTable('sessions', {
  /** SHA-256 of the bearer token: a leaked table does not leak usable tokens. */
  tokenHash: varchar({ length: 64 }).primaryKey(),
  accountId: uuid().notNull().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  revokedAt: timestamp({ withTimezone: true }),
  ip: inet(),
  userAgent: varchar({ length: 256 }),
}, (t) => [index().on(t.accountId)])

/**
 * Failed logins by username, whether or not the account exists, so that the lock message
 * cannot reveal which usernames are real.
 */
export const loginThrottle = pgTable('login_throttle', {
  username: varchar({ length: 64 }).primaryKey(),
  failures: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  lastFailureAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

export const rolePermissions = pgTable('role_permissions', {
  role: varchar({ length: 32 }).notNull(),
  permission: varchar({ length: 64 }).notNull(),
}, (t) => [primaryKey({ columns: [t.role, t.permission] })])

/**
 * Permissions the code has introduced so far. A permission new to this table is granted to its default
 * roles once; after that the security admin's matrix is the truth (a removal is never undone by a restart).
 */
export const knownPermissions = pgTable('known_permissions', {
  permission: varchar({ length: 64 }).primaryKey(),
  introducedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/** Append-only and hash-chained: triggers (migration 0001) fill prevHash/hash and refuse UPDATE, DELETE, TRUNCATE. */
export const auditLog = pgTable('audit_log', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  at: timestamp({ withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  actorId: uuid(),
  actorUsername: varchar({ length: 64 }),
  actorRole: varchar({ length: 32 }),
  ip: varchar({ length: 64 }),
  action: varchar({ length: 64 }).notNull(),
  entityType: varchar({ length: 64 }),
  entityId: varchar({ length: 128 }),
  before: jsonb(),
  after: jsonb(),
  prevHash: varchar({ length: 64 }),
  hash: varchar({ length: 64 }),
}, (t) => [index().on(t.at), index().on(t.actorId), index().on(t.entityType, t.entityId), index().on(t.action)])

export type AccountRow = typeof accounts.$inferSelect
export type AuditRow = typeof auditLog.$inferSelect

/** Uploaded files, stored once by content (SHA-256) inside the database, so backups and scope cover them. */
export const storedFiles = pgTable('stored_files', {
  sha256: varchar({ length: 64 }).primaryKey(),
  size: integer().notNull(),
  mimeType: varchar({ length: 100 }).notNull(),
  content: bytea().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/**
 * In-platform notifications (the bell), addressed to a unit (every account of the unit sees it) or to one
 * account. `dedupeKey` makes scheduled reminders idempotent (one 7-day reminder per due date and unit).
 */
export const notifications = pgTable('notifications', {
  id: uuid().primaryKey().defaultRandom(),
  unitId: uuid(),
  accountId: uuid(),
  regionCode: varchar({ length: 12 }).notNull(),
  kind: varchar({ length: 32 }).notNull(),
  title: varchar({ length: 200 }).notNull(),
  body: text(),
  link: varchar({ length: 300 }),
  dedupeKey: varchar({ length: 200 }).unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.unitId, t.createdAt), index().on(t.accountId, t.createdAt)])

export const notificationReads = pgTable('notification_reads', {
  notificationId: uuid().notNull().references(() => notifications.id, { onDelete: 'cascade' }),
  accountId: uuid().notNull(),
  readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.notificationId, t.accountId] })])
