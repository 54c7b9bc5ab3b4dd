import { buildApp } from './app'
import { loadConfig } from './platform/config'
import { DataDirBusyError } from './platform/embedded-postgres'
import { openDatabase } from './platform/open-database'
import { hasRegions } from './modules/regions/service'
import { DEMO_PASSWORD, demoAccounts, loadDemo } from './modules/demo/load-demo'
import { ROLE_LABELS, type Role } from '../shared/roles'
import { sendDueReminders } from './modules/work-plans/service/reminders'
import { preloadPdfReader } from './modules/work-plans/parser/index'
import { sendExpiryAlerts } from './modules/entities/service/alerts-and-accounts'
import { failInterruptedImports } from './modules/entities/service/imports'
import { syncTestItemCatalogue } from './modules/sampling/catalogue/sync'

/** `npm start`: database (embedded unless DATABASE_URL), migrations, demo county on first start, HTTP. */
async function main() {
  const config = loadConfig()
  let database
  try {
    database = await openDatabase(config, 'server')
  } catch (e) {
    console.error(e instanceof DataDirBusyError ? e.message : `启动失败：${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  }
  const { db, kind } = database
  // The test-item catalogue's seed rows (SAMPLING-LIMITS.md) that this database lacks; office edits are kept.
  await syncTestItemCatalogue(db)
  // The demo county comes with a first start, except in production (SHIAN_DEMO=1 forces it, 0 prevents it).
  const wantDemo = process.env.SHIAN_DEMO === '1' || (!config.production && process.env.SHIAN_DEMO !== '0')
  if (wantDemo && !(await hasRegions(db))) {
    console.log('首次启动：正在加载演示县数据…')
    const result = await loadDemo(db, { production: config.production, today: config.now() })
    console.log(`已加载 ${result.regions} 个行政区划、${result.units} 个单位、${result.entities} 个经营主体、${result.accountsCreated.length} 个演示账号`)
  }
  await failInterruptedImports(db)
  const app = await buildApp({ db, config, databaseKind: kind, logger: process.env.SHIAN_LOG === '1' })
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`收到 ${signal}，正在停止…`)
    await app.close().catch(() => {})
    await database.close().catch(() => {})
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
  await app.listen({ port: config.port, host: config.host })
  // Deadline reminders (7 days and 1 day before): at start, then hourly; each is sent once (dedupe key).
  const remind = () => sendDueReminders(db, config.now()).catch((e) => console.error('提醒任务失败：', e))
  void remind()
  setInterval(remind, 3600_000).unref()
  // Licence expiry alerts (30 days ahead): at start, then daily; each licence and recipient once.
  const alertExpiry = () => sendExpiryAlerts(db, config.now()).catch((e) => console.error('证照到期提醒失败：', e))
  void alertExpiry()
  setInterval(alertExpiry, 24 * 3600_000).unref()
  // The PDF reader (pdfjs, ≈150 MiB resident) loads on the first PDF plan import, not at start: the
  // server's resident memory stays within the 200 MiB of bench/inspections-api. SHIAN_PRELOAD_PDF=1 restores it.
  if (process.env.SHIAN_PRELOAD_PDF === '1') void preloadPdfReader().catch((e) => console.error('PDF 读取组件加载失败：', e))
  const url = `http://localhost:${config.port}`
  console.log(`\nShian 食安 ${config.version} 已启动：${url}`)
  console.log(`数据库：${kind === 'embedded' ? `内置 PostgreSQL（${config.dataDir}）` : '外部 PostgreSQL（DATABASE_URL）'}`)
  console.log(`接口文档：${url}/api/docs`)
  if (wantDemo) {
    console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）：`)
    for (const a of demoAccounts('')) console.log(`  ${a.username.padEnd(12)} ${ROLE_LABELS[a.role as Role]}`)
    console.log(`  ${'business'.padEnd(12)} ${ROLE_LABELS.business}（一家超市的企业账号）`)
  }
}

void main()
