import { DesktopOutlined, FundOutlined, ReloadOutlined } from '@ant-design/icons'
import { Button, Card, Col, Row, Space, Spin, Typography } from 'antd'
import dayjs from 'dayjs'
import { useCallback, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { RegionSelect } from '../entities/region-select'
import { fetchCatalogue, type IndicatorDefinitionDto, type PeriodPick } from '../indicators/api'
import { BreakdownModal } from '../indicators/breakdown-modal'
import { PeriodPicker } from '../indicators/period-picker'
import { RecordsDrawer, type DrillTarget } from '../indicators/records-drawer'
import { fetchDashboard, type TileDto } from './api'
import { GradeCard, TrendCard } from './dashboard-charts'
import { OffTrackCard } from './off-track-card'
import { OverdueCards } from './overdue-cards'
import { IndicatorTiles } from './tiles'

/**
 * 工作看板: the office's (and a leader's or township's) first page — key indicators of the subtree and period,
 * the plan targets off track, monthly trend and risk-grade mix, and what is overdue today.
 */
export function DashboardPage() {
  const navigate = useNavigate()
  const [pick, setPick] = useState<PeriodPick>({ period: String(dayjs().year()) })
  const board = useLoad(useCallback(() => fetchDashboard(pick), [pick]))
  const catalogue = useLoad(useCallback(() => fetchCatalogue(), []))
  const [drill, setDrill] = useState<DrillTarget | null>(null)
  const [breakdown, setBreakdown] = useState<IndicatorDefinitionDto | null>(null)
  const defOf = (t: TileDto) => catalogue.data?.find((def) => def.id === t.id) ?? null
  const d = board.data

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>工作看板</Typography.Title>} extra={(
        <Space wrap>
          <RegionSelect aria-label="区域" pick="above-village" allowClear placeholder="本辖区" style={{ width: 180 }}
            value={pick.region} onChange={(region) => setPick((p) => ({ ...p, region }))} />
          <PeriodPicker value={pick.period} onChange={(period) => setPick((p) => ({ ...p, period }))} />
          <Button icon={<ReloadOutlined />} onClick={board.reload} aria-label="刷新" />
          <Button icon={<FundOutlined />} onClick={() => navigate('/indicators')}>全部指标</Button>
          {/* The big screen is meant for another display: a new window, full screen there. */}
          <Button type="primary" icon={<DesktopOutlined />} href={pick.region ? `/screen?region=${pick.region}` : '/screen'} target="_blank">大屏</Button>
        </Space>
      )}>
        <LoadError error={board.error} />
        {d ? (
          <Typography.Text type="secondary">
            {d.regionName}（含下级），人口 {formatNumber(d.population)} 人，{d.period.label}（{d.period.from} 至 {d.period.to}）；逾期事项按 {d.asOf} 计。
            点数字查看其所含记录。
          </Typography.Text>
        ) : <Spin />}
      </Card>
      {d && (
        <>
          <IndicatorTiles tiles={d.tiles} onRecords={(t) => { const def = defOf(t); if (def) setDrill({ def, part: 'numerator' }) }}
            onBreakdown={(t) => setBreakdown(defOf(t))} />
          <OffTrackCard region={pick.region} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}><TrendCard trend={d.trend} periodLabel={d.period.label} /></Col>
            <Col xs={24} xl={9}><GradeCard grades={d.grades} /></Col>
          </Row>
          <OverdueCards d={d} pick={pick} />
        </>
      )}
      <RecordsDrawer target={drill} pick={pick} onClose={() => setDrill(null)} />
      <BreakdownModal def={breakdown} pick={pick} onClose={() => setBreakdown(null)} />
    </Space>
  )
}
