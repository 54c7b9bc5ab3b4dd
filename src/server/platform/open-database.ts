import type { Config } from './config'
import { connect, migrateDatabase, type Database } from './db'
import { startEmbeddedPostgres } from './embedded-postgres'
import { syncPermissions } from './permissions'

export interface OpenDatabase {
  db: Database
  kind: 'embedded' | 'external'
  url: string
  close(): Promise<void>
}

/**
 * DATABASE_URL set: that server. Unset: the embedded PostgreSQL in DATA_DIR (the CLI joins one that a
 * running server already owns). Either way the schema is migrated and new permissions are granted.
 */
export async function openDatabase(config: Config, mode: 'server' | 'client', log?: (line: string) => void): Promise<OpenDatabase> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, { mode, log })
  const url = config.databaseUrl ?? embedded!.url
  const db = connect(url)
  try {
    await migrateDatabase(db)
    await syncPermissions(db)
  } catch (e) {
    await db.$client.end()
    await embedded?.stop()
    throw e
  }
  return {
    db, url, kind: embedded ? 'embedded' : 'external',
    close: async () => {
      await db.$client.end()
      await embedded?.stop()
    },
  }
}
