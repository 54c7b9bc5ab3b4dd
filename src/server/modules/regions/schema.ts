import { index, integer, pgTable, uuid, varchar } from 'drizzle-orm/pg-core'

/** Administrative regions with 12-digit statistical codes (6 county + 3 township + 3 village). */
export const regions = pgTable('regions', {
  code: varchar({ length: 12 }).primaryKey(),
  name: varchar({ length: 64 }).notNull(),
  level: varchar({ length: 16 }).notNull(), // county | township | village
  parentCode: varchar({ length: 12 }),
  population: integer().notNull().default(0),
  /** 城乡分类代码 (111 … 220) for village-level units. */
  urbanRuralClass: varchar({ length: 3 }),
  sortOrder: integer().notNull().default(0),
}, (t) => [index().on(t.parentCode)])

/** Committee member units, market supervision stations and township offices. */
export const units = pgTable('units', {
  id: uuid().primaryKey().defaultRandom(),
  code: varchar({ length: 32 }).notNull().unique(),
  name: varchar({ length: 64 }).notNull().unique(),
  shortName: varchar({ length: 32 }).notNull(),
  kind: varchar({ length: 24 }).notNull(), // office | member | market_station | township_office
  regionCode: varchar({ length: 12 }).notNull().references(() => regions.code),
  parentId: uuid(),
  sortOrder: integer().notNull().default(0),
}, (t) => [index().on(t.regionCode)])

/** Other names plans use for a unit (县市场监管局 = 市场监管局 = 县市场监督管理局); an alias names one unit. */
export const unitAliases = pgTable('unit_aliases', {
  alias: varchar({ length: 64 }).primaryKey(),
  unitId: uuid().notNull().references(() => units.id, { onDelete: 'cascade' }),
}, (t) => [index().on(t.unitId)])

export type RegionRow = typeof regions.$inferSelect
export type UnitRow = typeof units.$inferSelect
