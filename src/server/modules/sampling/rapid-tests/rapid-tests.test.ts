import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from '../../../platform/exceljs'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { insertSample } from '../figures/test-rows'

let app: TestApp
beforeAll(async () => { app = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } }) })
afterAll(() => app.close())

async function setup() {
  const home = await makeTownship(app)
  const inspector = await makeAccount(app, { role: 'inspector', regionCode: home.code })
  const office = await makeAccount(app, { role: 'office' })
  const entity = await makeEntity(app, office, home.villageCodes[0], { type: 'supermarket', cateringGrade: null })
  return { home, inspector, office, entity }
}
const organo = (entityId: string | null, reading: string | null, over: Record<string, unknown> = {}) => ({
  entityId, regionCode: null, placeKind: 'market', placeName: null, testedOn: '2026-06-10', item: 'organophosphate', method: null,
  sampleName: '韭菜', reading, result: null, operatorName: '张检测', kitBatch: 'KJ2026', ...over,
})

describe('recording', () => {
  it('judges enzyme inhibition at the 50 % cut-off: 49.9 negative, 50 positive', async () => {
    const { inspector, entity } = await setup()
    const low = await app.as(inspector).post('/api/rapid-tests', organo(entity.id, '49.9'))
    expect(low.statusCode).toBe(201)
    expect(low.json()).toMatchObject({ result: 'negative', reading: '49.9', readingUnit: '%', placeName: entity.name, method: '酶抑制率法（GB/T 5009.199-2003）', pendingConfirm: false })
    const high = await app.as(inspector).post('/api/rapid-tests', organo(entity.id, '50'))
    expect(high.json()).toMatchObject({ result: 'positive', reading: '50', pendingConfirm: true })
    expect(await app.auditFor(high.json().id)).toMatchObject([{ action: 'rapid_test.create', actorId: inspector.id }])
  })

  it('takes a typed result for a qualitative item and a place without a business', async () => {
    const { home, inspector } = await setup()
    const res = await app.as(inspector).post('/api/rapid-tests', organo(null, null, {
      item: 'clenbuterol', result: 'negative', placeKind: 'farm', placeName: '某生猪养殖场', regionCode: home.villageCodes[1], sampleName: '猪尿',
    }))
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ result: 'negative', reading: null, method: '胶体金免疫层析法', regionCode: home.villageCodes[1], entityId: null })
  })

  it('names the bad field in Chinese and writes nothing', async () => {
    const { home, inspector, entity } = await setup()
    const other = await makeTownship(app)
    const cases: [Record<string, unknown>, string][] = [
      [organo(entity.id, null), '检测读数：“有机磷和氨基甲酸酯类农药（抑制率）”须填写读数'],
      [organo(entity.id, '120'), '检测读数：抑制率不能超过 100%'],
      [organo(entity.id, '12', { result: 'positive' }), '检测结果：读数 12% 对应“阴性”'],
      [organo(entity.id, '12', { item: 'clenbuterol' }), '检测读数：“克伦特罗”为定性检测，不填读数'],
      [organo(entity.id, null, { item: 'clenbuterol' }), '检测结果：须选择阴性或阳性'],
      [organo(entity.id, '12', { testedOn: '2026-06-16' }), '检测日期：不能晚于今天'],
      [organo(null, '12'), '地点名称：请选择经营主体或填写地点名称'],
      [organo(null, '12', { placeName: '集市', regionCode: other.villageCodes[0] }), '所在区划：不在本账号管辖范围内'],
      [organo(entity.id, '12', { item: 'melamine' }), '检测项目'],
      [organo(entity.id, 'abc'), '检测读数'],
      [organo(entity.id, '12', { sampleName: '' }), '样品名称'],
    ]
    for (const [input, message] of cases) {
      const res = await app.as(inspector).post('/api/rapid-tests', input)
      expect(res.statusCode, message).toBe(400)
      expect(res.json().message).toContain(message)
    }
    expect(await app.count('rapid_tests', { region_code: home.villageCodes[0] })).toBe(0)
  })
})

