import type { RegionDetailDto, UnitDto } from '../../../shared/regions'
import { writeAudit } from '../../platform/audit'
import type { SignedInContext } from '../../platform/context'
import { conflict, notFound } from '../../platform/errors'
import type { Executor } from '../../platform/db'
import { regionPrefix } from '../../platform/scope'
import * as q from './queries'
import { toRegionDto, toRegionTree, toUnitDto } from './presenter'

export async function getRegionTree(ctx: SignedInContext) {
  return toRegionTree(await q.listRegionsInScope(ctx.db, ctx.account))
}

export async function getRegion(ctx: SignedInContext, code: string): Promise<RegionDetailDto> {
  const region = await q.findRegionInScope(ctx.db, ctx.account, code)
  if (!region) throw notFound('行政区划')
  // The path from the county down; ancestors are shown by name even above the caller's own region.
  const prefix = regionPrefix(code)
  const ancestorCodes = [prefix.slice(0, 6).padEnd(12, '0'), prefix.slice(0, 9).padEnd(12, '0')].filter((c) => c !== code)
  const ancestors = await q.findRegionsByCodes(ctx.db, [...new Set(ancestorCodes)])
  const path = [...ancestors.sort((a, b) => a.code.localeCompare(b.code)), region].map((r) => ({ code: r.code, name: r.name }))
  return {
    ...toRegionDto(region),
    parentName: ancestors.find((a) => a.code === region.parentCode)?.name ?? null,
    childCount: await q.countChildren(ctx.db, code),
    path,
  }
}

/** The region if it exists inside the caller's scope (for validating a region the caller picks). */
export const findRegionInScope = (ctx: SignedInContext, code: string) => q.findRegionInScope(ctx.db, ctx.account, code)

/** The unit if it exists and the caller may see it. */
export const findUnitInScope = (ctx: SignedInContext, id: string) => q.findUnitInScope(ctx.db, ctx.account, id).then((r) => r?.unit)

/** The children of a region inside the caller's scope, or null when the region is out of scope. */
export async function listRegionChildren(ctx: SignedInContext, code: string) {
  const region = await q.findRegionInScope(ctx.db, ctx.account, code)
  return region ? q.listChildren(ctx.db, code) : null
}

/** Every region inside the caller's scope. */
export const listRegionsInScope = (ctx: Pick<SignedInContext, 'db' | 'account'>) => q.listRegionsInScope(ctx.db, ctx.account)

/**
 * The regions a visitor without an account may name (你点我检): the counties and townships of one county, or
 * of the whole deployment without one. Code, name and level only; villages are left out (people name the
 * township they live in).
 */
export const publicRegionChoices = (db: Executor, countyCode?: string) =>
  q.listRegionsOfLevels(db, countyCode ? regionPrefix(countyCode) : '', ['county', 'township'])

/** Codes of the villages (and communities) inside the caller's scope: where an entity may be registered. */
export const villageCodesInScope = (ctx: Pick<SignedInContext, 'db' | 'account'>) =>
  q.listRegionsInScope(ctx.db, ctx.account).then((rows) => new Set(rows.filter((r) => r.level === 'village').map((r) => r.code)))

/** Looks up region names for codes the caller may already see (used to label accounts and units). */
export async function regionNames(ctx: Pick<SignedInContext, 'db'>, codes: string[]) {
  const rows = await q.findRegionsByCodes(ctx.db, [...new Set(codes)])
  return new Map(rows.map((r) => [r.code, r.name]))
}

export async function unitNames(ctx: Pick<SignedInContext, 'db'>, ids: string[]) {
  const rows = await q.findUnitsByIds(ctx.db, [...new Set(ids)])
  return new Map(rows.map((u) => [u.id, u.name]))
}

export async function listUnits(ctx: SignedInContext): Promise<UnitDto[]> {
  const rows = await q.listUnitsInScope(ctx.db, ctx.account)
  const aliases = await q.listAliases(ctx.db, rows.map((r) => r.unit.id))
  return rows.map((r) => toUnitDto(r.unit, r.regionName, aliases.filter((a) => a.unitId === r.unit.id).map((a) => a.alias)))
}

export async function getUnit(ctx: SignedInContext, id: string): Promise<UnitDto> {
  const row = await q.findUnitInScope(ctx.db, ctx.account, id)
  if (!row) throw notFound('单位')
  const aliases = await q.listAliases(ctx.db, [id])
  return toUnitDto(row.unit, row.regionName, aliases.map((a) => a.alias))
}

