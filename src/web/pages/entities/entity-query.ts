import type { EntityListQuery } from '../../../shared/entities'

// The register's filters live in the address (?type=supermarket&grade=D&page=2), so a filtered list
// survives opening an entity and coming back, and can be bookmarked or sent to a colleague.

const TEXT_KEYS = ['region', 'sector', 'type', 'grade', 'certification', 'openKitchen', 'status', 'q'] as const
/** 证照到期 filters the list offers; 已过期 is shown as a count only (the API filters by "expires within N days"). */
export const EXPIRY_CHOICES = ['30', '90'] as const
export const DEFAULT_PAGE_SIZE = 20

const positive = (raw: string | null, fallback: number, max: number) => {
  const n = Number(raw)
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback
}

export function parseQuery(search: URLSearchParams): EntityListQuery & { page: number; pageSize: number } {
  const query: EntityListQuery & { page: number; pageSize: number } = {
    page: positive(search.get('page'), 1, 100_000), pageSize: positive(search.get('pageSize'), DEFAULT_PAGE_SIZE, 200),
  }
  for (const key of TEXT_KEYS) {
    const value = search.get(key)?.trim()
    if (value) query[key] = value
  }
  const expiring = search.get('expiringWithin')
  if (expiring && (EXPIRY_CHOICES as readonly string[]).includes(expiring)) query.expiringWithin = Number(expiring)
  return query
}

/** The address form of a query: empty filters, page 1 and the default page size are left out. */
export function toSearch(query: EntityListQuery): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (key === 'page' && value === 1) continue
    if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue
    out[key] = String(value)
  }
  return out
}

/** How many filters (beyond paging) are set, for the 清除筛选 button. */
export const activeFilters = (query: EntityListQuery) =>
  [...TEXT_KEYS, 'expiringWithin' as const].filter((k) => query[k] !== undefined && query[k] !== '').length
