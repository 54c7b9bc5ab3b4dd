import { and, arrayContains, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../../platform/db'
import { testItems, type TestItemRow } from '../schema'

/** The catalogue is county-wide reference data: no region column, every signed-in reader sees it. */
export interface TestItemFilters { category?: string; q?: string; includeInactive?: boolean }

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export function listTestItems(db: Executor, f: TestItemFilters) {
  const conditions: (SQL | undefined)[] = [
    f.includeInactive ? undefined : eq(testItems.active, true),
    // A row listing no category applies to every food (the report accepts it for any sample).
    f.category ? or(arrayContains(testItems.categories, [f.category]), sql`cardinality(${testItems.categories}) = 0`) : undefined,
    f.q ? or(ilike(testItems.name, `%${escapeLike(f.q)}%`), ilike(testItems.foodScope, `%${escapeLike(f.q)}%`)) : undefined,
  ]
  return db.select().from(testItems).where(and(...conditions)).orderBy(asc(testItems.group), asc(testItems.name), asc(testItems.foodScope)).limit(2000)
}

export const findTestItem = (db: Executor, id: string) =>
  db.select().from(testItems).where(eq(testItems.id, id)).then(([r]) => r as TestItemRow | undefined)

export const findTestItemsByIds = (db: Executor, ids: string[]) =>
  ids.length ? db.select().from(testItems).where(inArray(testItems.id, ids)) : Promise.resolve([] as TestItemRow[])

/** Active rows of one name (the import matches an item by name and the sample's food category). */
export const activeItemsNamed = (db: Executor, names: string[]) =>
  names.length ? db.select().from(testItems).where(and(eq(testItems.active, true), inArray(testItems.name, names))) : Promise.resolve([] as TestItemRow[])

export const findByNameAndScope = (db: Executor, name: string, foodScope: string) =>
  db.select({ id: testItems.id }).from(testItems).where(and(eq(testItems.name, name), eq(testItems.foodScope, foodScope))).then((rows) => rows.map((r) => r.id))

export const insertTestItem = (db: Executor, row: typeof testItems.$inferInsert) =>
  db.insert(testItems).values(row).returning().then(([r]) => r)

export const updateTestItem = (db: Executor, id: string, row: Partial<typeof testItems.$inferInsert>) =>
  db.update(testItems).set(row).where(eq(testItems.id, id)).returning().then(([r]) => r)

/** Seed rows by seedKey, never touching a row that exists (the office's corrections stay). */
export const insertSeedRows = (db: Executor, rows: (typeof testItems.$inferInsert)[]) =>
  db.insert(testItems).values(rows).onConflictDoNothing({ target: testItems.seedKey }).returning({ id: testItems.id }).then((r) => r.length)
