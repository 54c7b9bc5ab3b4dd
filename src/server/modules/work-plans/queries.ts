import { and, asc, count, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Account } from '../../platform/context'
import type { Executor } from '../../platform/db'
import { inScope, inScopeOrAbove } from '../../platform/scope'
import { planDeadlines, planDueDates, planSections, planTargets, planTasks, planTaskUnits, progressReports, reportEvidence, reportFigures, taskAssignments, workPlans } from './schema'

export type PlanRow = typeof workPlans.$inferSelect
export type TaskRow = typeof planTasks.$inferSelect
export type TaskUnitRow = typeof planTaskUnits.$inferSelect
export type TargetRow = typeof planTargets.$inferSelect
export type DeadlineRow = typeof planDeadlines.$inferSelect
export type DueDateRow = typeof planDueDates.$inferSelect

export const findPlanByHash = (db: Executor, account: Pick<Account, 'regionCode'>, hash: string) =>
  db.select().from(workPlans).where(and(eq(workPlans.sourceHash, hash), inScope(workPlans.regionCode, account))).then(([r]) => r)

/** 'manage': plans of the caller's own subtree; 'read': also the plans of the regions above (they bind the caller). */
export const findPlan = (db: Executor, account: Pick<Account, 'regionCode'>, id: string, mode: 'read' | 'manage' = 'manage') =>
  db.select().from(workPlans)
    .where(and(eq(workPlans.id, id), mode === 'read' ? inScopeOrAbove(workPlans.regionCode, account) : inScope(workPlans.regionCode, account)))
    .then(([r]) => r)

/** Published plans that bind the caller, and with `includeDrafts` the drafts of the caller's own subtree. */
export function listPlans(db: Executor, account: Pick<Account, 'regionCode'>, includeDrafts: boolean) {
  const taskCount = db.select({ planId: planTasks.planId, n: count().as('n') }).from(planTasks).groupBy(planTasks.planId).as('task_count')
  return db.select({ plan: workPlans, taskCount: sql<number>`coalesce(${taskCount.n}, 0)::int` }).from(workPlans)
    .leftJoin(taskCount, eq(taskCount.planId, workPlans.id))
    .where(and(inScopeOrAbove(workPlans.regionCode, account),
      includeDrafts ? or(eq(workPlans.status, 'published'), inScope(workPlans.regionCode, account)) : eq(workPlans.status, 'published')))
    .orderBy(desc(workPlans.yearFrom), desc(workPlans.createdAt))
}

export const countTasks = (db: Executor, planId: string) => db.$count(planTasks, eq(planTasks.planId, planId))

export const insertPlan = (db: Executor, row: typeof workPlans.$inferInsert) => db.insert(workPlans).values(row).returning().then(([r]) => r)
export const insertSections = (db: Executor, rows: (typeof planSections.$inferInsert)[]) => (rows.length ? db.insert(planSections).values(rows) : undefined)
export const insertTask = (db: Executor, row: typeof planTasks.$inferInsert) => db.insert(planTasks).values(row).returning().then(([r]) => r)
export const insertTaskUnits = (db: Executor, rows: (typeof planTaskUnits.$inferInsert)[]) => (rows.length ? db.insert(planTaskUnits).values(rows) : undefined)
export const insertTargets = (db: Executor, rows: (typeof planTargets.$inferInsert)[]) => (rows.length ? db.insert(planTargets).values(rows) : undefined)
export const insertDeadline = (db: Executor, row: typeof planDeadlines.$inferInsert) => db.insert(planDeadlines).values(row).returning().then(([r]) => r)
export const insertDueDates = (db: Executor, rows: (typeof planDueDates.$inferInsert)[]) => (rows.length ? db.insert(planDueDates).values(rows) : undefined)

