import { Alert } from 'antd'
import { useCallback } from 'react'
import { Link } from 'react-router-dom'
import { useLoad } from '../../../lib/use-load'
import { disposalPath, fetchDisposal } from './api'

/** A failed sample's 核查处置 file: the link, and when the business must be notified and the file closed. */
export function DisposalNotice({ disposalId, failedItems }: { disposalId: string | null; failedItems: string[] }) {
  // The dates are a help beside the link: a failed load (e.g. the disposal API refusing) leaves the link alone.
  const { data } = useLoad(useCallback(() => (disposalId ? fetchDisposal(disposalId).catch(() => null) : Promise.resolve(null)), [disposalId]))
  const failed = failedItems.length ? `不合格项目：${failedItems.join('、')}。` : ''
  if (!disposalId) return <Alert type="error" showIcon style={{ marginBottom: 16 }} message="不合格" description={`${failed}尚未开启核查处置档案。`} />
  const due = data && !data.closedOn
    ? `${data.notifiedOn ? '' : `应于 ${data.notifyDueOn} 前送达检验结论，`}${data.closeDueOn} 前办结。`
    : data?.closedOn ? `已于 ${data.closedOn} 办结。` : ''
  return (
    <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="disposal-notice" message="不合格，已开启核查处置档案"
      description={<span>{failed}{due}<Link to={disposalPath(disposalId)}>进入核查处置</Link></span>} />
  )
}