describe('list, confirmation and scope', () => {
  it('filters, counts by item, lists positives awaiting a lab sample, and links the sample', async () => {
    const { home, inspector, entity } = await setup()
    const ids: string[] = []
    for (const r of ['10', '55', '70']) ids.push((await app.as(inspector).post('/api/rapid-tests', organo(entity.id, r))).json().id)
    await app.as(inspector).post('/api/rapid-tests', organo(entity.id, null, { item: 'clenbuterol', result: 'positive', sampleName: '猪肉' }))
    const list = (await app.as(inspector).get(`/api/rapid-tests?region=${home.code}`)).json()
    expect(list.total).toBe(4)
    expect(list.pendingConfirm).toBe(3)
    expect(list.byItem).toEqual([
      { item: 'organophosphate', label: '有机磷和氨基甲酸酯类农药（抑制率）', count: 3, positives: 2 },
      { item: 'clenbuterol', label: '克伦特罗', count: 1, positives: 1 },
    ])
    const only = (await app.as(inspector).get(`/api/rapid-tests?region=${home.code}&item=organophosphate&result=positive`)).json()
    expect(only.total).toBe(2)
    expect(only.byItem).toHaveLength(2) // counts ignore the item filter

    // Only a positive is sent for confirmation, and only with a sample of the same business.
    const negative = await app.as(inspector).post(`/api/rapid-tests/${ids[0]}/confirm`, { sampleId: '00000000-0000-4000-8000-000000000000', disposalNote: null })
    expect(negative.statusCode).toBe(400)
    expect(negative.json().message).toBe('送检样品：只有阳性快检结果需要送检确认')
    const elsewhere = await makeEntity(app, inspector, home.villageCodes[1])
    const wrong = await insertSample(app, { entityId: elsewhere.id, regionCode: home.villageCodes[1], sampledOn: '2026-06-11' })
    const res1 = await app.as(inspector).post(`/api/rapid-tests/${ids[1]}/confirm`, { sampleId: wrong, disposalNote: null })
    expect(res1.statusCode).toBe(400)
    expect(res1.json().message).toContain('不是从该快检的被检单位（地点）抽取的样品')
    const early = await insertSample(app, { entityId: entity.id, regionCode: home.villageCodes[0], sampledOn: '2026-06-09' })
    expect((await app.as(inspector).post(`/api/rapid-tests/${ids[1]}/confirm`, { sampleId: early, disposalNote: null })).json().message).toContain('早于快检日期')
    const right = await insertSample(app, { entityId: entity.id, regionCode: home.villageCodes[0], sampledOn: '2026-06-10' })
    const ok = await app.as(inspector).post(`/api/rapid-tests/${ids[1]}/confirm`, { sampleId: right, disposalNote: '已责令下架' })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ confirmSampleId: right, pendingConfirm: false, disposalNote: '已责令下架' })
    expect(ok.json().confirmSampleNumber).toMatch(/^T/)
    expect((await app.as(inspector).post(`/api/rapid-tests/${ids[1]}/confirm`, { sampleId: right, disposalNote: null })).statusCode).toBe(409)
    expect((await app.auditFor(ids[1])).map((a) => a.action)).toEqual(['rapid_test.create', 'rapid_test.confirm'])
    const pending = (await app.as(inspector).get(`/api/rapid-tests?region=${home.code}&pending=true`)).json()
    expect(pending.items.map((i: { id: string }) => i.id).sort()).toEqual([ids[2], list.items.find((i: { item: string }) => i.item === 'clenbuterol').id].sort())
  })

  it('answers 404 for another township’s record exactly as for a missing one', async () => {
    const { inspector, entity } = await setup()
    const id = (await app.as(inspector).post('/api/rapid-tests', organo(entity.id, '60'))).json().id
    const { inspector: stranger } = await setup()
    const theirs = await app.as(stranger).get(`/api/rapid-tests/${id}`)
    const missing = await app.as(stranger).get('/api/rapid-tests/00000000-0000-4000-8000-000000000000')
    expect([theirs.statusCode, theirs.json().message]).toEqual([404, '快检记录不存在'])
    expect(missing.json()).toEqual(theirs.json())
    expect((await app.as(stranger).post(`/api/rapid-tests/${id}/confirm`, { sampleId: '00000000-0000-4000-8000-000000000000', disposalNote: null })).statusCode).toBe(404)
    expect((await app.as(stranger).get(`/api/rapid-tests?region=${inspector.regionCode}`)).statusCode).toBe(404)
  })
})

