import type { Executor } from '../../../platform/db'
import { insertSeedRows } from './queries'
import { SEED_ITEMS } from './seed-items'

/**
 * Inserts the seed rows the catalogue lacks (by seedKey) and returns how many it added. A row the office
 * edited or deactivated is never overwritten; a new seed row reaches an existing database on next start.
 * Called at startup (main.ts) and by the test global setup.
 */
export function syncTestItemCatalogue(db: Executor): Promise<number> {
  return insertSeedRows(db, SEED_ITEMS.map((s) => ({
    seedKey: s.seedKey, name: s.name, group: s.group, foodScope: s.foodScope, categories: s.categories, limitKind: s.limitKind,
    limitValue: s.limitValue, limitMax: s.limitMax ?? null, planN: s.planN ?? null, planC: s.planC ?? null, unit: s.unit,
    standard: s.standard, status: s.status, note: s.note ?? null, active: true,
  })))
}
