/**
 * npm run bench:entity-import — a 20,000-row Excel register imported through the real HTTP endpoint into
 * a fresh embedded PostgreSQL (or DATABASE_URL's server), timed from upload to the job's end; then the
 * same file again (idempotent: every row unchanged). Bar: ≤ 10 s for the 20,000 rows.
 */
import ExcelJS from '../../src/server/platform/exceljs'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { usccCheckChar } from '../../src/shared/codes'
import { buildApp } from '../../src/server/app'
import { loadConfig } from '../../src/server/platform/config'
import { openDatabase } from '../../src/server/platform/open-database'
import { loadDemo } from '../../src/server/modules/demo/load-demo'
import { buildDemoCounty } from '../../src/server/modules/demo/county-data'
import { COLUMNS, SHEET_NAME, templateHeader } from '../../src/server/modules/entities/excel/columns'

const ROWS = Number(process.env.ROWS ?? 20_000)
const BAR_MS = 10_000
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const TYPES: [string, string | null, string, string][] = [
  ['小型餐饮', null, '食品经营许可证', 'JY2'], ['食杂店', null, '食品小经营店登记证', 'XJ'], ['超市', null, '食品经营许可证', 'JY1'],
  ['单位食堂', '学校食堂', '食品经营许可证', 'JY3'], ['便利店', null, '食品经营许可证', 'JY1'], ['食品生产企业', null, '食品生产许可证', 'SC1'],
]

function uscc(i: number) {
  let n = i + 1_000_000
  let body = ''
  for (let k = 0; k < 9; k++) { body = CHARS[n % 31] + body; n = Math.floor(n / 31) }
  const first = `92411721${body}`
  return first + usccCheckChar(first)
}

async function buildFile(villages: string[]): Promise<Buffer> {
  const file = path.join(os.tmpdir(), `entity-import-${ROWS}.xlsx`)
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false })
  const ws = wb.addWorksheet(SHEET_NAME)
  ws.addRow(COLUMNS.map(templateHeader)).commit()
  for (let i = 0; i < ROWS; i++) {
    const [type, canteen, licence, prefix] = TYPES[i % TYPES.length]
    const number = prefix === 'XJ' ? `豫食小经营店登字411721${String(i).padStart(6, '0')}` : `${prefix}411721${String(i).padStart(7, '0')}`.padEnd(16, '0')
    const values: Record<string, unknown> = {
      name: `基准测试${type}${i}`, uscc: uscc(i), type, canteenKind: canteen, schoolCategory: canteen ? '小学' : null, principalAccompanies: canteen ? '是' : null,
      legalRepresentative: '张三', address: `西平县测试路${i}号`, region: villages[i % villages.length], longitude: 114.02, latitude: 33.38,
      contactName: '李四', contactPhone: '13800000000', status: '在业', openedOn: '2020-03-01', openKitchen: type.includes('餐饮') || canteen ? '传统明厨亮灶' : '未实施',
      cateringGrade: type === '小型餐饮' ? 'B' : null, licenceKind: licence, licenceNumber: number, licenceCategory: '预包装食品销售', licenceIssuedOn: '2023-01-01',
      licenceExpiresOn: '2027-12-31', licenceElectronic: '是', licenceIssuer: '西平县市场监督管理局', officerName: '王五', officerPhone: '13900000000',
      certifications: i % 10 === 0 ? 'HACCP、ISO9001' : null, lastInspectedOn: '2026-03-01',
    }
    ws.addRow(COLUMNS.map((c) => values[c.key] ?? null)).commit()
  }
  await wb.commit()
  return fs.readFileSync(file)
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-bench-import-'))
  const config = { ...loadConfig({ ...process.env, DATA_DIR: dataDir }), now: () => new Date('2026-06-15T04:00:00Z') }
  const database = await openDatabase(config, 'server')
  try {
    await loadDemo(database.db, { production: false, register: false })
    const app = await buildApp({ db: database.db, config, databaseKind: database.kind })
    const token = (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'office', password: 'Shian@2026' } })).json().token
    const villages = buildDemoCounty().regions.filter((r) => r.level === 'village').map((r) => r.code)
    const file = await buildFile(villages)
    console.log(`file: ${ROWS} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB; database: ${database.kind}`)
    let ok = true
    for (const label of ['first import', 'same file again']) {
      const boundary = '----bench'
      const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="register.xlsx"\r\n\r\n`), file, Buffer.from(`\r\n--${boundary}--\r\n`)])
      let peak = process.memoryUsage().rss
      const t0 = performance.now()
      const job = (await app.inject({ method: 'POST', url: '/api/entity-imports', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body })).json()
      let state = job
      let checkedAt = 0
      while (!['done', 'rejected', 'failed'].includes(state.status)) {
        await new Promise((r) => setTimeout(r, 50))
        peak = Math.max(peak, process.memoryUsage().rss)
        state = (await app.inject({ method: 'GET', url: `/api/entity-imports/${job.id}`, headers: { authorization: `Bearer ${token}` } })).json()
        if (!checkedAt && state.checkedRows === ROWS) checkedAt = performance.now() - t0
      }
      const ms = performance.now() - t0
      ok &&= state.status === 'done' && ms <= BAR_MS
      console.log(`${label.padEnd(16)} ${state.status}  ${(ms / 1000).toFixed(2)} s (read and checked by ${(checkedAt / 1000).toFixed(2)} s)  created ${state.created} updated ${state.updated} unchanged ${state.unchanged}  peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB  ${ms <= BAR_MS ? 'ok' : 'OVER 10 s'}${state.message ? `  ${state.message}` : ''}`)
    }
    await app.close()
    console.log(ok ? `PASS: ${ROWS} rows within ${BAR_MS / 1000} s` : 'FAIL')
    if (!ok) process.exitCode = 1
  } finally {
    await database.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((e) => { console.error(e); process.exit(1) })
