import type { SampleDetailDto, SampleInput, SendInput } from '../../../../../shared/sampling'
import { FOOD_CATEGORIES, type FoodCategory } from '../../../../../shared/sampling-catalogue'
import { writeAudit } from '../../../../platform/audit'
import { todayOf } from '../../../../platform/config'
import type { SignedInContext } from '../../../../platform/context'
import type { Transaction } from '../../../../platform/db'
import { badRequest, conflict, isUniqueViolation, notFound } from '../../../../platform/errors'
import { isWithinRegion } from '../../../../platform/scope'
import { findEntityOr404 } from '../../../entities/service/register'
import { currentTimeLimits, dueOn } from '../../time-limits/service'
import * as q from '../queries'
import { listSamplers, sampleDetail } from './read'

const countyOf = (regionCode: string) => `${regionCode.slice(0, 6)}000000`

/** 抽样人员: at least two (the schema), each an enabled inspector whose region covers the entity. */
async function checkSamplers(ctx: SignedInContext, input: SampleInput) {
  const allowed = new Set((await listSamplers(ctx, input.entityId)).map((o) => o.id))
  if (input.samplerIds.some((id) => !allowed.has(id))) throw badRequest('抽样人员：有人员不存在、已停用、不是执法检查人员或不负责该主体所在区域')
}

/** A published plan of the entity's county and the sampling year, of the same level and department. */
async function checkPlan(tx: Transaction, ctx: SignedInContext, input: SampleInput, entityRegion: string) {
  if (!input.planId) return
  const plan = await q.findPlan(tx, ctx.account, input.planId)
  if (!plan) throw badRequest('抽检计划：不存在')
  // A draft may still change its quotas; progress is only ever counted against a published plan.
  if (plan.status !== 'published') throw badRequest(`抽检计划：「${plan.name}」尚未发布，不能登记抽样`)
  const year = Number(input.sampledOn.slice(0, 4))
  if (plan.regionCode !== countyOf(entityRegion) || plan.year !== year) throw badRequest(`抽检计划：「${plan.name}」不是被抽样单位所在县 ${year} 年度的计划`)
  if (plan.level !== input.level || plan.department !== input.department) throw badRequest(`抽检计划：「${plan.name}」的抽检级别或部门与本次抽样不一致`)
}

async function checkRequest(tx: Transaction, input: SampleInput, entityRegion: string) {
  if (!input.requestId) return
  const request = await q.findRequest(tx, input.requestId)
  if (!request || !isWithinRegion(request.regionCode, countyOf(entityRegion))) throw badRequest('你点我检建议：不存在')
}

export async function createSample(ctx: SignedInContext, input: SampleInput): Promise<SampleDetailDto> {
  const today = todayOf(ctx)
  if (input.sampledOn > today) throw badRequest('抽样日期：不能晚于今天')
  if (input.productionDate && input.productionDate > input.sampledOn) throw badRequest('生产（购进）日期：不能晚于抽样日期')
  const row = await ctx.db.transaction(async (tx) => {
    const entity = await findEntityOr404(tx, ctx, input.entityId)
    if (await q.sampleNumberTaken(tx, input.sampleNumber)) throw conflict('抽样单编号：已存在')
    await checkSamplers(ctx, input)
    await checkPlan(tx, ctx, input, entity.regionCode)
    await checkRequest(tx, input, entity.regionCode)
    const photoIds = [...new Set(input.photoIds ?? [])]
    const stored = await q.existingFiles(tx, photoIds)
    if (photoIds.some((p) => !stored.has(p))) throw badRequest('现场照片：有照片未上传成功，请重新上传')
    const limits = await currentTimeLimits(tx)
    const saved = await q.insertSample(tx, {
      ...input, photoIds, regionCode: entity.regionCode, agricultural: FOOD_CATEGORIES[input.category as FoodCategory].agricultural,
      sentDueOn: dueOn(limits, 'send_to_lab', input.sampledOn), unitId: ctx.account.unitId, createdBy: ctx.account.id,
    }).catch((e) => { throw isUniqueViolation(e) ? conflict('抽样单编号：已存在') : e })
    await writeAudit(tx, ctx, { action: 'sample.create', entityType: 'sample', entityId: saved.id, after: saved })
    return saved
  })
  return sampleDetail(ctx, row)
}

/** 第二十条: the sample reaches the lab; the lab's 20 working days (第二十四条) run from that day. */
export async function sendSample(ctx: SignedInContext, id: string, input: SendInput): Promise<SampleDetailDto> {
  const row = await ctx.db.transaction(async (tx) => {
    const sample = await q.lockSample(tx, ctx.account, id)
    if (!sample) throw notFound('抽样记录')
    if (sample.sentOn) throw conflict(`该样品已于 ${sample.sentOn} 登记送达承检机构`)
    if (input.sentOn < sample.sampledOn) throw badRequest(`送达承检机构日期：不能早于抽样日期（${sample.sampledOn}）`)
    if (input.sentOn > todayOf(ctx)) throw badRequest('送达承检机构日期：不能晚于今天')
    const limits = await currentTimeLimits(tx)
    const saved = await q.updateSample(tx, id, { sentOn: input.sentOn, reportDueOn: dueOn(limits, 'lab_report', input.sentOn) })
    await writeAudit(tx, ctx, { action: 'sample.send', entityType: 'sample', entityId: id, before: { sentOn: null }, after: { sentOn: saved.sentOn, reportDueOn: saved.reportDueOn } })
    return saved
  })
  return sampleDetail(ctx, row)
}

/** Results go public (the portal, with 你点我检 answers) only once they are known. */
export async function publishSample(ctx: SignedInContext, id: string): Promise<SampleDetailDto> {
  const row = await ctx.db.transaction(async (tx) => {
    const sample = await q.lockSample(tx, ctx.account, id)
    if (!sample) throw notFound('抽样记录')
    if (!sample.verdict) throw badRequest('公开：该样品尚无检验结论，录入检验结果后才能公开')
    if (sample.publishedAt) throw conflict('该抽检结果已公开')
    const saved = await q.updateSample(tx, id, { publishedAt: ctx.config.now() })
    await writeAudit(tx, ctx, { action: 'sample.publish', entityType: 'sample', entityId: id, after: { publishedAt: saved.publishedAt, verdict: saved.verdict } })
    return saved
  })
  return sampleDetail(ctx, row)
}
