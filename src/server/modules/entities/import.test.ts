import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportJobDto } from '../../../shared/entities'
import ExcelJS from '../../platform/exceljs'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { licenceNumber, validUscc } from './factory'
import { failInterruptedImports } from './service/imports'
import { sql } from 'drizzle-orm'
import { verifyAuditChain } from '../../platform/audit'

/** Excel import through HTTP: a job with progress, all-or-nothing, idempotent, with an error report. */

let t: TestApp
let town: TestTownship
let office: TestAccount
const HEADER = ['主体名称', '统一社会信用代码', '主体类型', '所在村（社区）区划代码', '证照类型', '证照编号', '有效期至', '食品安全员', '明厨亮灶']

beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T04:00:00Z') } })
  town = await makeTownship(t)
  office = await makeAccount(t, { role: 'office', regionCode: town.code })
})
afterAll(async () => { await t.close() })

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('经营主体')
  sheet.addRow(HEADER)
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await book.xlsx.writeBuffer())
}

async function upload(file: Buffer, fileName = '名录.xlsx'): Promise<ImportJobDto> {
  const boundary = '----import'
  const res = await t.app.inject({
    method: 'POST', url: '/api/entity-imports', headers: { authorization: `Bearer ${office.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(fileName)}"\r\n\r\n`), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  })
  expect(res.statusCode, res.body).toBe(202)
  let job = res.json() as ImportJobDto
  while (!['done', 'rejected', 'failed'].includes(job.status)) {
    await new Promise((r) => setTimeout(r, 50))
    job = (await t.as(office).get(`/api/entity-imports/${job.id}`)).json()
  }
  return job
}

const row = (name: string, uscc: string | null, licence: string, village = town.villageCodes[0]) =>
  [name, uscc, '小型餐饮', village, '食品经营许可证', licence, '2028-12-31', '王五', '传统明厨亮灶']

describe('importing the register from Excel', () => {
  let rows: unknown[][]
  beforeAll(() => {
    rows = [row('导入饭店甲', validUscc(), licenceNumber()), row('导入饭店乙', validUscc(), licenceNumber()), row('导入摊点丙', null, licenceNumber(), town.villageCodes[1])]
  })

  it('writes a good file, then finds nothing to change in the same file again', async () => {
    const file = await workbook(rows)
    const first = await upload(file)
    expect(first).toMatchObject({ status: 'done', totalRows: 3, checkedRows: 3, writtenRows: 3, created: 3, updated: 0, unchanged: 0, errorCount: 0 })
    const list = (await t.as(office).get(`/api/entities?q=导入`)).json()
    expect(list.items.map((i: { name: string }) => i.name).sort()).toEqual(['导入摊点丙', '导入饭店乙', '导入饭店甲'])
    const snapshot = async () => [await t.count('entities'), await t.count('entity_licences'), await t.count('entity_people'), await t.count('audit_log')]
    const before = await snapshot()
    const again = await upload(file)
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 3 })
    // the same rows: nothing written but the one audit row that records the import itself
    const after = await snapshot()
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3))
    expect(after[3]).toBe(before[3] + 1)
  })

  it('updates what changed, and the timeline says so', async () => {
    const changed = rows.map((r, i) => (i === 0 ? [...r.slice(0, 8), '互联网+明厨亮灶'] : r))
    const book = await workbook(changed)
    const job = await upload(book)
    expect(job.status).toBe('rejected') // 互联网+明厨亮灶 without its video link
    expect(job.message).toContain('明厨亮灶视频地址')
    const fixed = rows.map((r, i) => (i === 0 ? [...r.slice(0, 7), '赵六', r[8]] : r))
    expect(await upload(await workbook(fixed))).toMatchObject({ status: 'done', created: 0, updated: 1, unchanged: 2 })
    const id = (await t.as(office).get('/api/entities?q=导入饭店甲')).json().items[0].id
    const timeline = (await t.as(office).get(`/api/entities/${id}/timeline`)).json()
    expect(timeline[0]).toMatchObject({ actionLabel: '导入更新', actor: office.username })
    expect(timeline[0].changes[0]).toMatchObject({ field: '人员 赵六' })
  })

  it('rejects a file with bad rows as a whole, with an error report naming row and column', async () => {
    const before = await t.count('entities')
    const bad = [
      row('好的一行', validUscc(), licenceNumber()),
      row('校验码错误', '91440300708461136A', licenceNumber()),
      row('', validUscc(), licenceNumber()),
      row('证照被占用', validUscc(), rows[0][5] as string),
    ]
    const job = await upload(await workbook(bad))
    expect(job.status).toBe('rejected')
    expect(job.errorCount).toBe(2)
    expect(job.message).toContain('第 3 行「统一社会信用代码」')
    expect(await t.count('entities')).toBe(before)
    const report = await t.as(office).get(`/api/entity-imports/${job.id}/report`)
    expect(report.statusCode).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(report.rawPayload as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('经营主体')!
    const header = (sheet.getRow(1).values as unknown[]).map(String)
    const col = header.indexOf('错误说明')
    expect(col).toBeGreaterThan(0)
    expect(String(sheet.getRow(3).getCell(col).value)).toContain('校验码错误（第 18 位应为 T）')
    expect(String(sheet.getRow(4).getCell(col).value)).toContain('主体名称')
    expect(sheet.getRow(2).getCell(col).value ?? null).toBeNull()
  })

  it('refuses a licence number that another entity holds, writing nothing', async () => {
    const before = await t.count('entities')
    const job = await upload(await workbook([row('新名字', validUscc(), rows[0][5] as string)]))
    expect(job).toMatchObject({ status: 'rejected', errorCount: 1 })
    expect(job.message).toContain('已登记在其他经营主体名下')
    expect(await t.count('entities')).toBe(before)
  })

  it('says what is wrong with a file that is no workbook', async () => {
    const job = await upload(Buffer.from('PK\u0003\u0004 not really a zip'), '坏文件.xlsx')
    expect(job.status).toBe('failed')
    expect(job.message).toMatch(/损坏|不是有效的 Excel/)
    const wrongType = await t.app.inject({ method: 'POST', url: '/api/entity-imports', headers: { authorization: `Bearer ${office.token}`, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc\r\n--x--\r\n' })
    expect(wrongType.statusCode).toBe(400)
    expect(wrongType.json().message).toContain('请上传 Excel（.xlsx）文件')
  })

  it('marks a job cut short by a restart as failed when the server starts again', async () => {
    const job = await upload(await workbook([row('重启前导入', validUscc(), licenceNumber())]))
    // what a job looks like when the process stopped in the middle of writing
    await t.db.execute(sql`UPDATE entity_imports SET status = 'writing', finished_at = NULL WHERE id = ${job.id}`)
    expect(await failInterruptedImports(t.db)).toBe(1)
    expect((await t.as(office).get(`/api/entity-imports/${job.id}`)).json()).toMatchObject({ status: 'failed', message: '导入被中断（服务重启），未写入任何数据，请重新导入' })
  })

  it('imports 20,000 rows in one job, then finds all of them unchanged', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => row(`批量饭店${i}`, validUscc(), licenceNumber(), town.villageCodes[i % 3]))
    const file = await workbook(many)
    expect(await upload(file)).toMatchObject({ status: 'done', created: 20_000, writtenRows: 20_000 })
    expect(await upload(file)).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 20_000 })
    expect((await t.as(office).get(`/api/entities?region=${town.code}&q=批量饭店19999`)).json().total).toBe(1)
    // 20,000 audit rows appended in one statement still form an unbroken hash chain
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, firstBrokenId: null })
  }, 120_000)
})
