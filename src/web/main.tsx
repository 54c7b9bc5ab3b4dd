import { App as AntApp, ConfigProvider } from 'antd'
// antd's `antd/locale/zh_CN` resolves to the CommonJS build under Vite and the UI stays English (STACK-NOTES.md #8).
import zhCN from 'antd/es/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router-dom'
import { App } from './app'
import { ErrorBoundary } from './layout/error-boundary'
import './styles.css'

dayjs.locale('zh-cn')

const theme = {
  token: {
    colorPrimary: '#1a5fb4',
    borderRadius: 4,
    // Chinese faces first, so that Latin-only fonts never pick the glyphs of mixed text.
    fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* autoInsertSpace off: antd would render 登录 as "登 录", which reads oddly and breaks text search. */}
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ErrorBoundary>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
)
