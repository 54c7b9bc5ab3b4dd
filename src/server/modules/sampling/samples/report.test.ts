import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResultInput } from '../../../../shared/sampling'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { catalogueItemId, catalogueResult, makeSample, reportSample, sampleInput, samplingSetup, type SamplingSetup } from './factory'

const TODAY = '2026-10-20'
let t: TestApp
let s: SamplingSetup
let id: Record<string, string>
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date(`${TODAY}T10:00:00+08:00`) } })
  s = await samplingSetup(t)
  id = Object.fromEntries(await Promise.all(['chlorpyrifos-chinese-chives', 'cd-leafy-celery', 'clenbuterol', 'apc-pastry', 'salmonella-rte', 'pb-brassica']
    .map(async (k) => [k, await catalogueItemId(t, k)])))
})
afterAll(async () => { await t.close() })

const newSample = (over: Parameters<typeof sampleInput>[2] = {}) => makeSample(t, s.inspectors[0], sampleInput(s.entityId, s.inspectors.map((i) => i.id), over))
const sent = async (over: Parameters<typeof sampleInput>[2] = {}) => {
  const d = await newSample(over)
  await t.as(s.inspectors[0]).post(`/api/samples/${d.id}/send`, { sentOn: '2026-03-03' })
  return d
}
const report = (sampleId: string, results: ResultInput[], over: Record<string, unknown> = {}) =>
  t.as(s.inspectors[0]).post(`/api/samples/${sampleId}/report`, { reportReceivedOn: '2026-03-20', reportNumber: 'BG-1', results, ...over })
const typed = (over: Partial<ResultInput>): ResultInput => ({
  ...catalogueResult(null as unknown as string, '0.3'), testItemId: null, itemName: '噻虫胺', unit: 'mg/kg', limitKind: 'max', limitValue: '0.5', standard: 'GB 2763-2021', ...over,
})

describe('verdicts of a known report', () => {
  it('judges each item from value and limit, copies the catalogue limit, and fails the sample on one failure', async () => {
    const d = await sent()
    const res = await report(d.id, [
      catalogueResult(id['chlorpyrifos-chinese-chives'], '0.02'), // = limit 0.02 → pass
      catalogueResult(id['cd-leafy-celery'], '0.200001'), // limit 0.2 + 0.000001 → fail
      // a banned substance detected at or below the LOD counts as 未检出 → pass (typed: the catalogue's 克伦特罗 is for animal foods)
      typed({ itemName: '克伦特罗', limitKind: 'not_detected', limitValue: null, value: '0.3', lod: '0.5', unit: 'μg/kg', standard: '农业部公告第193号' }),
      catalogueResult(id['pb-brassica'], null), // 未检出 → pass
      typed({}), // 0.3 ≤ 0.5 → pass
    ])
    expect(res.statusCode).toBe(200)
    const d2 = res.json()
    expect(d2.verdict).toBe('fail')
    expect(d2.results.map((r: { itemName: string; verdict: string; limitText: string }) => [r.itemName, r.verdict, r.limitText])).toEqual([
      ['毒死蜱', 'pass', '≤ 0.02 mg/kg'], ['镉', 'fail', '≤ 0.2 mg/kg'], ['克伦特罗', 'pass', '不得检出'], ['铅', 'pass', '≤ 0.2 mg/kg'], ['噻虫胺', 'pass', '≤ 0.5 mg/kg'],
    ])
    expect(d2.results[1]).toMatchObject({ standard: 'GB 2762-2012', testItemId: id['cd-leafy-celery'], value: '0.200001' })
    expect(d2.reportNumber).toBe('BG-1')
    expect(d2.deadlines[1]).toMatchObject({ code: 'lab_report', doneOn: '2026-03-20' })
    // The failed report opened its 核查处置 file in the same transaction, dated from the report.
    expect(d2.disposalId).toEqual(expect.any(String))
    expect(d2.failedItems).toEqual(['镉'])
    const { rows } = await t.db.$client.query('SELECT opened_on, notify_due_on, close_due_on FROM disposals WHERE sample_id = $1', [d.id])
    // 2026-03-20 (Fri) + 5 working days = 03-27; + 90 days = 06-18.
    expect(rows).toEqual([{ opened_on: '2026-03-20', notify_due_on: '2026-03-27', close_due_on: '2026-06-18' }])
    expect((await t.auditFor(d.id)).map((a) => a.action)).toEqual(['sample.create', 'sample.send', 'sample.report'])
    expect((await t.auditFor(d2.disposalId)).map((a) => a.action)).toEqual(['disposal.open'])
  })

  it('passes a clean sample without a disposal file', async () => {
    const d = await sent()
    const res = await report(d.id, [catalogueResult(id['chlorpyrifos-chinese-chives'], '0.019999'), catalogueResult(id['pb-brassica'], '0.2')])
    expect(res.json()).toMatchObject({ verdict: 'pass', disposalId: null, failedItems: [] })
    expect(await t.count('disposals', { sample_id: d.id })).toBe(0)
  })

  it('judges microbial plans from the n unit values', async () => {
    const cake = await sent({ category: 'pastry', productName: '蛋糕' })
    const ok = await report(cake.id, [catalogueResult(id['apc-pastry'], null, { detected: true, unitValues: ['100', '20000', '30000', '500', '10000'] })])
    expect(ok.json().results[0]).toMatchObject({ verdict: 'pass', limitText: 'n=5, c=2, m=10000, M=100000 CFU/g', unitValues: ['100.000', '20000.000', '30000.000', '500.000', '10000.000'] })
    const cake2 = await sent({ category: 'pastry', productName: '面包' })
    const bad = await report(cake2.id, [catalogueResult(id['apc-pastry'], null, { detected: true, unitValues: ['100', '20000', '30000', '10001', '10000'] })])
    expect(bad.json()).toMatchObject({ verdict: 'fail', failedItems: ['菌落总数'] })
    // 沙门氏菌 未检出 without unit values: n units of 0 (two-class plan, 0/25 g) → pass.
    const meat = await sent({ category: 'meat_products', productName: '卤牛肉' })
    const salmonella = await report(meat.id, [catalogueResult(id['salmonella-rte'], null)])
    expect(salmonella.json().results[0]).toMatchObject({ verdict: 'pass', detected: false, unitValues: ['0.000', '0.000', '0.000', '0.000', '0.000'], limitText: 'n=5, c=0, m=0 /25g' })
  })
})

