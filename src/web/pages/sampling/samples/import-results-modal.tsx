import { InboxOutlined } from '@ant-design/icons'
import { Alert, App, Modal, Spin, Table, Typography, Upload } from 'antd'
import { useState } from 'react'
import { ApiError, isSessionError } from '../../../api/client'
import { DownloadButton } from '../../../lib/download-button'
import { errorMessage } from '../../../lib/form-errors'
import { IMPORT_TEMPLATE_URL, importResults, type ImportResultsDto, type ImportRowErrorDto } from './api'

// The server reads at most 5 MB; checked here too so that a huge file is refused before it is sent.
const MAX_BYTES = 5 * 1024 * 1024

/** The row-by-row list of a refused import: the 400's `details` (行号, 列, reason). */
const rowErrors = (details: unknown): ImportRowErrorDto[] => (Array.isArray(details) ? details as ImportRowErrorDto[] : [])

const summary = (r: ImportResultsDto) =>
  `已导入 ${r.samples} 批次的检验结果（${r.rows} 行）${r.failedSamples.length ? `，其中不合格 ${r.failedSamples.length} 批次，已开启核查处置` : ''}`

/** 导入检验结果: an .xlsx with one row per tested item; all or nothing, a refused file lists every bad row. */
export function ImportResultsModal({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [rows, setRows] = useState<ImportRowErrorDto[]>([])

  const run = async (file: File) => {
    setBusy(true)
    setError(null)
    setRows([])
    try {
      message.success(summary(await importResults(file)), 6)
      onImported()
    } catch (e) {
      if (isSessionError(e)) return
      const list = e instanceof ApiError ? rowErrors(e.details) : []
      setRows(list)
      // With the list shown, the headline says how many; the message repeats the first row otherwise.
      setError(list.length ? `导入文件有 ${list.length} 处错误，未导入任何数据。请按下表修改后重新上传。` : errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const precheck = (file: File) => {
    if (!file.name.toLowerCase().endsWith('.xlsx')) setError('请上传 Excel（.xlsx）文件；旧版 .xls 请先另存为 .xlsx')
    else if (file.size > MAX_BYTES) setError('文件超过 5 MB，请拆分后再上传')
    else return true
    setRows([])
    return Upload.LIST_IGNORE
  }

  return (
    <Modal open title="导入检验结果" footer={null} onCancel={onClose} maskClosable={!busy} width={720} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        每行一个检验项目：抽样单编号、检验报告编号、收到报告日期、检验项目、检测值（数字，或“未检出”“ND”“&lt;0.01”）、单位；目录外的项目另填限量和判定依据。
        样品须已送检。整个文件全部正确才会导入，有任何一行出错则一行也不导入。
      </Typography.Paragraph>
      <DownloadButton href={IMPORT_TEMPLATE_URL} fileName="检验结果导入模板.xlsx" label="下载导入模板" style={{ marginBottom: 12 }} />
      <Spin spinning={busy} tip="正在检查并导入…">
        <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} disabled={busy} beforeUpload={precheck}
          customRequest={({ file }) => { void run(file as File) }}>
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">点击或将 .xlsx 文件拖到此处上传</p>
          <p className="ant-upload-hint">不超过 5 MB</p>
        </Upload.Dragger>
      </Spin>
      {error && <Alert type="error" showIcon message="未导入" description={error} style={{ marginTop: 16 }} data-testid="import-error" />}
      {rows.length > 0 && (
        <Table<ImportRowErrorDto> rowKey={(r) => `${r.rowNumber}-${r.column}-${r.message}`} size="small" style={{ marginTop: 12 }} dataSource={rows}
          pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false} data-testid="import-row-errors"
          columns={[
            { title: '行号', dataIndex: 'rowNumber', width: 70 },
            { title: '列', dataIndex: 'column', width: 130 },
            { title: '问题', dataIndex: 'message' },
          ]} />
      )}
    </Modal>
  )
}
