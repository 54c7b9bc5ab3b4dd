import type { PlanDetailDto, PlanInput, PlanListDto, PlanListQuery, PlanSummaryDto } from '../../../../shared/sampling-plans'
import { FOOD_CATEGORIES, type FoodCategory } from '../../../../shared/sampling-catalogue'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors'
import { findRegionInScope, listRegionChildren, listRegionsInScope, regionNames } from '../../regions/service'
import { countyTotal, percentOf, shareOut } from './quotas'
import * as q from './queries'
import type { SamplingPlanRow } from '../schema'

/**
 * 抽检计划: a county's yearly plan of one level and department. Its total is set per 1,000 residents and
 * shared out to the townships by population; category quotas are typed by the office. Published plans
 * are read-only (a change means a new plan), so progress is always measured against what was published.
 */

export const QUOTA_METHOD = '县（区）任务 = 人口 × 每千人批次 ÷ 1000（四舍五入）；乡镇（街道）任务按人口比例分配，余数按最大余额法分给小数部分最大的乡镇，各乡镇之和等于全县任务。'

const countyOf = (code: string) => `${code.slice(0, 6)}000000`

function checkCategories(input: PlanInput) {
  const seen = new Set<string>()
  for (const c of input.categories) {
    if (seen.has(c.category)) throw badRequest(`分类别任务：食品类别“${FOOD_CATEGORIES[c.category as FoodCategory].label}”重复`)
    seen.add(c.category)
  }
  if (Number(input.batchesPerThousand) <= 0) throw badRequest('每千人抽检批次：须大于 0')
}

/** The quotas of a plan: the categories as typed, the townships by population (see QUOTA_METHOD). */
async function deriveQuotas(ctx: SignedInContext, county: string, input: PlanInput) {
  const region = await findRegionInScope(ctx, county)
  const townships = (await listRegionChildren(ctx, county)) ?? []
  if (!region) throw forbidden('只有县级账号可以制定抽检计划')
  const total = countyTotal(region.population, input.batchesPerThousand)
  const shares = shareOut(total, townships.map((t) => ({ code: t.code, population: t.population })))
  return [
    ...input.categories.map((c) => ({ regionCode: county, category: c.category, batches: c.batches })),
    ...townships.map((t) => ({ regionCode: t.code, category: null, batches: shares.get(t.code) ?? 0 })),
  ]
}

const planFields = (input: PlanInput) => ({
  year: input.year, name: input.name.trim(), level: input.level, department: input.department, batchesPerThousand: Number(input.batchesPerThousand).toFixed(2),
})

export async function createPlan(ctx: SignedInContext, input: PlanInput): Promise<PlanDetailDto> {
  checkCategories(input)
  const county = countyOf(ctx.account.regionCode)
  if (ctx.account.regionCode !== county) throw forbidden('只有县级账号可以制定抽检计划')
  const id = await ctx.db.transaction(async (tx) => {
    const quotas = await deriveQuotas(ctx, county, input)
    const row = await q.insertPlan(tx, { ...planFields(input), regionCode: county, status: 'draft', unitId: ctx.account.unitId, createdBy: ctx.account.id })
    await q.replaceQuotas(tx, row.id, quotas)
    await writeAudit(tx, ctx, { action: 'sampling_plan.create', entityType: 'sampling_plan', entityId: row.id, after: { ...planFields(input), quotas } })
    return row.id
  })
  return getPlan(ctx, id)
}

async function planToWrite(tx: Executor, ctx: SignedInContext, id: string) {
  const plan = await q.findPlanToWrite(tx, ctx.account, id)
  if (!plan) throw notFound('抽检计划')
  if (plan.status === 'published') throw conflict('抽检计划：已发布的计划不能修改')
  return plan
}

export async function updatePlan(ctx: SignedInContext, id: string, input: PlanInput): Promise<PlanDetailDto> {
  checkCategories(input)
  await ctx.db.transaction(async (tx) => {
    const plan = await planToWrite(tx, ctx, id)
    const before = { year: plan.year, name: plan.name, level: plan.level, department: plan.department, batchesPerThousand: plan.batchesPerThousand, quotas: await q.quotasOf(tx, [id]) }
    const quotas = await deriveQuotas(ctx, plan.regionCode, input)
    await q.updatePlan(tx, id, planFields(input))
    await q.replaceQuotas(tx, id, quotas)
    await writeAudit(tx, ctx, {
      action: 'sampling_plan.update', entityType: 'sampling_plan', entityId: id,
      before: { ...before, quotas: before.quotas.map(({ regionCode, category, batches }) => ({ regionCode, category, batches })) }, after: { ...planFields(input), quotas },
    })
  })
  return getPlan(ctx, id)
}