describe('the report rules', () => {
  it('refuses a report before sending, before the send date, in the future, and a second report (409)', async () => {
    const d = await newSample()
    const r = [catalogueResult(id['pb-brassica'], '0.1')]
    expect((await report(d.id, r)).json().message).toBe('检验结果：样品尚未登记送达承检机构，请先登记送检')
    await t.as(s.inspectors[0]).post(`/api/samples/${d.id}/send`, { sentOn: '2026-03-03' })
    expect((await report(d.id, r, { reportReceivedOn: '2026-03-02' })).json().message).toBe('收到检验报告日期：不能早于送达承检机构日期（2026-03-03）')
    expect((await report(d.id, r, { reportReceivedOn: '2026-10-21' })).json().message).toBe('收到检验报告日期：不能晚于今天')
    expect((await report(d.id, r)).statusCode).toBe(200)
    const again = await report(d.id, r)
    expect(again.statusCode).toBe(409)
    expect(again.json().message).toBe('该样品已录入检验结果（报告 BG-1），不能重复录入')
  })

  it('names each bad item and field, and writes nothing', async () => {
    const d = await sent()
    const cases: [ResultInput[], string][] = [
      [[catalogueResult(id['pb-brassica'], null, { detected: true })], '检测值（第 1 项 铅）：检出时须填写检测值'],
      [[catalogueResult(id['pb-brassica'], '0.1', { detected: false })], '检测值（第 1 项 铅）：未检出时不填检测值（可填检出限）'],
      [[catalogueResult(id['pb-brassica'], '0.1', { limitValue: '0.5' })], '限量值（第 1 项 铅）：选择目录项目时取目录的值（0.200000），不能另填'],
      [[catalogueResult('00000000-0000-4000-8000-000000000000', '0.1')], '检验项目（第 1 项）：目录中没有该项目或已停用'],
      [[catalogueResult(id['pb-brassica'], '0.1'), catalogueResult(id['pb-brassica'], '0.2')], '检验项目（第 2 项 铅）：「铅」与第 1 项重复'],
      [[catalogueResult(id['pb-brassica'], '0.1', { unitValues: ['1'] })], '各样品检测值（第 1 项 铅）：只有微生物采样方案的项目填写各样品检测值'],
      [[typed({ limitKind: 'microbe', limitValue: '0', planN: 5, planC: 0, value: null, unitValues: ['1', '2'] })], '各样品检测值（第 1 项 噻虫胺）：按 n=5 的采样方案应填写 5 个样品的检测值'],
      [[typed({ standard: null })], '判定依据（第 1 项 噻虫胺）：不在目录中的项目须填写判定依据（标准）'],
      [[typed({ limitValue: null })], '限量值（第 1 项 噻虫胺）：最大限量或最低含量须填写限量值'],
      [[typed({ limitKind: 'not_detected' })], '限量值（第 1 项 噻虫胺）：不得检出的项目不填限量值'],
      [[typed({ limitKind: 'microbe', planN: 5, planC: 1, limitMax: null, value: null, unitValues: ['1', '1', '1', '1', '1'] })], 'c（允许超 m 数）（第 1 项 噻虫胺）：没有 M 值（二级采样方案）时 c 应为 0'],
      [[typed({ itemName: null })], '检验项目名称（第 1 项）：不在目录中的项目须填写名称'],
      [[typed({ value: '-1' })], '检测值'],
      [[typed({ value: '0.1234567' })], '检测值'],
      [[], '检验项目'],
    ]
    for (const [results, message] of cases) {
      const res = await report(d.id, results)
      expect(res.statusCode, message).toBe(400)
      expect(res.json().message).toContain(message)
    }
    expect(await t.count('sample_results', { sample_id: d.id })).toBe(0)
    expect((await t.as(s.office).get(`/api/samples/${d.id}`)).json().verdict).toBeNull()
  })

  it('refuses a catalogue item made for other foods, and takes one that names no food category', async () => {
    const cake = await sent({ category: 'pastry', productName: '蛋糕' })
    const wrong = await report(cake.id, [catalogueResult(id['apc-pastry'], null), catalogueResult(id['pb-brassica'], '0.1')])
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().message).toBe('检验项目（第 2 项 铅）：「铅」（芸薹类蔬菜）不适用于「糕点」')
    const meat = await sent({ category: 'livestock_meat', productName: '猪肉' })
    expect((await report(meat.id, [catalogueResult(id.clenbuterol, null)])).json()).toMatchObject({ verdict: 'pass', results: [{ itemName: '克伦特罗' }] })
    const everyFood = (await t.as(s.office).post('/api/test-items', {
      name: '测试通用项目', group: 'other', foodScope: '各类食品', categories: [], limitKind: 'max', limitValue: '1', limitMax: null, planN: null, planC: null,
      unit: 'mg/kg', standard: 'GB 0000', status: 'U', note: null, active: true,
    })).json()
    expect((await report(cake.id, [catalogueResult(everyFood.id, '0.5')])).json()).toMatchObject({ verdict: 'pass', results: [{ itemName: '测试通用项目' }] })
    expect(await t.count('sample_results', { sample_id: cake.id })).toBe(1)
  })

  it('refuses a deactivated catalogue item', async () => {
    const created = await t.as(s.office).post('/api/test-items', {
      name: '测试停用项目', group: 'pesticide', foodScope: '蔬菜', categories: ['vegetables'], limitKind: 'max', limitValue: '1', limitMax: null, planN: null, planC: null,
      unit: 'mg/kg', standard: 'GB 2763-2021', status: 'U', note: null, active: false,
    })
    const d = await sent()
    expect((await report(d.id, [catalogueResult(created.json().id, '0.1')])).json().message).toBe('检验项目（第 1 项）：目录中没有该项目或已停用')
  })

  it('keeps the limit a sample was judged by when the catalogue changes', async () => {
    const d = await sent()
    await reportSample(t, s.inspectors[0], d.id, [catalogueResult(id['pb-brassica'], '0.15')])
    const item = (await t.as(s.office).get('/api/test-items?q=%E8%8A%B8%E8%96%B9')).json().items.find((i: { id: string }) => i.id === id['pb-brassica'])
    const { id: _id, seedKey: _k, updatedAt: _u, ...input } = item
    expect((await t.as(s.office).put(`/api/test-items/${id['pb-brassica']}`, { ...input, limitValue: '0.1' })).statusCode).toBe(200)
    expect((await t.as(s.office).get(`/api/samples/${d.id}`)).json().results[0]).toMatchObject({ limitValue: '0.200000', verdict: 'pass' })
    await t.as(s.office).put(`/api/test-items/${id['pb-brassica']}`, { ...input, limitValue: '0.2' })
  })
})
