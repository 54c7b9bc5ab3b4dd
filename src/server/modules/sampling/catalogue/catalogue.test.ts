import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestItemInput } from '../../../../shared/sampling'
import { FOOD_CATEGORIES } from '../../../../shared/sampling-catalogue'
import { makeAccount, makeTownship, type TestAccount } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { SEED_ITEMS } from './seed-items'
import { syncTestItemCatalogue } from './sync'

let t: TestApp
let office: TestAccount
let inspector: TestAccount
beforeAll(async () => {
  t = await startTestApp()
  const town = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: town.code })
  inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
})
afterAll(async () => { await t.close() })

const input = (over: Partial<TestItemInput> = {}): TestItemInput => ({
  name: '噻虫胺', group: 'pesticide', foodScope: '豇豆', categories: ['vegetables'], limitKind: 'max', limitValue: '0.01', limitMax: null, planN: null, planC: null,
  unit: 'mg/kg', standard: 'GB 2763-2021', status: 'U', note: null, active: true, ...over,
})

describe('the seeded catalogue', () => {
  it('holds every row of SAMPLING-LIMITS.md §1–§5 once, with valid categories and complete limits', () => {
    const keys = SEED_ITEMS.map((i) => i.seedKey)
    expect(new Set(keys).size).toBe(keys.length)
    // 59 table rows; split cells counted by hand: §1 37 rows, §2 12, §3 21, §4 22, §5 11.
    const bySection = (groups: string[]) => SEED_ITEMS.filter((i) => groups.includes(i.group)).length
    expect(SEED_ITEMS.length).toBe(103)
    expect([bySection(['pesticide']), bySection(['vet_drug']), bySection(['additive'])]).toEqual([12, 21, 22])
    for (const i of SEED_ITEMS) {
      expect(i.categories.length, i.seedKey).toBeGreaterThan(0)
      for (const c of i.categories) expect(Object.keys(FOOD_CATEGORIES), i.seedKey).toContain(c)
      expect(i.seedKey.length).toBeLessThanOrEqual(48)
    }
    // Split rows of the table: 新鲜水果 / 浆果 "0.1 / 0.2", 豆类 / 豆类制品 / 豆浆 "0.2 / 0.5 / 0.05".
    const lead = (scope: string) => SEED_ITEMS.find((i) => i.name === '铅' && i.foodScope === scope)?.limitValue
    expect([lead('新鲜水果（浆果和其他小粒水果除外）'), lead('浆果和其他小粒水果'), lead('豆类'), lead('豆类制品（豆浆除外）'), lead('豆浆')]).toEqual(['0.1', '0.2', '0.2', '0.5', '0.05'])
    expect(SEED_ITEMS.find((i) => i.seedKey === 'apc-pastry')).toMatchObject({ limitKind: 'microbe', limitValue: '10000', limitMax: '100000', planN: 5, planC: 2, status: 'S' })
  })

  it('syncs idempotently and never overwrites an office correction', async () => {
    // The test database may come seeded already (the global setup syncs the template): count rows, not inserts.
    await syncTestItemCatalogue(t.db)
    const seeded = async () => (await t.db.$client.query('SELECT count(*)::int AS n FROM test_items WHERE seed_key IS NOT NULL')).rows[0].n
    expect(await seeded()).toBe(SEED_ITEMS.length)
    expect(await syncTestItemCatalogue(t.db)).toBe(0)
    await t.db.$client.query(`DELETE FROM test_items WHERE seed_key = 'pb-raw-milk'`)
    expect(await syncTestItemCatalogue(t.db)).toBe(1)
    const row = (await t.as(office).get('/api/test-items?q=%E6%AF%92%E6%AD%BB%E8%9C%B1')).json().items.find((i: { seedKey: string }) => i.seedKey === 'chlorpyrifos-celery')
    const { id, seedKey: _k, updatedAt: _u, ...current } = row
    const res = await t.as(office).put(`/api/test-items/${id}`, { ...current, limitValue: '0.03', status: 'P', note: '已核对 GB 2763-2021 原文' })
    expect(res.statusCode).toBe(200)
    expect(await syncTestItemCatalogue(t.db)).toBe(0)
    const after = (await t.as(inspector).get('/api/test-items?q=%E6%AF%92%E6%AD%BB%E8%9C%B1')).json().items.find((i: { id: string }) => i.id === id)
    expect(after).toMatchObject({ limitValue: '0.030000', status: 'P', note: '已核对 GB 2763-2021 原文' })
    const audit = await t.auditFor(id)
    expect(audit).toMatchObject([{ action: 'test_item.update', actorId: office.id, before: { limitValue: '0.050000', status: 'U' }, after: { limitValue: '0.030000', status: 'P' } }])
  })
})

