import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import { describe, expect, it } from 'vitest'
import { COLUMNS, MAX_ROWS } from './columns'
import { readEntityWorkbook, WorkbookError } from './read-rows'
import { jy, LOOKUP, seedIsValid, uscc, utc } from './test-helpers'

/** Every column filled on every row: the heaviest file the import accepts. */
function fullRow(i: number): XL.CellValue[] {
  const v: Record<string, XL.CellValue> = {
    主体名称: `测试餐饮有限公司第${i}分店`, 统一社会信用代码: uscc(i), 主体类型: '单位食堂', 食堂类别: '学校食堂', 学校类别: '小学', 校长陪餐: '是',
    '法定代表人（负责人）': '张三', 经营地址: `西平县柏城街道人民路 ${i} 号`, '所在村（社区）区划代码': i % 2 ? '411721100201' : '九龙社区', 经度: 114.02, 纬度: 33.38,
    联系人: '李四', 联系电话: '0396-6212345', 经营状态: '在业', 开业日期: utc('2019-05-20'), 明厨亮灶: '互联网+明厨亮灶', 明厨亮灶视频地址: `https://v.example.cn/${i}`,
    量化分级: 'A', 证照类型: '食品经营许可证', 证照编号: jy(i), '许可类别（经营项目）': '热食类食品制售', 发证日期: '2024-05-20', 有效期至: '2029年5月19日',
    电子证书: '否', 发证机关: '西平县市场监督管理局', 食品安全总监: '王五', 总监电话: '13800000001', 食品安全员: '赵六', 安全员电话: '13800000002',
    认证: 'HACCP、ISO22000', 上次检查日期: utc('2025-11-12'),
  }
  return COLUMNS.map((c) => v[c.header] ?? null)
}

/** Written with the streaming writer (shared strings on, as Excel does) to keep the test's own setup quick. */
async function registerFile(rows: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  const { PassThrough } = await import('node:stream')
  const out = new PassThrough()
  out.on('data', (c: Buffer) => chunks.push(c))
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true })
  const sheet = book.addWorksheet('经营主体')
  sheet.addRow(COLUMNS.map((c) => c.header)).commit()
  for (let i = 1; i <= rows; i++) {
    const row = sheet.addRow(fullRow(i))
    for (const n of [15, 31]) row.getCell(n).numFmt = 'yyyy-mm-dd'
    row.commit()
  }
  sheet.commit()
  await book.commit()
  return Buffer.concat(chunks)
}

describe('a full-size file', { timeout: 180_000 }, () => {
  it(`reads and checks ${MAX_ROWS.toLocaleString('en-US')} rows`, async () => {
    const buf = await registerFile(MAX_ROWS)
    let started = performance.now()
    const result = await readEntityWorkbook(buf, LOOKUP)
    const cold = performance.now() - started
    started = performance.now()
    await readEntityWorkbook(buf, LOOKUP) // again, as a server that has imported before would
    const warm = performance.now() - started
    console.log(`read+validate ${MAX_ROWS} rows × ${COLUMNS.length} columns (${(buf.length / 1e6).toFixed(1)} MB): first ${cold.toFixed(0)} ms, again ${warm.toFixed(0)} ms`)
    expect(result.errors).toEqual([])
    expect(result.totalRows).toBe(MAX_ROWS)
    expect(result.rows).toHaveLength(MAX_ROWS)
    expect(result.rows[MAX_ROWS - 1].rowNumber).toBe(MAX_ROWS + 1)
    expect(result.rows[0].seed.entity).toMatchObject({ regionCode: '411721100201', openedOn: '2019-05-20', canteenKind: 'school', lastInspectedOn: '2025-11-12' })
    expect(result.rows[1].seed.entity.regionCode).toBe('411721001001')
    expect(result.rows[0].seed.licences[0]).toMatchObject({ issuedOn: '2024-05-20', expiresOn: '2029-05-19' })
    expect(result.rows.every((r) => seedIsValid(r.seed))).toBe(true)
  })

  it(`refuses more than ${MAX_ROWS.toLocaleString('en-US')} data rows`, async () => {
    const buf = await registerFile(MAX_ROWS + 1)
    const e = await readEntityWorkbook(buf, LOOKUP).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(WorkbookError)
    expect((e as WorkbookError).code).toBe('too_many_rows')
    expect((e as WorkbookError).message).toContain('20,000')
  })
})
