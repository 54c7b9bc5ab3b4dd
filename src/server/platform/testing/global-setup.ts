import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { connect, migrateDatabase } from '../db'
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../embedded-postgres'
import { syncPermissions } from '../permissions'
import { syncTestItemCatalogue } from '../../modules/sampling/catalogue/sync'

export const TEMPLATE_DB = 'shian_test_template'

declare module 'vitest' {
  export interface ProvidedContext { databaseUrl: string; databaseKind: 'embedded' | 'external' }
}

export const withDatabase = (url: string, name: string) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

/**
 * Starts one PostgreSQL for the run (embedded in a temp dir, or the server in TEST_DATABASE_URL) and
 * builds a migrated template database; test files clone it with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined
  let dataDir: string | undefined
  let url = process.env.TEST_DATABASE_URL
  if (!url) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-test-'))
    embedded = await startEmbeddedPostgres(dataDir, { mode: 'server' })
    url = embedded.url
  }
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`)
  const db = connect(withDatabase(url, TEMPLATE_DB), 2)
  await migrateDatabase(db)
  await syncPermissions(db)
  // Reference data a module seeds at startup (main.ts does the same): the tests see what a new server has.
  await syncTestItemCatalogue(db)
  await db.$client.end()
  await admin.end()
  project.provide('databaseUrl', url)
  project.provide('databaseKind', embedded ? 'embedded' : 'external')
  return async () => {
    await embedded?.stop()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
