import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, type TestAccount } from './testing/factories'
import { startTestApp, type TestApp } from './testing/test-app'

/**
 * Every write endpoint, found from the OpenAPI document (so a new endpoint is covered without editing
 * this file), receives malformed JSON, wrong types, huge strings, unknown fields and SQL/HTML
 * metacharacters. Nothing may answer 500; every refusal is JSON with a Chinese message; invalid input
 * changes no business table.
 */
let t: TestApp
let callers: TestAccount[]
let ids: Record<string, string>
beforeAll(async () => {
  t = await startTestApp()
  const town = await makeTownship(t)
  callers = [
    await makeAccount(t, { role: 'sysadmin' }), await makeAccount(t, { role: 'secadmin' }),
    await makeAccount(t, { role: 'office', unitCode: 'fsc-office' }), await makeAccount(t, { role: 'township', regionCode: town.code }),
  ]
  const victim = await makeAccount(t, { role: 'leader' })
  ids = { id: victim.id, unitId: town.stationId, code: town.code, role: 'office', alias: '测试别名' }
})
afterAll(async () => { await t.close() })

interface Schema { type?: string; properties?: Record<string, Schema>; anyOf?: Schema[]; oneOf?: Schema[]; items?: Schema }
type Operation = { method: string; path: string; body?: Schema }

const METACHARS = `'; DROP TABLE accounts; -- <script>alert("x")</script> \\" %_ \u0000`.replace('\u0000', '')
const TABLES = ['accounts', 'regions', 'units', 'unit_aliases', 'role_permissions', 'work_plans', 'plan_tasks', 'plan_task_units', 'progress_reports', 'supervision_notices',
  'entities', 'entity_licences', 'entity_people', 'entity_certifications', 'risk_assessments', 'risk_rule_sets', 'self_inspections', 'entity_accounts', 'entity_imports',
  'inspections', 'rectification_orders', 'inspector_roster', 'inspector_avoidances', 'inspection_draws', 'cases', 'case_penalties', 'police_transfers', 'credit_records', 'serious_violations',
  'sampling_plans', 'sampling_quotas', 'test_items', 'sampling_time_limits', 'samples', 'sample_results', 'disposals', 'rapid_tests', 'test_requests', 'test_request_votes']

function writeOperations(doc: { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema: Schema }> } }>> }): Operation[] {
  const ops: Operation[] = []
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue
      ops.push({ method: method.toUpperCase(), path, body: op.requestBody?.content?.['application/json']?.schema })
    }
  }
  return ops
}

const sample = (s: Schema | undefined): unknown => {
  const type = s?.type ?? (s?.anyOf ?? s?.oneOf)?.[0]?.type
  if (type === 'object') return Object.fromEntries(Object.entries(s?.properties ?? {}).map(([k, v]) => [k, sample(v)]))
  if (type === 'array') return [sample(s?.items)]
  if (type === 'integer' || type === 'number') return 1
  if (type === 'boolean') return true
  return 'abc'
}

/** Valid-looking path parameters, so that requests reach the body checks and the services. */
const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? randomUUID()))

/** Row counts of every business table, in one round trip (it runs before and after each endpoint and caller). */
async function snapshot() {
  const { rows } = await t.db.$client.query(`SELECT ${TABLES.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')}`)
  return rows[0] as Record<string, number>
}

async function send(caller: TestAccount | null, method: string, url: string, payload: string | undefined) {
  return t.app.inject({
    method: method as 'POST', url, payload,
    headers: { ...(caller ? { authorization: `Bearer ${caller.token}` } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
  })
}

function expectRefusal(res: Awaited<ReturnType<typeof send>>, label: string) {
  expect(res.statusCode, `${label} → ${res.statusCode} ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
  expect(res.statusCode, label).toBeLessThan(500)
  const body = res.json()
  expect(body.message, label).toMatch(/[\u4e00-\u9fff]/)
  expect(res.body, label).not.toMatch(/at .*\.ts:\d+|stack/i)
}

describe('every write endpoint survives hostile input', () => {
  it('covers the write endpoints of the OpenAPI document', async () => {
    const ops = writeOperations((await t.get('/api/docs/json')).json())
    expect(ops.length).toBeGreaterThanOrEqual(10)
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual(expect.arrayContaining(['POST /api/auth/login', 'POST /api/accounts', 'PUT /api/accounts/{id}/role']))
  })

  it('refuses malformed JSON, wrong types, huge strings and unknown fields, changing nothing', async () => {
    const ops = writeOperations((await t.get('/api/docs/json')).json())
    for (const op of ops) {
      const url = fill(op.path)
      const base = sample(op.body) as Record<string, unknown>
      const bodies: [string, string][] = [
        ['malformed JSON', '{"username": "a", '],
        ['JSON null', 'null'],
        ['JSON array', '[1,2,3]'],
        ['JSON string', '"text"'],
        ['unknown field', JSON.stringify({ ...base, unexpectedField: 1 })],
        ['huge body', JSON.stringify({ ...base, pad: 'x'.repeat(1_100_000) })],
      ]
      for (const key of Object.keys(op.body?.properties ?? {})) {
        for (const wrong of [12345, { nested: true }, [1], 'x'.repeat(100_000)]) {
          bodies.push([`${key} = ${JSON.stringify(wrong).slice(0, 20)}`, JSON.stringify({ ...base, [key]: wrong })])
        }
      }
      for (const caller of [null, ...callers]) {
        const before = await snapshot()
        for (const [label, payload] of bodies) {
          if (!op.body && label !== 'malformed JSON') continue
          expectRefusal(await send(caller, op.method, url, payload), `${op.method} ${op.path} as ${caller?.role ?? 'anonymous'}: ${label}`)
        }
        expect(await snapshot(), `${op.method} ${op.path} as ${caller?.role ?? 'anonymous'} changed a table`).toEqual(before)
      }
    }
  }, 300_000)

  it('stores or refuses SQL and HTML metacharacters, never failing', async () => {
    const ops = writeOperations((await t.get('/api/docs/json')).json())
    for (const op of ops) {
      if (!op.body?.properties) continue
      for (const key of Object.keys(op.body.properties)) {
        const base = sample(op.body) as Record<string, unknown>
        for (const caller of callers) {
          const res = await send(caller, op.method, fill(op.path), JSON.stringify({ ...base, [key]: METACHARS }))
          expect(res.statusCode, `${op.method} ${op.path} ${key}: ${res.body.slice(0, 200)}`).toBeLessThan(500)
        }
      }
    }
    expect(await t.count('accounts')).toBeGreaterThan(0)
  })

  it('answers unknown routes with JSON 404', async () => {
    const res = await t.get('/api/no/such/route')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ code: 'not_found' })
    expect(res.json().message).toContain('接口不存在')
  })
})
