import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { makeCase } from '../cases/factory'
import { inspectionInput, makeInspection } from '../inspections/factory'
import { catalogueItemId, catalogueResult, makeSample, reportSample, sampleInput, samplingSetup, type SamplingSetup } from '../sampling/samples/factory'

// A township with two samples (one fails), one inspection and one case in 2026: the report must carry those
// figures where the seed report has them, and mark what Shian cannot know.
let t: TestApp
let s: SamplingSetup
let other: TestAccount
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-11-20T10:00:00+08:00') } })
  s = await samplingSetup(t)
  other = await makeAccount(t, { role: 'office', regionCode: (await makeTownship(t)).code })
  const pair = s.inspectors.map((i) => i.id)
  const chlorpyrifos = await catalogueItemId(t, 'chlorpyrifos-chinese-chives')
  for (const value of [null, '0.5']) {
    const made = await makeSample(t, s.office, sampleInput(s.entityId, pair))
    await reportSample(t, s.office, made.id, [catalogueResult(chlorpyrifos, value)])
  }
  await makeInspection(t, s.office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-05-06' }))
  await makeCase(t, s.inspectors[0], pair, { regionCode: s.town.villageCodes[0] })
})
afterAll(async () => { await t.close() })

describe('自查报告', () => {
  it('writes the year’s figures into the seed report’s chapters and marks the rest for the office', async () => {
    const res = await t.as(s.office).get(`/api/reports/self-inspection?region=${s.town.code}&year=2026`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('wordprocessingml')
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(`${s.town.name}2026年食品安全工作自查报告.docx`)
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value.replace(/\s*\n\s*/g, '\n')
    expect(text).toContain(`${s.town.name}2026年食品安全工作`)
    expect(text).toContain('自 查 报 告')
    for (const chapter of ['一、高度重视，健全机制，夯实工作基础', '二、对标落实，全程监管，工作扎实开展', '三、改革创新，提升能力，工作亮点纷呈', '四、存在问题及下一步打算']) {
      expect(text).toContain(chapter)
    }
    // 2 batches for 9,000 people = 0.22 per 1,000; one of two 监督抽检 failed.
    expect(text).toContain('共抽检食品及食用农产品 2 批次，折合 0.22 批次/千人')
    expect(text).toContain('监督抽检合格率 50.00%。抽检不合格 1 批次')
    expect(text).toContain('全年开展监督检查 1 户次，检查经营主体 1 家')
    expect(text).toContain('全年共查处食品案件 1 件，罚没款 5000.00 元')
    expect(text).toContain('【待填写：党政同责、考核、食安委会议与文件】')
    expect(text).toContain('附表 2026年主要指标完成情况')
    expect(text).toContain('食品抽检合格率')
    expect(text).toContain(`${s.town.name}食品安全委员会办公室`)
    const audit = await t.db.execute<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export.self_inspection_report' AND entity_id = '${s.town.code}'` as never)
    expect(audit.rows[0].n).toBe(1)
  })

  it('refuses a future year, another region and a business account', async () => {
    const future = await t.as(s.office).get(`/api/reports/self-inspection?year=2027`)
    expect(future.statusCode).toBe(400)
    expect(future.json().message).toContain('年度')
    expect((await t.as(other).get(`/api/reports/self-inspection?region=${s.town.code}`)).statusCode).toBe(404)
    const business = await makeAccount(t, { role: 'business', regionCode: s.town.villageCodes[0] })
    expect((await t.as(business).get('/api/reports/self-inspection')).statusCode).toBe(403)
  })
})
