import { randomUUID } from 'node:crypto'
import { inArray, sql } from 'drizzle-orm'
import { bulkInsert } from '../../../platform/bulk-insert'
import { writeAuditMany, type AuditEvent } from '../../../platform/audit'
import type { RequestContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { toEntityInput } from '../presenter'
import { certificationProblems, entityProblems, licenceProblems, normaliseEntity, normaliseLicence, personProblems, type Problem } from '../rules'
import { entities, entityCertifications, entityLicences, entityPeople, riskAssessments } from '../schema'
import { naturalKeyOf, type EntitySeed } from '../seed-types'
import { diff, entityRow } from './register'
import { currentRules, scoreOf } from './grading'

/**
 * Writes many entities at once (Excel import, demo register), inside the caller's transaction.
 * Idempotent on the natural key (USCC, else licence number): an entity already registered is compared
 * field by field and only what differs is written; writing the same seeds twice changes nothing. For an
 * existing entity an empty value keeps what is stored (a file never erases data it does not carry),
 * people are matched by role and name, licences by number, certifications by kind.
 * All checks run before the first write; any problem → nothing is written and the problems come back.
 */

export interface SeedProblem extends Problem { index: number }
export interface WriteResult { created: number; updated: number; unchanged: number; problems: SeedProblem[] }
export interface WriteOptions { allowedRegions: Set<string>; onProgress?: (written: number) => Promise<void> | void }

const CHUNK = 5000
type Row = typeof entities.$inferSelect

export async function writeRegister(tx: Executor, ctx: Pick<RequestContext, 'account' | 'ip'>, seeds: EntitySeed[], options: WriteOptions): Promise<WriteResult> {
  const normalised = seeds.map((s) => ({ ...s, entity: normaliseEntity(s.entity), licences: s.licences.map(normaliseLicence) }))
  const problems = checkSeeds(normalised, options.allowedRegions)
  const existing = await loadExisting(tx, normalised)
  resolveOwners(normalised, existing, problems)
  if (problems.length) return { created: 0, updated: 0, unchanged: 0, problems }

  const audit: AuditEvent[] = []
  const toCreate: { seed: EntitySeed; index: number }[] = []
  let updated = 0
  let unchanged = 0
  let written = 0
  for (const [index, seed] of normalised.entries()) {
    const row = existing.entityOf[index]
    if (!row) { toCreate.push({ seed, index }); continue }
    const changed = await updateExisting(tx, row, seed, existing, audit)
    if (changed) updated++
    else unchanged++
    if (++written % CHUNK === 0) await options.onProgress?.(written)
  }
  const rules = await currentRules(tx)
  for (let i = 0; i < toCreate.length; i += CHUNK) {
    const chunk = toCreate.slice(i, i + CHUNK)
    // Ids made here, so children and audit rows need nothing back from the insert.
    const children = chunk.map(({ seed }) => ({ seed, row: { ...entityRow(seed.entity), id: randomUUID(), lastInspectedOn: seed.entity.lastInspectedOn ?? null } }))
    await bulkInsert(tx, entities, children.map(({ row }) => row))
    await bulkInsert(tx, entityLicences, children.flatMap(({ seed, row }) => seed.licences.map((l) => ({ ...l, entityId: row.id, regionCode: row.regionCode }))))
    await bulkInsert(tx, entityPeople, children.flatMap(({ seed, row }) => seed.people.map((p) => ({ ...p, entityId: row.id, regionCode: row.regionCode }))))
    await bulkInsert(tx, entityCertifications, children.flatMap(({ seed, row }) => seed.certifications.map((c) => ({ ...c, entityId: row.id, regionCode: row.regionCode }))))
    const graded = children.filter(({ seed }) => seed.assessment)
    const assessments = graded.map(({ seed, row }) => {
      const a = seed.assessment!
      const score = scoreOf(row, { staticFactors: a.staticFactors, answers: a.answers }, rules.rules)
      return { entityId: row.id, regionCode: row.regionCode, ruleSetId: rules.id, staticFactors: a.staticFactors as Record<string, boolean>, answers: a.answers, ...score, source: 'import', note: null, assessedOn: a.assessedOn, assessedBy: ctx.account?.id ?? null }
    })
    await bulkInsert(tx, riskAssessments, assessments)
    if (assessments.length) {
      // One statement for the whole chunk: the grade each entity now has is its assessment's.
      await tx.execute(sql`UPDATE entities e SET risk_grade = a.grade, risk_score = a.total_score, risk_assessed_on = a.assessed_on, static_factors = a.static_factors
        FROM risk_assessments a WHERE a.entity_id = e.id AND a.entity_id IN (${sql.join(assessments.map((a) => sql`${a.entityId}::uuid`), sql`, `)})`)
    }
    for (const { seed, row } of children) audit.push({ action: 'entity.import_create', entityType: 'entity', entityId: row.id, after: { ...seed.entity, licences: seed.licences.map((l) => l.number) } })
    written += chunk.length
    await options.onProgress?.(written)
  }
  await writeAuditMany(tx, ctx, audit)
  return { created: toCreate.length, updated, unchanged, problems: [] }
}

function checkSeeds(seeds: EntitySeed[], allowedRegions: Set<string>): SeedProblem[] {
  const out: SeedProblem[] = []
  const keys = new Map<string, number>()
  const numbers = new Map<string, number>()
  seeds.forEach((s, index) => {
    const push = (list: Problem[]) => list.forEach((p) => out.push({ ...p, index }))
    push(entityProblems(s.entity))
    s.licences.forEach((l) => push(licenceProblems(l)))
    s.people.forEach((p) => push(personProblems(p)))
    s.certifications.forEach((c) => push(certificationProblems(c)))
    if (!allowedRegions.has(s.entity.regionCode)) out.push({ index, field: '所在村（社区）', message: '不在本账号管辖范围内，或不是村（社区）级区划' })
    const key = naturalKeyOf(s)
    if (!key) out.push({ index, field: '统一社会信用代码', message: '统一社会信用代码和证照编号至少填写一项' })
    else if (keys.has(key)) out.push({ index, field: key === s.entity.uscc ? '统一社会信用代码' : '证照编号', message: `与第 ${keys.get(key)! + 1} 条重复` })
    else keys.set(key, index)
    for (const l of s.licences) {
      const first = numbers.get(l.number)
      if (first !== undefined && first !== index) out.push({ index, field: '证照编号', message: `${l.number} 与第 ${first + 1} 条重复` })
      else numbers.set(l.number, index)
    }
  })
  return out
}

interface Existing {
  entityOf: (Row | undefined)[]
  licenceOwner: Map<string, { id: string; entityId: string; row: typeof entityLicences.$inferSelect }>
  people: Map<string, (typeof entityPeople.$inferSelect)[]>
  certifications: Map<string, (typeof entityCertifications.$inferSelect)[]>
}

async function loadExisting(tx: Executor, seeds: EntitySeed[]): Promise<Existing> {
  const usccs = seeds.map((s) => s.entity.uscc).filter((u): u is string => Boolean(u))
  const numbers = seeds.flatMap((s) => s.licences.map((l) => l.number))
  const byUscc = new Map<string, Row>()
  for (let i = 0; i < usccs.length; i += 5000) {
    for (const r of await tx.select().from(entities).where(inArray(entities.uscc, usccs.slice(i, i + 5000)))) byUscc.set(r.uscc!, r)
  }
  const licenceOwner: Existing['licenceOwner'] = new Map()
  for (let i = 0; i < numbers.length; i += 5000) {
    for (const l of await tx.select().from(entityLicences).where(inArray(entityLicences.number, numbers.slice(i, i + 5000)))) licenceOwner.set(l.number, { id: l.id, entityId: l.entityId, row: l })
  }
  const byId = new Map<string, Row>()
  const orphanIds = [...new Set([...licenceOwner.values()].map((l) => l.entityId))]
  for (let i = 0; i < orphanIds.length; i += 5000) {
    for (const r of await tx.select().from(entities).where(inArray(entities.id, orphanIds.slice(i, i + 5000)))) byId.set(r.id, r)
  }
  for (const r of byUscc.values()) byId.set(r.id, r)
  // The natural key: the USCC when the row has one, else its first licence number (never both ways).
  const entityOf = seeds.map((s) => (s.entity.uscc ? byUscc.get(s.entity.uscc) : byId.get(licenceOwner.get(s.licences[0]?.number ?? '')?.entityId ?? '')))
  const ids = [...new Set(entityOf.filter(Boolean).map((r) => r!.id))]
  const people = new Map<string, (typeof entityPeople.$inferSelect)[]>()
  const certifications = new Map<string, (typeof entityCertifications.$inferSelect)[]>()
  for (let i = 0; i < ids.length; i += 5000) {
    for (const p of await tx.select().from(entityPeople).where(inArray(entityPeople.entityId, ids.slice(i, i + 5000)))) people.set(p.entityId, [...(people.get(p.entityId) ?? []), p])
    for (const c of await tx.select().from(entityCertifications).where(inArray(entityCertifications.entityId, ids.slice(i, i + 5000)))) certifications.set(c.entityId, [...(certifications.get(c.entityId) ?? []), c])
  }
  return { entityOf, licenceOwner, people, certifications }
}

/** A licence number already registered to another entity than the row's own is a conflict, not a move. */
function resolveOwners(seeds: EntitySeed[], existing: Existing, problems: SeedProblem[]) {
  seeds.forEach((s, index) => {
    const self = existing.entityOf[index]
    for (const l of s.licences) {
      const owner = existing.licenceOwner.get(l.number)
      if (owner && owner.entityId !== self?.id) problems.push({ index, field: '证照编号', message: `${l.number} 已登记在其他经营主体名下` })
    }
  })
}

/**
 * Fields the seed carries that differ from the stored ones: an empty cell (null) keeps the stored value,
 * and static risk factors belong to the grading form, not to the file.
 */
const changedFields = (stored: Record<string, unknown>, incoming: Record<string, unknown>) =>
  diff(stored, Object.fromEntries(Object.entries(incoming).filter(([k, v]) => v !== null && v !== undefined && k !== 'staticFactors')))

async function updateExisting(tx: Executor, row: Row, seed: EntitySeed, existing: Existing, audit: AuditEvent[]): Promise<boolean> {
  const incoming = seed.entity as Record<string, unknown>
  const entityChange = changedFields({ ...toEntityInput(row), lastInspectedOn: row.lastInspectedOn }, incoming)
  const before: Record<string, unknown> = { ...entityChange.before }
  const after: Record<string, unknown> = { ...entityChange.after }
  if (entityChange.changed) {
    const next = { ...entityChange.after }
    if (next.type) next.sector = entityRow({ ...toEntityInput(row), type: next.type } as never).sector
    await tx.update(entities).set({ ...next, updatedAt: sql`now()` }).where(inArray(entities.id, [row.id]))
  }
  for (const l of seed.licences) {
    const owned = existing.licenceOwner.get(l.number)
    if (!owned) {
      await tx.insert(entityLicences).values({ ...l, entityId: row.id, regionCode: row.regionCode })
      after[`licence ${l.number}`] = l
      continue
    }
    const change = changedFields(owned.row as unknown as Record<string, unknown>, l as unknown as Record<string, unknown>)
    if (change.changed) {
      await tx.update(entityLicences).set(change.after).where(inArray(entityLicences.id, [owned.id]))
      before[`licence ${l.number}`] = change.before
      after[`licence ${l.number}`] = change.after
    }
  }
  const people = existing.people.get(row.id) ?? []
  for (const p of seed.people) {
    const match = people.find((x) => x.role === p.role && x.name === p.name)
    if (!match) {
      await tx.insert(entityPeople).values({ ...p, entityId: row.id, regionCode: row.regionCode })
      after[`person ${p.name}`] = p
      continue
    }
    const change = changedFields(match as unknown as Record<string, unknown>, p as unknown as Record<string, unknown>)
    if (change.changed) {
      await tx.update(entityPeople).set(change.after).where(inArray(entityPeople.id, [match.id]))
      before[`person ${p.name}`] = change.before
      after[`person ${p.name}`] = change.after
    }
  }
  const held = new Set((existing.certifications.get(row.id) ?? []).map((c) => c.kind))
  for (const c of seed.certifications.filter((c) => !held.has(c.kind))) {
    await tx.insert(entityCertifications).values({ ...c, entityId: row.id, regionCode: row.regionCode })
    after[`certification ${c.kind}`] = c
  }
  const changed = Object.keys(after).length > 0
  if (changed) audit.push({ action: 'entity.import_update', entityType: 'entity', entityId: row.id, before, after })
  return changed
}
