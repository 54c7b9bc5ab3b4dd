import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef, type CSSProperties } from 'react'

// Only the charts and components the dashboard and the big screen draw, to keep the bundle small.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = echarts.EChartsCoreOption

/**
 * One ECharts canvas that follows its box's size. Under browser automation (navigator.webdriver) charts are
 * drawn without animation, so a screenshot shows them finished (STACK-NOTES 13).
 */
export function EChart({ option, style, dark, label }: { option: ChartOption; style?: CSSProperties; dark?: boolean; label: string }) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  useEffect(() => {
    const el = box.current!
    chart.current = echarts.init(el, dark ? 'dark' : undefined, { renderer: 'canvas' })
    const observer = new ResizeObserver(() => chart.current?.resize())
    observer.observe(el)
    return () => { observer.disconnect(); chart.current?.dispose(); chart.current = null }
  }, [dark])
  useEffect(() => {
    chart.current?.setOption({ animation: !navigator.webdriver, ...(dark ? { backgroundColor: 'transparent' } : {}), ...option }, true)
  }, [option, dark])
  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height: 300, ...style }} />
}
