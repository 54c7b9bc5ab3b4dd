import type { SignedInContext } from '../../platform/context'
import { regionChain } from '../../platform/scope'
import * as q from './queries'

/** Frozen figures of closed periods, read by the live figures (service.ts) and by closing (periods.ts). */

export async function displayNames(ctx: SignedInContext, ids: (string | null)[]) {
  return q.accountNames(ctx.db, [...new Set(ids.filter((x): x is string => !!x))])
}

/** The frozen figures of a region for a period closed by it or a region above it; null when not closed. */
export async function frozenFigures(ctx: SignedInContext, regionCode: string, period: string) {
  const closed = await q.closedPeriodCovering(ctx.db, regionChain(regionCode), period)
  if (!closed) return null
  const rows = await q.snapshotsOf(ctx.db, closed.id, [regionCode])
  if (!rows.length) return null
  const names = await displayNames(ctx, [closed.closedBy])
  return {
    period: closed, closedAt: closed.closedAt.toISOString(), closedBy: names.get(closed.closedBy) ?? '',
    values: new Map(rows.map((r) => [r.indicatorId, { value: r.value, numerator: r.numerator, denominator: r.denominator }])),
  }
}

