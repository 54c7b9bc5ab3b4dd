import { ReloadOutlined } from '@ant-design/icons'
import { Alert, Button } from 'antd'
import { useCallback } from 'react'
import { formatDateTime } from '../../lib/format'
import { useLoad } from '../../lib/use-load'
import { verifyAudit } from './api'

/** GET /api/audit/verify: recomputes the hash chain on the server, so a changed or deleted row shows here. */
export function ChainBanner() {
  const { data, error, loading, reload } = useLoad(useCallback(verifyAudit, []))
  const action = <Button size="small" icon={<ReloadOutlined />} loading={loading} onClick={reload}>重新校验</Button>
  if (error) return <Alert type="error" showIcon style={{ marginBottom: 16 }} message="无法校验审计日志" description={error.message} action={action} />
  if (!data) return <Alert type="info" showIcon style={{ marginBottom: 16 }} message="正在校验审计日志哈希链…" />
  return data.ok ? (
    <Alert type="success" showIcon style={{ marginBottom: 16 }} data-testid="chain-status"
      message={`审计日志哈希链完整（共 ${data.rows} 条）`} description={`校验时间：${formatDateTime(data.checkedAt)}`} action={action} />
  ) : (
    <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="chain-status"
      message={`审计日志哈希链已断裂：自第 ${data.firstBrokenId ?? '?'} 条记录起校验不通过`}
      description={`${data.reason ?? '记录可能被篡改或删除'}。已校验 ${data.rows} 条，校验时间：${formatDateTime(data.checkedAt)}。请立即报告单位负责人并保全服务器。`}
      action={action} />
  )
}
