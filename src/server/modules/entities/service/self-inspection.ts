import { and, eq, inArray, sql } from 'drizzle-orm'
import { round2 } from '../../../../shared/rounding'
import { todayOf } from '../../../platform/config'
import type { Static } from 'typebox'
import type { SelfInspectionDto, SelfInspectionInput, SelfInspectionRateDto } from '../../../../shared/entities'
import { SELF_INSPECTING_TYPES, entityTypeDef, type Sector } from '../../../../shared/entity-catalogue'
import { selfCheckItems } from '../../../../shared/self-inspection'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import { badRequest, notFound } from '../../../platform/errors'
import { inScope, regionPrefix } from '../../../platform/scope'
import { listRegionChildren } from '../../regions/service'
import * as q from '../queries'
import { entities, selfInspections, type EntityRow } from '../schema'

/**
 * 企业自查: a business account fills its checklist for a month, saves it (self-inspected) and submits it
 * with a summary (the 自查报告). Rates per region: obliged = active entities whose type self-inspects.
 */

async function ownEntity(ctx: SignedInContext): Promise<EntityRow> {
  const id = await q.entityIdOfAccount(ctx.db, ctx.account.id)
  const entity = id ? await q.findEntity(ctx.db, ctx.account, id) : undefined
  if (!entity) throw notFound('本账号所属经营主体')
  return entity
}

function toDto(entity: EntityRow, period: string, row: typeof selfInspections.$inferSelect | undefined): SelfInspectionDto {
  const items = selfCheckItems(entity.sector as Sector)
  return {
    id: row?.id ?? null, entityId: entity.id, entityName: entity.name, period, status: row?.status ?? 'none',
    items: items.map((i) => ({ ...i, answer: row?.answers[i.code]?.answer ?? null, measure: row?.answers[i.code]?.measure ?? null })),
    summary: row?.summary ?? null, problemCount: row?.problemCount ?? 0, submittedAt: row?.submittedAt?.toISOString() ?? null,
  }
}

const findForm = (ctx: SignedInContext, entityId: string, period: string) =>
  ctx.db.select().from(selfInspections).where(and(eq(selfInspections.entityId, entityId), eq(selfInspections.period, period))).then(([r]) => r)

export async function getMySelfInspection(ctx: SignedInContext, period: string | undefined): Promise<SelfInspectionDto> {
  const entity = await ownEntity(ctx)
  const p = period ?? todayOf(ctx).slice(0, 7)
  return toDto(entity, p, await findForm(ctx, entity.id, p))
}

export async function saveMySelfInspection(ctx: SignedInContext, input: SelfInspectionInput): Promise<SelfInspectionDto> {
  const entity = await ownEntity(ctx)
  if (!entityTypeDef(entity.type)?.selfInspects) throw badRequest('主体类型：该类主体不要求按月自查')
  if (input.period > todayOf(ctx).slice(0, 7)) throw badRequest('自查月份：不能填报以后的月份')
  const items = selfCheckItems(entity.sector as Sector)
  const codes = new Set(items.map((i) => i.code))
  const unknown = Object.keys(input.answers).find((c) => !codes.has(c))
  if (unknown) throw badRequest(`自查项目：${unknown} 不是本主体自查表中的项目`)
  const missing = items.find((i) => !input.answers[i.code])
  if (missing) throw badRequest(`自查项目：“${missing.text}”尚未填写`)
  const noMeasure = items.find((i) => input.answers[i.code].answer === 'no' && !input.answers[i.code].measure?.trim())
  if (noMeasure) throw badRequest(`整改措施：“${noMeasure.text}”为“否”，须填写整改措施`)
  if (input.submit && !input.summary?.trim()) throw badRequest('自查报告：提交自查报告须填写自查情况小结')
  const existing = await findForm(ctx, entity.id, input.period)
  if (existing?.status === 'submitted') throw badRequest('自查月份：该月自查报告已提交，不能再修改')
  const problemCount = items.filter((i) => input.answers[i.code].answer === 'no').length
  const status = input.submit ? 'submitted' : 'draft'
  await ctx.db.transaction(async (tx) => {
    const values = { answers: input.answers, problemCount, summary: input.summary?.trim() || null, status, filledBy: ctx.account.id, submittedAt: input.submit ? new Date() : null, updatedAt: new Date() }
    await tx.insert(selfInspections).values({ entityId: entity.id, regionCode: entity.regionCode, period: input.period, ...values })
      .onConflictDoUpdate({ target: [selfInspections.entityId, selfInspections.period], set: values })
    await writeAudit(tx, ctx, { action: input.submit ? 'entity.self_inspection_submit' : 'entity.self_inspection_save', entityType: 'entity', entityId: entity.id, after: { period: input.period, problemCount, status } })
  })
  return toDto(entity, input.period, await findForm(ctx, entity.id, input.period))
}


