import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'
import { catalogueItemId, catalogueResult, makeSample, reportSample, sampleInput, samplingSetup, type SamplingSetup } from './factory'

// "Today" for these tests: 2026-10-20, after 国庆 2026.
const TODAY = '2026-10-20'
let t: TestApp
let s: SamplingSetup
let samplers: string[]
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date(`${TODAY}T10:00:00+08:00`) } })
  s = await samplingSetup(t)
  samplers = s.inspectors.map((i) => i.id)
})
afterAll(async () => { await t.close() })

describe('recording a sample', () => {
  it('dates the lab deadlines on the official calendar across 国庆, and audits', async () => {
    // 2026-09-28 (Mon) + 5 working days, counted by hand on chinese-days: 9-29, 9-30, [国庆 10-01 … 10-07],
    // 10-08, 10-09, 10-10 (调休 Saturday, a working day) → 2026-10-10.
    const res = await t.as(s.inspectors[0]).post('/api/samples', sampleInput(s.entityId, samplers, { sampledOn: '2026-09-28', productionDate: '2026-09-20' }))
    expect(res.statusCode).toBe(201)
    const d = res.json()
    expect(d).toMatchObject({ sentDueOn: '2026-10-10', agricultural: true, regionCode: s.town.villageCodes[0], entityName: s.entityName, verdict: null, reportDueOn: null })
    expect(d.samplers.map((p: { id: string }) => p.id)).toEqual(samplers)
    expect(d.deadlines).toEqual([{ code: 'send_to_lab', label: '样品送达承检机构', dueOn: '2026-10-10', doneOn: null, source: '《食品安全抽样检验管理办法》第二十条', unconfirmed: false }])
    expect(await t.auditFor(d.id)).toMatchObject([{ action: 'sample.create', actorId: s.inspectors[0].id }])
    // Sent on 2026-10-10 (the make-up Saturday): 20 working days → 10-12…16, 19…23, 26…30, 11-02…06 → 2026-11-06.
    const sent = await t.as(s.inspectors[0]).post(`/api/samples/${d.id}/send`, { sentOn: '2026-10-10' })
    expect(sent.statusCode).toBe(200)
    expect(sent.json().reportDueOn).toBe('2026-11-06')
    expect(sent.json().deadlines[1]).toMatchObject({ code: 'lab_report', dueOn: '2026-11-06', doneOn: null, source: expect.stringContaining('第二十四条') })
    expect((await t.auditFor(d.id)).map((a) => a.action)).toEqual(['sample.create', 'sample.send'])
  })

  it('marks processed food as not agricultural', async () => {
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers, { category: 'pastry', productName: '蛋糕' }))
    expect((await t.as(s.office).get(`/api/samples/${d.id}`)).json().agricultural).toBe(false)
  })

  it('refuses each bad input with a Chinese message naming the field, and writes nothing', async () => {
    const before = await t.count('samples')
    const post = (over: Parameters<typeof sampleInput>[2], who = s.inspectors[0]) => t.as(who).post('/api/samples', sampleInput(s.entityId, samplers, over))
    const cases: [Parameters<typeof sampleInput>[2], number, string][] = [
      [{ sampledOn: '2026-10-21' }, 400, '抽样日期：不能晚于今天'],
      [{ productionDate: '2026-03-05' }, 400, '生产（购进）日期：不能晚于抽样日期'],
      [{ samplerIds: [samplers[0]] }, 400, '抽样人员'],
      [{ samplerIds: [samplers[0], s.office.id] }, 400, '抽样人员：有人员不存在'],
      [{ sampleNumber: '中文编号' }, 400, '抽样单编号'],
      [{ price: '1.234' }, 400, '购样费用（元）'],
      [{ category: 'rocks' }, 400, '食品类别'],
      [{ planId: '00000000-0000-4000-8000-000000000000' }, 400, '抽检计划：不存在'],
      [{ requestId: '00000000-0000-4000-8000-000000000000' }, 400, '你点我检建议：不存在'],
      [{ photoIds: ['a'.repeat(64)] }, 400, '现场照片：有照片未上传成功'],
      [{ entityId: '00000000-0000-4000-8000-000000000000' }, 404, '经营主体不存在'],
    ]
    for (const [over, status, message] of cases) {
      const res = await post(over)
      expect(res.statusCode, JSON.stringify(over)).toBe(status)
      expect(res.json().message).toContain(message)
    }
    expect(await t.count('samples')).toBe(before)
  })

  it('keeps the sample number unique (409) and samplers to officers covering the entity', async () => {
    const input = sampleInput(s.entityId, samplers)
    await makeSample(t, s.inspectors[0], input)
    const again = await t.as(s.inspectors[0]).post('/api/samples', { ...input })
    expect(again.statusCode).toBe(409)
    expect(again.json().message).toBe('抽样单编号：已存在')
    const elsewhere = await makeTownship(t)
    const farInspector = await makeAccount(t, { role: 'inspector', regionCode: elsewhere.code })
    const res = await t.as(s.inspectors[0]).post('/api/samples', sampleInput(s.entityId, [samplers[0], farInspector.id]))
    expect(res.statusCode).toBe(400)
    const offered = (await t.as(s.office).get(`/api/samples/samplers?entityId=${s.entityId}`)).json().map((o: { id: string }) => o.id)
    expect(offered).toEqual(expect.arrayContaining(samplers))
    expect(offered).not.toContain(farInspector.id)
    const inRegion = (await t.as(s.office).get('/api/samples/samplers')).json().map((o: { id: string }) => o.id)
    expect(inRegion).toEqual(expect.arrayContaining(samplers))
    expect(inRegion).not.toContain(farInspector.id)
  })

  it('checks the plan: published, same county and year, same level and department', async () => {
    const plan = async (over: Record<string, unknown>) => {
      const { rows } = await t.db.$client.query(
        `INSERT INTO sampling_plans (region_code, year, name, level, department, batches_per_thousand, status) VALUES ($1, $2, $3, $4, $5, 4.0, $6) RETURNING id`,
        ['411721000000', over.year ?? 2026, over.name ?? '2026 年县级抽检计划', over.level ?? 'county', over.department ?? 'market', over.status ?? 'published'])
      return rows[0].id as string
    }
    const good = await plan({})
    expect((await t.as(s.inspectors[0]).post('/api/samples', sampleInput(s.entityId, samplers, { planId: good }))).statusCode).toBe(201)
    const lastYear = await plan({ year: 2025, name: '2025 年计划' })
    const r1 = await t.as(s.inspectors[0]).post('/api/samples', sampleInput(s.entityId, samplers, { planId: lastYear }))
    expect(r1.json().message).toBe('抽检计划：「2025 年计划」不是被抽样单位所在县 2026 年度的计划')
    const province = await plan({ level: 'provincial', name: '省抽计划' })
    const r2 = await t.as(s.inspectors[0]).post('/api/samples', sampleInput(s.entityId, samplers, { planId: province }))
    expect(r2.json().message).toBe('抽检计划：「省抽计划」的抽检级别或部门与本次抽样不一致')
    const draft = await plan({ name: '草稿计划', status: 'draft' })
    const r3 = await t.as(s.inspectors[0]).post('/api/samples', sampleInput(s.entityId, samplers, { planId: draft }))
    expect(r3.statusCode).toBe(400)
    expect(r3.json().message).toBe('抽检计划：「草稿计划」尚未发布，不能登记抽样')
  })

  it('refuses a send before sampling, in the future, or twice', async () => {
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers, { sampledOn: '2026-03-02' }))
    const send = (sentOn: string) => t.as(s.inspectors[0]).post(`/api/samples/${d.id}/send`, { sentOn })
    expect((await send('2026-03-01')).json().message).toBe('送达承检机构日期：不能早于抽样日期（2026-03-02）')
    expect((await send('2026-10-21')).json().message).toBe('送达承检机构日期：不能晚于今天')
    expect((await send('2026-03-02')).statusCode).toBe(200)
    expect((await send('2026-03-03')).statusCode).toBe(409)
  })
})

