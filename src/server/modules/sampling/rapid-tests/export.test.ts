import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RapidTestListDto } from '../../../../shared/rapid-tests'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { makeAccount, makeTownship, type TestAccount } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'
import { makeEntity } from '../../entities/factory'

// On 2026-06-15 a township records three 快检: a negative and a positive organophosphate reading, and a negative clenbuterol strip.
let app: TestApp
let inspector: TestAccount, stranger: TestAccount
beforeAll(async () => {
  app = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } })
  const home = await makeTownship(app)
  inspector = await makeAccount(app, { role: 'inspector', regionCode: home.code })
  stranger = await makeAccount(app, { role: 'inspector', regionCode: (await makeTownship(app)).code })
  const entity = await makeEntity(app, await makeAccount(app, { role: 'office' }), home.villageCodes[0], { type: 'supermarket', cateringGrade: null })
  const record = (over: Record<string, unknown>) => app.as(inspector).post('/api/rapid-tests', {
    entityId: entity.id, regionCode: null, placeKind: 'market', placeName: null, item: 'organophosphate', method: null,
    sampleName: '韭菜', result: null, operatorName: '张检测', kitBatch: 'KJ2026', ...over,
  }).then((r) => expect(r.statusCode, r.body).toBe(201))
  await record({ testedOn: '2026-06-01', reading: '12.5' })
  await record({ testedOn: '2026-06-10', reading: '61' })
  await record({ testedOn: '2026-06-12', reading: null, item: 'clenbuterol', result: 'negative', sampleName: '猪尿' })
})
afterAll(() => app.close())

describe('rapid tests export', () => {
  it('holds every record the filters select, in the list’s order, with labels and real dates', async () => {
    const query = 'from=2026-06-01&to=2026-06-15'
    const list = (await app.as(inspector).get(`/api/rapid-tests?${query}&pageSize=200`)).json() as RapidTestListDto
    const sheet = await openTable(await app.as(inspector).get(`/api/rapid-tests/export?${query}&pageSize=1`))
    expect(sheet.fileName).toBe('快检_2026-06-01至2026-06-15_2026-06-15.xlsx')
    expect(sheet.rows).toHaveLength(3)
    expect(rowsByHeader(sheet).map((r) => [r['检测日期'], r['地点'], r['区域'], r['检测项目'], r['样品'], r['检测人员']]))
      .toEqual(list.items.map((t) => [t.testedOn, t.placeName, t.regionName, t.itemLabel, t.sampleName, t.operatorName]))
    expect(rowsByHeader(sheet).map((r) => [r['读数'], r['结果'], r['送检'], r['地点类型']])).toEqual([
      [null, '阴性', '', '农贸市场'], ['61%', '阳性', '待送检', '农贸市场'], ['12.5%', '阴性', '', '农贸市场'],
    ])
  })

  it('follows the filters, keeps to the caller’s scope and names a bad filter', async () => {
    const positives = await openTable(await app.as(inspector).get('/api/rapid-tests/export?pending=true'))
    expect(positives.rows).toHaveLength(1)
    expect(positives.title).toContain('待送检')
    expect((await openTable(await app.as(stranger).get('/api/rapid-tests/export'))).rows).toEqual([])
    await expectBadField(app.as(inspector), '/api/rapid-tests/export?result=maybe', '检测结果')
  })
})
