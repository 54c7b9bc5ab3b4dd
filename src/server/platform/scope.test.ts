import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from './testing/factories'
import { startTestApp, type TestApp } from './testing/test-app'

/**
 * Data scope, endpoint by endpoint: a caller placed in one township, holding the permission the route
 * needs, addresses another township's record by its id and gets exactly the answer a missing id gets.
 * Every OpenAPI path with a parameter must appear in CASES, so a new endpoint cannot skip this test.
 */
let t: TestApp
let home: TestTownship
let other: TestTownship
let strangerAccount: TestAccount
beforeAll(async () => {
  t = await startTestApp()
  home = await makeTownship(t)
  other = await makeTownship(t)
  strangerAccount = await makeAccount(t, { role: 'township', regionCode: other.code })
})
afterAll(async () => { await t.close() })

type Case = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; role: string; outside: () => string; missing: string; body?: unknown }
const MISSING_ID = '00000000-0000-4000-8000-000000000000'

const CASES: Case[] = [
  { method: 'GET', path: '/api/regions/{code}', role: 'township', outside: () => `/api/regions/${other.villageCodes[0]}`, missing: '/api/regions/411721999999' },
  { method: 'GET', path: '/api/units/{id}', role: 'township', outside: () => `/api/units/${other.stationId}`, missing: `/api/units/${MISSING_ID}` },
  { method: 'POST', path: '/api/units/{id}/aliases', role: 'office', outside: () => `/api/units/${other.stationId}/aliases`, missing: `/api/units/${MISSING_ID}/aliases`, body: { alias: '越界别名' } },
  { method: 'DELETE', path: '/api/units/{id}/aliases/{alias}', role: 'office', outside: () => `/api/units/${other.stationId}/aliases/x`, missing: `/api/units/${MISSING_ID}/aliases/x` },
  { method: 'GET', path: '/api/accounts/{id}', role: 'sysadmin', outside: () => `/api/accounts/${strangerAccount.id}`, missing: `/api/accounts/${MISSING_ID}` },
  { method: 'PATCH', path: '/api/accounts/{id}', role: 'sysadmin', outside: () => `/api/accounts/${strangerAccount.id}`, missing: `/api/accounts/${MISSING_ID}`, body: { displayName: '越界' } },
  { method: 'POST', path: '/api/accounts/{id}/reset-password', role: 'sysadmin', outside: () => `/api/accounts/${strangerAccount.id}/reset-password`, missing: `/api/accounts/${MISSING_ID}/reset-password`, body: { password: 'Other#Pass2026' } },
  { method: 'POST', path: '/api/accounts/{id}/unlock', role: 'sysadmin', outside: () => `/api/accounts/${strangerAccount.id}/unlock`, missing: `/api/accounts/${MISSING_ID}/unlock` },
  { method: 'PUT', path: '/api/accounts/{id}/role', role: 'secadmin', outside: () => `/api/accounts/${strangerAccount.id}/role`, missing: `/api/accounts/${MISSING_ID}/role`, body: { role: 'leader' } },
]
// Parameters that are not records in a region (the role name is county-wide configuration).
const NOT_REGIONAL = ['/api/roles/{role}/permissions']

describe('data scope on every endpoint with a record id', () => {
  it('lists every parameterised endpoint of the API', async () => {
    const doc = (await t.get('/api/docs/json')).json() as { paths: Record<string, Record<string, unknown>> }
    const parameterised = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)).filter((op) => op.includes('{'))
    const covered = CASES.map((c) => `${c.method} ${c.path}`)
    const exempt = NOT_REGIONAL.flatMap((p) => ['PUT', 'GET'].map((m) => `${m} ${p}`))
    expect(parameterised.filter((op) => !covered.includes(op) && !exempt.includes(op))).toEqual([])
  })

  for (const c of CASES) {
    it(`${c.method} ${c.path}: another township's record answers like a missing one, and nothing changes`, async () => {
      const caller = await makeAccount(t, { role: c.role, regionCode: home.code })
      const send = (url: string) => (c.body === undefined
        ? t.app.inject({ method: c.method, url, headers: { authorization: `Bearer ${caller.token}` } })
        : t.app.inject({ method: c.method, url, headers: { authorization: `Bearer ${caller.token}`, 'content-type': 'application/json' }, payload: JSON.stringify(c.body) }))
      const before = [await t.count('unit_aliases'), await t.count('audit_log', { entity_id: strangerAccount.id })]
      const outside = await send(c.outside())
      const missing = await send(c.missing)
      expect(outside.statusCode).toBe(404)
      expect(outside.json()).toEqual(missing.json())
      expect([await t.count('unit_aliases'), await t.count('audit_log', { entity_id: strangerAccount.id })]).toEqual(before)
    })
  }

  it('the stranger\'s account is untouched', async () => {
    expect((await t.as(strangerAccount).get('/api/me')).json()).toMatchObject({ displayName: '测试用户', role: 'township' })
  })
})
