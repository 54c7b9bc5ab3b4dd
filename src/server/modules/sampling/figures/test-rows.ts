import { randomUUID } from 'node:crypto'
import { FOOD_CATEGORIES, type FoodCategory } from '../../../../shared/sampling-catalogue'
import type { TestApp } from '../../../platform/testing/test-app'
import { sampleResults, samples, testItems } from '../schema'

/**
 * Sample rows written straight into the database for the plan-progress and figures tests: those tests
 * are about counting, and must not depend on the whole recording workflow (tested in samples/).
 */
let seq = 0
export interface SampleRowInput {
  planId?: string | null; entityId: string; regionCode: string; category?: string; sampledOn: string; department?: string
  purpose?: string; stage?: string; verdict?: 'pass' | 'fail' | null; level?: string
}

export async function insertSample(t: TestApp, s: SampleRowInput): Promise<string> {
  const id = randomUUID()
  const category = s.category ?? 'vegetables'
  await t.db.insert(samples).values({
    id, sampleNumber: `T${Date.now().toString(36)}${(seq++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.slice(0, 40),
    planId: s.planId ?? null, entityId: s.entityId, regionCode: s.regionCode, level: s.level ?? 'county', department: s.department ?? 'market',
    purpose: s.purpose ?? 'supervision', category, agricultural: FOOD_CATEGORIES[category as FoodCategory]?.agricultural ?? false,
    stage: s.stage ?? 'circulation', productName: '测试样品', sampledOn: s.sampledOn, samplerIds: [], quantity: '1 kg', lab: '测试检验所',
    sentDueOn: s.sampledOn, verdict: s.verdict ?? null,
  })
  return id
}

/** A catalogue item of a group (pesticide, vet_drug …) for results to point at. */
export async function insertTestItem(t: TestApp, group: string): Promise<string> {
  const [row] = await t.db.insert(testItems).values({
    name: `测试项目${seq++}`, group, foodScope: '测试', limitKind: 'max', limitValue: '0.1', unit: 'mg/kg', standard: 'GB 2763-2021', status: 'U',
  }).returning()
  return row.id
}

export async function insertResult(t: TestApp, sampleId: string, testItemId: string | null, verdict: 'pass' | 'fail' = 'pass') {
  await t.db.insert(sampleResults).values({
    sampleId, testItemId, itemName: '测试项目', detected: false, unit: 'mg/kg', limitKind: 'max', limitValue: '0.1', standard: 'GB 2763-2021', verdict,
  })
}
