import path from 'node:path'
import { readFileSync } from 'node:fs'
import { ROOT } from './paths'

/** Process-wide settings, read once from the environment. */
export interface Config {
  port: number
  host: string
  /** Set: use this PostgreSQL 15+ server. Unset: start the embedded one in dataDir. */
  databaseUrl: string | undefined
  dataDir: string
  production: boolean
  version: string
  /** Idle and absolute session lifetimes (等保 2.0: idle timeout, forced re-login). */
  sessionIdleMinutes: number
  sessionAbsoluteHours: number
  /** Login lockout: this many failures lock the account for lockMinutes. */
  maxFailedLogins: number
  lockMinutes: number
  /** Login attempts per IP per minute. */
  loginRateLimit: number
  /** Secret of the 你点我检 throttle's IP digests (SHIAN_IP_HASH_SECRET); unset: derived from the database credentials. */
  ipHashSecret: string | undefined
  /** The clock every deadline rule reads (tests fix it; production uses the system clock). */
  now: () => Date
}

const packageVersion = (): string => {
  const file = path.join(ROOT, 'package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    production: env.SHIAN_ENV === 'production',
    version: packageVersion(),
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 12,
    maxFailedLogins: 5,
    lockMinutes: 15,
    loginRateLimit: Number(env.SHIAN_LOGIN_RATE_LIMIT ?? 20),
    ipHashSecret: env.SHIAN_IP_HASH_SECRET || undefined,
    now: () => new Date(),
  }
}

/** The calendar date in Asia/Shanghai (deadlines are dates there) of an instant. */
export const shanghaiDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
/** Today in the county (Asia/Shanghai) by the configured clock, which tests fix. */
export const todayOf = (ctx: { config: Pick<Config, 'now'> }) => shanghaiDate(ctx.config.now())
