import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SHARED } from '../server/modules/work-plans/parser/fixtures/cases'
import { startTestApp, type TestApp } from '../server/platform/testing/test-app'

/** The `shian` command as an operator runs it, against a real database through DATABASE_URL. */
const root = path.resolve(import.meta.dirname, '../..')
let t: TestApp
beforeAll(async () => { t = await startTestApp() })
afterAll(async () => { await t.close() })

function shian(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/shian.mjs'), ...args], { cwd: root, env: { ...process.env, DATABASE_URL: t.url } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => { stdout += d })
    child.stderr.on('data', (d) => { stderr += d })
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

const login = (username: string, password: string) => t.post('/api/auth/login', { username, password })

// Each command is a new process (tsx): slow when the machine runs other suites beside this one.
describe('shian CLI', { timeout: 180_000 }, () => {
  it('workplan parse --json prints the CONVENTIONS.md shape; exit 1 with a Chinese message for a file without tasks', async () => {
    const answer = JSON.parse(fs.readFileSync(path.join(SHARED, 'workplans/xiping-2020-work-points.json'), 'utf8'))
    const res = await shian('workplan', 'parse', path.join(SHARED, 'seeds/xiping-2020-work-points.txt'), '--json')
    expect(res.code).toBe(0)
    const plan = JSON.parse(res.stdout)
    expect(Object.keys(plan).sort()).toEqual(['generalDeadlines', 'issuer', 'sections', 'tasks', 'title', 'unitCanonical', 'year'])
    expect(plan.tasks.map((x: { title: string }) => x.title)).toEqual(answer.tasks.map((x: { title: string }) => x.title))
    expect(plan.tasks.map((x: { leads: string[] }) => x.leads)).toEqual(answer.tasks.map((x: { leads: string[] }) => x.leads))
    expect(res.stdout).not.toContain('sourceSpans')
    const summary = await shian('workplan', 'parse', path.join(SHARED, 'seeds/xiping-2020-work-points.txt'))
    expect(summary.stdout).toContain('共 8 个部分、22 项任务')
    const notice = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shian-notice-')), 'notice.txt')
    fs.writeFileSync(notice, '关于开展宣传周活动的通知\n各单位：请做好宣传。')
    const none = await shian('workplan', 'parse', notice, '--json')
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('未能在文件中识别出任何工作任务')
  })

  it('migrates, loads the demo county twice without duplicating anything', async () => {
    expect((await shian('db', 'migrate')).code).toBe(0)
    const first = await shian('demo', 'load')
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('306 个行政区划')
    expect(first.stdout).toMatch(/新增 \d{4} 个经营主体/)
    const snapshot = async () => [await t.count('regions'), await t.count('units'), await t.count('accounts'), await t.count('unit_aliases'), await t.count('entities'), await t.count('entity_licences'),
      await t.count('inspections'), await t.count('rectification_orders'), await t.count('inspector_roster')]
    const counts = await snapshot()
    expect(counts[0]).toBe(306)
    expect(counts[2]).toBe(14) // the ten staff accounts, three more officers (inspections take two) and the demo business
    expect(counts[6]).toBeGreaterThan(0)
    expect(counts[8]).toBe(4) // the four inspector accounts on the 执法检查人员名录库
    expect(counts[4]).toBeGreaterThan(5500)
    const second = await shian('demo', 'load')
    expect(second.stdout).toContain('无（已存在）')
    expect(second.stdout).toContain('新增 0 个经营主体')
    expect(await snapshot()).toEqual(counts)
    expect((await login('office', 'Shian@2026')).statusCode).toBe(200)
  })

  it('creates a user, resets a password and unlocks, with Chinese errors and exit 1 on bad input', async () => {
    await shian('demo', 'load')
    const created = await shian('user', 'create', 'wangwu', '--name', '王五', '--region', '411721100000', '--role', 'township', '--unit', 'tso-411721100', '--password', 'Strong#2026xy')
    expect(created.code).toBe(0)
    const res = await login('wangwu', 'Strong#2026xy')
    expect(res.json().account).toMatchObject({ role: 'township', regionName: '出山镇', unitName: '出山镇食品安全委员会办公室', mustChangePassword: true })

    const bad = await shian('user', 'create', 'zhaoliu', '--name', '赵六', '--region', '411721999000')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('所属区划（--region）')
    const weak = await shian('user', 'create', 'zhaoliu', '--name', '赵六', '--region', '411721100000', '--password', 'weak')
    expect(weak.code).toBe(1)
    expect(weak.stderr).toContain('至少 10 个字符')
    expect(await t.count('accounts', { username: 'zhaoliu' })).toBe(0)

    for (let i = 0; i < 5; i++) await login('wangwu', 'Wrong#Pass123')
    expect((await login('wangwu', 'Strong#2026xy')).json().code).toBe('locked')
    expect((await shian('user', 'unlock', 'wangwu')).stdout).toContain('已解除')
    expect((await login('wangwu', 'Strong#2026xy')).statusCode).toBe(200)

    const reset = await shian('user', 'reset-password', 'wangwu', '--password', 'Newpass#2026')
    expect(reset.code).toBe(0)
    expect((await login('wangwu', 'Newpass#2026')).statusCode).toBe(200)
    expect((await shian('user', 'reset-password', 'nobody')).code).toBe(1)
  })

  it('audit verify passes on an intact log and names the first broken row after tampering', async () => {
    await shian('demo', 'load')
    const ok = await shian('audit', 'verify')
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('哈希链校验通过')
    const { rows } = await t.db.execute<{ id: number }>(sql`SELECT min(id) AS id FROM audit_log`)
    await t.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`)
    await t.db.execute(sql`UPDATE audit_log SET actor_username = 'mallory' WHERE id = ${rows[0].id}`)
    await t.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`)
    const broken = await shian('audit', 'verify')
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain(`id=${rows[0].id}`)
    // put it back for the next test
    await t.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`)
    await t.db.execute(sql`UPDATE audit_log SET actor_username = 'system' WHERE id = ${rows[0].id}`)
    await t.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`)
    expect((await shian('audit', 'verify')).code).toBe(0)
  })

  it('backup and restore round-trip the whole database, audit chain included', async () => {
    await shian('demo', 'load')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shian-backup-')), 'shian.backup.gz')
    const dump = async () => {
      const out: Record<string, unknown> = {}
      for (const table of ['regions', 'units', 'unit_aliases', 'accounts', 'role_permissions', 'audit_log']) {
        out[table] = (await t.db.$client.query(`SELECT * FROM ${table} ORDER BY 1, 2`)).rows
      }
      return out
    }
    const before = await dump()
    const backup = await shian('backup', file)
    expect(backup.code).toBe(0)
    // change things after the backup: restore must undo them
    await t.db.execute(sql`DELETE FROM unit_aliases`)
    await t.db.execute(sql`UPDATE accounts SET display_name = '被改' `)
    const restored = await shian('restore', file)
    expect(restored.code).toBe(0)
    const after = await dump()
    expect(after.regions).toEqual(before.regions)
    expect(after.unit_aliases).toEqual(before.unit_aliases)
    expect(after.accounts).toEqual(before.accounts)
    // the audit rows are back verbatim, followed by the restore's own row, and the chain holds
    expect((after.audit_log as unknown[]).slice(0, (before.audit_log as unknown[]).length)).toEqual(before.audit_log)
    expect(((after.audit_log as { action: string }[]).at(-1))?.action).toBe('system.restore')
    expect((await shian('audit', 'verify')).code).toBe(0)
    expect((await login('office', 'Shian@2026')).statusCode).toBe(200)

    const missing = await shian('restore', '/nonexistent/file.gz')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('备份文件不存在')
  })
})
