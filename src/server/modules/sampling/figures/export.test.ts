import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FiguresDto } from '../../../../shared/sampling-figures'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'
import { makeEntity } from '../../entities/factory'
import { insertSample } from './test-rows'

// A township with three judged samples in two villages (one failed); a township account of another township.
let app: TestApp
let home: TestTownship
let office: TestAccount, stranger: TestAccount
const query = () => `region=${home.code}&from=2026-01-01&to=2026-06-15`
beforeAll(async () => {
  app = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } })
  home = await makeTownship(app)
  office = await makeAccount(app, { role: 'office' })
  stranger = await makeAccount(app, { role: 'township', regionCode: (await makeTownship(app)).code })
  const [v1, v2] = home.villageCodes
  const e1 = await makeEntity(app, office, v1)
  const e2 = await makeEntity(app, office, v2)
  await insertSample(app, { entityId: e1.id, regionCode: v1, sampledOn: '2026-03-10', verdict: 'pass' })
  await insertSample(app, { entityId: e1.id, regionCode: v1, sampledOn: '2026-03-11', verdict: 'fail' })
  await insertSample(app, { entityId: e2.id, regionCode: v2, sampledOn: '2026-04-01', verdict: 'pass' })
})
afterAll(() => app.close())

describe('抽检与快检指标 exports', () => {
  it('the figures and the regions one level down, as the card shows them for the same region and period', async () => {
    const d = (await app.as(office).get(`/api/sampling/figures?${query()}`)).json() as FiguresDto
    const figures = await openTable(await app.as(office).get(`/api/sampling/figures/export/figures?${query()}`))
    expect(figures.fileName).toBe(`抽检与快检指标_${d.regionName}_2026-01-01至2026-06-15.xlsx`)
    expect(rowsByHeader(figures).map((r) => [r['指标'], r['数值'], r['分子数'], r['分母数']])).toEqual(d.figures.map((f) => [f.label, f.value, f.numerator, f.denominator]))
    const regions = await openTable(await app.as(office).get(`/api/sampling/figures/export/regions?${query()}`))
    expect(rowsByHeader(regions).map((r) => [r['区域'], r['抽检批次'], r['合格'], r['不合格']])).toEqual(d.rows.map((r) => [r.name, r.batches, r.passed, r.failed]))
    expect(rowsByHeader(regions).slice(0, 2).map((r) => [r['抽检批次'], r['不合格']])).toEqual([[2, 1], [1, 0]])
  })

  it('answers a region outside the caller’s scope as the card does, and names bad input', async () => {
    const outside = await app.as(stranger).get(`/api/sampling/figures/export/regions?${query()}`)
    expect(outside.statusCode).toBe(404)
    expect(outside.json()).toEqual((await app.as(stranger).get(`/api/sampling/figures?${query()}`)).json())
    await expectBadField(app.as(office), `/api/sampling/figures/export/regions?region=${home.code}&from=2026-13-01`, '起始日期')
    await expectBadField(app.as(office), `/api/sampling/figures/export/charts?${query()}`, '表格')
  })
})
