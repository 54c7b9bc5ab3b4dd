import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeCounty, makeTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'

let t: TestApp
beforeAll(async () => { t = await startTestApp() })
afterAll(async () => { await t.close() })

describe('region tree', () => {
  it('shows the county account the whole tree and a township account only its township', async () => {
    const home = await makeTownship(t)
    const other = await makeTownship(t)
    const office = await makeAccount(t, { role: 'office', regionCode: await makeCounty(t) })
    const township = await makeAccount(t, { role: 'township', regionCode: home.code })

    const county = (await t.as(office).get('/api/regions')).json()
    expect(county).toHaveLength(1)
    expect(county[0].code).toBe('411721000000')
    expect(county[0].children.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining([home.code, other.code]))

    const own = (await t.as(township).get('/api/regions')).json()
    expect(own.map((r: { code: string }) => r.code)).toEqual([home.code])
    expect(own[0].children.map((c: { code: string }) => c.code).sort()).toEqual([...home.villageCodes].sort())
    expect(JSON.stringify(own)).not.toContain(other.code)
  })

  it('answers another township\'s region exactly like a missing one', async () => {
    const home = await makeTownship(t)
    const other = await makeTownship(t)
    const township = await makeAccount(t, { role: 'township', regionCode: home.code })
    const outside = await t.as(township).get(`/api/regions/${other.villageCodes[0]}`)
    const missing = await t.as(township).get('/api/regions/411721999999')
    expect(outside.statusCode).toBe(404)
    expect(outside.json()).toEqual(missing.json())
    expect(outside.json().message).toBe('行政区划不存在')
    // the county itself is above the township: also out of scope
    expect((await t.as(township).get('/api/regions/411721000000')).statusCode).toBe(404)
  })

  it('gives a region\'s detail with its path and child count', async () => {
    const home = await makeTownship(t)
    const township = await makeAccount(t, { role: 'township', regionCode: home.code })
    const village = (await t.as(township).get(`/api/regions/${home.villageCodes[0]}`)).json()
    expect(village).toMatchObject({ code: home.villageCodes[0], level: 'village', parentName: home.name, population: 3000, urbanRuralClass: '220' })
    expect(village.path.map((p: { code: string }) => p.code)).toEqual(['411721000000', home.code, home.villageCodes[0]])
    const town = (await t.as(township).get(`/api/regions/${home.code}`)).json()
    expect(town.childCount).toBe(3)
  })

  it('rejects a malformed code with a Chinese message naming the field', async () => {
    const office = await makeAccount(t, { role: 'office' })
    const res = await t.as(office).get('/api/regions/12ab')
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toBe('区划代码（code）：格式不正确')
  })

  it('refuses a role without regions.read', async () => {
    const business = await makeAccount(t, { role: 'business' })
    expect((await t.as(business).get('/api/regions')).statusCode).toBe(403)
  })
})

describe('units and aliases', () => {
  it('lists member units with aliases; office adds and removes an alias, audited', async () => {
    await makeCounty(t)
    const office = await makeAccount(t, { role: 'office' })
    const units = (await t.as(office).get('/api/units')).json()
    const msa = units.find((u: { code: string }) => u.code === 'msa')
    expect(msa).toMatchObject({ name: '县市场监督管理局', aliases: ['县市场监管局'] })
    const added = await t.as(office).post(`/api/units/${msa.id}/aliases`, { alias: '县市场监督局' })
    expect(added.statusCode).toBe(201)
    expect(added.json().aliases).toEqual(['县市场监督局', '县市场监管局'])
    expect((await t.auditFor(msa.id)).map((r) => r.action)).toEqual(['unit.alias_add'])
    const removed = await t.as(office).delete(`/api/units/${msa.id}/aliases/${encodeURIComponent('县市场监督局')}`)
    expect(removed.json().aliases).toEqual(['县市场监管局'])
  })

  it('refuses an alias that already names another unit, changing nothing', async () => {
    await makeCounty(t)
    const office = await makeAccount(t, { role: 'office' })
    const units = (await t.as(office).get('/api/units')).json()
    const agri = units.find((u: { code: string }) => u.code === 'agri')
    const taken = await t.as(office).post(`/api/units/${agri.id}/aliases`, { alias: '县市场监管局' })
    expect(taken.statusCode).toBe(409)
    expect(taken.json().message).toBe('别名（alias）：“县市场监管局”已是“县市场监督管理局”的别名')
    const official = await t.as(office).post(`/api/units/${agri.id}/aliases`, { alias: '县市场监督管理局' })
    expect(official.statusCode).toBe(409)
    expect((await t.as(office).get(`/api/units/${agri.id}`)).json().aliases).toEqual(['县农业局'])
  })

  it('hides another township\'s station from a township account', async () => {
    const home = await makeTownship(t)
    const other = await makeTownship(t)
    const township = await makeAccount(t, { role: 'township', regionCode: home.code })
    const names = (await t.as(township).get('/api/units')).json().map((u: { name: string }) => u.name)
    expect(names).toContain(`${home.name}市场监督管理所`)
    expect(names).not.toContain(`${other.name}市场监督管理所`)
    expect(names).toContain('县市场监督管理局')
    expect((await t.as(township).get(`/api/units/${other.stationId}`)).statusCode).toBe(404)
  })

  it('lets only units.manage change aliases', async () => {
    const home = await makeTownship(t)
    const township = await makeAccount(t, { role: 'township', regionCode: home.code })
    const res = await t.as(township).post(`/api/units/${home.stationId}/aliases`, { alias: '某所' })
    expect(res.statusCode).toBe(403)
    expect(await t.count('unit_aliases', { alias: '某所' })).toBe(0)
  })
})
