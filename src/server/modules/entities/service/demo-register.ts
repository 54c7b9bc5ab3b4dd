import { createHash, randomUUID } from 'node:crypto'
import { and, eq, inArray } from 'drizzle-orm'
import { ENTITY_TYPES, type Sector } from '../../../../shared/entity-catalogue'
import { selfCheckItems } from '../../../../shared/self-inspection'
import { bulkInsert } from '../../../platform/bulk-insert'
import type { Database, Executor } from '../../../platform/db'
import { accounts } from '../../../platform/schema'
import * as q from '../queries'
import { entities, selfInspections } from '../schema'
import type { EntitySeed } from '../seed-types'
import { writeRegister } from './write-register'

/** The demo register goes through the same writer as an Excel import, so it obeys the same rules. */
export async function writeDemoRegister(tx: Executor, seeds: EntitySeed[], villages: Set<string>): Promise<number> {
  const result = await writeRegister(tx, { account: null, ip: 'demo' }, seeds, { allowedRegions: villages })
  if (result.problems.length) throw new Error(`演示经营主体数据有误：第 ${result.problems[0].index + 1} 条「${result.problems[0].field}」${result.problems[0].message}`)
  return result.created
}

export const hasEntities = (db: Database) => db.$count(entities).then((n) => n > 0)

/** Ties the demo business login to its shop. */
export async function linkDemoBusinessAccount(tx: Executor, username: string, uscc: string) {
  const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username))
  const entity = await q.findEntityIdByUscc(tx, uscc)
  if (account && entity) await q.linkAccount(tx, account.id, entity.id)
}

/**
 * Self-inspections for the demo: each obliged business, for this month and the three before it, filled
 * its checklist about nine times in ten and submitted the report about four times in five of those
 * (decided by a hash of its name, so the same every load); now and then one item failed with a measure.
 */
export async function writeDemoSelfInspections(tx: Executor, today: string): Promise<number> {
  const obliged = Object.entries(ENTITY_TYPES).filter(([, d]) => d.selfInspects).map(([k]) => k)
  const rows = await tx.select({ id: entities.id, name: entities.name, sector: entities.sector, regionCode: entities.regionCode })
    .from(entities).where(and(inArray(entities.type, obliged), eq(entities.status, 'active')))
  const [y, m] = today.split('-').map(Number)
  const periods = [3, 2, 1, 0].map((back) => { const d = new Date(Date.UTC(y, m - 1 - back, 1)); return d.toISOString().slice(0, 7) })
  const out: Record<string, unknown>[] = []
  for (const e of rows) {
    for (const period of periods) {
      const h = createHash('sha256').update(`${e.name}|${period}`).digest()
      if (h[0] > 230) continue
      const submitted = h[1] < 205 && period < today.slice(0, 7)
      const items = selfCheckItems(e.sector as Sector)
      const failed = h[2] < 40 ? items[h[3] % items.length].code : null
      const answers = Object.fromEntries(items.map((i) => [i.code, i.code === failed ? { answer: 'no', measure: '已现场整改，下周复查' } : { answer: 'yes' }]))
      out.push({
        id: randomUUID(), entityId: e.id, regionCode: e.regionCode, period, answers, problemCount: failed ? 1 : 0, status: submitted ? 'submitted' : 'draft',
        summary: submitted ? `${period} 自查完成，${failed ? '发现 1 个问题，已整改' : '未发现问题'}。` : null, submittedAt: submitted ? `${period}-25T02:00:00Z` : null,
      })
    }
  }
  await bulkInsert(tx, selfInspections, out)
  return out.length
}