export async function loadPlanParts(db: Executor, planId: string) {
  const [sections, tasks, units, targets, deadlines, dueDates] = await Promise.all([
    db.select().from(planSections).where(eq(planSections.planId, planId)).orderBy(asc(planSections.sortOrder)),
    db.select().from(planTasks).where(eq(planTasks.planId, planId)).orderBy(asc(planTasks.sortOrder)),
    db.select().from(planTaskUnits).where(eq(planTaskUnits.planId, planId)).orderBy(asc(planTaskUnits.sortOrder)),
    db.select().from(planTargets).where(eq(planTargets.planId, planId)).orderBy(asc(planTargets.sortOrder)),
    db.select().from(planDeadlines).where(eq(planDeadlines.planId, planId)).orderBy(asc(planDeadlines.sortOrder)),
    db.select().from(planDueDates).where(eq(planDueDates.planId, planId)).orderBy(asc(planDueDates.dueOn)),
  ])
  return { sections, tasks, units, targets, deadlines, dueDates }
}

export const findTask = (db: Executor, planId: string, taskId: string) =>
  db.select().from(planTasks).where(and(eq(planTasks.planId, planId), eq(planTasks.id, taskId))).then(([r]) => r)

export const updatePlan = (db: Executor, id: string, patch: Partial<PlanRow>) =>
  db.update(workPlans).set({ ...patch, updatedAt: sql`now()` }).where(eq(workPlans.id, id)).returning().then(([r]) => r)

export const updateTask = (db: Executor, id: string, patch: Partial<TaskRow>) =>
  db.update(planTasks).set(patch).where(eq(planTasks.id, id)).returning().then(([r]) => r)

export const deleteTask = (db: Executor, id: string) => db.delete(planTasks).where(eq(planTasks.id, id))
export const deletePlan = (db: Executor, id: string) => db.delete(workPlans).where(eq(workPlans.id, id))
export const maxTaskSort = (db: Executor, planId: string) =>
  db.select({ n: sql<number>`coalesce(max(${planTasks.sortOrder}), -1)::int` }).from(planTasks).where(eq(planTasks.planId, planId)).then(([r]) => r.n)

export const replaceTaskUnits = async (db: Executor, taskId: string, rows: (typeof planTaskUnits.$inferInsert)[]) => {
  await db.delete(planTaskUnits).where(eq(planTaskUnits.taskId, taskId))
  await insertTaskUnits(db, rows)
}
export const taskUnitsOf = (db: Executor, taskId: string) =>
  db.select().from(planTaskUnits).where(eq(planTaskUnits.taskId, taskId)).orderBy(asc(planTaskUnits.sortOrder))

export const resolveUnitName = (db: Executor, planId: string, nameAsWritten: string, unitId: string | null, collective: string | null) =>
  db.update(planTaskUnits).set({ unitId, collective }).where(and(eq(planTaskUnits.planId, planId), eq(planTaskUnits.nameAsWritten, nameAsWritten))).returning({ id: planTaskUnits.id })

export const replaceTargets = async (db: Executor, taskId: string, rows: (typeof planTargets.$inferInsert)[]) => {
  await db.delete(planTargets).where(eq(planTargets.taskId, taskId))
  await insertTargets(db, rows)
}
export const targetsOf = (db: Executor, taskId: string) => db.select().from(planTargets).where(eq(planTargets.taskId, taskId)).orderBy(asc(planTargets.sortOrder))
export const deleteDeadlinesOfTask = (db: Executor, taskId: string) => db.delete(planDeadlines).where(eq(planDeadlines.taskId, taskId))
export const deadlinesOf = (db: Executor, taskId: string) => db.select().from(planDeadlines).where(eq(planDeadlines.taskId, taskId)).orderBy(asc(planDeadlines.sortOrder))

export const insertAssignments = (db: Executor, rows: (typeof taskAssignments.$inferInsert)[]) => (rows.length ? db.insert(taskAssignments).values(rows).onConflictDoNothing() : undefined)
export const assignmentsOfPlan = (db: Executor, planId: string) => db.select().from(taskAssignments).where(eq(taskAssignments.planId, planId))
export const assignmentsOfUnits = (db: Executor, planIds: string[], unitIds: string[]) =>
  planIds.length && unitIds.length ? db.select().from(taskAssignments).where(and(inArray(taskAssignments.planId, planIds), inArray(taskAssignments.unitId, unitIds))) : Promise.resolve([])

// ——— working the plan: assignments, due dates, reports ———
export type AssignmentRow = typeof taskAssignments.$inferSelect
export type ReportRow = typeof progressReports.$inferSelect