export async function publishPlan(ctx: SignedInContext, id: string): Promise<PlanDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const plan = await q.findPlanToWrite(tx, ctx.account, id)
    if (!plan) throw notFound('抽检计划')
    if (plan.status === 'published') throw conflict('抽检计划：该计划已发布')
    await q.updatePlan(tx, id, { status: 'published' })
    await writeAudit(tx, ctx, { action: 'sampling_plan.publish', entityType: 'sampling_plan', entityId: id, before: { status: 'draft' }, after: { status: 'published' } })
  })
  return getPlan(ctx, id)
}

function summary(p: SamplingPlanRow, quotas: q.QuotaRow[], done: number): PlanSummaryDto {
  const quota = quotas.filter((r) => r.planId === p.id && r.category === null).reduce((s, r) => s + r.batches, 0)
  const categoryTotal = quotas.filter((r) => r.planId === p.id && r.category !== null).reduce((s, r) => s + r.batches, 0)
  return {
    id: p.id, regionCode: p.regionCode, year: p.year, name: p.name, level: p.level, department: p.department, batchesPerThousand: p.batchesPerThousand,
    status: p.status, quota, done, percent: percentOf(done, quota), categoryTotal, updatedAt: p.updatedAt.toISOString(),
  }
}

export async function listPlans(ctx: SignedInContext, query: PlanListQuery): Promise<PlanListDto> {
  const plans = await q.listPlans(ctx.db, ctx.account, query.year)
  const [quotas, done] = await Promise.all([q.quotasOf(ctx.db, plans.map((p) => p.id)), q.doneByPlan(ctx.db, ctx.account, plans)])
  return { items: plans.map((p) => summary(p, quotas, done.get(p.id) ?? 0)) }
}

export async function getPlan(ctx: SignedInContext, id: string): Promise<PlanDetailDto> {
  const plan = await q.findPlanToRead(ctx.db, ctx.account, id)
  if (!plan) throw notFound('抽检计划')
  const [quotas, byCategory, byTownship, visible] = await Promise.all([
    q.quotasOf(ctx.db, [id]), q.doneByCategory(ctx.db, ctx.account, id, plan.year), q.doneByTownship(ctx.db, ctx.account, id, plan.year), listRegionsInScope(ctx),
  ])
  // A township account sees its own township's quota and progress, not the other townships'.
  const inView = new Map(visible.map((r) => [r.code, r]))
  const townshipQuotas = quotas.filter((r) => r.category === null && inView.has(r.regionCode))
  const names = await regionNames(ctx, townshipQuotas.map((r) => r.regionCode))
  const doneCat = new Map(byCategory.map((r) => [r.category, r.n]))
  const doneTown = new Map(byTownship.map((r) => [r.regionCode, r.n]))
  const planned = quotas.filter((r) => r.category !== null)
  // Categories sampled under the plan without a quota still show (quota 0), so nothing done goes unseen.
  const extra = byCategory.filter((r) => !planned.some((p) => p.category === r.category)).map((r) => ({ category: r.category, batches: 0 }))
  const categories = [...planned.map((r) => ({ category: r.category!, batches: r.batches })), ...extra].map((c) => {
    const done = doneCat.get(c.category) ?? 0
    return { category: c.category, label: FOOD_CATEGORIES[c.category as FoodCategory]?.label ?? c.category, quota: c.batches, done, percent: percentOf(done, c.batches) }
  })
  const townships = townshipQuotas.map((r) => {
    const done = doneTown.get(r.regionCode) ?? 0
    return { regionCode: r.regionCode, name: names.get(r.regionCode) ?? r.regionCode, population: inView.get(r.regionCode)?.population ?? 0, quota: r.batches, done, percent: percentOf(done, r.batches) }
  }).sort((a, b) => a.regionCode.localeCompare(b.regionCode))
  const totalDone = byTownship.reduce((s, r) => s + r.n, 0)
  const population = inView.get(plan.regionCode)?.population ?? townships.reduce((s, t) => s + t.population, 0)
  return { ...summary(plan, quotas, totalDone), population, categories, townships, method: QUOTA_METHOD }
}
