import { ArrowRightOutlined } from '@ant-design/icons'
import { Empty, Spin, Tag, Timeline, Typography } from 'antd'
import { useCallback } from 'react'
import type { TimelineEventDto } from '../../../../shared/entities'
import { formatMinute } from '../../../lib/format'
import { ExportButton } from '../../../lib/export-button'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { entityTableExportUrl, fetchTimeline } from '../api'

const Value = ({ v }: { v: string | null }) => (v === null ? <Typography.Text type="secondary">（空）</Typography.Text> : <span>{v}</span>)

function Changes({ changes: all }: { changes: TimelineEventDto['changes'] }) {
  // A new record lists every field; the empty ones say nothing.
  const changes = all.filter((c) => c.before !== null || c.after !== null)
  if (!changes.length) return null
  return (
    <table style={{ borderCollapse: 'collapse', marginTop: 4, fontSize: 13 }}>
      <tbody>
        {changes.map((c, i) => (
          <tr key={i}>
            <td style={{ padding: '2px 12px 2px 0', color: 'rgba(0,0,0,0.45)', whiteSpace: 'nowrap', verticalAlign: 'top', minWidth: 140 }}>{c.field}</td>
            <td style={{ padding: '2px 0', wordBreak: 'break-all' }}>
              {c.before !== null && <><Typography.Text delete type="secondary"><Value v={c.before} /></Typography.Text> <ArrowRightOutlined style={{ fontSize: 11, margin: '0 6px', color: '#999' }} /></>}
              <Value v={c.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** 变更记录: every write to the entity, newest first, read from the audit log: when, who, what changed from what to what. */
export function TimelineTab({ entityId }: { entityId: string }) {
  const { data, error } = useLoad(useCallback(() => fetchTimeline(entityId), [entityId]))
  if (error) return <LoadError error={error} />
  if (!data) return <Spin />
  if (!data.length) return <Empty description="没有变更记录" />
  const events = [...data].sort((a, b) => b.at.localeCompare(a.at))
  return (
    <>
      <div style={{ textAlign: 'right', marginBottom: 8 }}><ExportButton size="small" href={entityTableExportUrl(entityId, 'timeline')} /></div>
      <Timeline data-testid="entity-timeline" style={{ marginTop: 8 }} items={events.map((e) => ({
      color: e.action.endsWith('remove') ? 'red' : e.action.endsWith('create') || e.action.endsWith('add') ? 'green' : 'blue',
      children: (
        <div>
          <Typography.Text type="secondary">{formatMinute(e.at)}</Typography.Text>
          <Typography.Text strong style={{ margin: '0 8px' }}>{e.actor ?? '系统'}</Typography.Text>
          <Tag>{e.actionLabel}</Tag>
          <Changes changes={e.changes} />
          </div>
        ),
      }))} />
    </>
  )
}
