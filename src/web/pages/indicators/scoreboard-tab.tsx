import { App, Button, Select, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useMemo, useState } from 'react'
import { errorMessage } from '../../lib/form-errors'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { ExportButton } from '../../lib/export-button'
import { bindTarget, confirmSuggestions, fetchCatalogue, fetchScoreboard, scoreboardExportUrl, type IndicatorDefinitionDto, type ScoreboardTargetDto } from './api'
import { BreakdownModal } from './breakdown-modal'
import { figureText } from './format'
import { RecordsDrawer, type DrillTarget } from './records-drawer'

const STATUS: Record<ScoreboardTargetDto['status'], { color: string; label: string }> = {
  met: { color: 'success', label: '达标' }, missed: { color: 'error', label: '未达标' }, in_progress: { color: 'processing', label: '进行中' },
}
const COMPARATOR: Record<string, string> = { '>=': '≥', '>': '>', '=': '达到', '<=': '≤', '<': '<' }
const NONE = '__none__'

/** 计分板: each target of the plan with its goal, the live figure of its indicator, and whether it is met by its deadline. */
export function ScoreboardTab({ planId, canManage }: { planId: string; canManage: boolean }) {
  const { message } = App.useApp()
  const [year, setYear] = useState<number | undefined>()
  const [drill, setDrill] = useState<DrillTarget | null>(null)
  const [trend, setTrend] = useState<IndicatorDefinitionDto | null>(null)
  const board = useLoad(useCallback(() => fetchScoreboard(planId, year), [planId, year]))
  const catalogue = useLoad(useCallback(() => fetchCatalogue(), []))
  const defs = useMemo(() => new Map((catalogue.data ?? []).map((d) => [d.id, d])), [catalogue.data])
  const b = board.data
  const pick = { region: b?.regionCode, period: String(b?.year ?? '') }

  const bind = async (targetId: string, value: string) => {
    try {
      await bindTarget(targetId, value === NONE ? null : value)
      message.success('已保存绑定')
      board.reload()
    } catch (e) { message.error(errorMessage(e)) }
  }
  const options = [
    { value: NONE, label: '不绑定（沿用单位报送）' },
    ...(catalogue.data ?? []).map((d) => ({ value: d.id, label: `${d.name}（${d.unit}）${d.source === 'none' ? ' · 暂无数据来源' : ''}` })),
  ]
  const columns: ColumnsType<ScoreboardTargetDto> = [
    { title: '任务', key: 'task', width: 200, render: (_, t) => <Typography.Text>{t.taskNumber} {t.taskTitle}</Typography.Text> },
    { title: '目标', key: 'goal', width: 260, render: (_, t) => `${t.metric} ${COMPARATOR[t.comparator] ?? t.comparator} ${formatNumber(t.goal)}${t.unit}` },
    {
      title: '实际', key: 'actual', width: 170, align: 'right',
      render: (_, t) => (
        <Space direction="vertical" size={0} style={{ alignItems: 'flex-end' }}>
          {t.source === 'live' && t.indicatorId
            ? <Typography.Link strong data-testid={`actual-${t.targetId}`} onClick={() => setDrill({ def: defs.get(t.indicatorId!)!, part: 'numerator' })}>{figureText(t.actual, t.unit)}</Typography.Link>
            : <Typography.Text strong data-testid={`actual-${t.targetId}`}>{figureText(t.actual, t.unit)}</Typography.Text>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.source === 'live' ? '系统实时' : t.source === 'reported' ? `${t.reportedBy} 报送 ${t.reportedOn}` : '暂无数字'}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '状态', key: 'status', width: 130,
      render: (_, t) => <Space direction="vertical" size={0}><Tag color={STATUS[t.status].color}>{STATUS[t.status].label}</Tag><Typography.Text type="secondary" style={{ fontSize: 12 }}>期限 {t.deadline}</Typography.Text></Space>,
    },
    {
      title: '绑定指标', key: 'indicator',
      render: (_, t) => (
        <Space wrap>
          {canManage
            ? <Select aria-label={`绑定指标 ${t.metric}`} showSearch optionFilterProp="label" style={{ width: 280 }} value={t.indicatorId ?? NONE} options={options} onChange={(v) => bind(t.targetId, v)} />
            : <span>{t.indicatorName ?? '未绑定（单位报送）'}</span>}
          {!t.confirmed && t.indicatorId && <Tooltip title="系统按目标文字和单位建议，尚未确认"><Tag color="gold">建议</Tag></Tooltip>}
          {t.source === 'live' && t.indicatorId && <Button size="small" type="link" onClick={() => setTrend(defs.get(t.indicatorId!) ?? null)}>趋势</Button>}
        </Space>
      ),
    },
  ]
  const unconfirmed = (b?.targets ?? []).filter((t) => !t.confirmed && t.indicatorId).length
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <LoadError error={board.error ?? catalogue.error} />
      {b && (
        <Space wrap>
          {b.yearFrom !== b.yearTo && (
            <Select aria-label="年度" value={b.year} style={{ width: 110 }} onChange={setYear}
              options={Array.from({ length: b.yearTo - b.yearFrom + 1 }, (_, i) => ({ value: b.yearFrom + i, label: `${b.yearFrom + i} 年` }))} />
          )}
          <Typography.Text>{b.regionName} · {b.year} 年</Typography.Text>
          <Tag color="success">达标 {b.counts.met}</Tag>
          <Tag color="error">未达标 {b.counts.missed}</Tag>
          <Tag color="processing">进行中 {b.counts.inProgress}</Tag>
          <Tag>非实时 {b.counts.unbound}</Tag>
          {canManage && unconfirmed > 0 && (
            <Button onClick={async () => { try { await confirmSuggestions(planId); board.reload() } catch (e) { message.error(errorMessage(e)) } }}>确认全部建议（{unconfirmed}）</Button>
          )}
          <ExportButton href={scoreboardExportUrl(planId, b.year)} />
        </Space>
      )}
      <Table<ScoreboardTargetDto> rowKey="targetId" size="small" pagination={false} columns={columns} dataSource={b?.targets} loading={board.loading} data-testid="scoreboard" />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        绑定了指标的目标由系统记录实时计算；未绑定或暂无数据来源的目标沿用牵头单位报送的最新数字。点实际数字可查看所含记录。
      </Typography.Paragraph>
      <RecordsDrawer target={drill} pick={pick} onClose={() => setDrill(null)} />
      <BreakdownModal def={trend} pick={pick} onClose={() => setTrend(null)} />
    </Space>
  )
}
