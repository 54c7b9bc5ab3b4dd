import { BellOutlined } from '@ant-design/icons'
import { App, Badge, Button, Empty, List, Popover, Typography } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import type { NotificationDto, NotificationListDto } from '../../shared/notifications'
import { isSessionError } from '../api/client'
import { errorMessage } from '../lib/form-errors'
import { formatMinute } from '../lib/format'
import { fetchNotifications, markAllRead, markRead } from '../pages/notifications/api'

const POLL_MS = 60_000

/**
 * The bell: unread count, refreshed on every route change and once a minute. The minute poll runs only
 * while the user is active in a visible tab: every request slides the server's idle timeout, so an
 * unattended browser polling forever would never be signed out (等保 idle timeout).
 */
export function NotificationBell() {
  const { message } = App.useApp()
  const navigate = useNavigate()
  const location = useLocation()
  const [data, setData] = useState<NotificationListDto | null>(null)
  const [open, setOpen] = useState(false)
  const lastActivity = useRef(Date.now())

  const load = useCallback(() => {
    fetchNotifications().then(setData, () => undefined) // a failed poll keeps the last count; the next one retries
  }, [])

  useEffect(load, [load, location.pathname, location.search])

  useEffect(() => {
    const touch = () => { lastActivity.current = Date.now() }
    window.addEventListener('pointerdown', touch, { passive: true })
    window.addEventListener('keydown', touch, { passive: true })
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible' && Date.now() - lastActivity.current < POLL_MS) load()
    }, POLL_MS)
    return () => {
      window.removeEventListener('pointerdown', touch)
      window.removeEventListener('keydown', touch)
      window.clearInterval(timer)
    }
  }, [load])

  const fail = (e: unknown) => { if (!isSessionError(e)) message.error(errorMessage(e)) }

  const openItem = async (n: NotificationDto) => {
    setOpen(false)
    // Marking read is a side effect of opening: if it fails the user still gets where the notice points,
    // and the count simply stays until the next success. Awaited so the reload after navigating sees it.
    if (!n.read) await markRead([n.id]).catch(() => undefined)
    if (n.link) navigate(n.link)
    else load()
  }

  const readAll = async () => {
    try {
      await markAllRead()
      load()
    } catch (e) {
      fail(e)
    }
  }

  const items = data?.items ?? []
  const content = (
    <div style={{ width: 360, maxWidth: 'calc(100vw - 32px)' }} data-testid="notification-list">
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingBottom: 8, borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Text strong>通知{data?.unread ? `（${data.unread} 条未读）` : ''}</Typography.Text>
        <Button type="link" size="small" disabled={!data?.unread} onClick={readAll}>全部已读</Button>
      </div>
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" /> : (
        <List size="small" dataSource={items} style={{ maxHeight: 420, overflowY: 'auto' }} renderItem={(n) => (
          <List.Item key={n.id} onClick={() => openItem(n)} style={{ cursor: 'pointer', display: 'block', paddingInline: 4 }}>
            <Typography.Text strong={!n.read} type={n.read ? 'secondary' : undefined}>
              {!n.read && <Badge status="processing" style={{ marginInlineEnd: 6 }} />}{n.title}
            </Typography.Text>
            {n.body && <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '2px 0 0', fontSize: 12, whiteSpace: 'pre-line' }}>{n.body}</Typography.Paragraph>}
            <div style={{ fontSize: 12, color: '#8c8c8c', marginTop: 2 }}>{formatMinute(n.createdAt)}</div>
          </List.Item>
        )} />
      )}
    </div>
  )

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={(v) => { setOpen(v); if (v) load() }}>
      <Badge count={data?.unread ?? 0} size="small" overflowCount={99} data-testid="notification-badge">
        <Button type="text" aria-label="通知" icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />} />
      </Badge>
    </Popover>
  )
}
