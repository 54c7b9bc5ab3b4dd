import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import type { PgTransaction } from 'drizzle-orm/pg-core'
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres'
import type { ExtractTablesWithRelations } from 'drizzle-orm'
import path from 'node:path'
import pg from 'pg'
import { ROOT } from './paths'

// int8 (count(*), bigserial) comes back as a JS number: counts at county scale fit easily.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))
// date columns stay 'YYYY-MM-DD' strings: no time zone shifts.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v)

export type Database = NodePgDatabase<Record<string, never>> & { $client: pg.Pool }
export type Transaction = PgTransaction<NodePgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>
/** Queries take an executor so that the service decides the transaction. */
export type Executor = Database | Transaction

export const migrationsFolder = path.join(ROOT, 'migrations')

export function connect(url: string, max = 10): Database {
  // jit=off: a server with LLVM (Debian's PostgreSQL 15) JIT-compiles the indicators' many-FILTER counts
  // over 20,000 entities, spending ≈ 600 ms to save a few (bench/dashboard, 指标 page 190 vs 790 ms).
  const pool = new pg.Pool({ connectionString: url, max, options: '-c timezone=Asia/Shanghai -c jit=off' })
  // An idle client that loses its server (restart, kill) must not crash the process.
  pool.on('error', () => {})
  return drizzle(pool, { casing: 'snake_case' }) as Database
}

export async function migrateDatabase(db: Database) {
  await migrate(db, { migrationsFolder })
}
