import { inArray } from 'drizzle-orm'
import type { EntityDetailDto, EntityInput, EntityListDto, EntityListQuery } from '../../../../shared/entities'
import { CERTIFICATION_KINDS, ENTITY_TYPES, entityTypeDef, OPEN_KITCHEN, RISK_GRADE_LABELS, SECTORS } from '../../../../shared/entity-catalogue'
import { writeAudit } from '../../../platform/audit'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import { findRegionInScope, regionNames } from '../../regions/service'
import * as q from '../queries'
import { toCertificationDto, toDetail, toEntityInput, toLicenceDto, toPersonDto, toSummary, townshipCodeOf } from '../presenter'
import { addDays } from '../../../platform/working-days'
import { entityProblems, normaliseEntity, type Problem } from '../rules'
import { entities, type EntityRow } from '../schema'
import { currentRules, inspectionDueOf } from './grading'


/** One 400 naming every problem, the first in the message (forms show them all from `details`). */
export function rejectProblems(problems: Problem[]): void {
  if (!problems.length) return
  const [first] = problems
  throw badRequest(`${first.field}：${first.message}${problems.length > 1 ? `（另有 ${problems.length - 1} 处问题）` : ''}`, problems)
}

export async function namesFor(ctx: Pick<SignedInContext, 'db'>, codes: string[]) {
  return regionNames(ctx, [...codes, ...codes.map(townshipCodeOf)])
}

function filtersOf(query: EntityListQuery, today: string): q.EntityFilters {
  return { ...query, expiringBy: query.expiringWithin === undefined ? undefined : addDays(today, query.expiringWithin) }
}

const labelled = (rows: { value: string; count: number }[], labels: Record<string, string>) =>
  rows.map((r) => ({ ...r, label: labels[r.value] ?? (r.value === 'none' ? '未评级' : r.value) })).sort((a, b) => b.count - a.count)

export async function listEntities(ctx: SignedInContext, query: EntityListQuery): Promise<EntityListDto> {
  const today = todayOf(ctx)
  const filters = filtersOf(query, today)
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const where = q.entityWhere(ctx.account, filters)
  const [total, rows] = await Promise.all([q.countEntities(ctx.db, where), q.listEntityPage(ctx.db, where, pageSize, (page - 1) * pageSize)])
  const omit = (k: keyof q.EntityFilters) => q.entityWhere(ctx.account, filters, k)
  const typeLabels = Object.fromEntries(Object.entries(ENTITY_TYPES).map(([k, v]) => [k, v.label]))
  const [sector, type, grade, openKitchen, certification, expired, in30, in90] = await Promise.all([
    q.facetCounts(ctx.db, 'sector', omit('sector')), q.facetCounts(ctx.db, 'type', omit('type')), q.facetCounts(ctx.db, 'riskGrade', omit('grade')),
    q.facetCounts(ctx.db, 'openKitchen', omit('openKitchen')), q.certificationFacet(ctx.db, omit('certification')),
    q.countWithLicenceExpiringBy(ctx.db, omit('expiringBy'), addDays(today, -1)), q.countWithLicenceExpiringBy(ctx.db, omit('expiringBy'), addDays(today, 30)),
    q.countWithLicenceExpiringBy(ctx.db, omit('expiringBy'), addDays(today, 90)),
  ])
  return {
    total, page, pageSize,
    items: await summaries(ctx, rows),
    facets: {
      sector: labelled(sector, SECTORS), type: labelled(type, typeLabels), grade: labelled(grade, RISK_GRADE_LABELS),
      openKitchen: labelled(openKitchen, OPEN_KITCHEN), certification: labelled(certification, CERTIFICATION_KINDS),
      expiring: [{ value: '-1', label: '已过期', count: expired }, { value: '30', label: '30 天内到期（含已过期）', count: in30 }, { value: '90', label: '90 天内到期（含已过期）', count: in90 }],
    },
  }
}

/** Up to 50,000 rows of the filtered list, for the Excel export. */
export const EXPORT_LIMIT = 50_000
export async function listForExport(ctx: SignedInContext, query: EntityListQuery) {
  const rows = await q.listEntityIds(ctx.db, q.entityWhere(ctx.account, filtersOf(query, todayOf(ctx))), EXPORT_LIMIT)
  return summaries(ctx, rows)
}

export async function summaries(ctx: Pick<SignedInContext, 'db'>, rows: EntityRow[]) {
  const [names, licences] = await Promise.all([namesFor(ctx, rows.map((r) => r.regionCode)), q.licencesOf(ctx.db, rows.map((r) => r.id))])
  return rows.map((r) => toSummary(r, names, licences.find((l) => l.entityId === r.id)))
}

export async function findEntityOr404(db: Executor, ctx: SignedInContext, id: string) {
  const row = await q.findEntity(db, ctx.account, id)
  if (!row) throw notFound('经营主体')
  return row
}

/**
 * Name and USCC of entities by id, whoever asks: only for public listings (严重违法失信名单) that publish
 * exactly these two fields and nothing else of the register.
 */