describe('reading, scope and publication', () => {
  it('lists newest first with failed items and the disposal, and filters', async () => {
    const { office, inspectors, entityId } = await samplingSetup(t)
    const pair = inspectors.map((i) => i.id)
    const older = await makeSample(t, inspectors[0], sampleInput(entityId, pair, { sampledOn: '2026-04-01', productName: '芹菜' }))
    const newer = await makeSample(t, inspectors[0], sampleInput(entityId, pair, { sampledOn: '2026-05-01', productName: '韭菜' }))
    await reportSample(t, inspectors[0], newer.id, [catalogueResult(await catalogueItemId(t, 'chlorpyrifos-chinese-chives'), '0.5')], { sentOn: '2026-05-02', reportReceivedOn: '2026-05-20' })
    const list = (await t.as(office).get(`/api/samples?entityId=${entityId}`)).json()
    expect(list.total).toBe(2)
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([newer.id, older.id])
    expect(list.items[0]).toMatchObject({ verdict: 'fail', failedItems: ['毒死蜱'], disposalId: expect.any(String) })
    expect(list.items[1]).toMatchObject({ verdict: null, failedItems: [], disposalId: null })
    expect((await t.as(office).get(`/api/samples?entityId=${entityId}&state=testing`)).json().items.map((i: { id: string }) => i.id)).toEqual([older.id])
    expect((await t.as(office).get(`/api/samples?entityId=${entityId}&q=${encodeURIComponent('芹菜')}`)).json().total).toBe(1)
    expect((await t.as(office).get(`/api/samples?entityId=${entityId}&from=2026-04-15&to=2026-05-31`)).json().items.map((i: { id: string }) => i.id)).toEqual([newer.id])
    expect((await t.as(office).get(`/api/samples?entityId=${entityId}&year=2025`)).json().total).toBe(0)
    expect((await t.as(office).get(`/api/samples?entityId=${entityId}&category=pastry`)).json().total).toBe(0)
    const bad = await t.as(office).get('/api/samples?state=maybe')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('检验状态')
  })

  it('answers another township exactly like a missing sample', async () => {
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers))
    const other = await makeTownship(t)
    const stranger = await makeAccount(t, { role: 'inspector', regionCode: other.code })
    const strangerOffice = await makeAccount(t, { role: 'office', regionCode: other.code })
    const MISSING = '00000000-0000-4000-8000-000000000000'
    const report = { reportReceivedOn: '2026-03-20', reportNumber: 'X', results: [catalogueResult(await catalogueItemId(t, 'pb-brassica'), '0.5')] }
    const calls = (sampleId: string) => [
      () => t.as(stranger).get(`/api/samples/${sampleId}`), () => t.as(stranger).get(`/api/samples/${sampleId}/sampling-form.docx`),
      () => t.as(stranger).post(`/api/samples/${sampleId}/send`, { sentOn: '2026-03-03' }), () => t.as(stranger).post(`/api/samples/${sampleId}/report`, report),
      () => t.as(strangerOffice).post(`/api/samples/${sampleId}/publish`),
    ]
    const outside = calls(d.id)
    const missing = calls(MISSING)
    for (let i = 0; i < outside.length; i++) {
      const [a, b] = [await outside[i](), await missing[i]()]
      expect(a.statusCode, String(i)).toBe(404)
      expect(a.json()).toEqual(b.json())
      expect(a.json().message).toBe('抽样记录不存在')
    }
    // and nothing changed
    expect((await t.as(s.office).get(`/api/samples/${d.id}`)).json()).toMatchObject({ sentOn: null, verdict: null, publishedAt: null })
    expect((await t.auditFor(d.id)).map((a) => a.action)).toEqual(['sample.create'])
    expect((await t.as(stranger).get(`/api/samples?entityId=${s.entityId}`)).json().total).toBe(0)
    const townshipStaff = await makeAccount(t, { role: 'township', regionCode: other.code })
    expect((await t.as(townshipStaff).get(`/api/samples/${d.id}`)).statusCode).toBe(404)
    expect((await t.as(townshipStaff).post('/api/samples', sampleInput(s.entityId, samplers))).statusCode).toBe(403)
  })

  it('publishes only a reported sample, once, by a manager', async () => {
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers))
    expect((await t.as(s.office).post(`/api/samples/${d.id}/publish`)).json().message).toBe('公开：该样品尚无检验结论，录入检验结果后才能公开')
    await reportSample(t, s.inspectors[0], d.id, [catalogueResult(await catalogueItemId(t, 'chlorpyrifos-chinese-chives'), null)])
    expect((await t.as(s.inspectors[0]).post(`/api/samples/${d.id}/publish`)).statusCode).toBe(403)
    const res = await t.as(s.office).post(`/api/samples/${d.id}/publish`)
    expect(res.statusCode).toBe(200)
    expect(res.json().publishedAt).toBe(`${TODAY}T02:00:00.000Z`)
    expect((await t.as(s.office).post(`/api/samples/${d.id}/publish`)).statusCode).toBe(409)
    expect((await t.auditFor(d.id)).map((a) => a.action)).toEqual(['sample.create', 'sample.send', 'sample.report', 'sample.publish'])
  })

  it('prints the 抽样单 with the business, the product, the samplers and blank signatures', async () => {
    const shop = await makeEntity(t, s.office, s.town.villageCodes[1], { name: '春明蔬菜店', address: '春明路 8 号' })
    const d = await makeSample(t, s.inspectors[0], sampleInput(shop.id, samplers, { productName: '韭菜', brand: '绿源', batchNumber: 'B20260301', quantity: '2.0 kg', price: '12.50' }))
    const res = await t.as(s.office).get(`/api/samples/${d.id}/sampling-form.docx`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`抽样单-${d.sampleNumber}.docx`))
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value
    for (const part of ['食品安全抽样检验抽样单', `抽样单编号：${d.sampleNumber}`, '春明蔬菜店', '春明路 8 号', '韭菜', '绿源', 'B20260301', '2.0 kg', '12.50', '2026-03-02', '驻马店市食品药品检验检测中心', '县抽', '监督抽检', '流通环节', '蔬菜']) {
      expect(text).toContain(part)
    }
    expect(text).toContain('测试用户、测试用户')
    expect(text).toContain('抽样人员（签名）：____________________')
    expect(text).toContain('被抽样单位（签名、盖章）：____________________')
  })
})