export const findAssignment = (db: Executor, taskId: string, unitId: string) =>
  db.select().from(taskAssignments).where(and(eq(taskAssignments.taskId, taskId), eq(taskAssignments.unitId, unitId))).then(([r]) => r)

export const assignmentsOfTask = (db: Executor, taskId: string) => db.select().from(taskAssignments).where(eq(taskAssignments.taskId, taskId))

/** The dates a task is reported against: its own deadlines' and the plan's general ones. */
export const dueDatesOfTask = (db: Executor, planId: string, taskId: string) =>
  db.select().from(planDueDates).where(and(eq(planDueDates.planId, planId), or(eq(planDueDates.taskId, taskId), isNull(planDueDates.taskId))))
    .orderBy(asc(planDueDates.dueOn))

export const dueDatesOfPlan = (db: Executor, planId: string) => db.select().from(planDueDates).where(eq(planDueDates.planId, planId)).orderBy(asc(planDueDates.dueOn))

export const insertReport = (db: Executor, row: typeof progressReports.$inferInsert) => db.insert(progressReports).values(row).returning().then(([r]) => r)
export const insertFigures = (db: Executor, rows: (typeof reportFigures.$inferInsert)[]) => (rows.length ? db.insert(reportFigures).values(rows) : undefined)
export const insertEvidence = (db: Executor, rows: (typeof reportEvidence.$inferInsert)[]) => (rows.length ? db.insert(reportEvidence).values(rows) : undefined)

export const reportsOfTask = (db: Executor, taskId: string) => db.select().from(progressReports).where(eq(progressReports.taskId, taskId)).orderBy(desc(progressReports.submittedAt))
export const reportsOfPlan = (db: Executor, planId: string) => db.select().from(progressReports).where(eq(progressReports.planId, planId)).orderBy(asc(progressReports.submittedAt))
export const findReport = (db: Executor, id: string) => db.select().from(progressReports).where(eq(progressReports.id, id)).then(([r]) => r)
export const updateReport = (db: Executor, id: string, patch: Partial<ReportRow>) =>
  db.update(progressReports).set(patch).where(eq(progressReports.id, id)).returning().then(([r]) => r)

export const figuresOf = (db: Executor, reportIds: string[]) => (reportIds.length ? db.select().from(reportFigures).where(inArray(reportFigures.reportId, reportIds)) : Promise.resolve([]))
export const evidenceOf = (db: Executor, reportIds: string[]) => (reportIds.length ? db.select().from(reportEvidence).where(inArray(reportEvidence.reportId, reportIds)) : Promise.resolve([]))
export const findEvidence = (db: Executor, reportId: string, evidenceId: string) =>
  db.select().from(reportEvidence).where(and(eq(reportEvidence.reportId, reportId), eq(reportEvidence.id, evidenceId))).then(([r]) => r)
export const findTarget = (db: Executor, id: string) => db.select().from(planTargets).where(eq(planTargets.id, id)).then(([r]) => r)
export const targetsOfPlan = (db: Executor, planId: string) => db.select().from(planTargets).where(eq(planTargets.planId, planId)).orderBy(asc(planTargets.sortOrder))
export const tasksOfPlan = (db: Executor, planId: string) => db.select().from(planTasks).where(eq(planTasks.planId, planId)).orderBy(asc(planTasks.sortOrder))
export const sectionsOf = (db: Executor, planId: string) => db.select().from(planSections).where(eq(planSections.planId, planId)).orderBy(asc(planSections.sortOrder))
export const publishedPlanIds = (db: Executor) => db.select({ id: workPlans.id, title: workPlans.title, regionCode: workPlans.regionCode }).from(workPlans).where(eq(workPlans.status, 'published'))
export const deadlinesOfPlan = (db: Executor, planId: string) => db.select().from(planDeadlines).where(eq(planDeadlines.planId, planId))
export const replaceDueDates = async (db: Executor, deadlineId: string, rows: (typeof planDueDates.$inferInsert)[]) => {
  await db.delete(planDueDates).where(eq(planDueDates.deadlineId, deadlineId))
  await insertDueDates(db, rows)
}
