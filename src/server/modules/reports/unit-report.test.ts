import { describe, expect, it } from 'vitest'
import type { AssessmentDto } from '../../../shared/assessment'
import { auditCount, docxText, knownPlanApp } from './factory'

// 农业农村局 in the known plan (factory.ts) on 2026-07-10: it cooperates on (一) and leads (三).
const env = knownPlanApp()

const url = (unitId: string, planId = env.k.planId) => `/api/reports/unit?planId=${planId}&unitId=${unitId}`

describe('单位考核报告', () => {
  it('lists the unit’s tasks, each due date on time, late or missing, and its assessment line', async () => {
    const res = await env.t.as(env.k.county).get(url(env.k.agriUnitId))
    expect(res.statusCode).toBe(200)
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('县农业农村局-2026年测试县食品安全工作要点-考核报告.docx')
    const text = await docxText(res.rawPayload)
    expect(text).toContain('县农业农村局\n落实2026年测试县食品安全工作要点情况考核报告')
    expect(text).toContain('牵头任务 1 项、配合任务 1 项，其中已完成 0 项、逾期 1 项。')
    expect(text).toContain('（一）\n强化抽检监测\n配合\n县市场监督管理局\n进行中')
    expect(text).toContain('（三）\n加强农产品质量监管\n牵头\n县农业农村局\n逾期')
    // Due by today: (三) (lead) and (一) (cooperating) on 03-20 and 06-22. (三) late on 04-02, (一) on time on 03-15.
    expect(text).toContain('截至 2026-07-10，牵头任务应向食安办报送进展 2 次，按时 0 次，逾期报送 1 次，未报送 1 次；'
      + '配合任务应向牵头单位报送进展 2 次，按时 1 次，逾期报送 0 次，未报送 1 次。')
    expect(text).toContain('（一）\n2026年第1季度\n2026-03-20\n2026-03-15\n按时（待审核）')
    expect(text).toContain('（三）\n2026年第1季度\n2026-03-20\n2026-04-02\n逾期报送（待审核）')
    expect(text).toContain('（三）\n2026年第2季度\n2026-06-22\n—\n未报送')
    expect(text).toContain('（三）\n2026年\n2026-12-31\n—\n未到期')
    expect(text).toContain('该单位牵头的任务没有量化目标。')
    // As the plan's 考核 tab: 2 reports due for (三), none on time; no target; not accepted → 40·0 + 30·1 + 30·0 = 30.
    const assessment = (await env.t.as(env.k.county).get(`/api/work-plans/${env.k.planId}/assessment`)).json() as AssessmentDto
    const row = assessment.rows.find((r) => r.unitId === env.k.agriUnitId)!
    expect(row).toMatchObject({ reportsDue: 2, reportsOnTime: 0, score: 30 })
    expect(text).toContain(`县农业农村局得分 30，在 ${assessment.rows.length} 个牵头单位中排名第 ${row.rank}。`)
    expect(text).toContain('表 3 考核明细')
    expect(text).toContain('【待填写：食安办考核意见】')
    expect(await auditCount(env.t, 'export.unit_report', env.k.planId)).toBe(1)
  })

  it('shows a lead unit its targets against their goals', async () => {
    const msa = (await env.t.as(env.k.county).get('/api/units')).json().find((u: { code: string }) => u.code === 'msa').id as string
    const text = await docxText((await env.t.as(env.k.county).get(url(msa))).rawPayload)
    expect(text).toContain('牵头任务 2 项、配合任务 0 项')
    expect(text).toContain('截至 2026-07-10，牵头任务应向食安办报送进展 4 次，按时 3 次，逾期报送 0 次，未报送 1 次。')
    expect(text).toContain('表 3 牵头任务的量化目标（测试县，截至 2026-07-10）')
    expect(text).toContain('餐饮服务单位明厨亮灶覆盖率\n≥90%\n85%\n单位报送\n进行中')
    expect(text).toContain('表 4 考核明细')
  })

  it('refuses a unit outside the plan, an unknown plan and bad ids, in Chinese', async () => {
    const outside = await env.t.as(env.k.county).get(url(env.k.officeUnitId))
    expect(outside.statusCode).toBe(400)
    expect(outside.json().message).toBe('单位：该单位未承担本方案的任务')
    expect((await env.t.as(env.k.county).get(url(env.k.agriUnitId, '00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404)
    const bad = await env.t.as(env.k.county).get(url('x'))
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('单位')
  })
})
