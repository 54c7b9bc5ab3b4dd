import { describe, expect, it } from 'vitest'
import { makeAccount } from '../../platform/testing/factories'
import { auditCount, docxText, knownPlanApp, LONG_Q1_TEXT } from './factory'

// The known plan (factory.ts) read quarter by quarter on 2026-07-10; every count below is worked out by hand.
const env = knownPlanApp()

const url = (query: string) => `/api/reports/plan-progress?planId=${env.k.planId}&${query}`
const download = async (query: string, caller = env.k.county) => {
  const res = await env.t.as(caller).get(url(query))
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200)
  return { res, text: await docxText(res.rawPayload) }
}

describe('季度工作进展报告', () => {
  it('reads the first quarter as it stood on 03-31: a later report and a later sample do not count', async () => {
    const { res, text } = await download('year=2026&quarter=1')
    expect(res.headers['content-type']).toContain('wordprocessingml')
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('2026年测试县食品安全工作要点-2026年第1季度工作进展报告.docx')
    expect(text).toContain('2026年第一季度工作进展情况报告')
    expect(text).toContain('（2026-01-01 至 2026-03-31）')
    // (一) accepted Q1 and (二) reported Q1: in progress; (三) missed 03-20 (its late report came 04-02): overdue.
    // Targets: 合格率 100 % met; 1 batch for 100,000 people = 0.01 of 4; 明厨亮灶 85 of 90 as reported.
    expect(text).toContain('截至 2026-03-31，方案共有任务 3 项，其中已完成 0 项、进行中 2 项、逾期 1 项；'
      + '量化目标 3 项，按测试县数据达标 1 项、未达标 0 项、进行中 2 项（其中 1 项按单位报送数据计）。')
    expect(text).toContain('任务（一）强化抽检监测。牵头单位：县市场监督管理局；配合单位：县农业农村局；')
    expect(text).toContain('任务（三）加强农产品质量监管。牵头单位：县农业农村局；配合单位：无；时限：年底前（2026-12-31）；状态：逾期。')
    // The long Q1 text is cut at its last sentence end within 120 characters.
    const cut = LONG_Q1_TEXT.slice(0, LONG_Q1_TEXT.indexOf('同时'))
    expect(text).toContain(`县市场监督管理局于 2026-03-18 报送（按时）：${cut}……`)
    expect(text).not.toContain('同时组织开展')
    expect(text).not.toContain('配合开展农产品抽检') // a cooperating unit's report goes to its lead, not into the office's report
    expect(text).toContain('逾期未报送：县农业农村局（2026年第1季度，截止 2026-03-20）。')
    expect(text).not.toContain('一季度农产品质量安全专项整治已部署')
    expect(text).toContain('实际 0.01批次/千人（系统按记录计算：食品抽检量），进行中')
    expect(text).toContain('实际 100%（系统按记录计算：食品抽检合格率），达标')
    expect(text).toContain('餐饮服务单位明厨亮灶覆盖率目标≥90%，实际 85%（单位报送），进行中')
    expect(text).toContain('【待填写：下一步工作安排】')
    expect(text).toContain('附表 量化目标完成情况（截至 2026-03-31）')
    expect(await auditCount(env.t, 'export.plan_progress_report', env.k.planId)).toBe(1)
  })

  it('reads the second quarter with its own latest reports and the late one', async () => {
    const { text } = await download('year=2026&quarter=2')
    // (一) Q2 reported: in progress; (二) and (三) missed 06-22: overdue. 2 batches = 0.02 per 1,000.
    expect(text).toContain('截至 2026-06-30，方案共有任务 3 项，其中已完成 0 项、进行中 1 项、逾期 2 项；')
    expect(text).toContain('县市场监督管理局于 2026-06-10 报送（按时）：二季度完成抽检 640 批次。')
    expect(text).not.toContain('一季度全县完成食品抽检')
    expect(text).toContain('县农业农村局于 2026-04-02 报送（逾期）：一季度农产品质量安全专项整治已部署。')
    expect(text).toContain('逾期未报送：县市场监督管理局（2026年第2季度，截止 2026-06-22）。')
    expect(text).toContain('实际 0.02批次/千人')
  })

  it('defaults to the current quarter, and shows a township its own figures and a unit only its own reports', async () => {
    const { res } = await download('')
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('2026年第3季度')
    const town = (await download('year=2026&quarter=2', env.k.s.office)).text
    expect(town).toContain(`按${env.k.s.town.name}数据`)
    expect(town).toContain('实际 0.22批次/千人') // 2 batches for 9,000 people
    const agri = (await download('year=2026&quarter=1', env.k.agri)).text
    expect(agri).not.toContain('一季度全县完成食品抽检')
    expect(agri).toContain('任务（一）')
  })

  it('refuses a quarter not begun, a year outside the plan, bad ids and a stranger', async () => {
    const bad = async (query: string, status: number, message: string) => {
      const res = await env.t.as(env.k.county).get(url(query))
      expect(res.statusCode).toBe(status)
      expect(res.json().message).toContain(message)
    }
    await bad('year=2026&quarter=4', 400, '季度')
    await bad('year=2026&quarter=5', 400, '季度')
    await bad('year=2027&quarter=1', 400, '年度')
    await bad('year=2025&quarter=4', 400, '年度') // the plan is for 2026
    const noPlan = await env.t.as(env.k.county).get('/api/reports/plan-progress?planId=00000000-0000-4000-8000-000000000000&quarter=1')
    expect(noPlan.statusCode).toBe(404)
    const notUuid = await env.t.as(env.k.county).get('/api/reports/plan-progress?planId=abc')
    expect(notUuid.statusCode).toBe(400)
    expect(notUuid.json().message).toContain('工作方案')
    const business = await makeAccount(env.t, { role: 'business', regionCode: env.k.s.town.villageCodes[0] })
    expect((await env.t.as(business).get(url('quarter=1'))).statusCode).toBe(403)
  })
})
