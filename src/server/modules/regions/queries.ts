import { and, asc, eq, inArray, like, or } from 'drizzle-orm'
import type { Account } from '../../platform/context'
import type { Executor } from '../../platform/db'
import { inScope } from '../../platform/scope'
import { regions, unitAliases, units } from './schema'

export const listRegionsInScope = (db: Executor, account: Pick<Account, 'regionCode'>) =>
  db.select().from(regions).where(inScope(regions.code, account)).orderBy(asc(regions.sortOrder), asc(regions.code))

/** Code, name and level of the regions of these levels under a code prefix ('' for all): what the public may name. */
export const listRegionsOfLevels = (db: Executor, prefix: string, levels: string[]) =>
  db.select({ code: regions.code, name: regions.name, level: regions.level }).from(regions)
    .where(and(inArray(regions.level, levels), like(regions.code, `${prefix}%`))).orderBy(asc(regions.sortOrder), asc(regions.code))

export const findRegionInScope = (db: Executor, account: Pick<Account, 'regionCode'>, code: string) =>
  db.select().from(regions).where(and(eq(regions.code, code), inScope(regions.code, account))).then(([row]) => row)

export const findRegionsByCodes = (db: Executor, codes: string[]) =>
  codes.length ? db.select().from(regions).where(inArray(regions.code, codes)) : Promise.resolve([])

export const listChildren = (db: Executor, code: string) =>
  db.select().from(regions).where(eq(regions.parentCode, code)).orderBy(asc(regions.sortOrder))

export const countChildren = (db: Executor, code: string) =>
  db.$count(regions, eq(regions.parentCode, code))

/** County-wide units (office, member units) and the stations/offices inside the caller's subtree. */
export const listUnitsInScope = (db: Executor, account: Pick<Account, 'regionCode'>) =>
  db.select({ unit: units, regionName: regions.name }).from(units).innerJoin(regions, eq(regions.code, units.regionCode))
    .where(or(inArray(units.kind, ['office', 'member']), inScope(units.regionCode, account)))
    .orderBy(asc(units.sortOrder), asc(units.code))

export const findUnitInScope = (db: Executor, account: Pick<Account, 'regionCode'>, id: string) =>
  db.select({ unit: units, regionName: regions.name }).from(units).innerJoin(regions, eq(regions.code, units.regionCode))
    .where(and(eq(units.id, id), or(inArray(units.kind, ['office', 'member']), inScope(units.regionCode, account))))
    .then(([row]) => row)

export const listAliases = (db: Executor, unitIds: string[]) =>
  unitIds.length ? db.select().from(unitAliases).where(inArray(unitAliases.unitId, unitIds)).orderBy(asc(unitAliases.alias)) : Promise.resolve([])

export const findAliasOwner = (db: Executor, alias: string) =>
  db.select({ unitId: unitAliases.unitId, unitName: units.name }).from(unitAliases).innerJoin(units, eq(units.id, unitAliases.unitId))
    .where(eq(unitAliases.alias, alias)).then(([row]) => row)

export const findUnitByName = (db: Executor, name: string) =>
  db.select().from(units).where(eq(units.name, name)).then(([row]) => row)

export const insertAlias = (db: Executor, unitId: string, alias: string) =>
  db.insert(unitAliases).values({ unitId, alias }).returning().then(([row]) => row)

export const deleteAlias = (db: Executor, unitId: string, alias: string) =>
  db.delete(unitAliases).where(and(eq(unitAliases.unitId, unitId), eq(unitAliases.alias, alias))).returning().then(([row]) => row)

export const findUnitsByIds = (db: Executor, ids: string[]) =>
  ids.length ? db.select().from(units).where(inArray(units.id, ids)) : Promise.resolve([])

export const insertRegions = (db: Executor, rows: (typeof regions.$inferInsert)[]) =>
  db.insert(regions).values(rows).onConflictDoNothing()

export const insertUnit = (db: Executor, row: typeof units.$inferInsert) =>
  db.insert(units).values(row).onConflictDoNothing().returning().then(async ([saved]) =>
    saved ?? (await db.select().from(units).where(eq(units.code, row.code)))[0])

export const insertAliases = (db: Executor, rows: { unitId: string; alias: string }[]) =>
  rows.length ? db.insert(unitAliases).values(rows).onConflictDoNothing() : Promise.resolve()

export const countRegions = (db: Executor) => db.$count(regions)

export const findUnitByCode = (db: Executor, code: string) =>
  db.select().from(units).where(eq(units.code, code)).then(([row]) => row)

/** A unit by its official name or one of its aliases. */
export const findUnitByNameOrAlias = async (db: Executor, name: string) => {
  const [byName] = await db.select().from(units).where(eq(units.name, name))
  if (byName) return byName
  const [byAlias] = await db.select({ unit: units }).from(unitAliases).innerJoin(units, eq(units.id, unitAliases.unitId)).where(eq(unitAliases.alias, name))
  return byAlias?.unit
}

export const listUnitsOfKinds = (db: Executor, kinds: string[], account: Pick<Account, 'regionCode'>) =>
  db.select().from(units).where(and(inArray(units.kind, kinds), inScope(units.regionCode, account))).orderBy(asc(units.sortOrder))

export const listUnitsOfKindsIn = (db: Executor, kinds: string[], regionCodes: string[]) =>
  db.select().from(units).where(and(inArray(units.kind, kinds), inArray(units.regionCode, regionCodes)))
