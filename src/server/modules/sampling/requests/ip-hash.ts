import { createHash, createHmac } from 'node:crypto'
import type { Config } from '../../../platform/config'
import type { Database } from '../../../platform/db'

/**
 * 你点我检 is throttled per network address without keeping the address: rows store
 * HMAC-SHA256(secret, day | ip). The day is part of the message because every throttle counts within one
 * day; so the same visitor's hashes on two days cannot be linked, and a dump of the tables reveals nothing.
 *
 * The secret is the configured one (SHIAN_IP_HASH_SECRET, config.ipHashSecret) when set; otherwise it is
 * derived from the database connection (its URL carries the password, which is a server secret and never in
 * a dump). Changing the password only resets the day's throttles.
 */
const derived = new WeakMap<Database, string>()

function secretOf(ctx: { db: Database; config: Pick<Config, 'ipHashSecret'> }): string {
  if (ctx.config.ipHashSecret) return ctx.config.ipHashSecret
  let secret = derived.get(ctx.db)
  if (!secret) {
    const o = ctx.db.$client.options
    secret = createHash('sha256').update(`shian-ip-hash|${o.connectionString ?? ''}|${String(o.password ?? '')}|${o.user ?? ''}`).digest('hex')
    derived.set(ctx.db, secret)
  }
  return secret
}

export const ipHashOf = (ctx: { db: Database; config: Pick<Config, 'ipHashSecret'> }, ip: string, day: string) =>
  createHmac('sha256', secretOf(ctx)).update(`${day}|${ip}`).digest('hex')
