import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../platform/config'
import { makeTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { makeRequest } from './factory'

/** The address digest of 你点我检 is keyed by the configured secret (SHIAN_IP_HASH_SECRET) when there is one. */

const SECRET = 'ip-hash-test-secret'
let configured: TestApp
let derived: TestApp
beforeAll(async () => {
  const now = () => new Date('2026-06-15T04:00:00Z')
  ;[configured, derived] = await Promise.all([
    startTestApp({ config: { now, ipHashSecret: SECRET } }), startTestApp({ config: { now, ipHashSecret: undefined } }),
  ])
})
afterAll(async () => { await Promise.all([configured?.close(), derived?.close()]) })

const storedHash = async (t: TestApp, id: string) =>
  (await t.db.$client.query('SELECT ip_hash FROM test_requests WHERE id = $1', [id])).rows[0].ip_hash as string

describe('the 你点我检 address digest', () => {
  it('reads SHIAN_IP_HASH_SECRET into the config', () => {
    expect(loadConfig({ SHIAN_IP_HASH_SECRET: 's3cret' }).ipHashSecret).toBe('s3cret')
    expect(loadConfig({ SHIAN_IP_HASH_SECRET: '' }).ipHashSecret).toBeUndefined()
  })

  it('is HMAC-SHA256(configured secret, day | ip), and another key without one', async () => {
    const ip = '198.51.100.23'
    const expected = createHmac('sha256', SECRET).update(`2026-06-15|${ip}`).digest('hex')
    const a = await makeRequest(configured, (await makeTownship(configured)).code, {}, ip)
    expect(await storedHash(configured, a.id)).toBe(expected)
    const b = await makeRequest(derived, (await makeTownship(derived)).code, {}, ip)
    const other = await storedHash(derived, b.id)
    expect(other).toMatch(/^[0-9a-f]{64}$/)
    expect(other).not.toBe(expected)
  })
})
