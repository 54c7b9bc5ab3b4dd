import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EntityDetailDto, EntityListDto } from '../../../shared/entities'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { entityInput, licenceInput, makeEntity, validUscc } from './factory'

/** The register through HTTP: identity checks, licences, history, scope, business accounts and self-inspection. */

let t: TestApp
let town: TestTownship
let other: TestTownship
let inspector: TestAccount
let outsider: TestAccount
const TODAY = '2026-06-15'

beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date(`${TODAY}T04:00:00Z`) } })
  town = await makeTownship(t)
  other = await makeTownship(t)
  inspector = await makeAccount(t, { role: 'inspector', regionCode: town.code })
  outsider = await makeAccount(t, { role: 'inspector', regionCode: other.code })
})
afterAll(async () => { await t.close() })

describe('registering an entity', () => {
  it('stores a valid entity and shows it with its place and type', async () => {
    const res = await t.as(inspector).post('/api/entities', entityInput(town.villageCodes[0], { name: '西平县好味道饭店', uscc: '91440300708461136T' }))
    expect(res.statusCode).toBe(201)
    const e = res.json() as EntityDetailDto
    expect(e).toMatchObject({ name: '西平县好味道饭店', typeLabel: '小型餐饮', sector: 'catering', regionPath: `${town.name} / ${town.name}东村`, hasAccount: false })
    expect(e.inspection).toMatchObject({ perYear: { min: 1, max: 1 } })
    expect((await t.auditFor(e.id)).map((a) => a.action)).toEqual(['entity.create'])
  })

  it('refuses a wrong check character, naming the field and the right character, and writes nothing', async () => {
    const before = await t.count('entities')
    const res = await t.as(inspector).post('/api/entities', entityInput(town.villageCodes[0], { uscc: '91440300708461136A' }))
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toBe('统一社会信用代码：校验码错误（第 18 位应为 T）')
    const bad = await t.as(inspector).post('/api/entities', entityInput(town.villageCodes[0], { uscc: '9144030070846113IT' }))
    expect(bad.json().message).toContain('统一社会信用代码：含有不允许的字符')
    expect(await t.count('entities')).toBe(before)
  })

  it('refuses a USCC already registered, a township instead of a village, and a village outside the caller\'s area', async () => {
    const uscc = validUscc()
    await makeEntity(t, inspector, town.villageCodes[0], { uscc })
    const dup = await t.as(inspector).post('/api/entities', entityInput(town.villageCodes[1], { uscc }))
    expect(dup.statusCode).toBe(409)
    expect(dup.json().message).toMatch(/^统一社会信用代码：.+ 已登记为“测试饭店\d+”$/)
    expect((await t.as(inspector).post('/api/entities', entityInput(town.code))).json().message).toBe('所在村（社区）：应为村（社区）级 12 位区划代码')
    expect((await t.as(inspector).post('/api/entities', entityInput(other.villageCodes[0]))).json().message).toContain('不在本账号管辖范围内')
  })

  it('checks what only the form knows: a canteen names its kind, 互联网+明厨亮灶 needs its video link', async () => {
    const canteen = await t.as(inspector).post('/api/entities', entityInput(town.villageCodes[0], { type: 'canteen', cateringGrade: null }))
    expect(canteen.json().message).toBe('食堂类别：单位食堂须选择食堂类别')
    const kitchen = await t.as(inspector).post('/api/entities', entityInput(town.villageCodes[0], { openKitchen: 'internet' }))
    expect(kitchen.json().message).toBe('明厨亮灶视频地址：互联网+明厨亮灶须填写视频地址')
    const school = await t.as(inspector).post('/api/entities', entityInput(town.villageCodes[0], {
      type: 'canteen', canteenKind: 'school', schoolCategory: 'primary', principalAccompanies: true, openKitchen: 'internet', openKitchenUrl: 'https://video.example.cn/1',
    }))
    expect(school.statusCode).toBe(201)
  })
})

