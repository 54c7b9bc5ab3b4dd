import { BarChartOutlined } from '@ant-design/icons'
import { Button, Card, Col, Row, Space, Tag, Tooltip, Typography } from 'antd'
import { formatNumber } from '../../lib/format'
import type { TileDto } from './api'

/** A figure for a tile: the number in large type, its unit beside it. */
export function tileNumber(t: Pick<TileDto, 'value' | 'unit'>): { number: string; unit: string } {
  if (t.value === null) return { number: '—', unit: '' }
  if (t.unit === '%') return { number: t.value.toFixed(2), unit: '%' }
  if (t.unit.includes('/千人')) return { number: t.value.toFixed(2), unit: t.unit }
  if (t.unit === '元') return { number: t.value >= 10000 ? (t.value / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : formatNumber(t.value), unit: t.value >= 10000 ? '万元' : '元' }
  return { number: formatNumber(t.value), unit: t.unit }
}

const parts = (t: TileDto) => (t.denominator === null ? null : `${formatNumber(t.numerator ?? 0)} / ${formatNumber(t.denominator)}`)

/**
 * The key indicators as tiles. A click on the number lists the records behind it (the drill-down of the
 * indicators page); the chart button splits it by month or region.
 */
export function IndicatorTiles({ tiles, onRecords, onBreakdown }: { tiles: TileDto[]; onRecords: (t: TileDto) => void; onBreakdown: (t: TileDto) => void }) {
  return (
    <Row gutter={[16, 16]}>
      {tiles.map((t) => {
        const { number, unit } = tileNumber(t)
        return (
          <Col key={t.id} xs={12} md={8} xl={6} xxl={3}>
            <Card size="small" style={{ height: '100%' }} data-testid={`tile-${t.id}`}
              title={<Tooltip title={t.group}><span style={{ fontWeight: 500 }}>{t.name}</span></Tooltip>}
              extra={<Button type="text" size="small" aria-label={`${t.name}分列`} icon={<BarChartOutlined />} onClick={() => onBreakdown(t)} />}>
              <Button type="link" onClick={() => onRecords(t)} aria-label={`${t.name}的记录`} style={{ padding: 0, height: 'auto', display: 'block' }}>
                <span data-testid={`tile-value-${t.id}`} style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.2 }}>{number}</span>
                <span style={{ marginLeft: 4, color: '#666' }}>{unit}</span>
              </Button>
              <Space size={4} wrap style={{ marginTop: 6, minHeight: 22 }}>
                {parts(t) && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{parts(t)}</Typography.Text>}
                {t.typicalTarget && <Tag style={{ marginInlineEnd: 0 }}>目标 {t.typicalTarget}</Tag>}
              </Space>
            </Card>
          </Col>
        )
      })}
    </Row>
  )
}
