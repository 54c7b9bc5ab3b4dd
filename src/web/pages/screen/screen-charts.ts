import type { ScreenDto } from '../../../shared/dashboard'
import { gradePie } from '../dashboard/dashboard-charts'
import type { ChartOption } from '../dashboard/echart'

type Panel = ScreenDto['panels'][number]

/** Sizes for a room: axis labels 20 px and more, values 22 px (the screen is drawn at 1920×1080). */
export const SCREEN_TEXT = '#d6e4ff'
const AXIS = { color: SCREEN_TEXT, fontSize: 20 }
const GRID_LINE = { lineStyle: { color: 'rgba(120, 160, 255, 0.15)' } }

const rounded = (unit: string) => (v: number | null) => (v === null ? '—' : unit === '%' || unit.includes('/千人') ? v.toFixed(2) : v.toLocaleString('zh-CN'))

/** Regions one level down, highest first, as horizontal bars with the value at the end. */
export function rankingOption(ranking: Panel['ranking']): ChartOption {
  const items = ranking.items.slice(0, 20)
  const format = rounded(ranking.unit)
  return {
    grid: { left: 16, right: 110, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: GRID_LINE },
    // interval 0: every region named, however many (ECharts would otherwise skip every other label).
    yAxis: { type: 'category', inverse: true, data: items.map((r) => r.label), axisLabel: { ...AXIS, interval: 0 }, axisLine: { show: false }, axisTick: { show: false } },
    series: [{
      type: 'bar', data: items.map((r) => r.value ?? 0), barMaxWidth: 26, barCategoryGap: '35%',
      itemStyle: {
        borderRadius: [0, 13, 13, 0],
        color: { type: 'linear', x: 0, y: 0, x2: 1, y2: 0, colorStops: [{ offset: 0, color: '#1d5cff' }, { offset: 1, color: '#22e3ff' }] },
      },
      label: { show: true, position: 'right', color: '#ffffff', fontSize: items.length > 14 ? 20 : 22, fontWeight: 'bold', formatter: (p: { value: number }) => format(p.value) },
    }],
  }
}

/** A monthly line with a glowing area under it; months without data stay at zero. */
export function trendOption(trend: NonNullable<Panel['trend']>): ChartOption {
  const format = rounded(trend.unit)
  return {
    grid: { left: 24, right: 32, top: 40, bottom: 16, containLabel: true },
    tooltip: { trigger: 'axis', textStyle: { fontSize: 20 } },
    xAxis: { type: 'category', boundaryGap: false, data: trend.items.map((m) => m.label), axisLabel: AXIS, axisLine: { lineStyle: { color: '#3d5a9e' } } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS, splitLine: GRID_LINE },
    series: [{
      type: 'line', smooth: true, data: trend.items.map((m) => m.value ?? 0), symbolSize: 12, lineStyle: { width: 4, color: '#22e3ff' },
      itemStyle: { color: '#22e3ff' },
      label: { show: true, position: 'top', color: '#ffffff', fontSize: 20, formatter: (p: { value: number }) => (p.value ? format(p.value) : '') },
      areaStyle: { color: { type: 'linear', x: 0, y: 0, x2: 0, y2: 1, colorStops: [{ offset: 0, color: 'rgba(34, 227, 255, 0.45)' }, { offset: 1, color: 'rgba(34, 227, 255, 0.02)' }] } },
    }],
  }
}

export function gradeOption(grades: NonNullable<Panel['grades']>): ChartOption {
  const base = gradePie(grades, 22) as { series: Record<string, unknown>[]; legend: Record<string, unknown> }
  return {
    ...base,
    legend: { ...base.legend, textStyle: { color: SCREEN_TEXT, fontSize: 22 }, itemWidth: 28, itemHeight: 18 },
    // A third of the screen's width: a smaller ring leaves room for two-line labels on either side.
    series: [{ ...base.series[0], radius: ['34%', '56%'], center: ['50%', '46%'], label: { formatter: '{b}\n{c} 家\n{d}%', color: '#ffffff', fontSize: 22, lineHeight: 28, overflow: 'none' }, labelLine: { length: 16, length2: 12 } }],
  }
}
