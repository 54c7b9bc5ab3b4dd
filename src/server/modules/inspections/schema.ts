import { sql } from 'drizzle-orm'
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, unique, timestamp, uuid, varchar } from 'drizzle-orm/pg-core'
import { accounts } from '../../platform/schema'

/**
 * Inspections (监督检查), the rectification orders they give, the 执法检查人员名录库 with its avoidance
 * list, and 双随机 draws. Like the register, every row carries the entity's village-level region code so
 * that scope needs no join; foreign keys to entities and units are added in the migration (a module
 * never imports another module's tables).
 */

/** One inspection of one entity by (at least) two officers, judged from its checklist answers. */
export const inspections = pgTable('inspections', {
  id: uuid().primaryKey().defaultRandom(),
  entityId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  /** daily 日常 | campaign 专项 | flying 飞行 | random 双随机 | follow_up 复查 */
  kind: varchar({ length: 16 }).notNull(),
  /** The campaign's name for 专项 (e.g. 校园食品安全专项检查). */
  campaign: varchar({ length: 100 }),
  /** The 双随机 draw this inspection carries out. */
  drawId: uuid(),
  /** The checklist template (inspection-checklists.ts) and the result rule it was judged by. */
  checklistCode: varchar({ length: 32 }).notNull(),
  resultRule: jsonb().notNull(),
  inspectedOn: date({ mode: 'string' }).notNull(),
  /** Officers: the first leads. Two at least (第二十三条); more may join. */
  inspectorIds: uuid().array().notNull(),
  unitId: uuid(),
  /** { itemCode: { outcome, note? } } — the whole checklist as answered. */
  answers: jsonb().$type<Record<string, { outcome: string; note?: string }>>().notNull(),
  keyFailures: smallint().notNull(),
  generalFailures: smallint().notNull(),
  notApplicable: smallint().notNull(),
  /** conform 符合 | basic 基本符合 | nonconform 不符合 — computed, never typed. */
  result: varchar({ length: 12 }).notNull(),
  /** How the findings were handled: none | on_the_spot 当场整改 | rectification 限期整改 | investigation 立案调查. */
  handling: varchar({ length: 16 }).notNull(),
  findings: varchar({ length: 2000 }),
  /** 责令立即停止食品生产经营活动: ordered on site alongside the handling (the report counts them). */
  operationsHalted: boolean().notNull().default(false),
  photoIds: varchar({ length: 64 }).array().notNull().default(sql`'{}'::varchar[]`),
  /** The business's signature (an image) or its refusal, witnessed by the officers. */
  signatureSha256: varchar({ length: 64 }),
  signerName: varchar({ length: 32 }),
  signatureRefused: boolean().notNull().default(false),
  /** 第三十九条: results are published within 20 working days. */
  publishDueOn: date({ mode: 'string' }).notNull(),
  publishedAt: timestamp({ withTimezone: true }),
  /** The rectification order this follow-up inspection verifies. */
  verifiesOrderId: uuid(),
  /**
   * An order of this inspection is still open, reported but not verified, or failed without a case: its
   * problems are not yet handled (问题发现处置率). Kept by a trigger on rectification_orders (migration 0008),
   * so the tallies can count handled problems; never written by the application.
   */
  ordersPending: boolean().notNull().default(false),
  createdBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  // Counts by result for a region subtree and period read this index alone (no table blocks).
  index('inspections_region_date_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`, t.inspectedOn, t.result),
  // "不符合 in this township, newest first": walks dates in order and tests the region inside the index.
  index('inspections_result_date_idx').using('btree', t.result, sql`${t.inspectedOn} DESC`, sql`${t.regionCode} varchar_pattern_ops`),
  index().on(t.entityId, t.inspectedOn),
  // A period's inspections in date order, and which entities they were of (检查覆盖率's distinct count) from
  // this index alone: the table's rows are wide (the whole checklist), the index a fraction of it.
  index('inspections_date_region_entity_idx').using('btree', t.inspectedOn, sql`${t.regionCode} varchar_pattern_ops`, t.entityId),
  index().on(t.drawId),
])

/**
 * Inspections counted by village, month, kind and result, with the counts the indicators read beside n.
 * Kept by statement-level triggers on inspections (migrations 0006 and 0008, hand-written at their end), so
 * year and month counts — the stats endpoint, the dashboard's figures and trends — read a few hundred rows
 * instead of tens of thousands (bench/inspections-api call (b), bench/dashboard). Never written by the
 * application; indicator-sources.ts says which measure each column is.
 */
export const inspectionTallies = pgTable('inspection_tallies', {
  regionCode: varchar({ length: 12 }).notNull(),
  /** The first day of the month of inspectedOn. */
  month: date({ mode: 'string' }).notNull(),
  /** The inspecting member unit (null when the inspection records none): rankings by unit read the tallies too. */
  unitId: uuid(),
  kind: varchar({ length: 16 }).notNull(),
  result: varchar({ length: 12 }).notNull(),
  n: integer().notNull(),
  /** Of n: with key or general failures; of those, handled; ordered to halt operations; put under investigation. */
  problems: integer().notNull().default(0),
  problemsHandled: integer().notNull().default(0),
  operationsHalted: integer().notNull().default(0),
  investigations: integer().notNull().default(0),
}, (t) => [
  unique('inspection_tallies_key').on(t.regionCode, t.month, t.unitId, t.kind, t.result).nullsNotDistinct(),
  index('inspection_tallies_region_month_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`, t.month),
])

/** 限期整改 / 责令改正: the non-conforming items, a deadline, the business's report and the verification. */
export const rectificationOrders = pgTable('rectification_orders', {
  id: uuid().primaryKey().defaultRandom(),
  inspectionId: uuid().notNull().references(() => inspections.id),
  entityId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  /** rectify 限期整改通知书 | correct 责令改正通知书 */
  kind: varchar({ length: 12 }).notNull(),
  documentNumber: varchar({ length: 64 }),
  itemCodes: varchar({ length: 16 }).array().notNull(),
  requirements: varchar({ length: 2000 }).notNull(),
  issuedOn: date({ mode: 'string' }).notNull(),
  dueOn: date({ mode: 'string' }).notNull(),
  /** open → reported (the business says it is done) → passed | failed (verification); failed may go to a case. */
  status: varchar({ length: 12 }).notNull(),
  reportedOn: date({ mode: 'string' }),
  reportNote: varchar({ length: 2000 }),
  verifiedOn: date({ mode: 'string' }),
  verifiedBy: uuid().references(() => accounts.id),
  verificationNote: varchar({ length: 2000 }),
  /** The follow-up inspection that verified it, when one was made. */
  followUpInspectionId: uuid(),
  /** Set by the cases module when the failure was handed to a case. */
  caseId: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('rectification_orders_region_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`),
  index().on(t.status, t.dueOn),
  index().on(t.inspectionId),
  index().on(t.entityId),
])

/** 执法检查人员名录库: officers who may be drawn, with their law-enforcement certificate. */
export const inspectorRoster = pgTable('inspector_roster', {
  accountId: uuid().primaryKey().references(() => accounts.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  unitId: uuid(),
  certificateNumber: varchar({ length: 32 }).notNull(),
  active: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.regionCode)])

/** Who must not inspect whom (relatives, former employer …). Personal data: never published. */
export const inspectorAvoidances = pgTable('inspector_avoidances', {
  accountId: uuid().notNull().references(() => inspectorRoster.accountId, { onDelete: 'cascade' }),
  entityId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  reason: varchar({ length: 200 }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.accountId, t.entityId] }), index().on(t.entityId)])

/**
 * A 双随机 draw: frozen (lists and their hashes published) → drawn (seed given, result computed) →
 * published. The frozen lists are kept verbatim so anyone can check the hashes and redo the draw.
 */
export const inspectionDraws = pgTable('inspection_draws', {
  id: uuid().primaryKey().defaultRandom(),
  regionCode: varchar({ length: 12 }).notNull(),
  title: varchar({ length: 100 }).notNull(),
  /** 抽查事项 (e.g. 食品经营许可事项检查). */
  matter: varchar({ length: 200 }).notNull(),
  year: integer().notNull(),
  /** The filter that built the 检查对象名录库: { types, regionCode, grades }. */
  entityFilter: jsonb().notNull(),
  /** { count } or { proportion }. */
  selection: jsonb().notNull(),
  sameUnitRequired: boolean().notNull().default(false),
  /** The canonical JSON texts of both lists (what the hashes are of). */
  entityList: text().notNull(),
  inspectorList: text().notNull(),
  entityListHash: varchar({ length: 64 }).notNull(),
  inspectorListHash: varchar({ length: 64 }).notNull(),
  avoidanceHash: varchar({ length: 64 }).notNull(),
  /** The avoidance pairs within both lists as frozen: personal data, never published; verification re-reads them here. */
  avoidancePairs: jsonb().$type<{ inspectorId: string; entityId: string }[]>().notNull().default([]),
  /** frozen | drawn | published | cancelled */
  status: varchar({ length: 12 }).notNull(),
  seed: varchar({ length: 200 }),
  seedSource: varchar({ length: 500 }),
  /** The DrawRecord (draw/draw-record.ts). */
  record: jsonb(),
  frozenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  drawnAt: timestamp({ withTimezone: true }),
  publishedAt: timestamp({ withTimezone: true }),
  createdBy: uuid().references(() => accounts.id),
}, (t) => [index().on(t.regionCode), index().on(t.status)])

export type InspectionRow = typeof inspections.$inferSelect
export type RectificationOrderRow = typeof rectificationOrders.$inferSelect
export type InspectorRosterRow = typeof inspectorRoster.$inferSelect
export type InspectionDrawRow = typeof inspectionDraws.$inferSelect
