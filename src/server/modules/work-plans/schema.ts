import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core'

/**
 * A county's yearly plan (工作要点 / 工作方案): read from its document into a draft, reviewed, then
 * published, after which each task's units report against it. Every table carries the plan owner's
 * region code so that scope filters and a future distribution by region need no joins.
 */

export const workPlans = pgTable('work_plans', {
  id: uuid().primaryKey().defaultRandom(),
  regionCode: varchar({ length: 12 }).notNull(),
  title: varchar({ length: 200 }).notNull(),
  issuer: varchar({ length: 100 }),
  yearFrom: integer().notNull(),
  yearTo: integer().notNull(),
  status: varchar({ length: 16 }).notNull().default('draft'), // draft | published
  sourceFileName: varchar({ length: 255 }).notNull(),
  /** SHA-256 of the uploaded bytes: the same document uploaded again returns this plan. */
  sourceHash: varchar({ length: 64 }).notNull(),
  sourceText: text().notNull(),
  /** What the parser read, kept as it was for comparison with the reviewed plan. */
  parsed: jsonb().notNull(),
  createdBy: uuid().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  publishedAt: timestamp({ withTimezone: true }),
  publishedBy: uuid(),
  /** 考核 weights for this plan (null: the defaults in assessment.ts). */
  assessmentWeights: jsonb(),
}, (t) => [unique().on(t.regionCode, t.sourceHash), index().on(t.regionCode)])

export const planSections = pgTable('plan_sections', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => workPlans.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  number: varchar({ length: 16 }).notNull(),
  title: varchar({ length: 200 }).notNull(),
  sortOrder: integer().notNull(),
}, (t) => [index().on(t.planId)])

export const planTasks = pgTable('plan_tasks', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => workPlans.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  sectionNumber: varchar({ length: 16 }),
  number: varchar({ length: 16 }).notNull(),
  title: varchar({ length: 300 }).notNull(),
  text: text().notNull(),
  progressText: text(),
  sortOrder: integer().notNull(),
  sourceStart: integer(),
  sourceEnd: integer(),
}, (t) => [index().on(t.planId)])

/** A unit named by a task as written; resolved to a member unit (or a collective) before publishing. */
export const planTaskUnits = pgTable('plan_task_units', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => workPlans.id, { onDelete: 'cascade' }),
  taskId: uuid().notNull().references(() => planTasks.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  role: varchar({ length: 16 }).notNull(), // lead | cooperating
  nameAsWritten: varchar({ length: 100 }).notNull(),
  unitId: uuid(),
  /** all_townships (各乡镇（街道）), all_members (各成员单位): expands to every such unit at publishing. */
  collective: varchar({ length: 24 }),
  sortOrder: integer().notNull(),
  sourceStart: integer(),
  sourceEnd: integer(),
}, (t) => [index().on(t.taskId), index().on(t.planId)])

/** One figure a task must reach: a row of its own so that an indicator can later be bound to it. */
export const planTargets = pgTable('plan_targets', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => workPlans.id, { onDelete: 'cascade' }),
  taskId: uuid().notNull().references(() => planTasks.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  text: text().notNull(),
  metric: varchar({ length: 200 }).notNull(),
  comparator: varchar({ length: 2 }).notNull(), // >= | > | =
  value: numeric({ mode: 'number' }).notNull(),
  unit: varchar({ length: 32 }).notNull(),
  fromProgress: boolean().notNull().default(false),
  sortOrder: integer().notNull(),
  sourceStart: integer(),
  sourceEnd: integer(),
}, (t) => [index().on(t.taskId), index().on(t.planId)])

export const planDeadlines = pgTable('plan_deadlines', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => workPlans.id, { onDelete: 'cascade' }),
  /** Null for a deadline outside any task (e.g. the plan's own reporting date). */
  taskId: uuid().references(() => planTasks.id, { onDelete: 'cascade' }),
  regionCode: varchar({ length: 12 }).notNull(),
  text: varchar({ length: 100 }).notNull(),
  kind: varchar({ length: 24 }).notNull(), // by-date | recurring | count-per-period
  context: text().notNull(),
  fromProgress: boolean().notNull().default(false),
  sortOrder: integer().notNull(),
  sourceStart: integer(),
  sourceEnd: integer(),
}, (t) => [index().on(t.taskId), index().on(t.planId)])

