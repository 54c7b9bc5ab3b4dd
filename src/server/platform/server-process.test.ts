import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { withDatabase } from './testing/global-setup'

/**
 * The real `npm start` process, killed with SIGKILL mid-write: every write the API acknowledged must be
 * there after a restart, on the embedded PostgreSQL and on an external server.
 */
const root = path.resolve(import.meta.dirname, '../../..')
const children: ChildProcess[] = []
const dirs: string[] = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
})

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

interface Server { child: ChildProcess; output: () => string; base: string }

function startServer(env: Record<string, string>, port: number): Server {
  let output = ''
  const child = spawn(process.execPath, [path.join(root, 'bin/start.mjs')], {
    cwd: root, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', SHIAN_SKIP_WEB_BUILD: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => { output += d })
  child.stderr!.on('data', (d) => { output += d })
  children.push(child)
  return { child, output: () => output, base: `http://127.0.0.1:${port}` }
}

async function waitHealthy(server: Server) {
  for (let i = 0; i < 900; i++) {
    if (server.child.exitCode !== null) throw new Error(`server exited: ${server.output()}`)
    try {
      const res = await fetch(`${server.base}/api/health`)
      if (res.ok) return (await res.json()) as { database: string }
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`server did not start: ${server.output()}`)
}

async function login(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Shian@2026' }) })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

/** Writes aliases one after another until killed; returns those the API acknowledged with 201. */
async function writeUntilKilled(server: Server, token: string, unitId: string, killAfter: number) {
  const acknowledged: string[] = []
  for (let i = 0; ; i++) {
    const alias = `耐久测试别名${i}`
    if (i === killAfter) server.child.kill('SIGKILL')
    try {
      const res = await fetch(`${server.base}/api/units/${unitId}/aliases`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ alias }),
      })
      if (res.status === 201) acknowledged.push(alias)
    } catch { break }
  }
  return acknowledged
}

async function durabilityRun(env: Record<string, string>, expectedKind: string) {
  const port = await freePort()
  const first = startServer(env, port)
  expect((await waitHealthy(first)).database).toBe(expectedKind)
  expect(first.output()).toContain('演示账号')
  const token = await login(first.base, 'office')
  const units = (await (await fetch(`${first.base}/api/units`, { headers: { authorization: `Bearer ${token}` } })).json()) as { id: string; code: string }[]
  const agri = units.find((u) => u.code === 'agri')!
  const acknowledged = await writeUntilKilled(first, token, agri.id, 40)
  await new Promise((r) => first.child.once('exit', r))
  expect(acknowledged.length).toBeGreaterThanOrEqual(40)

  const second = startServer(env, port)
  await waitHealthy(second)
  const again = await login(second.base, 'office')
  const unit = (await (await fetch(`${second.base}/api/units/${agri.id}`, { headers: { authorization: `Bearer ${again}` } })).json()) as { aliases: string[] }
  for (const alias of acknowledged) expect(unit.aliases).toContain(alias)
  return second
}

// Whole processes start, stop and recover here (tsx start-up, initdb, demo load): slow on a loaded 2-core CI.
const PROCESS_TIMEOUT = 240_000

describe('durability and start-up', () => {
  it('keeps every acknowledged write after kill -9 on the embedded PostgreSQL, and recovers by itself', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-durable-'))
    dirs.push(dataDir)
    const second = await durabilityRun({ DATA_DIR: dataDir, DATABASE_URL: '' }, 'embedded')

    // a second start on the same data directory gets a clear message and exits
    const third = startServer({ DATA_DIR: dataDir, DATABASE_URL: '' }, await freePort())
    const code = await new Promise((r) => third.child.once('exit', r))
    expect(code).toBe(1)
    expect(third.output()).toContain('正在被另一个 Shian 进程')

    // a clean stop (SIGTERM) stops the embedded postgres too
    second.child.kill('SIGTERM')
    await new Promise((r) => second.child.once('exit', r))
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false)
  }, PROCESS_TIMEOUT)

  it('keeps every acknowledged write after kill -9 on an external PostgreSQL (DATABASE_URL)', async () => {
    const name = `durable_${Date.now()}`
    const admin = new pg.Client({ connectionString: withDatabase(inject('databaseUrl'), 'postgres') })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    try {
      const server = await durabilityRun({ DATABASE_URL: withDatabase(inject('databaseUrl'), name) }, 'external')
      server.child.kill('SIGTERM')
      await new Promise((r) => server.child.once('exit', r))
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  }, PROCESS_TIMEOUT)
})
