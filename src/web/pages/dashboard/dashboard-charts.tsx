import { Card, Empty } from 'antd'
import { useMemo } from 'react'
import type { DashboardDto } from './api'
import { EChart, type ChartOption } from './echart'

/** Risk grades in the colours the register uses: A low risk (green) to D high risk (red). */
export const GRADE_COLOURS: Record<string, string> = { A: '#52c41a', B: '#1677ff', C: '#faad14', D: '#f5222d' }
export const GRADE_NAMES: Record<string, string> = { A: 'A 级', B: 'B 级', C: 'C 级', D: 'D 级' }

export function gradePie(grades: DashboardDto['grades'], fontSize = 12): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 家（{d}%）' },
    legend: { bottom: 0, textStyle: { fontSize } },
    series: [{
      type: 'pie', radius: ['45%', '70%'], center: ['50%', '45%'], avoidLabelOverlap: true,
      label: { formatter: '{b|{b}}\n{c} 家', fontSize, rich: { b: { fontSize, fontWeight: 'bold' } } },
      data: grades.map((g) => ({ name: GRADE_NAMES[g.grade] ?? g.grade, value: g.count, itemStyle: { color: GRADE_COLOURS[g.grade] } })),
    }],
  }
}

/** Inspections (bars) and sampled batches (line) by month: two scales, since inspections run ten times more. */
function trendOption(trend: DashboardDto['trend']): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['监督检查户次', '抽检批次'], top: 0 },
    grid: { left: 48, right: 48, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: trend.map((m) => m.label) },
    yAxis: [{ type: 'value', name: '户次', minInterval: 1 }, { type: 'value', name: '批次', minInterval: 1, splitLine: { show: false } }],
    series: [
      { name: '监督检查户次', type: 'bar', data: trend.map((m) => m.inspections), itemStyle: { color: '#1677ff' }, barMaxWidth: 28 },
      { name: '抽检批次', type: 'line', yAxisIndex: 1, data: trend.map((m) => m.samples), itemStyle: { color: '#fa8c16' }, smooth: true, symbolSize: 7 },
    ],
  }
}

export function TrendCard({ trend, periodLabel }: { trend: DashboardDto['trend']; periodLabel: string }) {
  const option = useMemo(() => trendOption(trend), [trend])
  return (
    <Card title={`月度趋势 · ${periodLabel}`} size="small" style={{ height: '100%' }}>
      <EChart option={option} label="监督检查与抽检月度趋势" style={{ height: 300 }} />
    </Card>
  )
}

export function GradeCard({ grades }: { grades: DashboardDto['grades'] }) {
  const option = useMemo(() => gradePie(grades), [grades])
  const total = grades.reduce((s, g) => s + g.count, 0)
  return (
    <Card title="风险等级分布（A 低 → D 高）" size="small" style={{ height: '100%' }} extra={<span>在业 {total} 家已评级</span>}>
      {total === 0 ? <Empty description="暂无已评定风险等级的主体" style={{ height: 300, paddingTop: 90 }} />
        : <EChart option={option} label="风险等级分布" style={{ height: 300 }} />}
    </Card>
  )
}
