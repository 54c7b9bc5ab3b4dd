import type { FiguresDto } from '../../../../shared/cases'
import type { SignedInContext } from '../../../platform/context'
import { badRequest } from '../../../platform/errors'
import { isWithinRegion } from '../../../platform/scope'
import * as q from '../queries'
import { fromFen } from '../rules'

/**
 * The case figures of the self-inspection report for a region subtree and period:
 * 立案数 (filedOn in period) · 结案数 (closed, closedOn in period) · 罚没款 and 处罚到人 (cases decided in the
 * period) · 移送数, 刑事立案数 and the people counts (transfers made in the period) · 黑名单 (entries current
 * on the last day). A region wider than the caller's is cut to the caller's scope.
 */
export async function caseFigures(ctx: SignedInContext, query: { region?: string; from: string; to: string }): Promise<FiguresDto> {
  if (query.to < query.from) throw badRequest('结束日期：不得早于开始日期')
  const region = query.region ?? ctx.account.regionCode
  const effective = isWithinRegion(ctx.account.regionCode, region) ? ctx.account.regionCode : region
  const f = await q.caseFigures(ctx.db, ctx.account, region, query.from, query.to)
  return {
    regionCode: effective, from: query.from, to: query.to, filed: f.filed, closed: f.closed,
    finesAndConfiscations: fromFen(Number(f.moneyFen)), goodsConfiscatedValue: fromFen(Number(f.goodsFen)), personsPenalised: f.persons,
    transfers: f.transfers, criminalCases: f.criminalCases, detained: f.detained, arrested: f.arrested, bailed: f.bailed, prosecuted: f.prosecuted,
    sentenced: f.sentenced, blacklistCurrent: f.blacklistCurrent,
  }
}
