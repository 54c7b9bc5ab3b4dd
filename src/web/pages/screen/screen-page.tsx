import { FullscreenOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useLoad } from '../../lib/use-load'
import { fetchScreen } from '../dashboard/api'
import { SCREEN_TEXT } from './screen-charts'
import { ScreenPanel } from './screen-panel'

const WIDTH = 1920
const HEIGHT = 1080
const ROTATE_MS = 15_000
const REFRESH_MS = 5 * 60_000

/** The scale that fits the 1920×1080 design into the window, letterboxed. */
function useFit() {
  const fit = () => Math.min(window.innerWidth / WIDTH, window.innerHeight / HEIGHT)
  const [scale, setScale] = useState(fit)
  useEffect(() => {
    const onResize = () => setScale(fit())
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return scale
}

function useClock() {
  const [now, setNow] = useState(() => dayjs())
  useEffect(() => {
    const id = window.setInterval(() => setNow(dayjs()), 1000)
    return () => window.clearInterval(id)
  }, [])
  return now
}

/**
 * 大屏: the county command centre's 1920×1080 screen. Dark, outside the menu layout, panels rotating every
 * 15 s (a click on a tab shows it for another 15 s), figures refreshed every 5 minutes. `?panel=` holds one
 * panel, no rotation (for a wall that shows one subject; the tabs still switch), `?region=` and `?period=`
 * pick the subtree and period.
 */
export function ScreenPage() {
  const [search] = useSearchParams()
  const region = search.get('region') ?? undefined
  const period = search.get('period') ?? String(dayjs().year())
  const fixed = search.get('panel')
  const screen = useLoad(useCallback(() => fetchScreen({ region, period }), [region, period]))
  const { reload } = screen
  const [loadedAt, setLoadedAt] = useState<dayjs.Dayjs | null>(null)
  useEffect(() => { if (screen.data) setLoadedAt(dayjs()) }, [screen.data])
  const scale = useFit()
  const now = useClock()
  const panels = screen.data?.panels ?? []
  const [index, setIndex] = useState(0)
  const [turn, setTurn] = useState(0) // restarts the rotation timer after a click

  useEffect(() => {
    const id = window.setInterval(reload, REFRESH_MS)
    return () => window.clearInterval(id)
  }, [reload])
  useEffect(() => {
    if (fixed || panels.length < 2) return
    const id = window.setInterval(() => setIndex((i) => (i + 1) % panels.length), ROTATE_MS)
    return () => window.clearInterval(id)
  }, [fixed, panels.length, turn])

  const keys = panels.map((p) => p.key).join(',')
  useEffect(() => {
    if (fixed) setIndex(Math.max(0, keys.split(',').indexOf(fixed)))
  }, [fixed, keys])
  const shown = index % Math.max(1, panels.length)
  const panel = panels[shown]
  const d = screen.data

  return (
    <div style={{ position: 'fixed', inset: 0, background: '#020817', overflow: 'hidden' }}>
      <div data-testid="screen" style={{
        width: WIDTH, height: HEIGHT, transform: `scale(${scale})`, transformOrigin: 'top left', position: 'absolute',
        left: (window.innerWidth - WIDTH * scale) / 2, top: (window.innerHeight - HEIGHT * scale) / 2,
        background: 'radial-gradient(ellipse at 50% 0%, #123a84 0%, #071a45 45%, #030c24 100%)', color: '#ffffff',
        // 20 px is the smallest text on the screen: anything not sized below inherits it.
        fontSize: 20, fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif', padding: '0 40px 28px', boxSizing: 'border-box',
        display: 'grid', gridTemplateRows: '112px 1fr 40px',
      }}>
        <header style={{ display: 'grid', gridTemplateColumns: '1fr auto 1fr', alignItems: 'center', borderBottom: '2px solid rgba(64, 140, 255, 0.5)', marginBottom: 24 }}>
          <div style={{ fontSize: 24, color: SCREEN_TEXT }}>
            {d ? `${d.period.label} · 截至 ${d.asOf}` : '正在加载…'}
          </div>
          <h1 style={{ margin: 0, fontSize: 48, fontWeight: 700, letterSpacing: 8, textAlign: 'center', textShadow: '0 0 20px rgba(34, 227, 255, 0.6)' }}>
            {d ? `${d.regionName}食品安全工作大屏` : '食品安全工作大屏'}
          </h1>
          <div style={{ fontSize: 26, color: SCREEN_TEXT, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
            {now.format('YYYY年M月D日 HH:mm:ss')}
            <FullscreenOutlined aria-label="全屏" style={{ marginLeft: 20, cursor: 'pointer' }} onClick={() => void document.documentElement.requestFullscreen?.()} />
          </div>
        </header>
        <main style={{ display: 'grid', gridTemplateRows: '56px 1fr', gap: 20, minHeight: 0 }}>
          <nav style={{ display: 'flex', gap: 16, justifyContent: 'center' }} aria-label="板块">
            {panels.map((p, i) => (
              <button key={p.key} type="button" onClick={() => { setIndex(i); setTurn((n) => n + 1) }} aria-current={i === shown}
                style={{
                  fontSize: 26, padding: '6px 36px', borderRadius: 28, cursor: 'pointer', fontFamily: 'inherit',
                  border: `2px solid ${i === shown ? '#22e3ff' : 'rgba(64, 140, 255, 0.45)'}`,
                  background: i === shown ? 'rgba(34, 227, 255, 0.22)' : 'transparent', color: i === shown ? '#ffffff' : SCREEN_TEXT,
                }}>{p.title}</button>
            ))}
          </nav>
          <div style={{ minHeight: 0 }}>
            {screen.error && <div style={{ fontSize: 28, color: '#ff7875', paddingTop: 80, textAlign: 'center' }}>加载失败：{screen.error.message}</div>}
            {panel && <ScreenPanel key={panel.key} panel={panel} />}
          </div>
        </main>
        <footer style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', fontSize: 20, color: '#8fa8d8' }}>
          <span>数据来自食安平台各业务记录，{fixed ? '固定显示本板块' : '每 15 秒切换板块'}，每 5 分钟刷新</span>
          <span>{screen.loading ? '正在刷新…' : loadedAt ? `数据更新于 ${loadedAt.format('HH:mm:ss')}` : ''}</span>
        </footer>
      </div>
    </div>
  )
}
