import { sql } from 'drizzle-orm'
import { seedAccount } from '../../modules/accounts/service'
import { seedRegionsAndUnits, unitIdByCode } from '../../modules/regions/service'
import type { TestApp } from './test-app'

export const TEST_PASSWORD = 'Test#Passw0rd!'
export const COUNTY = '411721000000'

export interface TestTownship { code: string; name: string; villageCodes: string[]; stationId: string; officeId: string }
export interface TestAccount { id: string; username: string; token: string; regionCode: string; role: string }

let seq = 0
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`

/** The county and its member units, once per database. */
export async function makeCounty(t: TestApp) {
  await t.db.transaction((tx) => seedRegionsAndUnits(tx,
    [{ code: COUNTY, name: '测试县', level: 'county', parentCode: null, population: 100000, urbanRuralClass: null }],
    [{ code: 'fsc-office', name: '县食品安全委员会办公室', shortName: '县食安办', kind: 'office', regionCode: COUNTY, parentCode: null, aliases: ['县食安办'] },
     { code: 'msa', name: '县市场监督管理局', shortName: '市场监管局', kind: 'member', regionCode: COUNTY, parentCode: null, aliases: ['县市场监管局'] },
     { code: 'agri', name: '县农业农村局', shortName: '农业农村局', kind: 'member', regionCode: COUNTY, parentCode: null, aliases: ['县农业局'] }]))
  return COUNTY
}

/** A fresh township with three villages, a 市场监管所 and a township 食安办: tests never share rows. */
export async function makeTownship(t: TestApp): Promise<TestTownship> {
  await makeCounty(t)
  const { rows } = await t.db.execute<{ next: number }>(sql`SELECT coalesce(max(substr(code, 7, 3)::int), 99) + 1 AS next FROM regions WHERE level = 'township'`)
  const digits = String(rows[0].next).padStart(3, '0')
  const code = `411721${digits}000`
  const name = `测试${digits}镇`
  const villageCodes = ['200', '201', '001'].map((v) => `411721${digits}${v}`)
  await t.db.transaction((tx) => seedRegionsAndUnits(tx, [
    { code, name, level: 'township', parentCode: COUNTY, population: 9000, urbanRuralClass: null },
    ...villageCodes.map((v, i) => ({ code: v, name: `${name}${['东村', '西村', '社区'][i]}`, level: 'village', parentCode: code, population: 3000, urbanRuralClass: i < 2 ? '220' : '121' })),
  ], [
    { code: `msa-411721${digits}`, name: `${name}市场监督管理所`, shortName: `${name}所`, kind: 'market_station', regionCode: code, parentCode: 'msa', aliases: [] },
    { code: `tso-411721${digits}`, name: `${name}食安办`, shortName: `${name}食安办`, kind: 'township_office', regionCode: code, parentCode: null, aliases: [] },
  ]))
  return { code, name, villageCodes, stationId: (await unitIdByCode(t.db, `msa-411721${digits}`))!, officeId: (await unitIdByCode(t.db, `tso-411721${digits}`))! }
}

/** An account created in the database and signed in through the real login endpoint. */
export async function makeAccount(t: TestApp, options: { role: string | null; regionCode?: string; unitCode?: string; username?: string; password?: string; mustChangePassword?: boolean }): Promise<TestAccount> {
  const regionCode = options.regionCode ?? (await makeCounty(t))
  const username = options.username ?? `u${unique()}`
  const password = options.password ?? TEST_PASSWORD
  const unitId = options.unitCode ? (await unitIdByCode(t.db, options.unitCode)) ?? null : null
  await t.db.transaction((tx) => seedAccount(tx, {
    username, displayName: '测试用户', password, role: options.role, regionCode, unitId, mustChangePassword: options.mustChangePassword ?? false,
  }))
  const res = await t.post('/api/auth/login', { username, password })
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.body}`)
  const body = res.json()
  return { id: body.account.id, username, token: body.token, regionCode, role: options.role ?? '' }
}

/** The demo county (西平县, its units, aliases and the ten demo accounts) in this test database. */
export async function loadDemoCounty(t: TestApp) {
  const { loadDemo } = await import('../../modules/demo/load-demo')
  await loadDemo(t.db, { production: false, register: false })
}

/** Signs in a demo account (password Shian@2026) through the real login endpoint. */
export async function loginAs(t: TestApp, username: string): Promise<TestAccount> {
  const res = await t.post('/api/auth/login', { username, password: 'Shian@2026' })
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.body}`)
  const body = res.json()
  return { id: body.account.id, username, token: body.token, regionCode: body.account.regionCode, role: body.account.role }
}