/** The months of a period (YYYY-MM, YYYY-Qn or YYYY) up to the current month: each is one monthly duty. */
export function monthsOf(period: string, currentMonth: string): string[] {
  const [year, part] = period.split('-')
  const all = !part ? Array.from({ length: 12 }, (_, i) => i + 1)
    : part.startsWith('Q') ? [1, 2, 3].map((m) => (Number(part[1]) - 1) * 3 + m) : [Number(part)]
  return all.map((m) => `${year}-${String(m).padStart(2, '0')}`).filter((m) => m <= currentMonth)
}

/**
 * 自查率 and 自查报告率 for each child region of `region` (and the total). Over a quarter or a year every
 * month is one duty: rate = months self-inspected (reported) ÷ months owed, summed over the businesses.
 */
export async function selfInspectionRates(ctx: SignedInContext, period: string, region: string | undefined): Promise<Static<typeof SelfInspectionRateDto>> {
  const root = region ?? ctx.account.regionCode
  const children = await listRegionChildren(ctx, root)
  if (!children) throw notFound('行政区划')
  const months = monthsOf(period, todayOf(ctx).slice(0, 7))
  const depth = regionPrefix(root).length === 6 ? 9 : 12
  const where = and(q.entityScope(ctx.account), inScope(entities.regionCode, { regionCode: root }), eq(entities.status, 'active'), inArray(entities.type, SELF_INSPECTING_TYPES))
  const done = ctx.db.select({ entityId: selfInspections.entityId, n: sql<number>`count(*)`.as('n'), reported: sql<number>`count(*) FILTER (WHERE ${selfInspections.status} = 'submitted')`.as('reported') })
    .from(selfInspections).where(months.length ? inArray(selfInspections.period, months) : sql`false`).groupBy(selfInspections.entityId).as('done')
  const rows = await ctx.db.select({
    code: sql<string>`substr(${entities.regionCode}, 1, ${depth})`,
    obliged: sql<number>`(count(*) * ${months.length})::int`,
    inspected: sql<number>`coalesce(sum(${done.n}), 0)::int`,
    reported: sql<number>`coalesce(sum(${done.reported}), 0)::int`,
  }).from(entities).leftJoin(done, eq(done.entityId, entities.id)).where(where).groupBy(sql`1`)
  // Two decimals, as the 企业自查率 indicator shows the same figure.
  const rate = (n: number, d: number) => (d ? round2((n / d) * 100) : null)
  const byCode = new Map(rows.map((r) => [r.code, r]))
  const out = children.map((c) => {
    const r = byCode.get(regionPrefix(c.code).slice(0, depth))
    const obliged = r?.obliged ?? 0
    return { regionCode: c.code, regionName: c.name, obliged, inspected: r?.inspected ?? 0, reported: r?.reported ?? 0, inspectionRate: rate(r?.inspected ?? 0, obliged), reportRate: rate(r?.reported ?? 0, obliged) }
  })
  const sum = (k: 'obliged' | 'inspected' | 'reported') => out.reduce((s, r) => s + r[k], 0)
  out.push({ regionCode: root, regionName: '合计', obliged: sum('obliged'), inspected: sum('inspected'), reported: sum('reported'), inspectionRate: rate(sum('inspected'), sum('obliged')), reportRate: rate(sum('reported'), sum('obliged')) })
  return { period, regionCode: root, rows: out }
}
