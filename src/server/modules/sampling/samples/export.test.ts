import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SampleListDto } from '../../../../shared/sampling'
import { makeAccount, makeTownship, type TestAccount } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { expectBadField } from '../../../platform/testing/expect-bad'
import { openTable, rowsByHeader } from '../../../platform/testing/xlsx'
import { catalogueItemId, catalogueResult, makeSample, reportSample, sampleInput, samplingSetup, type SamplingSetup } from './factory'

// Three samples of a township in 2026 (one failing, one still at the lab, one 例行监测 passing) and one in 2025.
let t: TestApp
let s: SamplingSetup
let stranger: TestAccount
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T10:00:00+08:00') } })
  s = await samplingSetup(t)
  stranger = await makeAccount(t, { role: 'office', regionCode: (await makeTownship(t)).code })
  const pair = s.inspectors.map((i) => i.id)
  const chlorpyrifos = await catalogueItemId(t, 'chlorpyrifos-chinese-chives')
  const failing = await makeSample(t, s.office, sampleInput(s.entityId, pair, { sampledOn: '2026-04-08' }))
  await reportSample(t, s.office, failing.id, [catalogueResult(chlorpyrifos, '0.5')], { sentOn: '2026-04-09', reportReceivedOn: '2026-04-20' })
  await makeSample(t, s.office, sampleInput(s.entityId, pair, { sampledOn: '2026-06-10', productName: '芹菜' }))
  const routine = await makeSample(t, s.office, sampleInput(s.entityId, pair, { sampledOn: '2026-05-06', purpose: 'routine' }))
  await reportSample(t, s.office, routine.id, [catalogueResult(chlorpyrifos, null)], { sentOn: '2026-05-07', reportReceivedOn: '2026-05-20' })
  await makeSample(t, s.office, sampleInput(s.entityId, pair, { sampledOn: '2025-10-10', productionDate: '2025-10-01' }))
})
afterAll(async () => { await t.close() })

describe('samples export', () => {
  it('holds every sample the filters select, in the list’s order, labelled', async () => {
    const list = (await t.as(s.office).get('/api/samples?year=2026&pageSize=200')).json() as SampleListDto
    const sheet = await openTable(await t.as(s.office).get('/api/samples/export?year=2026&page=2&pageSize=1'))
    expect(sheet.fileName).toBe('抽样检验_2026年_2026-06-15.xlsx')
    expect(sheet.header.slice(0, 6)).toEqual(['序号', '抽样单编号', '抽样日期', '被抽样单位', '区域', '样品'])
    expect(sheet.rows).toHaveLength(3)
    expect(rowsByHeader(sheet).map((r) => [r['抽样单编号'], r['抽样日期'], r['样品'], r['抽检类型'], r['结论'], r['核查处置']]))
      .toEqual(list.items.map((x) => [x.sampleNumber, x.sampledOn, x.productName, x.purpose === 'routine' ? '例行监测' : '监督抽检',
        x.verdict === 'fail' ? '不合格' : x.verdict === 'pass' ? '合格' : x.sentOn ? '检验中' : '待送检', x.disposalId ? '已启动' : '']))
    const failed = await openTable(await t.as(s.office).get('/api/samples/export?state=fail'))
    expect(failed.rows.map((r) => r[2])).toEqual(['2026-04-08'])
    expect(rowsByHeader(failed)[0]).toMatchObject({ 结论: '不合格', 不合格项目: expect.stringContaining('毒死蜱'), 送检日期: '2026-04-09', 收到报告: '2026-04-20' })
  })

  it('keeps to the caller’s scope and names a bad filter', async () => {
    expect((await openTable(await t.as(stranger).get('/api/samples/export'))).rows).toEqual([])
    await expectBadField(t.as(s.office), '/api/samples/export?state=lost', '检验状态')
    await expectBadField(t.as(s.office), '/api/samples/export?year=1900', '年度')
  })
})