describe('licences and history', () => {
  it('adds licences with the format checked and their days to expiry, and keeps numbers unique', async () => {
    const e = await makeEntity(t, inspector, town.villageCodes[0])
    const bad = await t.as(inspector).post(`/api/entities/${e.id}/licences`, licenceInput({ kind: 'production', number: 'SC3411721000001' }))
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toBe('证照编号：格式应为SC 加 14 位数字，第 1 位为 1（食品）或 2（食品添加剂）')
    const ok = await t.as(inspector).post(`/api/entities/${e.id}/licences`, licenceInput({ expiresOn: '2026-07-01' }))
    expect(ok.statusCode).toBe(201)
    const licence = (ok.json() as EntityDetailDto).licences[0]
    expect(licence.daysToExpiry).toBe(16)
    const second = await makeEntity(t, inspector, town.villageCodes[1])
    const dup = await t.as(inspector).post(`/api/entities/${second.id}/licences`, licenceInput({ number: licence.number }))
    expect(dup.statusCode).toBe(409)
    const list = (await t.as(inspector).get(`/api/entities?region=${town.code}&expiringWithin=30`)).json() as EntityListDto
    expect(list.items.map((i) => i.id)).toContain(e.id)
    expect(list.items.map((i) => i.id)).not.toContain(second.id)
  })

  it('shows who changed what and when on the timeline', async () => {
    const e = await makeEntity(t, inspector, town.villageCodes[0], { name: '老名字饭店' })
    const detail = (await t.as(inspector).get(`/api/entities/${e.id}`)).json() as EntityDetailDto
    const { name: _n, ...rest } = entityInput(town.villageCodes[0])
    const input = Object.fromEntries(Object.keys(rest).map((k) => [k, detail[k as keyof EntityDetailDto]]))
    const res = await t.as(inspector).put(`/api/entities/${e.id}`, { ...input, name: '新名字饭店', openKitchen: 'none' })
    expect(res.statusCode).toBe(200)
    const timeline = (await t.as(inspector).get(`/api/entities/${e.id}/timeline`)).json()
    expect(timeline[0]).toMatchObject({ actor: inspector.username, actionLabel: '修改信息' })
    expect(timeline[0].changes).toEqual(expect.arrayContaining([
      { field: '主体名称', before: '老名字饭店', after: '新名字饭店' },
      { field: '明厨亮灶', before: '传统明厨亮灶', after: '未实施' },
    ]))
    expect(timeline[1].actionLabel).toBe('登记')
    expect(timeline[1].changes).toEqual(expect.arrayContaining([{ field: '所在村（社区）', before: null, after: `${town.name}东村` }]))
    await t.as(inspector).post(`/api/entities/${e.id}/people`, { role: 'officer', name: '王安全', phone: null, appointedOn: null, assessedOn: '2026-05-27', assessmentScore: 92, assessmentPassed: true })
    const person = (await t.as(inspector).get(`/api/entities/${e.id}/timeline`)).json()[0]
    expect(person.actionLabel).toBe('新增人员')
    expect(person.changes).toEqual(expect.arrayContaining([
      { field: '岗位', before: null, after: '食品安全员' }, { field: '姓名', before: null, after: '王安全' },
      { field: '考核日期', before: null, after: '2026-05-27' }, { field: '考核结果', before: null, after: '合格' },
    ]))
  })
})

describe('scope', () => {
  it('answers an entity of another township exactly like a missing one, and leaves it out of lists', async () => {
    const e = await makeEntity(t, inspector, town.villageCodes[0])
    const res = await t.as(outsider).get(`/api/entities/${e.id}`)
    expect(res.statusCode).toBe(404)
    expect((await t.as(outsider).get('/api/entities/00000000-0000-4000-8000-000000000000')).json()).toEqual(res.json())
    expect(((await t.as(outsider).get('/api/entities?pageSize=200')).json() as EntityListDto).items.map((i) => i.id)).not.toContain(e.id)
    expect((await t.as(outsider).put(`/api/entities/${e.id}`, entityInput(other.villageCodes[0]))).statusCode).toBe(404)
  })
})