/** Remembers another name for a unit; a name can point to one unit only. */
export async function addUnitAlias(ctx: SignedInContext, id: string, rawAlias: string): Promise<UnitDto> {
  const alias = rawAlias.trim()
  await ctx.db.transaction(async (tx) => {
    const row = await q.findUnitInScope(tx, ctx.account, id)
    if (!row) throw notFound('单位')
    const owner = await q.findAliasOwner(tx, alias)
    if (owner) throw conflict(owner.unitId === id ? `别名“${alias}”已存在` : `别名（alias）：“${alias}”已是“${owner.unitName}”的别名`)
    const named = await q.findUnitByName(tx, alias)
    if (named) throw conflict(`别名（alias）：“${alias}”是“${named.name}”的正式名称`)
    await q.insertAlias(tx, id, alias)
    await writeAudit(tx, ctx, { action: 'unit.alias_add', entityType: 'unit', entityId: id, after: { unit: row.unit.name, alias } })
  })
  return getUnit(ctx, id)
}

export async function removeUnitAlias(ctx: SignedInContext, id: string, alias: string): Promise<UnitDto> {
  await ctx.db.transaction(async (tx) => {
    const row = await q.findUnitInScope(tx, ctx.account, id)
    if (!row) throw notFound('单位')
    const removed = await q.deleteAlias(tx, id, alias)
    if (!removed) throw notFound('别名')
    await writeAudit(tx, ctx, { action: 'unit.alias_remove', entityType: 'unit', entityId: id, before: { unit: row.unit.name, alias } })
  })
  return getUnit(ctx, id)
}

export interface RegionSeed { code: string; name: string; level: string; parentCode: string | null; population: number; urbanRuralClass: string | null }
export interface UnitSeed { code: string; name: string; shortName: string; kind: string; regionCode: string; parentCode: string | null; aliases: string[] }

/**
 * Loads a region tree and its units (demo county, or a county's own lists). Idempotent on codes:
 * loading the same data twice changes nothing. Runs inside the caller's transaction.
 */
export async function seedRegionsAndUnits(tx: Executor, regionRows: RegionSeed[], unitRows: UnitSeed[]) {
  for (let i = 0; i < regionRows.length; i += 500) {
    await q.insertRegions(tx, regionRows.slice(i, i + 500).map((r, j) => ({ ...r, sortOrder: i + j })))
  }
  const ids = new Map<string, string>()
  for (const [i, u] of unitRows.entries()) {
    const saved = await q.insertUnit(tx, {
      code: u.code, name: u.name, shortName: u.shortName, kind: u.kind, regionCode: u.regionCode,
      parentId: u.parentCode ? ids.get(u.parentCode) ?? null : null, sortOrder: i,
    })
    ids.set(u.code, saved.id)
    await q.insertAliases(tx, u.aliases.map((alias) => ({ unitId: saved.id, alias })))
  }
  return ids
}

export const hasRegions = (db: Executor) => q.countRegions(db).then((n) => n > 0)
export const unitIdByCode = (db: Executor, code: string) => q.findUnitByCode(db, code).then((u) => u?.id)
export const regionExists = (db: Executor, code: string) => q.findRegionsByCodes(db, [code]).then((rows) => rows.length > 0)

/** Resolves a unit name as a document writes it: official name or remembered alias. */
export const findUnitByNameOrAlias = (db: Executor, name: string) => q.findUnitByNameOrAlias(db, name.trim())

/** Township offices (for 各乡镇（街道）) or member units (for 各成员单位) in the caller's region. */
export const unitsOfKinds = (ctx: Pick<SignedInContext, 'db' | 'account'>, kinds: string[]) => q.listUnitsOfKinds(ctx.db, kinds, ctx.account)

/**
 * Remembers `alias` for a unit inside the caller's transaction, unless it is already a name or alias of
 * some unit (first come stays). Returns whether it was added.
 */
export async function rememberAlias(tx: Executor, ctx: SignedInContext, unitId: string, alias: string): Promise<boolean> {
  const name = alias.trim()
  if (!name || name.length > 64 || (await q.findUnitByNameOrAlias(tx, name))) return false
  await q.insertAlias(tx, unitId, name)
  await writeAudit(tx, ctx, { action: 'unit.alias_add', entityType: 'unit', entityId: unitId, after: { alias: name, via: 'work-plan review' } })
  return true
}

/** The 食安办 unit(s) of a region itself (not of the regions below): who receives a plan's reports. */
export const officeUnitsOf = (db: Executor, regionCode: string) => q.listUnitsOfKindsIn(db, ['office', 'township_office'], [regionCode])
