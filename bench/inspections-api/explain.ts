/**
 * EXPLAIN ANALYZE of the SQL the API runs for each call and of the plain-SQL statement, so that a slow
 * figure comes with its plan. The API's statements are captured by calling the module's own query
 * functions against a recording client (they run nothing), then explained on the real database.
 */
import { drizzle } from 'drizzle-orm/node-postgres'
import type pg from 'pg'
import type { Database } from '../../src/server/platform/db'
import * as q from '../../src/server/modules/inspections/queries'
import type { PreparedQuery } from './load'

interface Captured { text: string; values: unknown[] }

async function capture(run: (db: Database) => Promise<unknown>): Promise<Captured[]> {
  const seen: Captured[] = []
  const client = {
    query: async (config: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
      const text = typeof config === 'string' ? config : config.text
      seen.push({ text, values: (typeof config === 'string' ? values : config.values ?? values) ?? [] })
      return { rows: [], rowCount: 0, fields: [], command: 'SELECT' }
    },
  }
  const db = drizzle(client as never, { casing: 'snake_case' }) as unknown as Database
  try { await run(db) } catch { /* the recording client answers no rows; callers that destructure fail, which is fine */ }
  return seen
}

export interface ExplainCase { label: string; apiQueries: (db: Database) => Promise<unknown>; sql: PreparedQuery }

/** The module's queries, with the same viewer and filters the API builds for the office account. */
export function apiCases(account: { regionCode: string; role: string }, township: string, year: number, id: string, sql: PreparedQuery[]): ExplainCase[] {
  const viewer: q.Viewer = { account, ownEntityId: null }
  return [
    { label: '(a) list', sql: sql[0], apiQueries: (db) => Promise.all([q.listInspections(db, viewer, { region: township, result: 'nonconform' }, 20, 0), q.countInspectionsFast(db, viewer, { region: township, result: 'nonconform' })]) },
    { label: '(b) stats', sql: sql[1], apiQueries: (db) => Promise.resolve(q.countByResultFast(db, viewer, { region: township, from: `${year}-01-01`, to: `${year}-12-31` })) },
    { label: '(c) item', sql: sql[2], apiQueries: async (db) => { await q.findInspection(db, viewer, id).catch(() => {}); await q.listOrders(db, viewer, { inspectionId: id }, 50, 0) } },
  ]
}

const indent = (plan: string) => plan.split('\n').map((l) => `      ${l}`).join('\n')

export async function explainAll(pool: pg.Pool, cases: ExplainCase[], log: (line: string) => void) {
  const explain = async (text: string, values: unknown[]) => {
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)
    return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')
  }
  for (const c of cases) {
    log(`\n${c.label} — the API's statements:`)
    for (const s of await capture(c.apiQueries)) {
      log(`    ${s.text}\n    params ${JSON.stringify(s.values)}`)
      log(indent(await explain(s.text, s.values)))
    }
    log(`${c.label} — plain SQL:`)
    log(`    ${c.sql.text.trim().replace(/\n/g, '\n    ')}\n    params ${JSON.stringify(c.sql.values)}`)
    log(indent(await explain(c.sql.text, c.sql.values)))
  }
}
