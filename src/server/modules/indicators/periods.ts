import type { LateChangesDto, PeriodDto } from '../../../shared/indicators'
import { AUDIT_ACTION_LABELS } from '../../../shared/audit'
import { periodRange } from '../../../shared/indicators'
import { writeAudit } from '../../platform/audit'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { badRequest, conflict, notFound } from '../../platform/errors'
import { lateChanges } from '../../platform/measures'
import { indicatorById, isLive } from './catalogue'
import { displayNames, frozenFigures } from './frozen'
import * as q from './queries'
import { computeIndicators, figuresForClosing } from './service'
import { resolve } from './sources'

/**
 * Closing a quarter or a year: every indicator of the region and of each region one level down is frozen,
 * so what was reported stays reproducible. A record of the period changed afterwards shows as a late
 * correction beside the frozen figure; reopening needs the office, a reason, and is audited.
 */

async function toDto(ctx: SignedInContext, p: q.PeriodRow): Promise<PeriodDto> {
  const names = await displayNames(ctx, [p.closedBy, p.reopenedBy])
  return {
    id: p.id, regionCode: p.regionCode, period: p.period, label: periodRange(p.period)!.label, from: p.fromOn, to: p.toOn, status: p.status as PeriodDto['status'],
    closedAt: p.closedAt.toISOString(), closedBy: names.get(p.closedBy) ?? '', reopenedAt: p.reopenedAt?.toISOString() ?? null,
    reopenedBy: p.reopenedBy ? names.get(p.reopenedBy) ?? '' : null, reopenReason: p.reopenReason,
  }
}

export async function listPeriods(ctx: SignedInContext): Promise<PeriodDto[]> {
  const rows = await q.periodsInScope(ctx.db, ctx.account)
  return Promise.all(rows.sort((a, b) => b.toOn.localeCompare(a.toOn)).map((p) => toDto(ctx, p)))
}

export async function closePeriod(ctx: SignedInContext, period: string): Promise<PeriodDto> {
  const range = periodRange(period)
  if (!range || period.length === 7 && !period.includes('-Q')) throw badRequest('统计期间：只能关闭季度（2026-Q3）或年度（2026）')
  if (range.to >= todayOf(ctx)) throw badRequest(`统计期间：${range.label}尚未结束，不能关闭`)
  const regionCode = ctx.account.regionCode
  const existing = await q.findPeriod(ctx.db, regionCode, period)
  if (existing?.status === 'closed') throw conflict(`${range.label}已关闭`)
  const figures = await figuresForClosing(ctx, regionCode, range)
  const row = await ctx.db.transaction(async (tx) => {
    const values = { status: 'closed', closedAt: new Date(), closedBy: ctx.account.id, reopenedAt: null, reopenedBy: null, reopenReason: null }
    const saved = existing ? await q.updatePeriod(tx, existing.id, values) : await q.insertPeriod(tx, { regionCode, period, fromOn: range.from, toOn: range.to, ...values })
    await q.replaceSnapshots(tx, saved.id, figures.flatMap((f) => f.values.map((v) => ({ periodId: saved.id, regionCode: f.regionCode, indicatorId: v.id, numerator: v.numerator, denominator: v.denominator, value: v.value }))))
    await writeAudit(tx, ctx, { action: 'indicator_period.close', entityType: 'indicator_period', entityId: saved.id, after: { regionCode, period, indicators: figures[0].values.length, regions: figures.length } })
    return saved
  })
  return toDto(ctx, row)
}

export async function reopenPeriod(ctx: SignedInContext, period: string, reason: string): Promise<PeriodDto> {
  const existing = await q.findPeriod(ctx.db, ctx.account.regionCode, period)
  if (!existing) throw notFound('已关闭的统计期间')
  if (existing.status !== 'closed') throw conflict(`${periodRange(period)!.label}未处于关闭状态`)
  if (reason.trim().length < 2) throw badRequest('重开理由：至少 2 个字')
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await q.updatePeriod(tx, existing.id, { status: 'reopened', reopenedAt: new Date(), reopenedBy: ctx.account.id, reopenReason: reason.trim() })
    await writeAudit(tx, ctx, { action: 'indicator_period.reopen', entityType: 'indicator_period', entityId: saved.id, before: { status: 'closed' }, after: { status: 'reopened', reason: reason.trim() } })
    return saved
  })
  return toDto(ctx, row)
}

/** Beside a frozen figure: the live one and the audit rows about the period's records written after closing. */
export async function indicatorLateChanges(ctx: SignedInContext, id: string, query: { region?: string; period: string }): Promise<LateChangesDto> {
  const def = indicatorById.get(id)
  if (!def || !isLive(def)) throw notFound('指标')
  const live = await computeIndicators(ctx, { region: query.region, period: query.period, ids: id })
  const closed = await frozenFigures(ctx, live.regionCode, query.period)
  if (!closed) throw notFound('已关闭的统计期间')
  const refs = [def.numerator, ...(def.denominator && def.denominator !== 'population' ? [def.denominator] : [])]
  const sources = [...new Map(refs.map((r) => resolve(r).source).map((s) => [s.name, s])).values()]
  const scope = { accountRegion: ctx.account.regionCode, region: live.regionCode, from: live.period.from, to: live.period.to, asOf: live.period.to }
  const changes = (await Promise.all(sources.map((s) => lateChanges(ctx.db, s, scope, closed.period.closedAt)))).flat().sort((a, b) => b.at.localeCompare(a.at))
  const v = live.values[0]
  return {
    indicatorId: id, closedAt: closed.closedAt,
    frozen: closed.values.get(id) ?? { value: null, numerator: null, denominator: null },
    live: { value: v.value, numerator: v.numerator, denominator: v.denominator },
    changes: changes.map((c) => ({ ...c, actionLabel: AUDIT_ACTION_LABELS[c.action] ?? c.action })),
  }
}
