import { Empty, Spin } from 'antd'
import { useCallback } from 'react'
import type { MyTaskDto } from '../../../shared/work-plan-reports'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchTaskReports } from '../work-plans/api'
import { ReportCard } from '../work-plans/report-card'

/** The reports this unit may see on a task: its own, and for a lead also its cooperating units' ones, newest first. */
export function MyReports({ task }: { task: MyTaskDto }) {
  const { data, error } = useLoad(useCallback(() => fetchTaskReports(task.planId, task.taskId), [task.planId, task.taskId]))
  return (
    <div style={{ marginTop: 12, borderTop: '1px solid #f0f0f0', paddingTop: 12 }}>
      <LoadError error={error} />
      {!data && !error && <Spin size="small" />}
      {data && !data.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有报送记录" style={{ margin: 0 }} />}
      {data && [...data].reverse().map((r) => <ReportCard key={r.id} report={r} targets={task.targets} />)}
    </div>
  )
}
