import { date, index, numeric, pgTable, primaryKey, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core'
import { accounts } from '../../platform/schema'

/**
 * Plan targets bound to indicators, and closed periods with their frozen figures. Keys to plan_targets and
 * regions are added by hand in the migration (a module never imports another module's tables).
 */

/** A plan target bound to an indicator: Shian suggests, the office confirms or picks another (or none). */
export const targetBindings = pgTable('target_bindings', {
  targetId: uuid().primaryKey(),
  planId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  /** Null: confirmed as having no indicator (the unit-reported figure stands). */
  indicatorId: varchar({ length: 64 }),
  confirmedBy: uuid().notNull().references(() => accounts.id),
  confirmedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.planId)])

/** A quarter or year the office has closed: its figures are frozen in indicator_snapshots. */
export const indicatorPeriods = pgTable('indicator_periods', {
  id: uuid().primaryKey().defaultRandom(),
  /** The region whose office closed it (its whole subtree is frozen). */
  regionCode: varchar({ length: 12 }).notNull(),
  /** 2026 or 2026-Q3. */
  period: varchar({ length: 7 }).notNull(),
  fromOn: date({ mode: 'string' }).notNull(),
  toOn: date({ mode: 'string' }).notNull(),
  /** closed | reopened */
  status: varchar({ length: 8 }).notNull(),
  closedAt: timestamp({ withTimezone: true }).notNull(),
  closedBy: uuid().notNull().references(() => accounts.id),
  reopenedAt: timestamp({ withTimezone: true }),
  reopenedBy: uuid().references(() => accounts.id),
  reopenReason: varchar({ length: 300 }),
}, (t) => [unique().on(t.regionCode, t.period)])

/** One frozen figure: an indicator for one region (the closing region and each township below it). */
export const indicatorSnapshots = pgTable('indicator_snapshots', {
  periodId: uuid().notNull().references(() => indicatorPeriods.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  indicatorId: varchar({ length: 64 }).notNull(),
  numerator: numeric({ mode: 'number' }),
  denominator: numeric({ mode: 'number' }),
  value: numeric({ mode: 'number' }),
}, (t) => [primaryKey({ columns: [t.periodId, t.regionCode, t.indicatorId] })])
