import { randomBytes } from 'node:crypto'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import pg from 'pg'
import { inject } from 'vitest'
import { buildApp } from '../../app'
import { loadConfig, type Config } from '../config'
import { connect, type Database } from '../db'
import { TEMPLATE_DB, withDatabase } from './global-setup'

export interface Caller { token: string }

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>
  delete(url: string): Promise<LightMyRequestResponse>
}

export interface TestApp extends Client {
  app: FastifyInstance
  db: Database
  config: Config
  url: string
  as(caller: Caller): Client
  /** Rows of a table matching column = value pairs (snake_case names), read straight from the database. */
  count(table: string, where?: Record<string, unknown>): Promise<number>
  auditFor(entityId: string): Promise<{ action: string; actorId: string | null; actorUsername: string | null; before: unknown; after: unknown }[]>
  close(): Promise<void>
}

function client(app: FastifyInstance, headers: Record<string, string>): Client {
  const send = (method: Method, url: string, body?: unknown) =>
    app.inject({ method, url, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' }, payload: body === undefined ? undefined : JSON.stringify(body) })
  return {
    get: (url) => send('GET', url), delete: (url) => send('DELETE', url),
    post: (url, body) => send('POST', url, body), put: (url, body) => send('PUT', url, body), patch: (url, body) => send('PATCH', url, body),
  }
}

const safeIdentifier = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`unsafe identifier ${s}`)
  return s
}

/** The real app on its own database, cloned from the migrated template. */
export async function startTestApp(options: { loginRateLimit?: number; config?: Partial<Config> } = {}): Promise<TestApp> {
  const serverUrl = inject('databaseUrl')
  const name = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`)
  await admin.end()
  const url = withDatabase(serverUrl, name)
  const db = connect(url, 4)
  const config = { ...loadConfig(), loginRateLimit: options.loginRateLimit ?? 10_000, ...options.config }
  const app = await buildApp({ db, config, databaseKind: inject('databaseKind') })
  await app.ready()
  return {
    app, db, config, url,
    ...client(app, {}),
    as: (caller) => client(app, { authorization: `Bearer ${caller.token}` }),
    async count(table, where = {}) {
      const keys = Object.keys(where).map(safeIdentifier)
      const text = `SELECT count(*)::int AS n FROM ${safeIdentifier(table)}${keys.length ? ' WHERE ' + keys.map((k, i) => `${k} = $${i + 1}`).join(' AND ') : ''}`
      const { rows } = await db.$client.query(text, Object.values(where))
      return rows[0].n
    },
    async auditFor(entityId) {
      const { rows } = await db.$client.query(
        'SELECT action, actor_id AS "actorId", actor_username AS "actorUsername", before, after FROM audit_log WHERE entity_id = $1 ORDER BY id', [entityId])
      return rows
    },
    async close() {
      await app.close()
      await db.$client.end()
      const c = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}
