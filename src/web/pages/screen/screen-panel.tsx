import { useMemo, type ReactNode } from 'react'
import type { ScreenDto } from '../../../shared/dashboard'
import { EChart } from '../dashboard/echart'
import { tileNumber } from '../dashboard/tiles'
import { gradeOption, rankingOption, SCREEN_TEXT, trendOption } from './screen-charts'

type Panel = ScreenDto['panels'][number]

const frame = {
  background: 'linear-gradient(180deg, rgba(22, 52, 120, 0.55), rgba(10, 26, 66, 0.55))',
  border: '1px solid rgba(64, 140, 255, 0.45)', borderRadius: 10, boxShadow: 'inset 0 0 24px rgba(34, 140, 255, 0.18)',
}

function Box({ title, children, style }: { title: string; children: ReactNode; style?: React.CSSProperties }) {
  return (
    <section style={{ ...frame, padding: '18px 24px', display: 'flex', flexDirection: 'column', ...style }}>
      <h2 style={{ margin: 0, fontSize: 28, fontWeight: 600, color: '#ffffff', borderLeft: '6px solid #22e3ff', paddingLeft: 14, lineHeight: 1.2 }}>{title}</h2>
      <div style={{ flex: 1, minHeight: 0, marginTop: 12 }}>{children}</div>
    </section>
  )
}

/** Whether a rate is on its usual target (≥ n% or n%): green when met, amber when not; counts stay neutral. */
function targetColour(f: Panel['figures'][number]): string {
  const goal = f.typicalTarget ? /([\d.]+)/.exec(f.typicalTarget)?.[1] : undefined
  if (f.value === null || !goal || f.unit === '元') return '#ffffff'
  return f.value >= Number(goal) ? '#5cf28a' : '#ffc53d'
}

const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const

function Figure({ f }: { f: Panel['figures'][number] }) {
  const { number, unit } = tileNumber(f)
  const parts = f.denominator !== null ? `${(f.numerator ?? 0).toLocaleString('zh-CN')} / ${f.denominator.toLocaleString('zh-CN')}` : ''
  return (
    <div style={{ ...frame, padding: '18px 28px', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', minWidth: 0, overflow: 'hidden' }}
      data-testid={`screen-figure-${f.id}`} title={f.name}>
      <div style={{ fontSize: 26, lineHeight: '34px', color: SCREEN_TEXT, ...oneLine }}>{f.name}</div>
      <div style={{ lineHeight: '96px', ...oneLine }}>
        <span style={{ fontSize: 80, fontWeight: 700, color: targetColour(f), fontVariantNumeric: 'tabular-nums', textShadow: '0 0 18px rgba(34, 227, 255, 0.55)' }}>{number}</span>
        <span style={{ fontSize: 26, color: SCREEN_TEXT, marginLeft: 10 }}>{unit}</span>
      </div>
      <div style={{ fontSize: 20, lineHeight: '28px', color: '#8fa8d8', ...oneLine }}>
        {[f.typicalTarget ? `目标 ${f.typicalTarget.replace(/（.*）/, '')}` : '', parts].filter(Boolean).join(' · ')}
      </div>
    </div>
  )
}

function Ranking({ ranking, empty }: { ranking: Panel['ranking']; empty: string }) {
  const option = useMemo(() => rankingOption(ranking), [ranking])
  return (
    <Box title={`${ranking.title}（${ranking.unit}）`}>
      {ranking.items.some((r) => r.value) ? <EChart dark option={option} label={ranking.title} style={{ height: '100%' }} />
        : <div style={{ fontSize: 28, color: SCREEN_TEXT, paddingTop: 120, textAlign: 'center' }}>{empty}</div>}
    </Box>
  )
}

/** One panel of the big screen: four figures over a ranking by region, one by unit, and a trend (or the grade mix). */
export function ScreenPanel({ panel }: { panel: Panel }) {
  const right = useMemo(() => (panel.trend ? trendOption(panel.trend) : panel.grades ? gradeOption(panel.grades) : null), [panel.trend, panel.grades])
  const rightTitle = panel.trend ? panel.trend.title : '在业主体风险等级（A 低 → D 高）'
  return (
    <div style={{ display: 'grid', gridTemplateRows: '230px minmax(0, 1fr)', gap: 24, height: '100%' }} data-testid={`screen-panel-${panel.key}`}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 24 }}>
        {panel.figures.map((f) => <Figure key={f.id} f={f} />)}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 24, minHeight: 0 }}>
        <Ranking ranking={panel.ranking} empty={panel.ranking.items.length ? '本期各区域均为 0' : '没有下级区域'} />
        <Ranking ranking={panel.unitRanking} empty="本期各单位尚无记录" />
        <Box title={rightTitle}>
          {right && <EChart dark option={right} label={rightTitle} style={{ height: '100%' }} />}
        </Box>
      </div>
    </div>
  )
}
