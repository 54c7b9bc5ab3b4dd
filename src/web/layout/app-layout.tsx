import {
  ApartmentOutlined, AuditOutlined, DashboardOutlined, FundOutlined, BarChartOutlined, CarryOutOutlined, ClusterOutlined, ControlOutlined, FileTextOutlined, FormOutlined,
  HomeOutlined, KeyOutlined, LockOutlined, LogoutOutlined, NotificationOutlined, SafetyCertificateOutlined, ScheduleOutlined, ShopOutlined,
  TeamOutlined, UserOutlined, FileSearchOutlined, ToolOutlined, InteractionOutlined, BankOutlined, SendOutlined, StopOutlined,
  ExperimentOutlined, ProfileOutlined, AlertOutlined, ThunderboltOutlined, LikeOutlined, SettingOutlined, FileWordOutlined,
} from '@ant-design/icons'
import { Button, Grid, Layout, Menu, Space, Spin, Tag, Typography } from 'antd'
import { Suspense, type ReactNode } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router-dom'
import { useAuth, useMe } from '../auth/auth-context'
import { ErrorBoundary } from './error-boundary'
import { menuFor, type PageKey } from './menu'
import { NotificationBell } from './notification-bell'

const ICONS: Record<PageKey, ReactNode> = {
  home: <HomeOutlined />,
  dashboard: <DashboardOutlined />,
  'work-plans': <FileTextOutlined />,
  'my-tasks': <CarryOutOutlined />,
  supervision: <NotificationOutlined />,
  entities: <ShopOutlined />,
  'inspections-due': <ScheduleOutlined />,
  'self-inspection-rates': <BarChartOutlined />,
  'risk-rules': <ControlOutlined />,
  'self-inspection': <FormOutlined />,
  'my-entity': <ShopOutlined />,
  inspections: <FileSearchOutlined />,
  rectifications: <ToolOutlined />,
  draws: <InteractionOutlined />,
  samples: <ExperimentOutlined />,
  'sampling-plans': <ProfileOutlined />,
  indicators: <FundOutlined />,
  reports: <FileWordOutlined />,
  disposals: <AlertOutlined />,
  'rapid-tests': <ThunderboltOutlined />,
  'test-requests': <LikeOutlined />,
  'sampling-settings': <SettingOutlined />,
  cases: <BankOutlined />,
  'police-transfers': <SendOutlined />,
  'serious-violations': <StopOutlined />,
  regions: <ClusterOutlined />,
  units: <ApartmentOutlined />,
  accounts: <TeamOutlined />,
  roles: <KeyOutlined />,
  audit: <AuditOutlined />,
  password: <LockOutlined />,
}

export const HEADER_BLUE = '#0b3b73'

export function AppLayout() {
  const me = useMe()
  const { logout } = useAuth()
  const navigate = useNavigate()
  const location = useLocation()
  const screens = Grid.useBreakpoint()
  const items = menuFor(me).map((p) => ({ key: p.path, icon: ICONS[p.key], label: p.label }))
  // '/regions/…' highlights 行政区划; '/' only matches itself; the longest path wins ('/entities/risk-rules' over '/entities').
  const selected = items.filter((i) => i.key !== '/' && location.pathname.startsWith(i.key))
    .sort((a, b) => b.key.length - a.key.length)[0]?.key ?? location.pathname

  const signOut = async () => {
    await logout()
    navigate('/login', { replace: true })
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: HEADER_BLUE, display: 'flex', alignItems: 'center', gap: 16, padding: screens.md ? '0 24px' : '0 12px' }}>
        <Space size={10} style={{ color: '#fff', flex: 'none' }}>
          <SafetyCertificateOutlined style={{ fontSize: 26 }} />
          <span style={{ fontSize: 20, fontWeight: 600, letterSpacing: 2 }}>食安</span>
          {screens.md && <span style={{ opacity: 0.85 }}>县食品安全工作平台</span>}
        </Space>
        <div style={{ flex: 1 }} />
        <Space size={screens.md ? 12 : 6} style={{ color: '#fff' }} data-testid="account-bar">
          <span style={{ whiteSpace: 'nowrap' }}><UserOutlined /> {me.displayName}</span>
          {screens.sm && <Tag color="gold" style={{ marginInlineEnd: 0 }}>{me.roleLabel}</Tag>}
          {screens.lg && <span style={{ opacity: 0.85 }}>{me.regionName}{me.unitName ? ` · ${me.unitName}` : ''}</span>}
          {!me.mustChangePassword && me.permissions.some((p) => p.startsWith('workplans.') || p.startsWith('entities.')) && <NotificationBell />}
          {/* On a phone the header has no room for the words; the label keeps the button named. */}
          <Button size="small" ghost icon={<LogoutOutlined />} onClick={signOut} aria-label="退出登录">{screens.sm ? '退出登录' : null}</Button>
        </Space>
      </Layout.Header>
      <Layout hasSider>
        <Layout.Sider theme="light" width={200} breakpoint="lg" collapsedWidth={0} style={{ borderRight: '1px solid #f0f0f0' }}>
          <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={({ key }) => navigate(key)} style={{ borderInlineEnd: 0, paddingTop: 8 }} />
        </Layout.Sider>
        {/* Below lg the menu folds into antd's floating trigger at the content's top left: start the page under it. */}
        <Layout.Content style={{ padding: screens.md ? 24 : 12, paddingTop: screens.lg ? undefined : 52, minWidth: 0 }}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 24, marginBottom: 0, fontSize: 12 }}>
            食安 · 县食品安全委员会办公室工作平台
          </Typography.Paragraph>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
