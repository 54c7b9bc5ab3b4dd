import { eq } from 'drizzle-orm'
import type { Database, Executor } from '../../../platform/db'
import { accounts } from '../../../platform/schema'
import * as q from '../queries'
import { entities } from '../schema'
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
