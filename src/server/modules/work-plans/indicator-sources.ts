import { sql } from 'drizzle-orm'
import type { MeasureSource } from '../../platform/measures'
import { progressReports } from './schema'

/** What the indicators module may count in the work plans (see platform/measures.ts). */
export const progressReportSource: MeasureSource = {
  name: 'progress-reports',
  auditType: 'progress_report',
  table: progressReports,
  region: progressReports.regionCode,
  unit: progressReports.unitId,
  // Asia/Shanghai: a report sent at 23:30 on the due date is on time and belongs to that day.
  date: { column: sql`(${progressReports.submittedAt} AT TIME ZONE 'Asia/Shanghai')::date`, label: '报送日期' },
  record: {
    id: progressReports.id,
    title: sql`coalesce((SELECT t.title FROM plan_tasks t WHERE t.id = ${progressReports.taskId}), '')`,
    detail: sql`coalesce((SELECT u.name FROM units u WHERE u.id = ${progressReports.unitId}), '') || CASE WHEN ${progressReports.onTime} THEN '，按期' ELSE '，逾期' END`,
    link: '/work-plans/:id', linkId: sql`${progressReports.planId} || '/tasks/' || ${progressReports.taskId}`,
  },
  measures: {
    submitted: { label: '报送的任务进展' },
    onTime: { label: '按期报送的任务进展', where: sql`${progressReports.onTime}` },
  },
}
