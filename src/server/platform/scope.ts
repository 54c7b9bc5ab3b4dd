import { and, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { Account } from './context'

/**
 * The prefix of a 12-digit region code that covers its subtree:
 * county 411721000000 → 411721, township 411721101000 → 411721101, village → all 12 digits.
 */
export function regionPrefix(code: string): string {
  if (code.endsWith('000000')) return code.slice(0, 6)
  if (code.endsWith('000')) return code.slice(0, 9)
  return code
}

/** True when `code` lies in the subtree of `rootCode` (or is it). */
export const isWithinRegion = (code: string, rootCode: string) => code.startsWith(regionPrefix(rootCode))

/**
 * The one scope helper: every read of regional data filters with it, so that a record outside the
 * caller's region subtree is answered exactly like a missing one.
 */
export function inScope(regionColumn: AnyPgColumn, account: Pick<Account, 'regionCode'>): SQL {
  return like(regionColumn, `${regionPrefix(account.regionCode)}%`)
}

/**
 * inScope for a prepared statement: the pattern is bound at execution (`scopePattern(account)`), so the
 * statement is built once and serves every account.
 */
export const inScopePlaceholder = (regionColumn: AnyPgColumn, name: string): SQL => like(regionColumn, sql.placeholder(name))
export const scopePattern = (account: Pick<Account, 'regionCode'>) => `${regionPrefix(account.regionCode)}%`

/** Department data: region subtree and, for an account tied to a unit, only that unit's rows. */
export function inUnitScope(regionColumn: AnyPgColumn, unitColumn: AnyPgColumn, account: Pick<Account, 'regionCode' | 'unitId'>): SQL {
  const region = inScope(regionColumn, account)
  return account.unitId ? (and(region, eq(unitColumn, account.unitId)) as SQL) : region
}


/** The codes of a region's ancestors (county, township) and itself. */
export function regionChain(code: string): string[] {
  const chain = [code.slice(0, 6) + '000000', code.slice(0, 9) + '000', code]
  return [...new Set(chain)].filter((c) => c.length === 12 && isWithinRegion(code, c))
}

/**
 * For documents that bind the regions below them (a county's work plan binds every township): visible
 * inside the caller's subtree and from the caller's ancestors. Writes still use inScope.
 */
export function inScopeOrAbove(regionColumn: AnyPgColumn, account: Pick<Account, 'regionCode'>): SQL {
  return or(inScope(regionColumn, account), inArray(regionColumn, regionChain(account.regionCode))) as SQL
}
