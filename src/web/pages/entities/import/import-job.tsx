import { Alert, Card, Progress, Space, Typography } from 'antd'
import type { ImportJobDto } from '../../../../shared/entities'
import { DownloadButton } from '../../../lib/download-button'
import { formatNumber } from '../../../lib/format'
import { reportUrl } from '../api'

const percent = (part: number, whole: number) => (whole ? Math.floor((part / whole) * 100) : 0)

export const resultText = (j: ImportJobDto) => `新增 ${formatNumber(j.created)}，更新 ${formatNumber(j.updated)}，未变化 ${formatNumber(j.unchanged)}`

/** One import: rows checked and written while it runs, then what it did, or why nothing was written. */
export function ImportJob({ job }: { job: ImportJobDto }) {
  const running = job.status === 'checking' || job.status === 'writing'
  return (
    <Card size="small" title={`导入：${job.fileName}`} data-testid="import-job" style={{ marginTop: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <div>
          <Typography.Text>检查：{formatNumber(job.checkedRows)} / {job.totalRows ? formatNumber(job.totalRows) : '—'} 行</Typography.Text>
          <Progress percent={job.status === 'checking' && !job.totalRows ? 0 : percent(job.checkedRows, job.totalRows)} status={job.status === 'checking' ? 'active' : undefined} />
        </div>
        <div>
          <Typography.Text>写入：{formatNumber(job.writtenRows)} / {job.totalRows ? formatNumber(job.totalRows) : '—'} 行</Typography.Text>
          <Progress percent={percent(job.writtenRows, job.totalRows)} status={job.status === 'writing' ? 'active' : job.status === 'rejected' || job.status === 'failed' ? 'exception' : undefined} />
        </div>
        {running && <Typography.Text type="secondary">正在{job.status === 'checking' ? '读取并检查每一行' : '写入'}，请稍候…</Typography.Text>}
        {job.status === 'done' && (
          <Alert type="success" showIcon message="导入完成" description={resultText(job)} data-testid="import-result" />
        )}
        {job.status === 'rejected' && (
          <Alert type="error" showIcon data-testid="import-result" message={`发现 ${formatNumber(job.errorCount)} 处错误，未导入任何数据`}
            description={(
              <Space direction="vertical">
                <span>{job.message?.replace(/^发现 \d+ 处错误，未导入任何数据。/, '')}</span>
                <span>请下载错误报告：每个错误单元格已标红，“错误说明”列写明原因；按说明改正后可直接上传该文件。</span>
              </Space>
            )}
            action={job.hasReport && <DownloadButton href={reportUrl(job.id)} fileName="错误报告.xlsx" label="下载错误报告" />} />
        )}
        {job.status === 'failed' && <Alert type="error" showIcon data-testid="import-result" message="导入失败" description={job.message ?? '未写入任何数据，请重试'} />}
      </Space>
    </Card>
  )
}
