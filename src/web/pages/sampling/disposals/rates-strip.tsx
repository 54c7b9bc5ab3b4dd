import { Statistic, Tooltip } from 'antd'
import { useCallback } from 'react'
import { formatNumber } from '../../../lib/format'
import { useLoad } from '../../../lib/use-load'
import { fetchDisposalRates } from './api'
import { percent } from './labels'

/** 核查处置率, 处置完成率, 按时完成率 and the overdue files, for failed reports received this year. */
export function RatesStrip({ region }: { region?: string }) {
  const { data } = useLoad(useCallback(() => fetchDisposalRates({ region }), [region]))
  const stat = (title: string, value: string, tip?: string, danger = false) => (
    <Tooltip title={tip}>
      <div><Statistic title={title} value={value} valueStyle={{ fontSize: 22, color: danger ? '#cf1322' : undefined }} /></div>
    </Tooltip>
  )
  return (
    <div data-testid="disposal-rates" style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 32px', padding: '0 0 16px' }}>
      {stat('不合格批次', data ? formatNumber(data.failed) : '—', data ? `${data.from} 至 ${data.to} 收到不合格报告；${data.notes.join(' ')}` : undefined)}
      {stat('核查处置率', data ? percent(data.startRate) : '—', data ? `已启动 ${data.started} ÷ 不合格 ${data.failed}（启动 = 已送达检验结论或已采取风险控制）` : undefined)}
      {stat('处置完成率', data ? percent(data.completionRate) : '—', data ? `已办结 ${data.closed} ÷ 不合格 ${data.failed}` : undefined)}
      <div data-testid="on-time-rate">{stat('按时完成率', data ? percent(data.onTimeRate) : '—', data ? `按期办结 ${data.onTime} ÷ 已办结 ${data.closed}（期限含经批准的延期）` : undefined)}</div>
      {stat('逾期未办结', data ? formatNumber(data.overdueOpen) : '—', '未办结，且超过办结期限或有环节超过期限未完成', !!data?.overdueOpen)}
    </div>
  )
}
