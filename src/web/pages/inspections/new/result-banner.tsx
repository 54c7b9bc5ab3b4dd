import { Button, Typography } from 'antd'
import { resultLabel } from '../labels'
import type { Judgement } from '../form-model'

const BACKGROUND: Record<string, string> = { conform: '#f6ffed', basic: '#fffbe6', nonconform: '#fff1f0' }
const BORDER: Record<string, string> = { conform: '#b7eb8f', basic: '#ffe58f', nonconform: '#ffa39e' }
const COLOR: Record<string, string> = { conform: '#389e0d', basic: '#d48806', nonconform: '#cf1322' }

/**
 * The result as the server will judge it, live while the inspector taps; it sticks to the top of the
 * screen so the phone user sees it and what is left without scrolling back.
 */
export function ResultBanner({ judgement, ruleTitle, onNext }: { judgement: Judgement; ruleTitle: string; onNext: () => void }) {
  const { result, counts, unanswered } = judgement
  const tone = result ?? 'none'
  return (
    <div data-testid="result-banner" role="status" style={{
      position: 'sticky', top: 0, zIndex: 5, marginBottom: 12, padding: '8px 12px', borderRadius: 8,
      background: BACKGROUND[tone] ?? '#fafafa', border: `1px solid ${BORDER[tone] ?? '#d9d9d9'}`, boxShadow: '0 2px 6px rgba(0,0,0,0.06)',
    }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <span style={{ fontSize: 18, fontWeight: 600, color: COLOR[tone] ?? '#8c8c8c' }}>
          {result ? `判定：${resultLabel(result)}` : '尚未填写检查项目'}
        </span>
        <span style={{ flex: 1 }} />
        {unanswered > 0
          ? <Button size="small" type="link" onClick={onNext} style={{ padding: 0 }}>未填 {unanswered} 项 ›</Button>
          : <Typography.Text type="success">已全部填写</Typography.Text>}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        重点项不符合 {counts.keyFailures} 项 · 一般项不符合 {counts.generalFailures} 项 · 不适用 {counts.notApplicable} 项（{ruleTitle}）
      </Typography.Text>
    </div>
  )
}
