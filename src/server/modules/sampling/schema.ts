import { sql } from 'drizzle-orm'
import { boolean, date, index, integer, numeric, pgTable, primaryKey, smallint, timestamp, uuid, varchar } from 'drizzle-orm/pg-core'
import { accounts } from '../../platform/schema'

/**
 * Sampling (抽样检验): yearly plans with quotas, samples and their tested items judged against a catalogue
 * of limits, failed-sample disposal files (核查处置), rapid tests (快检) and the public's test requests
 * (你点我检). Rows carry a region code for scope without joins; keys to entities, units and cases are
 * added in the migration (a module never imports another module's tables).
 */

/** A yearly sampling plan of one level and department, e.g. 2026 年县级食品安全抽检计划 (市场监管). */
export const samplingPlans = pgTable('sampling_plans', {
  id: uuid().primaryKey().defaultRandom(),
  /** The county the plan covers (12-digit code of the county). */
  regionCode: varchar({ length: 12 }).notNull(),
  year: smallint().notNull(),
  name: varchar({ length: 100 }).notNull(),
  /** national 国抽 | provincial 省抽 | city 市抽 | county 县抽 */
  level: varchar({ length: 12 }).notNull(),
  /** market 市场监管 | agriculture 农业农村 */
  department: varchar({ length: 12 }).notNull(),
  /** Batches per 1,000 residents the plan aims at (e.g. 4.0 / 3.2); township quotas derive from it. */
  batchesPerThousand: numeric({ precision: 6, scale: 2, mode: 'string' }).notNull(),
  /** draft | published */
  status: varchar({ length: 12 }).notNull(),
  unitId: uuid(),
  createdBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.regionCode, t.year)])

/** A plan's quota: batches for one food category (county-wide) or for one township (category null). */
export const samplingQuotas = pgTable('sampling_quotas', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => samplingPlans.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  /** Food category code (shared/sampling catalogue); null for a township's total. */
  category: varchar({ length: 24 }),
  batches: integer().notNull(),
}, (t) => [index().on(t.planId)])

/**
 * Test-item catalogue: one row per item and food scope with its limit and the standard it comes from.
 * Seeded from ../shared/domain/SAMPLING-LIMITS.md with each row's confirmation status; the office may
 * correct a value (status U rows are flagged in the UI until checked against the standard).
 */