export async function publicIdentities(db: Executor, ids: string[]): Promise<Map<string, { name: string; uscc: string | null }>> {
  if (!ids.length) return new Map()
  const rows = await q.listEntityIds(db, inArray(entities.id, [...new Set(ids)]), ids.length)
  return new Map(rows.map((r) => [r.id, { name: r.name, uscc: r.uscc }]))
}

export async function getEntity(ctx: SignedInContext, id: string): Promise<EntityDetailDto> {
  const e = await findEntityOr404(ctx.db, ctx, id)
  const today = todayOf(ctx)
  const [names, licences, people, certifications, hasAccount, rules] = await Promise.all([
    namesFor(ctx, [e.regionCode]), q.licencesOf(ctx.db, [e.id]), q.peopleOf(ctx.db, e.id), q.certificationsOf(ctx.db, e.id),
    q.hasBusinessAccount(ctx.db, e.id), currentRules(ctx.db),
  ])
  const regionPath = [names.get(townshipCodeOf(e.regionCode)), names.get(e.regionCode)].filter(Boolean).join(' / ')
  return toDetail(e, {
    inspection: inspectionDueOf(e, rules.rules, today),
    licences: licences.map((l) => toLicenceDto(l, today)), people: people.map(toPersonDto),
    certifications: certifications.map((c) => toCertificationDto(c, today)), regionPath, hasAccount,
  }, toSummary(e, names, licences[0]))
}

/** Checks that need the database: the village exists in the caller's scope, the USCC is not taken. */
async function checkEntity(db: Executor, ctx: SignedInContext, input: EntityInput, selfId: string | null) {
  rejectProblems(entityProblems(input))
  const region = await findRegionInScope(ctx, input.regionCode)
  if (!region || region.level !== 'village') throw badRequest('所在村（社区）：不在本账号管辖范围内的村（社区），或区划代码不存在')
  if (input.uscc) {
    const owner = await q.findEntityIdByUscc(db, input.uscc)
    if (owner && owner.id !== selfId) throw conflict(`统一社会信用代码：${input.uscc} 已登记为“${owner.name}”`)
  }
}

export function entityRow(input: EntityInput) {
  const def = entityTypeDef(input.type)!
  return { ...input, sector: def.sector }
}

export async function createEntity(ctx: SignedInContext, raw: EntityInput): Promise<EntityDetailDto> {
  const input = normaliseEntity(raw)
  const id = await ctx.db.transaction(async (tx) => {
    await checkEntity(tx, ctx, input, null)
    const row = await q.insertEntity(tx, entityRow(input))
    await writeAudit(tx, ctx, { action: 'entity.create', entityType: 'entity', entityId: row.id, after: toEntityInput(row) })
    return row.id
  })
  return getEntity(ctx, id)
}

/** Only the fields that changed, before and after, so the timeline reads as “who changed what”. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {}
  const a: Record<string, unknown> = {}
  for (const k of Object.keys(after)) {
    if (JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)) { b[k] = before[k] ?? null; a[k] = after[k] ?? null }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 }
}

export async function updateEntity(ctx: SignedInContext, id: string, raw: EntityInput): Promise<EntityDetailDto> {
  const input = normaliseEntity(raw)
  await ctx.db.transaction(async (tx) => {
    const current = await findEntityOr404(tx, ctx, id)
    await checkEntity(tx, ctx, input, id)
    const change = diff(toEntityInput(current), input)
    if (!change.changed) return
    await q.updateEntity(tx, id, entityRow(input))
    await writeAudit(tx, ctx, { action: 'entity.update', entityType: 'entity', entityId: id, before: change.before, after: change.after })
  })
  return getEntity(ctx, id)
}

/** The fields of one business on a 双随机 检查对象名录库 (the draw's canonical list). */
export interface DrawCandidate { id: string; name: string; uscc: string | null; licenceNumber: string | null; regionCode: string; type: string; grade: string | null }

/**
 * 检查对象名录库 for a 双随机 draw: active entities of the region subtree within the caller's scope,
 * of the given types and risk grades (empty = all; grade 'none' = not yet graded). The licence shown is
 * the one valid longest, as on the register list.
 */
export async function listDrawCandidates(ctx: SignedInContext, filter: { regionCode: string; types: string[]; grades: string[] }): Promise<DrawCandidate[]> {
  const where = q.entityWhere(ctx.account, { region: filter.regionCode, status: 'active', types: filter.types, grades: filter.grades })
  const chosen = await q.listEntityIds(ctx.db, where, 1_000_000)
  const licences = await q.licencesOf(ctx.db, chosen.map((r) => r.id))
  const licenceOf = new Map<string, string>()
  for (const l of licences) if (!licenceOf.has(l.entityId)) licenceOf.set(l.entityId, l.number)
  return chosen.map((r) => ({ id: r.id, name: r.name, uscc: r.uscc, licenceNumber: licenceOf.get(r.id) ?? null, regionCode: r.regionCode, type: r.type, grade: r.riskGrade }))
}

/** The entity a business account belongs to (none for staff, or a business account not yet linked). */
export const ownEntityIdOf = (ctx: SignedInContext): Promise<string | undefined> => q.entityIdOfAccount(ctx.db, ctx.account.id)