describe('business accounts and self-inspection', () => {
  let business: TestAccount
  let entityId: string

  beforeAll(async () => {
    const e = await makeEntity(t, inspector, town.villageCodes[2], { name: '自查测试超市', type: 'supermarket', cateringGrade: null, openKitchen: 'none' })
    entityId = e.id
    const opened = await t.as(inspector).post(`/api/entities/${e.id}/account`, { username: 'shop_zicha', displayName: '王店长', password: 'Shop#2026pass' })
    expect(opened.statusCode).toBe(201)
    const login = (await t.post('/api/auth/login', { username: 'shop_zicha', password: 'Shop#2026pass' })).json()
    business = { id: login.account.id, username: 'shop_zicha', token: login.token, regionCode: town.villageCodes[2], role: 'business' }
    expect((await t.as(business).post('/api/me/password', { oldPassword: 'Shop#2026pass', newPassword: 'Shop#2026new!' })).statusCode).toBe(200)
    business.token = (await t.post('/api/auth/login', { username: 'shop_zicha', password: 'Shop#2026new!' })).json().token
  })

  it('lets a business see only itself', async () => {
    const listRes = await t.as(business).get('/api/entities')
    const list = listRes.json() as EntityListDto
    expect(list.items.map((i) => i.id)).toEqual([entityId])
    const neighbour = await makeEntity(t, inspector, town.villageCodes[2])
    expect((await t.as(business).get(`/api/entities/${neighbour.id}`)).statusCode).toBe(404)
    expect((await t.as(business).post('/api/entities', entityInput(town.villageCodes[2]))).statusCode).toBe(403)
  })

  it('fills the month\'s checklist, needs a measure for every 否, and counts in the rates once submitted', async () => {
    const form = (await t.as(business).get('/api/self-inspections/mine?period=2026-06')).json()
    expect(form.items.map((i: { code: string }) => i.code)).toContain('S01')
    const answers = Object.fromEntries(form.items.map((i: { code: string }) => [i.code, { answer: 'yes' }]))
    answers.S02 = { answer: 'no' }
    const missing = await t.as(business).put('/api/self-inspections/mine', { period: '2026-06', answers, summary: null, submit: false })
    expect(missing.json().message).toContain('须填写整改措施')
    answers.S02 = { answer: 'no', measure: '冷柜温控已报修，6 月 20 日前修复' }
    const saved = await t.as(business).put('/api/self-inspections/mine', { period: '2026-06', answers, summary: null, submit: false })
    expect(saved.json()).toMatchObject({ status: 'draft', problemCount: 1 })
    const rates = async () => (await t.as(inspector).get(`/api/self-inspections/rates?period=2026-06&region=${town.code}`)).json().rows.find((r: { regionCode: string }) => r.regionCode === town.villageCodes[2])
    const draft = await rates()
    expect(draft.inspected).toBe(1)
    expect(draft.reported).toBe(0)
    const submitted = await t.as(business).put('/api/self-inspections/mine', { period: '2026-06', answers, summary: '本月自查发现 1 个问题，已落实整改。', submit: true })
    expect(submitted.json().status).toBe('submitted')
    const after = await rates()
    expect(after).toMatchObject({ inspected: 1, reported: 1 })
    expect(after.reportRate).toBe(Math.round((1 / after.obliged) * 10000) / 100)
    expect((await t.as(business).put('/api/self-inspections/mine', { period: '2026-06', answers, summary: 'x', submit: true })).json().message).toContain('已提交')
    // a quarter owes one self-inspection a month, up to this month (2026-06-15: April, May, June)
    const quarter = (await t.as(inspector).get(`/api/self-inspections/rates?period=2026-Q2&region=${town.code}`)).json().rows.find((r: { regionCode: string }) => r.regionCode === town.villageCodes[2])
    expect(quarter).toMatchObject({ obliged: after.obliged * 3, inspected: 1, reported: 1 })
    const year = (await t.as(inspector).get(`/api/self-inspections/rates?period=2026&region=${town.code}`)).json().rows.find((r: { regionName: string }) => r.regionName === '合计')
    expect(year.obliged % 6).toBe(0)
    expect((await t.as(inspector).get('/api/self-inspections/rates?period=2026-Q5')).json().message).toContain('统计期间')
  })
})
