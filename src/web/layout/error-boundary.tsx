import { Button, Result } from 'antd'
import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State { error: Error | null }

/**
 * Catches render errors so one broken page does not blank the whole app. The layout keys it by path,
 * so navigating elsewhere starts clean.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('页面渲染出错', error, info.componentStack)
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    // After a new release, an old page may ask for a code chunk that no longer exists: reloading fixes it.
    const stale = /dynamically imported module|Failed to fetch|Importing a module script failed/i.test(error.message)
    return (
      <Result
        status="error"
        title="页面出错了"
        subTitle={stale ? '系统可能已经更新，请重新加载页面。' : `错误信息：${error.message}`}
        extra={[
          <Button key="reload" type="primary" onClick={() => window.location.reload()}>重新加载</Button>,
          <Button key="home" onClick={() => window.location.assign('/')}>返回首页</Button>,
        ]}
      />
    )
  }
}
