import type { CoverageDto, CoverageQuery, CoverageRowDto, PlanDto, PlanQuery } from '../../../../shared/inspection-plan'
import { todayOf } from '../../../platform/config'
import { PLAN_STATUS, type PlanStatus } from '../../../../shared/inspection-plan'
import { entityTypeDef, ENTITY_TYPE_CODES } from '../../../../shared/entity-catalogue'
import type { SignedInContext } from '../../../platform/context'
import { badRequest, forbidden } from '../../../platform/errors'
import { currentRules } from '../../entities/service/grading'
import { ownEntityIdOf } from '../../entities/service/register'
import { findRegionInScope, listRegionChildren, regionNames, unitNames } from '../../regions/service'
import * as q from './queries'

/** The yearly inspection plan by risk grade and the year's coverage rates (issue 6). */

/** Ungraded entities are inspected once a year until graded (entities/service/grading.ts inspectionDueOf). */
const UNGRADED_PER_YEAR = 1
/** The Excel export stops here, as the register's does. */
export const PLAN_EXPORT_LIMIT = 50_000
const NO_ENTITY = '00000000-0000-0000-0000-000000000000'

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null)
const townshipCodeOf = (code: string) => `${code.slice(0, 9)}000`

async function frameOf(ctx: SignedInContext, year: number | undefined): Promise<q.PlanFrame> {
  const today = todayOf(ctx)
  const thisYear = Number(today.slice(0, 4))
  const y = year ?? thisYear
  if (y > thisYear) throw badRequest('年度：不能晚于本年度')
  const { rules } = await currentRules(ctx.db)
  const perGrade = { A: rules.frequency.A.min, B: rules.frequency.B.min, C: rules.frequency.C.min, D: rules.frequency.D.min }
  return { year: y, asOf: y === thisYear ? today : `${y}-12-31`, today, perGrade, ungraded: UNGRADED_PER_YEAR }
}

/** A region filter must lie in the caller's subtree; one outside it reads like one that does not exist. */
async function checkRegion(ctx: SignedInContext, code: string | undefined) {
  if (code === undefined) return undefined
  const region = await findRegionInScope(ctx, code)
  if (!region) throw badRequest('区域：不存在或不在本辖区')
  return region
}

async function filtersOf(ctx: SignedInContext, query: PlanQuery): Promise<q.PlanFilters> {
  await checkRegion(ctx, query.region)
  // A business account has inspections.read to follow its own orders: its plan is its own entity's line.
  const entityId = ctx.account.role === 'business' ? ((await ownEntityIdOf(ctx)) ?? NO_ENTITY) : undefined
  return { ...query, entityId }
}

async function planRows(ctx: SignedInContext, frame: q.PlanFrame, f: q.PlanFilters, limit: number, offset: number) {
  const rows = await q.planPage(ctx.db, ctx.account, frame, f, limit, offset)
  const names = await regionNames(ctx, [...new Set(rows.flatMap((r) => [r.regionCode, townshipCodeOf(r.regionCode)]))])
  return rows.map((r) => ({
    entityId: r.entityId, name: r.name, type: r.type, typeLabel: entityTypeDef(r.type)?.label ?? r.type,
    regionCode: r.regionCode, regionName: names.get(r.regionCode) ?? r.regionCode, townshipName: names.get(townshipCodeOf(r.regionCode)) ?? '',
    riskGrade: r.riskGrade, required: r.required, done: r.done, remaining: Math.max(0, r.required - r.done),
    lastInspectedOn: r.lastInspectedOn, nextDueOn: r.nextDueOn, status: r.status, statusLabel: PLAN_STATUS[r.status as PlanStatus] ?? r.status,
    coverageGap: r.coverageGap,
  }))
}

export async function getPlan(ctx: SignedInContext, query: PlanQuery): Promise<PlanDto> {
  const [frame, f] = await Promise.all([frameOf(ctx, query.year), filtersOf(ctx, query)])
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const [s, items] = await Promise.all([q.planSummary(ctx.db, ctx.account, frame, f), planRows(ctx, frame, f, pageSize, (page - 1) * pageSize)])
  return {
    year: frame.year, asOf: frame.asOf, total: s.entities, page, pageSize, items,
    summary: {
      entities: s.entities, requiredTotal: s.requiredTotal, doneTotal: s.doneTotal, completionRate: rate(s.metTotal, s.requiredTotal),
      doneEntities: s.doneEntities, overdue: s.overdue, coverageGaps: s.coverageGaps,
    },
  }
}

/** The whole filtered plan (up to the export limit) for the Excel export. */
export async function planForExport(ctx: SignedInContext, query: PlanQuery) {
  const [frame, f] = await Promise.all([frameOf(ctx, query.year), filtersOf(ctx, { ...query, page: undefined, pageSize: undefined })])
  return { year: frame.year, asOf: frame.asOf, items: await planRows(ctx, frame, f, PLAN_EXPORT_LIMIT, 0) }
}

const row = (key: string, label: string, c: { active: number; inspected: number }): CoverageRowDto =>
  ({ key, label, active: c.active, inspected: c.inspected, rate: rate(c.inspected, c.active) })

/**
 * Coverage of a year under a region (default: the caller's): by its child regions (townships of a
 * county, villages of a township), by entity type, and the work of each inspecting unit and officer.
 */
export async function getCoverage(ctx: SignedInContext, query: CoverageQuery): Promise<CoverageDto> {
  // Coverage describes a whole region's work; a business account reads only its own entity's plan line.
  if (ctx.account.role === 'business') throw forbidden('企业账号只能查看本企业的检查计划')
  const frame = await frameOf(ctx, query.year)
  const code = query.region ?? ctx.account.regionCode
  const region = await checkRegion(ctx, code)
  const children = (await listRegionChildren(ctx, code)) ?? []
  // A village has no children: it is its own single row.
  const childLength = children.length ? q.regionPrefix(children[0].code).length : 12
  const [counts, units, officers] = await Promise.all([
    q.coverageCounts(ctx.db, ctx.account, frame.year, code, childLength),
    q.workloadByUnit(ctx.db, ctx.account, frame.year, code),
    q.workloadByInspector(ctx.db, ctx.account, frame.year, code),
  ])
  const unitName = await unitNames(ctx, units.map((u) => u.key).filter((k): k is string => k !== null))
  const byChild = new Map(counts.byChild.map((c) => [c.key, c]))
  const zero = { active: 0, inspected: 0 }
  const rows = children.length ? children.map((c) => row(c.code, c.name, byChild.get(q.regionPrefix(c.code)) ?? zero)) : [row(code, region!.name, counts.total)]
  const byType = new Map(counts.byType.map((c) => [c.key, c]))
  return {
    year: frame.year, regionCode: code, regionName: region!.name,
    total: row(code, '合计', counts.total),
    byRegion: rows,
    // Every type with an entity, in catalogue order (the order the register's filters use).
    byType: ENTITY_TYPE_CODES.filter((t) => byType.has(t)).map((t) => row(t, entityTypeDef(t)!.label, byType.get(t)!)),
    byUnit: units.map((u) => ({ ...u, label: u.key ? unitName.get(u.key) ?? '（已撤销单位）' : '未记录单位' })),
    byInspector: officers,
  }
}
