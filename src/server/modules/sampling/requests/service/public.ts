import {
  PROPOSALS_PER_DAY, type PublicListQuery, type PublicResult, type PublicTestRequestDto, type PublicTestRequestInput, type PublicTestRequestListDto, type VoteDto,
} from '../../../../../shared/test-requests'
import { writeAudit } from '../../../../platform/audit'
import { todayOf } from '../../../../platform/config'
import type { RequestContext } from '../../../../platform/context'
import { AppError, badRequest, conflict, notFound } from '../../../../platform/errors'
import { publicIdentities } from '../../../entities/service/register'
import { publicRegionChoices } from '../../../regions/service'
import { ipHashOf } from '../ip-hash'
import { auditView, toPublicDto, toPublicFailedItem } from '../presenter'
import * as q from '../queries'
import { resolveCounty } from './regions'

/**
 * 你点我检, the public half (no login): list, propose, vote. Throttled per network address by its daily
 * hash (see ip-hash.ts) on top of the per-minute rate limits of the routes. Nothing here ever returns the
 * proposer's name, phone or address hash.
 */

const MISSING = '你点我检建议'
const tooMany = (message: string) => new AppError(429, 'too_many_requests', message)

/** Results of the published samples of these requests, by request. */
async function publishedResults(ctx: RequestContext, requestIds: string[]): Promise<Map<string, PublicResult[]>> {
  const found = await q.publishedSamplesOf(ctx.db, requestIds)
  const [failed, identities] = await Promise.all([q.failedItemsOf(ctx.db, found.map((s) => s.id)), publicIdentities(ctx.db, found.map((s) => s.entityId))])
  const byRequest = new Map<string, PublicResult[]>()
  for (const s of found) {
    const list = byRequest.get(s.requestId!) ?? []
    list.push({
      productName: s.productName, entityName: identities.get(s.entityId)?.name ?? null, sampledOn: s.sampledOn, verdict: s.verdict!,
      failedItems: failed.filter((f) => f.sampleId === s.id).map(toPublicFailedItem),
    })
    byRequest.set(s.requestId!, list)
  }
  return byRequest
}

export async function listPublic(ctx: RequestContext, query: PublicListQuery): Promise<PublicTestRequestListDto> {
  const today = todayOf(ctx)
  const { county, regions } = await resolveCounty(ctx.db, query.county)
  const prefix = county ? county.code.slice(0, 6) : null
  const pageSize = query.pageSize ?? 20
  const [total, proposals, tested] = await Promise.all([
    q.countWhere(ctx.db, q.proposalsWhere(prefix)),
    q.listProposals(ctx.db, q.proposalsWhere(prefix), query.sort === 'newest' ? 'newest' : 'votes', pageSize, ((query.page ?? 1) - 1) * pageSize),
    q.listTested(ctx.db, q.testedWhere(prefix), 50),
  ])
  const ids = [...proposals, ...tested].map((r) => r.id)
  const [voted, results] = await Promise.all([q.votedIds(ctx.db, ipHashOf(ctx, ctx.ip, today), today, ids), publishedResults(ctx, tested.map((r) => r.id))])
  const names = new Map(regions.map((r) => [r.code, r.name]))
  const present = (r: q.PublicRow) => toPublicDto(r, names.get(r.regionCode) ?? r.regionCode, voted.has(r.id), results.get(r.id) ?? [])
  return { asOf: today, county, regions: regions.map(({ code, name }) => ({ code, name })), proposals: proposals.map(present), total, tested: tested.map(present) }
}

const clean = (v: string | null | undefined) => (v?.trim() ? v.trim() : null)

export async function propose(ctx: RequestContext, input: PublicTestRequestInput): Promise<PublicTestRequestDto> {
  const food = clean(input.food)
  const place = clean(input.place)
  if (!food) throw badRequest('想检测的食品：不能为空')
  if (!place) throw badRequest('购买或就餐地点：不能为空')
  if (!input.regionCode.endsWith('000')) throw badRequest('所在乡镇（街道）：请选择县（区）或乡镇（街道）')
  const regions = await publicRegionChoices(ctx.db, `${input.regionCode.slice(0, 6)}000000`)
  const region = regions.find((r) => r.code === input.regionCode)
  if (!region) throw badRequest('所在乡镇（街道）：该区划不存在')

  const today = todayOf(ctx)
  const ipHash = ipHashOf(ctx, ctx.ip, today)
  const row = await ctx.db.transaction(async (tx) => {
    await q.lockAddress(tx, ipHash)
    if (await q.countProposalsOf(tx, ipHash) >= PROPOSALS_PER_DAY) {
      throw tooMany(`同一网络每天最多提交 ${PROPOSALS_PER_DAY} 条建议，请明天再来`)
    }
    const saved = await q.insertRequest(tx, {
      regionCode: region.code, food, place, reason: clean(input.reason), proposerName: clean(input.proposerName), proposerPhone: clean(input.proposerPhone),
      ipHash, votes: 0, status: 'open', createdAt: ctx.config.now(),
    })
    // No actor (the public); the audit's "from where" is the address hash too, never the address.
    await writeAudit(tx, { account: null, ip: ipHash }, { action: 'test_request.create', entityType: 'test_request', entityId: saved.id, after: auditView(saved) })
    return saved
  })
  return toPublicDto({ ...row, planName: null }, region.name, false, [])
}

export async function vote(ctx: RequestContext, id: string): Promise<VoteDto> {
  const today = todayOf(ctx)
  const ipHash = ipHashOf(ctx, ctx.ip, today)
  return ctx.db.transaction(async (tx) => {
    const request = await q.findPublicRequest(tx, id)
    // A declined proposal is not on the public page: it answers like a missing one.
    if (!request || request.status === 'rejected') throw notFound(MISSING)
    if (request.published) throw conflict('这条建议已有检测结果，无需再投票')
    if (!(await q.insertVote(tx, id, ipHash, today))) throw conflict('今天已为这条建议投过票，请明天再来')
    return q.addVote(tx, id)
  })
}
