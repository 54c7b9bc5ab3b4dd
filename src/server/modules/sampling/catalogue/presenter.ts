import type { TestItemDto } from '../../../../shared/sampling'
import type { TestItemRow } from '../schema'

export const toTestItemDto = (r: TestItemRow): TestItemDto => ({
  id: r.id, seedKey: r.seedKey, name: r.name, group: r.group, foodScope: r.foodScope, categories: r.categories, limitKind: r.limitKind,
  limitValue: r.limitValue, limitMax: r.limitMax, planN: r.planN, planC: r.planC, unit: r.unit, standard: r.standard, status: r.status,
  note: r.note, active: r.active, updatedAt: r.updatedAt.toISOString(),
})