/** The dates a deadline becomes (working days); edited by hand where the text cannot be read. */
export const planDueDates = pgTable('plan_due_dates', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => workPlans.id, { onDelete: 'cascade' }),
  deadlineId: uuid().notNull().references(() => planDeadlines.id, { onDelete: 'cascade' }),
  taskId: uuid(),
  regionCode: varchar({ length: 12 }).notNull(),
  dueOn: date().notNull(),
  nominalOn: date().notNull(),
  periodLabel: varchar({ length: 32 }).notNull(),
  periodStart: date().notNull(),
  periodEnd: date().notNull(),
  requiredCount: integer(),
}, (t) => [index().on(t.deadlineId), index().on(t.planId), index().on(t.dueOn)])

/** After publishing: one row per concrete unit a task names (collectives expanded). */
export const taskAssignments = pgTable('task_assignments', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => workPlans.id, { onDelete: 'cascade' }),
  taskId: uuid().notNull().references(() => planTasks.id, { onDelete: 'cascade' }),
  unitId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  role: varchar({ length: 16 }).notNull(), // lead | cooperating
}, (t) => [unique().on(t.taskId, t.unitId), index().on(t.unitId), index().on(t.planId)])

/**
 * A unit's progress report on a task for one due date. A lead unit's report goes to the office; a
 * cooperating unit's report goes to the task's lead unit.
 */
export const progressReports = pgTable('progress_reports', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => workPlans.id, { onDelete: 'cascade' }),
  taskId: uuid().notNull().references(() => planTasks.id, { onDelete: 'cascade' }),
  assignmentId: uuid().notNull().references(() => taskAssignments.id, { onDelete: 'cascade' }),
  unitId: uuid().notNull(),
  regionCode: varchar({ length: 12 }).notNull(),
  dueDateId: uuid().references(() => planDueDates.id, { onDelete: 'set null' }),
  text: text().notNull(),
  status: varchar({ length: 16 }).notNull(), // submitted | accepted | returned
  onTime: boolean().notNull(),
  submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  submittedBy: uuid().notNull(),
  reviewedAt: timestamp({ withTimezone: true }),
  reviewedBy: uuid(),
  reviewComment: text(),
}, (t) => [index().on(t.taskId), index().on(t.unitId), index().on(t.planId), index().on(t.dueDateId)])

export const reportFigures = pgTable('report_figures', {
  id: uuid().primaryKey().defaultRandom(),
  reportId: uuid().notNull().references(() => progressReports.id, { onDelete: 'cascade' }),
  targetId: uuid().notNull().references(() => planTargets.id, { onDelete: 'cascade' }),
  value: numeric({ mode: 'number' }).notNull(),
  note: varchar({ length: 200 }),
}, (t) => [unique().on(t.reportId, t.targetId)])

export const reportEvidence = pgTable('report_evidence', {
  id: uuid().primaryKey().defaultRandom(),
  reportId: uuid().notNull().references(() => progressReports.id, { onDelete: 'cascade' }),
  fileSha256: varchar({ length: 64 }).notNull(),
  fileName: varchar({ length: 255 }).notNull(),
  mimeType: varchar({ length: 100 }).notNull(),
  size: integer().notNull(),
}, (t) => [index().on(t.reportId)])

/** 督办: the office tells a unit that a report or task is overdue and sets a reply deadline. */
export const supervisionNotices = pgTable('supervision_notices', {
  id: uuid().primaryKey().defaultRandom(),
  planId: uuid().notNull().references(() => workPlans.id, { onDelete: 'cascade' }),
  taskId: uuid().notNull().references(() => planTasks.id, { onDelete: 'cascade' }),
  unitId: uuid().notNull(),
  dueDateId: uuid().references(() => planDueDates.id, { onDelete: 'set null' }),
  regionCode: varchar({ length: 12 }).notNull(),
  serial: integer().notNull(),
  reason: text().notNull(),
  replyDeadline: date().notNull(),
  issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  issuedBy: uuid().notNull(),
  replyText: text(),
  repliedAt: timestamp({ withTimezone: true }),
  repliedBy: uuid(),
}, (t) => [unique().on(t.planId, t.serial), index().on(t.unitId), index().on(t.taskId)])
