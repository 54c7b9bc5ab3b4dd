import { Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import type { NoticeDto } from '../../../shared/supervision'
import { ExportButton } from '../../lib/export-button'
import { formatDate } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { NoticeStatusTag } from '../work-plans/labels'
import { fetchNotices, noticesExportUrl } from './api'

/** 督办通知 as a table: all of them for the office and leaders, the ones it received for a unit (the server decides). */
export function NoticesTable({ planId, showPlan = true }: { planId?: string; showPlan?: boolean }) {
  const navigate = useNavigate()
  const { data, error, loading } = useLoad(useCallback(() => fetchNotices(planId), [planId]))

  const columns: ColumnsType<NoticeDto> = [
    { title: '文号', dataIndex: 'documentNumber', width: 170, render: (n: string, x) => <Link to={`/supervision/${x.id}`}>{n}</Link> },
    ...(showPlan ? [{ title: '方案', dataIndex: 'planTitle', width: 200, ellipsis: true } as const] : []),
    { title: '任务', key: 'task', render: (_, x) => `${x.taskNumber} ${x.taskTitle}` },
    { title: '被督办单位', dataIndex: 'unitName', width: 170 },
    { title: '下发日期', dataIndex: 'issuedAt', width: 110, render: formatDate },
    { title: '回复期限', dataIndex: 'replyDeadline', width: 110 },
    { title: '状态', dataIndex: 'status', width: 110, render: (s: string) => <NoticeStatusTag status={s} /> },
  ]

  return (
    <>
      <LoadError error={error} />
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 8 }}><ExportButton size="small" href={noticesExportUrl(planId)} /></div>
      <Table<NoticeDto> rowKey="id" size="middle" columns={columns} dataSource={data} loading={loading && !data} scroll={{ x: showPlan ? 1000 : 800 }}
        onRow={(x) => ({ onDoubleClick: () => navigate(`/supervision/${x.id}`) })}
        locale={{ emptyText: <Typography.Text type="secondary">没有督办通知</Typography.Text> }}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 件` }} />
    </>
  )
}
