import { Button, Result } from 'antd'
import type { ReactNode } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router-dom'
import { canOpen, type PageKey } from '../layout/menu'
import { useAuth, useMe } from './auth-context'

/** Signed in, and with no pending password change (which confines the account to /password). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me } = useAuth()
  const location = useLocation()
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />
  if (me.mustChangePassword && location.pathname !== '/password') return <Navigate to="/password" replace />
  return children
}

/** The same rule as the menu: a page typed into the address bar is refused like a hidden menu entry. */
export function RequirePage({ page, children }: { page: PageKey; children: ReactNode }) {
  const me = useMe()
  const navigate = useNavigate()
  if (canOpen(page, me)) return children
  return (
    <Result
      status="403"
      title="没有访问权限"
      subTitle="您的角色不能使用此页面。如需使用，请联系安全管理员。"
      extra={<Button type="primary" onClick={() => navigate('/')}>返回首页</Button>}
    />
  )
}