export const testItems = pgTable('test_items', {
  id: uuid().primaryKey().defaultRandom(),
  /** Stable seed key (e.g. "pb-brassica"); null for items the office added. */
  seedKey: varchar({ length: 48 }).unique(),
  name: varchar({ length: 64 }).notNull(),
  /** contaminant | pesticide | vet_drug | additive | microbe | quality | other */
  group: varchar({ length: 16 }).notNull(),
  /** The foods it applies to, as the standard words it. */
  foodScope: varchar({ length: 100 }).notNull(),
  /** Food categories (shared catalogue) this row is offered for. */
  categories: varchar({ length: 24 }).array().notNull().default(sql`'{}'::varchar[]`),
  /**
   * max 最大限量 (value ≤ limit) | not_detected 不得检出 (banned: any detection above the method's LOD fails) |
   * min (value ≥ limit, e.g. a content) | microbe n/c/m/M plan (none of n units > M, at most c above m).
   */
  limitKind: varchar({ length: 16 }).notNull(),
  /** The limit; m for a microbial plan. */
  limitValue: numeric({ precision: 14, scale: 6, mode: 'string' }),
  /** M, n and c of a microbial plan. */
  limitMax: numeric({ precision: 14, scale: 6, mode: 'string' }),
  planN: smallint(),
  planC: smallint(),
  unit: varchar({ length: 16 }).notNull(),
  standard: varchar({ length: 100 }).notNull(),
  /** P | S | U as in SAMPLING-LIMITS.md. */
  status: varchar({ length: 1 }).notNull(),
  note: varchar({ length: 200 }),
  active: boolean().notNull().default(true),
  updatedBy: uuid().references(() => accounts.id),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/**
 * Statutory time limits of sampling and disposal as data (《食品安全抽样检验管理办法》): value, unit,
 * article and confirmation status. Seeded from REGULATIONS.md §1; the office may change a U value.
 * Due dates are computed when the step they start from is recorded, and stored on the record.
 */
export const samplingTimeLimits = pgTable('sampling_time_limits', {
  code: varchar({ length: 32 }).primaryKey(),
  days: smallint().notNull(),
  /** workday 工作日 | day 日 */
  unit: varchar({ length: 8 }).notNull(),
  updatedBy: uuid().references(() => accounts.id),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/** One sample (批次) taken from one business and tested by a lab. */
export const samples = pgTable('samples', {
  id: uuid().primaryKey().defaultRandom(),
  /** 抽样单编号, unique. */
  sampleNumber: varchar({ length: 40 }).notNull().unique(),
  planId: uuid().references(() => samplingPlans.id),
  /** The public request (你点我检) this sample answers. */
  requestId: uuid(),
  entityId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  level: varchar({ length: 12 }).notNull(),
  department: varchar({ length: 12 }).notNull(),
  /** supervision 监督抽检 | routine 例行监测 | risk 风险监测 | evaluation 评价性抽检 */
  purpose: varchar({ length: 12 }).notNull(),
  category: varchar({ length: 24 }).notNull(),
  /** 食用农产品: counted by the 农药兽药残留 and routine-monitoring figures. */
  agricultural: boolean().notNull(),
  /** 环节: production | circulation | catering | planting (种养殖) */
  stage: varchar({ length: 12 }).notNull(),
  productName: varchar({ length: 100 }).notNull(),
  brand: varchar({ length: 64 }),
  specification: varchar({ length: 64 }),
  batchNumber: varchar({ length: 64 }),
  productionDate: date({ mode: 'string' }),
  manufacturer: varchar({ length: 128 }),
  sampledOn: date({ mode: 'string' }).notNull(),
  samplerIds: uuid().array().notNull(),
  quantity: varchar({ length: 32 }).notNull(),
  /** Price paid for the sample (第八十七条: samples are bought), 元. */
  price: numeric({ precision: 10, scale: 2, mode: 'string' }),
  lab: varchar({ length: 100 }).notNull(),
  photoIds: varchar({ length: 64 }).array().notNull().default(sql`'{}'::varchar[]`),
  /** Sample and documents at the lab: due 5 working days after sampling (第二十条). */
  sentDueOn: date({ mode: 'string' }).notNull(),
  sentOn: date({ mode: 'string' }),
  /** Lab report due 20 working days after the lab received the sample (第二十四条). */
  reportDueOn: date({ mode: 'string' }),
  reportReceivedOn: date({ mode: 'string' }),
  reportNumber: varchar({ length: 64 }),
  /** pass | fail — computed from the items when the report is recorded; null while testing. */
  verdict: varchar({ length: 8 }),
  /** published for the public page (with 你点我检 results). */
  publishedAt: timestamp({ withTimezone: true }),
  unitId: uuid(),
  createdBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('samples_region_date_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`, t.sampledOn),
  index().on(t.entityId), index().on(t.planId), index().on(t.sampledOn), index().on(t.verdict), index().on(t.requestId),
])

/**
 * Samples counted by village, month and the fields the indicators filter on (department, purpose, stage,
 * verdict: '' while at the lab). Kept by statement-level triggers on samples (migration 0009, hand-written at
 * its end), so the dashboard's 抽检 figures and trends for a county year read a few thousand rows instead of
 * every sample (bench/dashboard). Never written by the application; indicator-sources.ts maps the measures.
 */
export const sampleTallies = pgTable('sample_tallies', {
  regionCode: varchar({ length: 12 }).notNull(),
  /** The first day of the month of sampledOn. */
  month: date({ mode: 'string' }).notNull(),
  department: varchar({ length: 12 }).notNull(),
  purpose: varchar({ length: 12 }).notNull(),
  stage: varchar({ length: 12 }).notNull(),
  verdict: varchar({ length: 8 }).notNull(),
  n: integer().notNull(),
}, (t) => [
  primaryKey({ columns: [t.regionCode, t.month, t.department, t.purpose, t.stage, t.verdict] }),
  index('sample_tallies_region_month_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`, t.month),
])

/** One tested item of a sample: the value against the limit copied from the catalogue at the time. */
export const sampleResults = pgTable('sample_results', {
  id: uuid().primaryKey().defaultRandom(),
  sampleId: uuid().notNull().references(() => samples.id, { onDelete: 'cascade' }),
  testItemId: uuid().references(() => testItems.id),
  itemName: varchar({ length: 64 }).notNull(),
  /** The measured value; null with detected=false means 未检出 (below the method's LOD). */
  value: numeric({ precision: 14, scale: 6, mode: 'string' }),
  detected: boolean().notNull(),
  /** The method's limit of detection (检出限), kept with a banned-substance result. */
  lod: numeric({ precision: 14, scale: 6, mode: 'string' }),
  /** The n unit results of a microbial plan. */
  unitValues: numeric({ precision: 14, scale: 3, mode: 'string' }).array(),
  unit: varchar({ length: 16 }).notNull(),
  limitKind: varchar({ length: 16 }).notNull(),
  limitValue: numeric({ precision: 14, scale: 6, mode: 'string' }),
  limitMax: numeric({ precision: 14, scale: 6, mode: 'string' }),
  planN: smallint(),
  planC: smallint(),
  standard: varchar({ length: 100 }).notNull(),
  /** pass | fail — computed from value vs limit. */
  verdict: varchar({ length: 8 }).notNull(),
  sortOrder: smallint().notNull().default(0),
}, (t) => [index().on(t.sampleId)])

/** 核查处置: the file a failed sample opens, with its dated steps and stored due dates. */
export const disposals = pgTable('disposals', {
  id: uuid().primaryKey().defaultRandom(),
  sampleId: uuid().notNull().references(() => samples.id).unique(),
  entityId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  openedOn: date({ mode: 'string' }).notNull(),
  /** Serve the report and 结果通知书 on the business (第二十九条, U). */
  notifyDueOn: date({ mode: 'string' }).notNull(),
  notifiedOn: date({ mode: 'string' }),
  /** Start the disposal (risk control: 下架、召回、封存 …) by this day (U, configurable). */
  startDueOn: date({ mode: 'string' }).notNull(),
  /** 复检 may be applied for within 7 working days of receiving the conclusion (第八十八条). */
  retestDueOn: date({ mode: 'string' }),
  retestRequestedOn: date({ mode: 'string' }),
  /** pass | fail — a 复检 result is final. */
  retestVerdict: varchar({ length: 8 }),
  retestResultOn: date({ mode: 'string' }),
  /** Product control: removed 下架 | recalled 召回 | sealed 封存 (any of them), with the quantity. */
  controlMeasures: varchar({ length: 12 }).array().notNull().default(sql`'{}'::varchar[]`),
  controlledOn: date({ mode: 'string' }),
  controlledQuantity: varchar({ length: 64 }),
  cause: varchar({ length: 500 }),
  causeFoundOn: date({ mode: 'string' }),
  rectification: varchar({ length: 500 }),
  rectifiedOn: date({ mode: 'string' }),
  caseId: uuid(),
  followUpSampleId: uuid(),
  /** Finished within 90 days (第四十五条, U), extended by written approval. */
  closeDueOn: date({ mode: 'string' }).notNull(),
  extensionDays: smallint().notNull().default(0),
  extensionReason: varchar({ length: 300 }),
  closedOn: date({ mode: 'string' }),
  /** How the file ended: disposed 处置完毕 | retest_passed 复检合格. */
  outcome: varchar({ length: 16 }),
  note: varchar({ length: 500 }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('disposals_region_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`),
  index().on(t.closeDueOn), index().on(t.closedOn),
])

/** One rapid test (快检) at a market, 快检室 or farm. */
export const rapidTests = pgTable('rapid_tests', {
  id: uuid().primaryKey().defaultRandom(),
  regionCode: varchar({ length: 12 }).notNull(),
  entityId: uuid(),
  /** RAPID_TEST_PLACES in shared/sampling-catalogue: market, rapid_room, farm, supermarket, canteen, slaughterhouse, other */
  placeKind: varchar({ length: 16 }).notNull(),
  placeName: varchar({ length: 100 }).notNull(),
  testedOn: date({ mode: 'string' }).notNull(),
  /** Item code from the rapid-test catalogue (shared/rapid-tests). */
  item: varchar({ length: 24 }).notNull(),
  method: varchar({ length: 64 }).notNull(),
  sampleName: varchar({ length: 64 }).notNull(),
  /** Raw reading (e.g. inhibition %), when the method gives one. */
  reading: numeric({ precision: 10, scale: 3, mode: 'string' }),
  /** negative 阴性 | positive 阳性 — from the reading and cut-off when there is one. */
  result: varchar({ length: 8 }).notNull(),
  operatorName: varchar({ length: 32 }).notNull(),
  kitBatch: varchar({ length: 64 }),
  /** A positive needs a confirmatory lab sample (第一百一十二条) and its disposal. */
  confirmSampleId: uuid().references(() => samples.id),
  disposalNote: varchar({ length: 300 }),
  createdBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('rapid_tests_region_date_idx').using('btree', sql`${t.regionCode} varchar_pattern_ops`, t.testedOn),
  index().on(t.testedOn), index().on(t.result),
])

/** 你点我检: a food and place the public proposes for testing. Proposer contact data stays private. */
export const testRequests = pgTable('test_requests', {
  id: uuid().primaryKey().defaultRandom(),
  /** The county (or township) the proposal concerns. */
  regionCode: varchar({ length: 12 }).notNull(),
  food: varchar({ length: 64 }).notNull(),
  place: varchar({ length: 100 }).notNull(),
  reason: varchar({ length: 300 }),
  proposerName: varchar({ length: 32 }),
  proposerPhone: varchar({ length: 20 }),
  /** SHA-256 of the client IP with a server secret: throttling without storing the address. */
  ipHash: varchar({ length: 64 }).notNull(),
  votes: integer().notNull().default(0),
  /** open 征集中 | picked 已列入计划 | tested 已检测 | rejected 未采纳 */
  status: varchar({ length: 12 }).notNull(),
  planId: uuid().references(() => samplingPlans.id),
  decisionNote: varchar({ length: 300 }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.regionCode, t.status), index().on(t.ipHash, t.createdAt)])

/** One vote per request, IP and day. */
export const testRequestVotes = pgTable('test_request_votes', {
  requestId: uuid().notNull().references(() => testRequests.id, { onDelete: 'cascade' }),
  ipHash: varchar({ length: 64 }).notNull(),
  votedOn: date({ mode: 'string' }).notNull(),
}, (t) => [primaryKey({ columns: [t.requestId, t.ipHash, t.votedOn] }), index().on(t.ipHash, t.votedOn)])

export type SamplingPlanRow = typeof samplingPlans.$inferSelect
export type SampleRow = typeof samples.$inferSelect
export type SampleResultRow = typeof sampleResults.$inferSelect
export type TestItemRow = typeof testItems.$inferSelect
export type DisposalRow = typeof disposals.$inferSelect
export type RapidTestRow = typeof rapidTests.$inferSelect
export type TestRequestRow = typeof testRequests.$inferSelect
