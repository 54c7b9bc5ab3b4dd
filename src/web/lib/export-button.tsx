import { DownloadOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import { ApiError, isSessionError } from '../api/client'
import { downloadFile } from './download'

/**
 * 导出 Excel for a table: fetches the export route with the table's own filters (the session cookie authorises
 * it) and saves the file under the server's name; a refusal (too many rows, a bad filter) shows its message.
 */
export function ExportButton({ href, size, label = '导出 Excel' }: { href: string; size?: 'small' | 'middle'; label?: string }) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const download = async () => {
    setBusy(true)
    try {
      await downloadFile(href, 'export.xlsx')
    } catch (e) {
      if (!isSessionError(e)) message.error(e instanceof ApiError ? e.message : '导出失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }
  return <Button icon={<DownloadOutlined />} size={size} loading={busy} onClick={download}>{label}</Button>
}
