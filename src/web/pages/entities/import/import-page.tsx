import { ArrowLeftOutlined, InboxOutlined } from '@ant-design/icons'
import { Alert, Card, Result, Space, Steps, Typography, Upload } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { Link } from 'react-router-dom'
import type { ImportJobDto } from '../../../../shared/entities'
import { isSessionError } from '../../../api/client'
import { useMe } from '../../../auth/auth-context'
import { DownloadButton } from '../../../lib/download-button'
import { errorMessage } from '../../../lib/form-errors'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fetchImports, startImport, TEMPLATE_URL } from '../api'
import { ImportJob } from './import-job'
import { FINISHED, useImportJob } from './use-import-job'
import { RecentImports } from './recent-imports'

const MAX_BYTES = 20 * 1024 * 1024

/** Where the guide's steps stand: before an upload the first two are the user's own. */
function step(job: ImportJobDto | null) {
  if (!job) return 0
  if (job.status === 'done') return 4
  return job.status === 'writing' ? 3 : 2
}

/**
 * 导入经营主体: the template, an upload, then the job's progress and result. The server checks every row
 * first and writes all or nothing; a file with errors comes back as a report to correct and upload again.
 */
export function ImportPage() {
  const me = useMe()
  if (!me.permissions.includes('entities.manage')) {
    return <Result status="403" title="没有访问权限" subTitle="导入经营主体需要“登记、修改、导入经营主体及证照”权限。" extra={<Link to="/entities">返回经营主体</Link>} />
  }
  return <ImportForm />
}

function ImportForm() {
  const [started, setStarted] = useState<ImportJobDto | null>(null)
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { job, error: pollError } = useImportJob(started)
  const recent = useLoad(useCallback(fetchImports, []))
  const reloadRecent = recent.reload
  const finished = job !== null && FINISHED.includes(job.status)
  useEffect(() => { if (finished) reloadRecent() }, [finished, reloadRecent])
  const busy = uploading || (job !== null && !finished)

  const precheck = (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) setError(`不支持“${file.name}”：请上传 Excel（.xlsx）文件；旧版 .xls 请先另存为 .xlsx`)
    else if (file.size > MAX_BYTES) setError('文件超过 20 MB，请拆分后分批导入')
    else return true
    return Upload.LIST_IGNORE
  }

  const upload = async (file: File) => {
    setUploading(true)
    setError(null)
    try {
      setStarted(await startImport(file))
    } catch (e) {
      if (!isSessionError(e)) setError(errorMessage(e))
    } finally {
      setUploading(false)
    }
  }

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<Space><Link to="/entities" aria-label="返回经营主体"><ArrowLeftOutlined /></Link>导入经营主体</Space>}>
        <Steps size="small" style={{ marginBottom: 16, maxWidth: 760 }} current={step(job)} status={job && ['rejected', 'failed'].includes(job.status) ? 'error' : undefined}
          items={[{ title: '下载模板' }, { title: '按说明填写' }, { title: '上传并逐行检查' }, { title: '全部无误后写入' }]} />
        <Typography.Paragraph>
          模板第一页“经营主体”每行一个主体，带＊的列必填，下拉列可直接选择；“填写说明”页逐列说明格式。统一社会信用代码或证照编号已登记的，导入即更新该主体。
          整个文件检查无误才会写入；有错误时不导入任何数据，可下载标出错误的报告，改正后重新上传。
        </Typography.Paragraph>
        <DownloadButton href={TEMPLATE_URL} fileName="经营主体导入模板.xlsx" label="下载导入模板" style={{ marginBottom: 16 }} />
        {error && <Alert type="error" showIcon message="无法导入" description={error} style={{ marginBottom: 16 }} closable onClose={() => setError(null)} />}
        <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} disabled={busy} beforeUpload={precheck}
          customRequest={({ file }) => { void upload(file as File) }}>
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{busy ? '正在导入…' : '点击或将 Excel 文件拖到此处上传'}</p>
          <p className="ant-upload-hint">仅支持 .xlsx，不超过 20 MB、20,000 行</p>
        </Upload.Dragger>
        {pollError && <Alert type="warning" showIcon message={`无法获取导入进度：${pollError}`} style={{ marginTop: 16 }} />}
        {job && <ImportJob job={job} />}
      </Card>
      <Card title="最近导入" size="small">
        <LoadError error={recent.error} />
        <RecentImports jobs={recent.data} loading={recent.loading} />
      </Card>
    </Space>
  )
}
