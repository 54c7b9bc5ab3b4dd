import type { TestAccount } from '../../../platform/testing/factories'
import type { TestApp } from '../../../platform/testing/test-app'

/**
 * A small 2026 plan in the county's usual wording: a collective task, a task with a typo (县卫建委), one
 * with a unit that is no member (县供水公司), and quarterly reporting for every task.
 */
export const PLAN_2026 = `2026年西平县食品安全工作要点

一、落实责任
（一）压实属地管理责任。各乡镇（街道）要落实属地管理责任，全年不少于2次专题研究食品安全工作。（各乡镇（街道）负责，县食安委各成员单位按职责分工负责）
（二）强化抽检监测。落实农产品和食品抽检 4 批次/千人，食品安全抽检合格率达到 98%以上。（县市场监管局牵头，县农业农村局、县卫建委配合）
二、提升能力
（三）推进明厨亮灶。年底前，餐饮服务单位明厨亮灶覆盖率达到 90%。（县市场监管局、县教育局、县供水公司负责）

各乡镇（街道）、各成员单位要于每季度末 20 日前向县食安办报送工作进展。
`

const unitIdOf = async (t: TestApp, office: TestAccount, code: string) =>
  (await t.as(office).get('/api/units')).json().find((u: { code: string }) => u.code === code).id as string

/** Imports PLAN_2026 as the office, maps its two unknown names, and publishes it. Returns the plan detail. */
export async function publishSamplePlan(t: TestApp, office: TestAccount, text = PLAN_2026) {
  const planId = (await t.as(office).post('/api/work-plans/import-text', { text })).json().plan.id as string
  await t.as(office).post(`/api/work-plans/${planId}/resolve-unit`, { nameAsWritten: '县卫建委', unitId: await unitIdOf(t, office, 'health') })
  await t.as(office).post(`/api/work-plans/${planId}/resolve-unit`, { nameAsWritten: '县供水公司', collective: 'none' })
  const res = await t.as(office).post(`/api/work-plans/${planId}/publish`)
  if (res.statusCode !== 200) throw new Error(`publish failed: ${res.body}`)
  return res.json()
}
