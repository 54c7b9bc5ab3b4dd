import type { DisposalDetailDto, DisposalListDto, DisposalListQuery, DisposalRatesDto, DisposalRatesQuery } from '../../../../shared/disposals'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, notFound } from '../../../platform/errors'
import { listEntities, publicIdentities } from '../../entities/service/register'
import { currentTimeLimits } from '../time-limits/service'
import { toDetail, toListItem } from './presenter'
import * as q from './queries'
import { closedOnTime, overdueSteps, startedOn } from './rules'

async function entityNames(db: Executor, ids: string[]) {
  const names = await publicIdentities(db, ids)
  return (id: string) => names.get(id)?.name ?? '（已删除的经营主体）'
}

export async function listDisposals(ctx: SignedInContext, query: DisposalListQuery): Promise<DisposalListDto> {
  const today = todayOf(ctx)
  const q2 = query.q?.trim()
  // The business's name lives in the register: find matching businesses there, then match their files.
  const entityIds = q2 ? (await listEntities(ctx, { q: q2, pageSize: 200 })).items.map((e) => e.id) : undefined
  const filters: q.DisposalFilters = {
    region: query.region, year: query.year, status: query.status, q: q2 || undefined, entityIds, today,
  }
  const pageSize = query.pageSize ?? 20
  const [rows, total] = await Promise.all([
    q.listDisposals(ctx.db, ctx.account, filters, pageSize, ((query.page ?? 1) - 1) * pageSize),
    q.countDisposals(ctx.db, ctx.account, filters),
  ])
  const nameOf = await entityNames(ctx.db, rows.map((r) => r.d.entityId))
  return { items: rows.map((r) => toListItem(r.d, { ...r, entityName: nameOf(r.d.entityId) }, r.d.startDueOn, today)), total }
}

export async function getDisposal(ctx: SignedInContext, id: string): Promise<DisposalDetailDto> {
  const found = await q.findDisposal(ctx.db, ctx.account, id)
  if (!found) throw notFound('核查处置')
  const { d, sample } = found
  const [limits, failed, followUp, nameOf] = await Promise.all([
    currentTimeLimits(ctx.db), q.failedResultsOf(ctx.db, d.sampleId),
    d.followUpSampleId ? q.findSampleInScope(ctx.db, ctx.account, d.followUpSampleId) : null,
    entityNames(ctx.db, [d.entityId]),
  ])
  return toDetail(d, sample, failed, { entityName: nameOf(d.entityId), startDueOn: d.startDueOn, today: todayOf(ctx), limits, followUp: followUp ?? null })
}

const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10000) / 100)

/**
 * 核查处置率, 处置完成率 and 按时完成率 of the failed samples whose report was received in the period
 * (default: this year to today), steps as recorded today. Also for the figures (indicators, reports).
 */
export async function disposalRates(ctx: SignedInContext, query: DisposalRatesQuery): Promise<DisposalRatesDto> {
  const today = todayOf(ctx)
  const from = query.from ?? `${today.slice(0, 4)}-01-01`
  const to = query.to ?? today
  if (from > to) throw badRequest('开始日期：不能晚于结束日期')
  const rows = await q.disposalsOpenedIn(ctx.db, ctx.account, { region: query.region, from, to })
  const retestPassed = rows.filter((d) => d.retestVerdict === 'pass')
  const failed = rows.filter((d) => d.retestVerdict !== 'pass')
  const closed = failed.filter((d) => d.closedOn)
  const onTime = closed.filter(closedOnTime).length
  const started = failed.filter((d) => startedOn(d)).length
  const overdueOpen = failed.filter((d) => overdueSteps(d, d.startDueOn, today).length > 0).length
  return {
    from, to, failed: failed.length, retestPassed: retestPassed.length, started, closed: closed.length, onTime, overdueOpen,
    startRate: rate(started, failed.length), completionRate: rate(closed.length, failed.length), onTimeRate: rate(onTime, closed.length),
    notes: [
      '统计对象：收到不合格检验报告之日在统计期间内的样品；各环节按截至今日的记录计算。',
      retestPassed.length
        ? `复检合格的 ${retestPassed.length} 批次不属于不合格样品，未计入分母。`
        : '复检合格的批次不属于不合格样品，不计入分母（本期无）。',
      '按时完成率以办结期限（含经批准的延期）为准。',
    ],
  }
}
