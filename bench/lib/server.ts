/**
 * The server under test runs as its own process, started the way `npm start` runs it (tsx, main.ts), so
 * that its RSS is the server's alone and autocannon's work does not share its event loop.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

export interface ServerProcess {
  url: string
  pid: number
  child: ChildProcess
  /** VmRSS in MiB right now (0 when the process is gone). */
  rssMiB(): number
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

export function readRssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) / 1024 : 0
  } catch {
    return 0
  }
}

export async function startServer(env: { dataDir: string; databaseUrl?: string }, log: (line: string) => void): Promise<ServerProcess> {
  const port = await freePort()
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: env.dataDir, SHIAN_DEMO: '1' }
  if (env.databaseUrl) childEnv.DATABASE_URL = env.databaseUrl
  else delete childEnv.DATABASE_URL
  // As `npm start` runs it: bin/start.mjs (re)builds the server bundle when stale and runs it in its own
  // process, so the pid is the server itself. The web UI is not needed here.
  childEnv.SHIAN_SKIP_WEB_BUILD = '1'
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/start.mjs')], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  const keep = (chunk: Buffer) => { for (const line of chunk.toString().split('\n')) if (line.trim()) output.push(line) }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 300_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output.join('\n')}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) break
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { child.kill('SIGTERM'); throw new Error(`server did not start in 300 s:\n${output.join('\n')}`) }
    await new Promise((r) => setTimeout(r, 250))
  }
  for (const line of output.filter((l) => /首次启动|已加载|数据库/.test(l))) log(`  server: ${line.trim()}`)
  return {
    url, pid: child.pid!, child,
    rssMiB: () => readRssMiB(child.pid!),
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM') // main.ts stops the embedded PostgreSQL on SIGTERM
    }),
  }
}

/** Max VmRSS of a process while `work` runs, sampled every 50 ms. */
export async function withRssSampling<T>(pid: number, work: () => Promise<T>): Promise<{ value: T; maxRssMiB: number }> {
  let max = readRssMiB(pid)
  const timer = setInterval(() => { max = Math.max(max, readRssMiB(pid)) }, 50)
  try {
    const value = await work()
    return { value, maxRssMiB: Math.max(max, readRssMiB(pid)) }
  } finally {
    clearInterval(timer)
  }
}