async function workbook(rows: unknown[][]) {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('快检记录')
  sheet.addRow(['检测日期', '所在区划代码', '地点类型', '地点名称', '检测项目', '样品名称', '检测读数', '检测结果', '检测人员', '试剂批号'])
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await book.xlsx.writeBuffer())
}
function upload(t: TestApp, caller: TestAccount, buffer: Buffer) {
  const boundary = '----shian' + Date.now()
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="kuaijian.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    buffer, Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return t.app.inject({ method: 'POST', url: '/api/rapid-tests/import', payload, headers: { authorization: `Bearer ${caller.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` } })
}

describe('import', () => {
  let home: TestTownship
  let inspector: TestAccount
  beforeAll(async () => ({ home, inspector } = await setup()))

  it('imports all rows or none, listing every bad row by row and column', async () => {
    const v = home.villageCodes[0]
    const bad = await workbook([
      ['2026-06-01', v, '农贸市场', '东村市场', '有机磷和氨基甲酸酯类农药（抑制率）', '芹菜', '20', '', '张检测', 'K1'],
      ['2026-06-01', v, '菜园', '东村市场', '有机磷和氨基甲酸酯类农药（抑制率）', '芹菜', '20', '', '张检测', 'K1'],
      ['2026-06-01', v, '农贸市场', '东村市场', '克伦特罗', '猪肉', '', '', '张检测', 'K1'],
      [new Date(Date.UTC(2026, 5, 30)), v, '农贸市场', '东村市场', '克伦特罗', '猪肉', '', '阴性', '张检测', 'K1'],
    ])
    const res = await upload(app, inspector, bad)
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toContain('第 3 行“地点类型”')
    expect(res.json().message).toContain('共 3 处问题，均未导入')
    expect(res.json().details).toEqual([
      { row: 3, column: '地点类型', message: expect.stringContaining('“菜园”不在目录中') },
      { row: 4, column: '检测结果', message: '须选择阴性或阳性' },
      { row: 5, column: '检测日期', message: '不能晚于今天' },
    ])
    expect(await app.count('rapid_tests', { region_code: v })).toBe(0)

    const good = await workbook([
      ['2026-06-01', v, '农贸市场', '东村市场', '有机磷和氨基甲酸酯类农药（抑制率）', '芹菜', '20', '', '张检测', 'K1'],
      ['2026/6/2', v, 'farm', '东村养殖场', 'clenbuterol', '猪尿', '', '阳性', '张检测', 'K2'],
      [new Date(Date.UTC(2026, 5, 3)), v, '农贸市场', '东村市场', '有机磷和氨基甲酸酯类农药（抑制率）', '韭菜', '65.5%', '', '张检测', 'K1'],
    ])
    const ok = await upload(app, inspector, good)
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toEqual({ imported: 3, skipped: 0 })
    const list = (await app.as(inspector).get(`/api/rapid-tests?region=${v}`)).json()
    expect(list.items.map((i: { testedOn: string; result: string }) => [i.testedOn, i.result])).toEqual([['2026-06-03', 'positive'], ['2026-06-02', 'positive'], ['2026-06-01', 'negative']])
    // The same file again adds nothing (idempotent on the row's natural key).
    expect((await upload(app, inspector, good)).json()).toEqual({ imported: 0, skipped: 3 })
    expect(await app.count('rapid_tests', { region_code: v })).toBe(3)
  })

  it('serves the template', async () => {
    const res = await app.as(inspector).get('/api/rapid-tests/import-template.xlsx')
    expect(res.statusCode).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect(book.worksheets[0].getRow(1).values).toContain('检测项目')
    expect(book.worksheets[1].name).toBe('填写说明')
  })
})
