import { Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { ImportJobDto } from '../../../../shared/entities'
import { DownloadButton } from '../../../lib/download-button'
import { formatMinute, formatNumber } from '../../../lib/format'
import { reportUrl } from '../api'
import { resultText } from './import-job'

const STATUS: Record<string, { label: string; color: string }> = {
  checking: { label: '检查中', color: 'processing' }, writing: { label: '写入中', color: 'processing' }, done: { label: '已完成', color: 'success' },
  rejected: { label: '有错误未导入', color: 'error' }, failed: { label: '失败', color: 'error' },
}

const columns: ColumnsType<ImportJobDto> = [
  { title: '文件', dataIndex: 'fileName', ellipsis: true },
  { title: '上传时间', dataIndex: 'createdAt', width: 150, render: formatMinute },
  { title: '状态', dataIndex: 'status', width: 120, render: (s: string) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.label ?? s}</Tag> },
  { title: '行数', dataIndex: 'totalRows', width: 80, align: 'right', render: (n: number) => formatNumber(n) },
  {
    title: '结果', key: 'result', width: 260,
    render: (_, j) => {
      if (j.status === 'done') return resultText(j)
      if (j.status === 'rejected') return <span>{formatNumber(j.errorCount)} 处错误{j.hasReport && <> · <DownloadButton link href={reportUrl(j.id)} fileName="错误报告.xlsx" label="错误报告" /></>}</span>
      return <Typography.Text type="secondary">{j.message ?? '—'}</Typography.Text>
    },
  },
]

/** 最近导入: this account's last 20 imports. */
export function RecentImports({ jobs, loading }: { jobs: ImportJobDto[] | undefined; loading: boolean }) {
  return (
    <Table<ImportJobDto> rowKey="id" size="small" columns={columns} dataSource={jobs} loading={loading && !jobs} pagination={false}
      scroll={{ x: 760 }} locale={{ emptyText: '还没有导入记录' }} />
  )
}
