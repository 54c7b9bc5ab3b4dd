import { and, asc, desc, eq, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import type { Account } from '../../platform/context'
import type { Executor } from '../../platform/db'
import { accounts } from '../../platform/schema'
import { inScope } from '../../platform/scope'
import { entities, entityAccounts, entityCertifications, entityLicences, entityPeople, riskAssessments, riskRuleSets, type NewEntityRow } from './schema'

type Viewer = Pick<Account, 'id' | 'role' | 'regionCode'>

/**
 * The one scope rule for entities: staff see their region subtree; a business account sees only the
 * entity it belongs to. Out of scope reads exactly like not found.
 */
export function entityScope(account: Viewer): SQL {
  if (account.role === 'business') {
    return inArray(entities.id, sql`(SELECT ${entityAccounts.entityId} FROM ${entityAccounts} WHERE ${entityAccounts.accountId} = ${account.id})`)
  }
  return inScope(entities.regionCode, account)
}

export const findEntity = (db: Executor, account: Viewer, id: string) =>
  db.select().from(entities).where(and(eq(entities.id, id), entityScope(account))).then(([r]) => r)

/** Uniqueness checks look at the whole register: a USCC is registered once in the county, whoever sees it. */
export const findEntityIdByUscc = (db: Executor, uscc: string) =>
  db.select({ id: entities.id, name: entities.name }).from(entities).where(eq(entities.uscc, uscc)).then(([r]) => r)
export const findLicenceOwner = (db: Executor, number: string) =>
  db.select({ id: entityLicences.id, entityId: entityLicences.entityId }).from(entityLicences).where(eq(entityLicences.number, number)).then(([r]) => r)

export interface EntityFilters {
  region?: string
  sector?: string
  type?: string
  grade?: string
  expiringBy?: string
  certification?: string
  openKitchen?: string
  status?: string
  q?: string
  /** Any of these types / grades ('none' = not yet graded), e.g. a 双随机 检查对象名录库; empty = all. */
  types?: readonly string[]
  grades?: readonly string[]
}

/** WHERE for a filtered list; `omit` leaves one filter out (a facet counts across its own values). */
export function entityWhere(account: Viewer, f: EntityFilters, omit?: keyof EntityFilters): SQL {
  const parts: (SQL | undefined)[] = [entityScope(account)]
  const use = (k: keyof EntityFilters) => k !== omit && f[k] !== undefined && f[k] !== '' && (!Array.isArray(f[k]) || f[k].length > 0)
  if (use('region')) parts.push(inScope(entities.regionCode, { regionCode: f.region! }))
  if (use('sector')) parts.push(eq(entities.sector, f.sector!))
  if (use('type')) parts.push(eq(entities.type, f.type!))
  if (use('grade')) parts.push(f.grade === 'none' ? isNull(entities.riskGrade) : eq(entities.riskGrade, f.grade!))
  if (use('types')) parts.push(inArray(entities.type, [...f.types!]))
  if (use('grades')) {
    const graded = f.grades!.filter((g) => g !== 'none')
    parts.push(or(f.grades!.includes('none') ? isNull(entities.riskGrade) : undefined, graded.length ? inArray(entities.riskGrade, graded) : undefined))
  }
  if (use('openKitchen')) parts.push(eq(entities.openKitchen, f.openKitchen!))
  if (use('status')) parts.push(eq(entities.status, f.status!))
  if (use('expiringBy')) parts.push(licenceExpiringBy(f.expiringBy!))
  if (use('certification')) {
    parts.push(sql`EXISTS (SELECT 1 FROM ${entityCertifications} WHERE ${entityCertifications.entityId} = ${entities.id} AND ${entityCertifications.kind} = ${f.certification})`)
  }
  if (use('q')) {
    const like = `%${f.q!.replace(/[\\%_]/g, (c) => '\\' + c)}%`
    parts.push(or(ilike(entities.name, like), ilike(entities.address, like), eq(entities.uscc, f.q!.toUpperCase()),
      sql`EXISTS (SELECT 1 FROM ${entityLicences} WHERE ${entityLicences.entityId} = ${entities.id} AND ${entityLicences.number} = ${f.q!.toUpperCase()})`))
  }
  return and(...parts.filter(Boolean)) as SQL
}

export const countEntities = (db: Executor, where: SQL) => db.$count(entities, where)

export const listEntityPage = (db: Executor, where: SQL, limit: number, offset: number) =>
  db.select().from(entities).where(where).orderBy(asc(entities.regionCode), asc(entities.name), asc(entities.id)).limit(limit).offset(offset)

export const listEntityIds = (db: Executor, where: SQL, limit: number) =>
  db.select().from(entities).where(where).orderBy(asc(entities.regionCode), asc(entities.name), asc(entities.id)).limit(limit)

/** Counts by one column under the filters (facet). */
export async function facetCounts(db: Executor, column: 'sector' | 'type' | 'riskGrade' | 'openKitchen', where: SQL) {
  const col = entities[column]
  const rows = await db.select({ value: col, n: sql<number>`count(*)::int` }).from(entities).where(where).groupBy(col)
  return rows.map((r) => ({ value: r.value ?? 'none', count: r.n }))
}

export async function certificationFacet(db: Executor, where: SQL) {
  const rows = await db.select({ value: entityCertifications.kind, n: sql<number>`count(DISTINCT ${entities.id})::int` })
    .from(entities).innerJoin(entityCertifications, eq(entityCertifications.entityId, entities.id)).where(where).groupBy(entityCertifications.kind)
  return rows.map((r) => ({ value: r.value, count: r.n }))
}

/** The entity holds a licence expiring on or before `by` (already expired included). */
const licenceExpiringBy = (by: string) =>
  sql`EXISTS (SELECT 1 FROM ${entityLicences} WHERE ${entityLicences.entityId} = ${entities.id} AND ${entityLicences.expiresOn} <= ${by})`

export const countWithLicenceExpiringBy = (db: Executor, where: SQL, by: string) => db.$count(entities, and(where, licenceExpiringBy(by)))

/** The licence that counts for a list row: the one valid longest. */
export const licencesOf = (db: Executor, entityIds: string[]) =>
  entityIds.length ? db.select().from(entityLicences).where(inArray(entityLicences.entityId, entityIds)).orderBy(desc(entityLicences.expiresOn)) : Promise.resolve([])
export const peopleOf = (db: Executor, entityId: string) => db.select().from(entityPeople).where(eq(entityPeople.entityId, entityId)).orderBy(asc(entityPeople.role), asc(entityPeople.name))
export const certificationsOf = (db: Executor, entityId: string) => db.select().from(entityCertifications).where(eq(entityCertifications.entityId, entityId)).orderBy(asc(entityCertifications.kind))

export const hasBusinessAccount = (db: Executor, entityId: string) => db.$count(entityAccounts, eq(entityAccounts.entityId, entityId)).then((n) => n > 0)
export const linkAccount = (db: Executor, accountId: string, entityId: string) => db.insert(entityAccounts).values({ accountId, entityId })
export const entityIdOfAccount = (db: Executor, accountId: string) =>
  db.select({ entityId: entityAccounts.entityId }).from(entityAccounts).where(eq(entityAccounts.accountId, accountId)).then(([r]) => r?.entityId)

export const insertEntity = (db: Executor, row: NewEntityRow) => db.insert(entities).values(row).returning().then(([r]) => r)
export const updateEntity = (db: Executor, id: string, row: Partial<NewEntityRow>) =>
  db.update(entities).set({ ...row, updatedAt: sql`now()` }).where(eq(entities.id, id)).returning().then(([r]) => r)

// Children: every read and write names its entity too, so an id from another entity is not found.
export const CHILD_TABLES = { licence: entityLicences, person: entityPeople, certification: entityCertifications } as const
export type ChildKind = keyof typeof CHILD_TABLES

export async function findChild(db: Executor, kind: ChildKind, entityId: string, id: string) {
  const table = CHILD_TABLES[kind]
  return db.select().from(table).where(and(eq(table.id, id), eq(table.entityId, entityId))).then(([r]) => r as Record<string, unknown> | undefined)
}
export async function insertChild(db: Executor, kind: ChildKind, row: Record<string, unknown>) {
  const table = CHILD_TABLES[kind]
  return db.insert(table).values(row as never).returning().then(([r]) => r as Record<string, unknown>)
}
export async function updateChild(db: Executor, kind: ChildKind, entityId: string, id: string, row: Record<string, unknown>) {
  const table = CHILD_TABLES[kind]
  return db.update(table).set(row as never).where(and(eq(table.id, id), eq(table.entityId, entityId))).returning().then(([r]) => r as Record<string, unknown> | undefined)
}
export async function deleteChild(db: Executor, kind: ChildKind, entityId: string, id: string) {
  const table = CHILD_TABLES[kind]
  return db.delete(table).where(and(eq(table.id, id), eq(table.entityId, entityId))).returning().then(([r]) => r as Record<string, unknown> | undefined)
}

// Risk grading
export const latestRuleSet = (db: Executor) => db.select().from(riskRuleSets).orderBy(desc(riskRuleSets.version)).limit(1).then(([r]) => r)
export const insertRuleSet = (db: Executor, row: typeof riskRuleSets.$inferInsert) => db.insert(riskRuleSets).values(row).returning().then(([r]) => r)
export const insertAssessment = (db: Executor, row: typeof riskAssessments.$inferInsert) => db.insert(riskAssessments).values(row).returning().then(([r]) => r)
export const assessmentsOf = (db: Executor, entityId: string) =>
  db.select({ a: riskAssessments, version: riskRuleSets.version, assessor: accounts.displayName }).from(riskAssessments)
    .innerJoin(riskRuleSets, eq(riskRuleSets.id, riskAssessments.ruleSetId)).leftJoin(accounts, eq(accounts.id, riskAssessments.assessedBy))
    .where(eq(riskAssessments.entityId, entityId)).orderBy(desc(riskAssessments.assessedOn), desc(riskAssessments.createdAt))

/** Licences and certifications that expire on or before `by` (for alerts), with their entity. */
export const expiringLicences = (db: Executor, from: string, by: string) =>
  db.select({ licence: entityLicences, entityName: entities.name, regionCode: entities.regionCode }).from(entityLicences)
    .innerJoin(entities, eq(entities.id, entityLicences.entityId))
    .where(and(sql`${entityLicences.expiresOn} >= ${from}`, lte(entityLicences.expiresOn, by), eq(entities.status, 'active')))

export const expiringCertifications = (db: Executor, from: string, by: string) =>
  db.select({ certification: entityCertifications, entityName: entities.name, regionCode: entities.regionCode }).from(entityCertifications)
    .innerJoin(entities, eq(entities.id, entityCertifications.entityId))
    .where(and(sql`${entityCertifications.expiresOn} >= ${from}`, lte(entityCertifications.expiresOn, by), eq(entities.status, 'active')))
