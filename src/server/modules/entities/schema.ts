import { sql } from 'drizzle-orm'
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, real, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core'
import { accounts, storedFiles } from '../../platform/schema'

/**
 * The register of regulated food businesses (经营主体) and what hangs on them. Every table carries the
 * entity's village-level region code, so scope filters and a future split by region need no join.
 */
export const entities = pgTable('entities', {
  id: uuid().primaryKey().defaultRandom(),
  name: varchar({ length: 128 }).notNull(),
  /** 统一社会信用代码; stalls and some farms have none (they are keyed by their licence or filing number). */
  uscc: varchar({ length: 18 }).unique(),
  type: varchar({ length: 32 }).notNull(),
  sector: varchar({ length: 16 }).notNull(),
  canteenKind: varchar({ length: 16 }),
  schoolCategory: varchar({ length: 16 }),
  principalAccompanies: boolean(),
  legalRepresentative: varchar({ length: 32 }),
  address: varchar({ length: 200 }),
  /** Village-level; the foreign key to regions is added in the migration (modules never import each other's tables). */
  regionCode: varchar({ length: 12 }).notNull(),
  longitude: doublePrecision(),
  latitude: doublePrecision(),
  contactName: varchar({ length: 32 }),
  contactPhone: varchar({ length: 32 }),
  status: varchar({ length: 16 }).notNull().default('active'),
  openedOn: date({ mode: 'string' }),
  openKitchen: varchar({ length: 16 }).notNull().default('none'),
  openKitchenUrl: varchar({ length: 300 }),
  cateringGrade: varchar({ length: 1 }),
  staticFactors: jsonb().$type<Record<string, boolean>>().notNull().default({}),
  riskGrade: varchar({ length: 1 }),
  riskScore: real(),
  riskAssessedOn: date({ mode: 'string' }),
  /** Kept by the inspections module once it exists; imported from the old register until then. */
  lastInspectedOn: date({ mode: 'string' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('entities_region_code_pattern_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`),
  index().on(t.type), index().on(t.riskGrade), index().on(t.name),
])

export const entityLicences = pgTable('entity_licences', {
  id: uuid().primaryKey().defaultRandom(),
  entityId: uuid().notNull().references(() => entities.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  kind: varchar({ length: 32 }).notNull(),
  number: varchar({ length: 40 }).notNull().unique(),
  /** 许可类别 / 经营项目 as written on the certificate. */
  category: varchar({ length: 200 }),
  issuedOn: date({ mode: 'string' }),
  expiresOn: date({ mode: 'string' }),
  electronic: boolean().notNull().default(false),
  issuer: varchar({ length: 64 }),
}, (t) => [index().on(t.entityId), index().on(t.expiresOn)])

export const entityPeople = pgTable('entity_people', {
  id: uuid().primaryKey().defaultRandom(),
  entityId: uuid().notNull().references(() => entities.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  role: varchar({ length: 16 }).notNull(),
  name: varchar({ length: 32 }).notNull(),
  phone: varchar({ length: 32 }),
  appointedOn: date({ mode: 'string' }),
  assessedOn: date({ mode: 'string' }),
  assessmentScore: integer(),
  assessmentPassed: boolean(),
}, (t) => [index().on(t.entityId)])

export const entityCertifications = pgTable('entity_certifications', {
  id: uuid().primaryKey().defaultRandom(),
  entityId: uuid().notNull().references(() => entities.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  kind: varchar({ length: 16 }).notNull(),
  number: varchar({ length: 64 }),
  issuer: varchar({ length: 64 }),
  issuedOn: date({ mode: 'string' }),
  expiresOn: date({ mode: 'string' }),
}, (t) => [index().on(t.entityId), index().on(t.kind)])

/** Versions of the grading rules; the newest is in force, every assessment keeps the one it used. */
export const riskRuleSets = pgTable('risk_rule_sets', {
  id: uuid().primaryKey().defaultRandom(),
  version: integer().notNull().unique(),
  rules: jsonb().notNull(),
  note: varchar({ length: 200 }),
  createdBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

export const riskAssessments = pgTable('risk_assessments', {
  id: uuid().primaryKey().defaultRandom(),
  entityId: uuid().notNull().references(() => entities.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  ruleSetId: uuid().notNull().references(() => riskRuleSets.id),
  staticFactors: jsonb().$type<Record<string, boolean>>().notNull(),
  answers: jsonb().$type<Record<string, string>>().notNull(),
  staticScore: real().notNull(),
  dynamicScore: real().notNull(),
  totalScore: real().notNull(),
  grade: varchar({ length: 1 }).notNull(),
  /** manual (the assessment form), import, inspection (later). */
  source: varchar({ length: 16 }).notNull(),
  note: varchar({ length: 500 }),
  assessedOn: date({ mode: 'string' }).notNull(),
  assessedBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.entityId, t.assessedOn)])

/** A business account belongs to one entity and sees only it. */
export const entityAccounts = pgTable('entity_accounts', {
  accountId: uuid().primaryKey().references(() => accounts.id, { onDelete: 'cascade' }),
  entityId: uuid().notNull().references(() => entities.id, { onDelete: 'cascade' }),
}, (t) => [index().on(t.entityId)])

export const selfInspections = pgTable('self_inspections', {
  id: uuid().primaryKey().defaultRandom(),
  entityId: uuid().notNull().references(() => entities.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  /** YYYY-MM */
  period: varchar({ length: 7 }).notNull(),
  answers: jsonb().$type<Record<string, { answer: string; measure?: string }>>().notNull(),
  problemCount: integer().notNull(),
  summary: varchar({ length: 2000 }),
  /** draft (self-inspected) → submitted (the 自查报告). */
  status: varchar({ length: 16 }).notNull(),
  filledBy: uuid().references(() => accounts.id),
  submittedAt: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique().on(t.entityId, t.period), index('self_inspections_region_code_pattern_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`)])

/** An Excel import: checked, then written all at once; the browser polls its progress. */
export const entityImports = pgTable('entity_imports', {
  id: uuid().primaryKey().defaultRandom(),
  regionCode: varchar({ length: 12 }).notNull(),
  fileName: varchar({ length: 200 }).notNull(),
  fileSha256: varchar({ length: 64 }).notNull().references(() => storedFiles.sha256),
  /** checking → writing → done | rejected (row errors) | failed */
  status: varchar({ length: 16 }).notNull(),
  totalRows: integer().notNull().default(0),
  checkedRows: integer().notNull().default(0),
  writtenRows: integer().notNull().default(0),
  created: integer().notNull().default(0),
  updated: integer().notNull().default(0),
  unchanged: integer().notNull().default(0),
  errorCount: integer().notNull().default(0),
  /** The row-by-row error report (.xlsx) when rows were rejected. */
  reportSha256: varchar({ length: 64 }).references(() => storedFiles.sha256),
  message: varchar({ length: 500 }),
  createdBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp({ withTimezone: true }),
})

export type EntityRow = typeof entities.$inferSelect
export type NewEntityRow = typeof entities.$inferInsert
export type LicenceRow = typeof entityLicences.$inferSelect
export type PersonRow = typeof entityPeople.$inferSelect
export type CertificationRow = typeof entityCertifications.$inferSelect
export type RiskAssessmentRow = typeof riskAssessments.$inferSelect
export type SelfInspectionRow = typeof selfInspections.$inferSelect
export type EntityImportRow = typeof entityImports.$inferSelect
