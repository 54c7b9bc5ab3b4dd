import { sql } from 'drizzle-orm'
import { date, index, integer, numeric, pgTable, smallint, timestamp, uuid, varchar } from 'drizzle-orm/pg-core'
import { accounts } from '../../platform/schema'

/**
 * Administrative cases (立案 → 结案), their penalties (to the business and to persons, 处罚到人), the
 * transfers to the police (行刑衔接), credit records and the serious-violation list. Rows carry the
 * region code of the party (the entity's village, or where the offence happened) for scope; foreign keys
 * to entities are added in the migration.
 */

export const cases = pgTable('cases', {
  id: uuid().primaryKey().defaultRandom(),
  regionCode: varchar({ length: 12 }).notNull(),
  /** 立案号 / 决定书文号, unique once given. */
  caseNumber: varchar({ length: 64 }).unique(),
  /** The business, when the party is a registered one; an unregistered party is named only. */
  entityId: uuid(),
  partyName: varchar({ length: 128 }).notNull(),
  /** organisation | individual 个体/自然人 */
  partyKind: varchar({ length: 16 }).notNull(),
  /** inspection | sampling | complaint | police | higher | other */
  source: varchar({ length: 16 }).notNull(),
  /** The record it came from (inspection id, sample id, complaint id …). */
  sourceRef: uuid(),
  cause: varchar({ length: 300 }).notNull(),
  /** clue → filed → investigated → notified → decided → executed → closed; not_filed ends a clue. */
  status: varchar({ length: 16 }).notNull(),
  clueReceivedOn: date({ mode: 'string' }).notNull(),
  /** 15 working days from the clue (第十八条) to decide 立案. */
  filingDueOn: date({ mode: 'string' }).notNull(),
  filedOn: date({ mode: 'string' }),
  /** 90 days from 立案 (+30 with approval); excluded periods push it. */
  decisionDueOn: date({ mode: 'string' }),
  decisionExtendedDays: integer().notNull().default(0),
  investigatedOn: date({ mode: 'string' }),
  notifiedOn: date({ mode: 'string' }),
  decidedOn: date({ mode: 'string' }),
  executedOn: date({ mode: 'string' }),
  closedOn: date({ mode: 'string' }),
  notFiledReason: varchar({ length: 300 }),
  /** Goods value / illegal income established, in 元. */
  goodsValue: numeric({ precision: 14, scale: 2, mode: 'string' }),
  officerIds: uuid().array().notNull(),
  unitId: uuid(),
  createdBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('cases_region_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`),
  index().on(t.status), index().on(t.entityId), index().on(t.filedOn), index().on(t.decidedOn), index().on(t.sourceRef),
])

/** One penalty of a decision: on the business, or on a person (处罚到人). */
export const casePenalties = pgTable('case_penalties', {
  id: uuid().primaryKey().defaultRandom(),
  caseId: uuid().notNull().references(() => cases.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  /** warning | fine | confiscate_income | confiscate_goods | suspension | licence_revoked | person_fine | employment_ban */
  kind: varchar({ length: 24 }).notNull(),
  /** For a person: name and role (法定代表人, 主要负责人, 直接责任人员); the ID number stays off the public pages. */
  personName: varchar({ length: 32 }),
  personRole: varchar({ length: 32 }),
  personIdNumber: varchar({ length: 18 }),
  amount: numeric({ precision: 14, scale: 2, mode: 'string' }),
  /** 从业禁止: 5 years (licence revoked) or 0 = lifetime (crime with imprisonment). */
  banYears: smallint(),
  note: varchar({ length: 300 }),
}, (t) => [index().on(t.caseId)])

/** 行刑衔接: one transfer of a case to the police and what became of it. */
export const policeTransfers = pgTable('police_transfers', {
  id: uuid().primaryKey().defaultRandom(),
  caseId: uuid().notNull().references(() => cases.id),
  regionCode: varchar({ length: 12 }).notNull(),
  policeUnit: varchar({ length: 64 }).notNull(),
  transferredOn: date({ mode: 'string' }).notNull(),
  /** transferred → accepted → filed 立案 | declined 不予立案 | returned 退回 */
  status: varchar({ length: 12 }).notNull(),
  acceptedOn: date({ mode: 'string' }),
  decidedOn: date({ mode: 'string' }),
  /** The police must decide 立案 generally within 10 days (食药监稽〔2015〕271号). */
  decisionDueOn: date({ mode: 'string' }).notNull(),
  detainedCount: integer().notNull().default(0),
  arrestedCount: integer().notNull().default(0),
  /** 取保候审 (the report counts them beside the detained). */
  bailedCount: integer().notNull().default(0),
  prosecutedCount: integer().notNull().default(0),
  sentencedCount: integer().notNull().default(0),
  note: varchar({ length: 500 }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('police_transfers_region_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`),
  index().on(t.caseId), index().on(t.transferredOn),
])

/** What the public credit record of an entity shows: penalties (公示 3 months / 3 years) and listings. */
export const creditRecords = pgTable('credit_records', {
  id: uuid().primaryKey().defaultRandom(),
  entityId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  caseId: uuid().references(() => cases.id),
  /** penalty | serious_violation */
  kind: varchar({ length: 20 }).notNull(),
  summary: varchar({ length: 500 }).notNull(),
  recordedOn: date({ mode: 'string' }).notNull(),
  /** Due on the credit system within 20 working days (公示规定 第九条). */
  publishDueOn: date({ mode: 'string' }).notNull(),
  publishedOn: date({ mode: 'string' }),
  /** Shown until (3 months or 3 years, 第十三条); credit repair may end it early. */
  displayUntil: date({ mode: 'string' }).notNull(),
  repairedOn: date({ mode: 'string' }),
}, (t) => [index().on(t.entityId), index().on(t.caseId)])

/** 严重违法失信名单: entry, publication and removal (期满 or 信用修复). */
export const seriousViolations = pgTable('serious_violations', {
  id: uuid().primaryKey().defaultRandom(),
  entityId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  caseId: uuid().notNull().references(() => cases.id),
  reason: varchar({ length: 500 }).notNull(),
  decisionNumber: varchar({ length: 64 }),
  listedOn: date({ mode: 'string' }).notNull(),
  publishedOn: date({ mode: 'string' }),
  /** Early removal may be asked for from here (1 year) … */
  repairEligibleOn: date({ mode: 'string' }).notNull(),
  /** … and the entry ends here (3 years). */
  expiresOn: date({ mode: 'string' }).notNull(),
  removedOn: date({ mode: 'string' }),
  /** expired 期满移出 | repaired 信用修复 | annulled 决定撤销 */
  removalReason: varchar({ length: 16 }),
  removalNote: varchar({ length: 500 }),
  createdBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('serious_violations_region_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`),
  index().on(t.entityId), index().on(t.removedOn),
])

export type CaseRow = typeof cases.$inferSelect
export type CasePenaltyRow = typeof casePenalties.$inferSelect
export type PoliceTransferRow = typeof policeTransfers.$inferSelect
export type CreditRecordRow = typeof creditRecords.$inferSelect
export type SeriousViolationRow = typeof seriousViolations.$inferSelect
