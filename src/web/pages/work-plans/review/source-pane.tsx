import { Card, Empty, Space, Typography } from 'antd'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Segment } from './highlights'

export interface SourceFocus { taskId: string; nonce: number }

interface Props {
  text: string
  fileName: string
  segments: Segment[]
  /** Scroll to this task's text and flash it; the nonce repeats the jump for the same task. */
  focus: SourceFocus | null
  onTaskClick: (taskId: string) => void
}

const LEGEND: [string, string][] = [
  ['hl-task', '任务'], ['hl-unit', '已对应单位'], ['hl-unit-unresolved', '未对应单位'], ['hl-target', '量化指标'], ['hl-deadline', '完成时限'],
]

/**
 * The document as read, with each extracted part highlighted where it came from, so the office can see
 * at a glance what the reader took and what it missed.
 */
export function SourcePane({ text, fileName, segments, focus, onTaskClick }: Props) {
  const pane = useRef<HTMLDivElement>(null)
  const [flash, setFlash] = useState<string | null>(null)

  useEffect(() => {
    if (!focus || !pane.current) return
    const el = pane.current.querySelector<HTMLElement>(`[data-task="${focus.taskId}"]`)
    if (!el) return
    pane.current.scrollTo({ top: Math.max(0, el.offsetTop - 48), behavior: 'smooth' })
    setFlash(focus.taskId)
    const timer = window.setTimeout(() => setFlash(null), 1600)
    return () => window.clearTimeout(timer)
  }, [focus])

  const body = useMemo(() => segments.map((s) => {
    const piece = text.slice(s.start, s.end)
    if (!s.kind && !s.taskId) return piece
    const classes = [s.taskId ? 'hl-task' : '', s.kind ? `hl-${s.kind}` : '', s.taskId && s.taskId === flash ? 'hl-flash' : ''].filter(Boolean).join(' ')
    return (
      <span key={s.start} className={classes} data-task={s.taskId ?? undefined}
        onClick={s.taskId ? () => onTaskClick(s.taskId!) : undefined}>{piece}</span>
    )
  }), [segments, text, flash, onTaskClick])

  return (
    <Card size="small" title={<span>原文 <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>{fileName}</Typography.Text></span>}
      styles={{ body: { padding: 0 } }}>
      <div style={{ padding: '8px 12px', borderBottom: '1px solid #f0f0f0', fontSize: 12 }}>
        <Space size={[12, 4]} wrap>
          {LEGEND.map(([cls, label]) => <span key={cls}><span className={`legend-swatch ${cls}`} />{label}</span>)}
        </Space>
      </div>
      <div ref={pane} className="plan-source" data-testid="plan-source">
        {text ? body : <Empty description="没有原文" />}
      </div>
    </Card>
  )
}
