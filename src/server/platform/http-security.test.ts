import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../app'
import { loadConfig } from './config'
import { startTestApp, type TestApp } from './testing/test-app'

let t: TestApp
beforeAll(async () => { t = await startTestApp() })
afterAll(async () => { await t.close() })

describe('HTTP surface', () => {
  it('reports health with the database kind and version', async () => {
    const res = await t.get('/api/health')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok', database: expect.stringMatching(/^(embedded|external)$/), version: t.config.version })
  })

  it('sends security headers: CSP with frame-ancestors, nosniff, no framing', async () => {
    const res = await t.get('/api/health')
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('serves the OpenAPI document and its UI, every route documented with a tag', async () => {
    const doc = (await t.get('/api/docs/json')).json()
    expect(doc.openapi).toBe('3.0.3')
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login', '/api/regions', '/api/regions/{code}', '/api/me']))
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, { tags?: string[] }>>)) {
      for (const [method, op] of Object.entries(methods)) expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0)
    }
    expect((await t.get('/api/docs')).statusCode).toBeLessThan(400)
  })

  it('refuses to boot a route that declares no permission', async () => {
    const app = await buildApp({ db: t.db, config: loadConfig(), databaseKind: 'external' })
    expect(() => app.get('/api/undeclared', async () => 'x')).toThrow(/declares neither/)
    await app.close()
  })
})