describe('/api/test-items', () => {
  it('filters by category and keyword, hiding inactive rows unless asked', async () => {
    await syncTestItemCatalogue(t.db)
    const oil = (await t.as(inspector).get('/api/test-items?category=edible_oil')).json().items
    expect(oil.map((i: { name: string }) => i.name)).toEqual(expect.arrayContaining(['酸价（以 KOH 计）', '过氧化值', '苯并[a]芘', '黄曲霉毒素B₁']))
    expect(oil.every((i: { categories: string[] }) => i.categories.includes('edible_oil'))).toBe(true)
    // A row naming no category applies to every food, so every category lists it.
    const everyFood = (await t.as(office).post('/api/test-items', input({ name: '全部食品项目', foodScope: '各类食品', categories: [] }))).json()
    for (const category of ['edible_oil', 'pastry']) {
      expect((await t.as(inspector).get(`/api/test-items?category=${category}`)).json().items.map((i: { id: string }) => i.id)).toContain(everyFood.id)
    }
    const created = (await t.as(office).post('/api/test-items', input({ name: '停用项目', active: false }))).json()
    expect((await t.as(inspector).get(`/api/test-items?q=${encodeURIComponent('停用项目')}`)).json().items).toEqual([])
    expect((await t.as(inspector).get(`/api/test-items?q=${encodeURIComponent('停用项目')}&includeInactive=true`)).json().items.map((i: { id: string }) => i.id)).toEqual([created.id])
    expect((await t.as(inspector).get('/api/test-items?category=stones')).statusCode).toBe(400)
  })

  it('creates an item with an audit row; only a manager may', async () => {
    const res = await t.as(office).post('/api/test-items', input())
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ seedKey: null, name: '噻虫胺', limitValue: '0.010000', status: 'U', active: true })
    expect(await t.auditFor(res.json().id)).toMatchObject([{ action: 'test_item.create', actorId: office.id }])
    expect((await t.as(inspector).post('/api/test-items', input({ foodScope: '韭菜' }))).statusCode).toBe(403)
    const dup = await t.as(office).post('/api/test-items', input())
    expect(dup.statusCode).toBe(409)
    expect(dup.json().message).toBe('检验项目：「噻虫胺」（豇豆）已在目录中')
  })

  it('refuses an incomplete limit for its kind, naming the field', async () => {
    const before = await t.count('test_items')
    const cases: [Partial<TestItemInput>, string][] = [
      [{ limitValue: null }, '限量值：最大限量或最低含量须填写限量值'],
      [{ limitKind: 'min', limitValue: null }, '限量值：最大限量或最低含量须填写限量值'],
      [{ planN: 5 }, 'n（样品数）：只有微生物采样方案填写 n'],
      [{ limitKind: 'not_detected' }, '限量值：不得检出的项目不填限量值'],
      [{ limitKind: 'microbe', limitValue: '100', planN: null, planC: 1, limitMax: '1000' }, 'n（样品数）：微生物采样方案须填写 n'],
      [{ limitKind: 'microbe', limitValue: '100', planN: 5, planC: null, limitMax: '1000' }, 'c（允许超 m 数）：微生物采样方案须填写 c'],
      [{ limitKind: 'microbe', limitValue: null, planN: 5, planC: 1, limitMax: '1000' }, '限量值：微生物采样方案须填写 m 值'],
      [{ limitKind: 'microbe', limitValue: '100', planN: 5, planC: 2, limitMax: null }, 'c（允许超 m 数）：没有 M 值（二级采样方案）时 c 应为 0'],
      [{ limitKind: 'microbe', limitValue: '100', planN: 5, planC: 1, limitMax: '10' }, 'M 值：不能小于 m 值'],
      [{ limitKind: 'banned' }, '判定方式'],
      [{ limitValue: '0.1234567' }, '限量值'],
      [{ status: 'X' }, '核实状态'],
      [{ name: '' }, '检验项目'],
    ]
    for (const [over, message] of cases) {
      const res = await t.as(office).post('/api/test-items', input({ foodScope: `豇豆${message}`.slice(0, 100), ...over }))
      expect(res.statusCode, message).toBe(400)
      expect(res.json().message).toContain(message)
    }
    expect(await t.count('test_items')).toBe(before)
    const ok = await t.as(office).post('/api/test-items', input({ name: '沙门氏菌', group: 'microbe', foodScope: '凉拌菜', limitKind: 'microbe', limitValue: '0', planN: 5, planC: 0, unit: '/25g' }))
    expect(ok.statusCode).toBe(201)
  })

  it('answers a missing item with 404', async () => {
    const res = await t.as(office).put('/api/test-items/00000000-0000-4000-8000-000000000000', input())
    expect(res.statusCode).toBe(404)
    expect(res.json().message).toBe('检验项目不存在')
  })
})
