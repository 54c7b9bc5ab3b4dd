import { sql } from 'drizzle-orm'
import mammoth from 'mammoth'
import { afterAll, beforeAll } from 'vitest'
import type { MyTaskDto } from '../../../shared/work-plan-reports'
import type { PlanDetailDto } from '../../../shared/work-plans'
import { COUNTY, makeAccount, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { catalogueItemId, catalogueResult, makeSample, reportSample, sampleInput, samplingSetup, type SamplingSetup } from '../sampling/samples/factory'

/**
 * A known plan worked through the first half of 2026, for the report tests. The county office publishes three
 * tasks with quarterly reporting (due 03-20, 06-22, …) and keeps the 明厨亮灶 target on unit reports:
 *   (一) 抽检: 市场监管局 leads (Q1 on 03-18, accepted 03-30; Q2 on 06-10), 农业农村局 cooperates (Q1 on 03-15)
 *   (二) 明厨亮灶: 市场监管局 (Q1 on 03-19 with 85 %; Q2 not reported)
 *   (三) 农产品: 农业农村局 (Q1 late on 04-02; Q2 not reported)
 * Samples in the township (9,000 people, county 100,000): 2025-11-03, and passing 监督抽检 on 2026-03-02 and
 * 2026-05-06. Today is 2026-07-10.
 */
export const KNOWN_PLAN = `2026年测试县食品安全工作要点

一、强化抽检监测
（一）强化抽检监测。落实农产品和食品抽检 4 批次/千人，食品安全抽检合格率达到 98%以上。（县市场监管局牵头，县农业农村局配合）
二、提升能力
（二）推进明厨亮灶。年底前，餐饮服务单位明厨亮灶覆盖率达到 90%。（县市场监管局负责）
（三）加强农产品质量监管。年底前完成农产品质量安全专项整治。（县农业农村局负责）

各成员单位要于每季度末 20 日前向县食安办报送工作进展。
`

/** Longer than a summary keeps: the report shortens it at a sentence end. */
export const LONG_Q1_TEXT = '一季度全县完成食品抽检 812 批次，其中农产品 430 批次、加工食品 382 批次，覆盖全部乡镇的农贸市场和超市。'
  + '发现不合格 6 批次，均已启动核查处置，下架问题产品 35 公斤。同时组织开展春节、元宵节期间节令食品专项抽检，重点检测农药残留和非法添加，相关结果已向社会公布并通报各乡镇。'

export interface KnownPlan { s: SamplingSetup; county: TestAccount; msa: TestAccount; agri: TestAccount; planId: string; plan: PlanDetailDto; agriUnitId: string; officeUnitId: string }

const at = (t: TestApp, iso: string) => { t.config.now = () => new Date(`${iso}T10:00:00+08:00`) }

export async function buildKnownPlan(t: TestApp): Promise<KnownPlan> {
  at(t, '2026-01-10')
  const s = await samplingSetup(t)
  const county = await makeAccount(t, { role: 'office', regionCode: COUNTY })
  const msa = await makeAccount(t, { role: 'unit_staff', unitCode: 'msa' })
  const agri = await makeAccount(t, { role: 'unit_staff', unitCode: 'agri' })
  const planId = (await t.as(county).post('/api/work-plans/import-text', { text: KNOWN_PLAN })).json().plan.id as string
  const published = await t.as(county).post(`/api/work-plans/${planId}/publish`)
  if (published.statusCode !== 200) throw new Error(`publish failed: ${published.body}`)
  const plan = (await t.as(county).get(`/api/work-plans/${planId}`)).json() as PlanDetailDto
  const [one, two, three] = plan.tasks
  const kitchen = two.targets[0]
  await t.as(county).put(`/api/indicators/bindings/${kitchen.id}`, { indicatorId: null })

  const slot = async (caller: TestAccount, taskId: string, month: string) => {
    const task = ((await t.as(caller).get('/api/my-tasks')).json() as MyTaskDto[]).find((x) => x.taskId === taskId)!
    return task.slots.find((x) => x.dueOn.startsWith(`2026-${month}`))!.dueDateId
  }
  const report = async (caller: TestAccount, taskId: string, month: string, text: string, figures: { targetId: string; value: number }[] = []) => {
    const res = await t.as(caller).post(`/api/work-plans/${planId}/tasks/${taskId}/reports`, { dueDateId: await slot(caller, taskId, month), text, figures })
    if (res.statusCode !== 201) throw new Error(`report failed: ${res.body}`)
    return res.json().id as string
  }
  at(t, '2026-03-15'); await report(agri, one.id, '03', '配合开展农产品抽检 120 批次。')
  at(t, '2026-03-18'); const q1 = await report(msa, one.id, '03', LONG_Q1_TEXT)
  at(t, '2026-03-19'); await report(msa, two.id, '03', '餐饮单位明厨亮灶覆盖率达到 85%。', [{ targetId: kitchen.id, value: 85 }])
  at(t, '2026-03-30'); await t.as(county).post(`/api/work-plan-reports/${q1}/review`, { decision: 'accept' })
  at(t, '2026-04-02'); await report(agri, three.id, '03', '一季度农产品质量安全专项整治已部署。')
  at(t, '2026-06-10'); await report(msa, one.id, '06', '二季度完成抽检 640 批次。')

  at(t, '2026-07-10')
  const pair = s.inspectors.map((i) => i.id)
  const chlorpyrifos = await catalogueItemId(t, 'chlorpyrifos-chinese-chives')
  await makeSample(t, s.office, sampleInput(s.entityId, pair, { sampledOn: '2025-11-03', productionDate: '2025-11-01' }))
  const march = await makeSample(t, s.office, sampleInput(s.entityId, pair, { sampledOn: '2026-03-02' }))
  await reportSample(t, s.office, march.id, [catalogueResult(chlorpyrifos, null)])
  const may = await makeSample(t, s.office, sampleInput(s.entityId, pair, { sampledOn: '2026-05-06', productionDate: '2026-05-01' }))
  await reportSample(t, s.office, may.id, [catalogueResult(chlorpyrifos, null)], { sentOn: '2026-05-07', reportReceivedOn: '2026-05-20' })

  const units = (await t.as(county).get('/api/units')).json() as { id: string; code: string }[]
  const idOf = (code: string) => units.find((u) => u.code === code)!.id
  return { s, county, msa, agri, planId, plan, agriUnitId: idOf('agri'), officeUnitId: idOf('fsc-office') }
}

/** The text of a downloaded .docx, one line per paragraph or cell. */
export async function docxText(body: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: body })).value.replace(/\s*\n\s*/g, '\n')
}

/** A test file's app with the known plan, built before its tests and closed after them. */
export function knownPlanApp() {
  const env = {} as { t: TestApp; k: KnownPlan }
  beforeAll(async () => {
    env.t = await startTestApp()
    env.k = await buildKnownPlan(env.t)
  })
  afterAll(async () => { await env.t.close() })
  return env
}

/** How many audit rows an export wrote about one entity. */
export async function auditCount(t: TestApp, action: string, entityId: string): Promise<number> {
  const { rows } = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND entity_id = ${entityId}`)
  return rows[0].n
}
