import { describe, expect, it } from 'vitest'
import { makeAccount, makeTownship } from '../../platform/testing/factories'
import { auditCount, docxText, knownPlanApp } from './factory'

// The year-end summary of 2026 written on 2026-07-10 from the known plan (factory.ts): the plan as it stands
// today, the year's figures beside 2025's, and the two targets not yet met.
const env = knownPlanApp()

describe('年度工作总结', () => {
  it('writes the plan’s completion, each module’s figures, last year beside this year, and what is off track', async () => {
    const res = await env.t.as(env.k.county).get('/api/reports/year-end?year=2026')
    expect(res.statusCode).toBe(200)
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('测试县2026年食品安全工作总结.docx')
    const text = await docxText(res.rawPayload)
    expect(text).toContain('测试县2026年食品安全工作总结\n（截至 2026-07-10）')
    // (一) reported for Q2; (二) and (三) missed 06-22. 合格率 met; 抽检量 and 明厨亮灶 (reported 85) not yet.
    expect(text).toContain('《2026年测试县食品安全工作要点》：截至 2026-07-10，方案共有任务 3 项，其中已完成 0 项、进行中 1 项、逾期 2 项；'
      + '量化目标 3 项，按测试县数据达标 1 项、未达标 0 项、进行中 2 项')
    // Two 2026 samples for 100,000 people, both passing; five progress reports, the late one on 04-02.
    expect(text).toContain('全年抽检食品及食用农产品 2 批次，折合 0.02 批次/千人')
    expect(text).toContain('监督抽检合格率 100.00%')
    expect(text).toContain('成员单位报送任务进展 5 次，按时 4 次，按时报送率 80.00%。')
    expect(text).toContain('附表 1 2026年主要指标及上年对比')
    expect(text).toContain('抽检批次\n批次\n2\n1\n+1\n') // one sample in 2025
    expect(text).toContain('食品抽检合格率\n%\n100\n—\n—\n') // nothing judged in 2025
    expect(text).toContain('尚未达标的量化目标 2 项，见附表 2。')
    expect(text).toContain('附表 2 尚未达标的量化目标')
    expect(text).toContain('餐饮服务单位明厨亮灶覆盖率\n≥90%\n85%\n进行中')
    expect(text).toContain('农产品和食品抽检\n达到 4批次/千人\n0.02批次/千人\n进行中')
    expect(text).toContain('【待填写：存在的问题】')
    expect(text).toContain('六、2027年工作思路')
    expect(await auditCount(env.t, 'export.year_end_report', '411721000000')).toBe(1)
  })

  it('writes a township’s summary with its own figures under the county plan', async () => {
    const res = await env.t.as(env.k.county).get(`/api/reports/year-end?year=2026&region=${env.k.s.town.code}`)
    expect(res.statusCode).toBe(200)
    const text = await docxText(res.rawPayload)
    expect(text).toContain(`${env.k.s.town.name}2026年食品安全工作总结`)
    expect(text).toContain('折合 0.22 批次/千人') // 2 batches for 9,000 people
    expect(text).toContain(`按${env.k.s.town.name}数据达标 1 项`)
    // The township's own account gets the same figures.
    expect(await docxText((await env.t.as(env.k.s.office).get('/api/reports/year-end?year=2026')).rawPayload)).toContain('折合 0.22 批次/千人')
  })

  it('refuses a future year, a region outside the caller’s and a business account', async () => {
    const future = await env.t.as(env.k.county).get('/api/reports/year-end?year=2027')
    expect(future.statusCode).toBe(400)
    expect(future.json().message).toContain('年度')
    const badYear = await env.t.as(env.k.county).get('/api/reports/year-end?year=abc')
    expect(badYear.statusCode).toBe(400)
    expect(badYear.json().message).toContain('年度')
    const other = await makeTownship(env.t)
    expect((await env.t.as(env.k.s.office).get(`/api/reports/year-end?region=${other.code}`)).statusCode).toBe(404)
    const business = await makeAccount(env.t, { role: 'business', regionCode: env.k.s.town.villageCodes[0] })
    expect((await env.t.as(business).get('/api/reports/year-end')).statusCode).toBe(403)
  })
})
