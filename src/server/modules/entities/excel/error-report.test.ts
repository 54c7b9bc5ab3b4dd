import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import { describe, expect, it } from 'vitest'
import { COLUMNS } from './columns'
import { buildErrorReport, rebuildFromValues } from './error-report'
import { readEntityWorkbook } from './read-rows'
import { buildTemplate } from './template'
import { jy, LOOKUP, MIN_HEADER, minRow, sheetFile, uscc } from './test-helpers'

const load = async (buf: Buffer) => {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(buf as unknown as XL.Buffer)
  return book
}
const argbOf = (cell: XL.Cell) => (cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined)
const col = (h: string) => COLUMNS.findIndex((c) => c.header === h) + 1

/** The template with three rows typed in: row 4 has three mistakes. */
async function filledTemplate(): Promise<Buffer> {
  const book = await load(await buildTemplate())
  const sheet = book.getWorksheet('经营主体')!
  const rows: Record<string, string>[] = [
    { 主体名称: '甲店', 统一社会信用代码: uscc(1), 主体类型: '小型餐饮', '所在村（社区）区划代码': '411721100201' },
    { 主体名称: '乙店', 统一社会信用代码: uscc(2).slice(0, 17) + (uscc(2)[17] === 'A' ? 'B' : 'A'), 主体类型: '烧烤店', '所在村（社区）区划代码': '411721100201', 证照编号: jy(2) },
    { 主体名称: '丙店', 统一社会信用代码: uscc(3), 主体类型: '小型餐饮', '所在村（社区）区划代码': '411721100202' },
  ]
  rows.forEach((r, i) => { for (const [h, v] of Object.entries(r)) sheet.getCell(3 + i, col(h)).value = v })
  return Buffer.from(await book.xlsx.writeBuffer())
}

describe('error report', () => {
  it('marks the wrong rows and cells of the uploaded template and lists the errors', async () => {
    const original = await filledTemplate()
    const { errors } = await readEntityWorkbook(original, LOOKUP)
    // One row's messages come in column order.
    expect(errors).toEqual([
      { rowNumber: 4, column: '统一社会信用代码', message: `校验码错误（第 18 位应为 ${uscc(2)[17]}）` },
      { rowNumber: 4, column: '主体类型', message: '「烧烤店」不是可选值，请从下拉列表中选择（可选值见「填写说明」）' },
      { rowNumber: 4, column: '证照类型', message: '填写了证照编号时必填' },
    ])

    const report = await load(await buildErrorReport(original, errors))
    expect(report.worksheets.map((s) => s.name)).toEqual(['经营主体', '填写说明', '选项', '错误汇总'])
    const sheet = report.getWorksheet('经营主体')!
    const errorCol = COLUMNS.length + 1
    expect(sheet.getCell(1, errorCol).value).toBe('错误说明')
    expect(sheet.getCell(4, errorCol).value).toBe(errors.map((e) => `${e.column}：${e.message}`).join('；'))
    expect(sheet.getCell(3, errorCol).value).toBeNull()
    expect(sheet.getCell(5, errorCol).value).toBeNull()
    expect(argbOf(sheet.getCell(4, col('主体名称')))).toBe('FFFDE9E7')
    expect(argbOf(sheet.getCell(4, col('主体类型')))).toBe('FFF4A6A0')
    expect(argbOf(sheet.getCell(4, col('证照类型')))).toBe('FFF4A6A0')
    expect(argbOf(sheet.getCell(3, col('主体名称')))).toBeUndefined()
    // Fills went on copies of the loaded styles, not on the style shared with the example row.
    expect(argbOf(sheet.getCell(2, col('主体名称')))).toBeUndefined()
    expect(sheet.getCell(2, 1).font?.italic).toBe(true)
    // The dropdowns are back on the data rows.
    const dv = (sheet as unknown as { dataValidations: { model: Record<string, XL.DataValidation> } }).dataValidations.model
    expect(dv[`${sheet.getColumn(col('主体类型')).letter}4`]?.type).toBe('list')

    const summary = report.getWorksheet('错误汇总')!
    expect((summary.getRow(1).values as unknown[]).slice(1)).toEqual(['行号', '列', '说明'])
    expect((summary.getRow(2).values as unknown[]).slice(1)).toEqual([4, errors[0].column, errors[0].message])
    expect(summary.rowCount).toBe(1 + errors.length)
  })

  it('can be uploaded again: the 错误说明 column is ignored, and reused by the next report', async () => {
    const original = await filledTemplate()
    const first = await readEntityWorkbook(original, LOOKUP)
    const report = await buildErrorReport(original, first.errors)
    const again = await readEntityWorkbook(report, LOOKUP)
    expect(again.errors).toEqual(first.errors)

    // Row 4 corrected in the report; row 3 broken instead.
    const book = await load(report)
    const sheet = book.getWorksheet('经营主体')!
    sheet.getCell(4, col('主体类型')).value = '小型餐饮'
    sheet.getCell(4, col('统一社会信用代码')).value = uscc(2)
    sheet.getCell(4, col('证照类型')).value = '食品经营许可证'
    sheet.getCell(3, col('主体名称')).value = null
    const fixed = Buffer.from(await book.xlsx.writeBuffer())
    const second = await readEntityWorkbook(fixed, LOOKUP)
    expect(second.errors).toEqual([{ rowNumber: 3, column: '主体名称', message: '必填' }])

    const next = (await load(await buildErrorReport(fixed, second.errors))).getWorksheet('经营主体')!
    const headers = (next.getRow(1).values as unknown[]).filter((v) => v === '错误说明')
    expect(headers).toHaveLength(1)
    expect(next.getCell(3, COLUMNS.length + 1).value).toBe('主体名称：必填')
    expect(next.getCell(4, COLUMNS.length + 1).value).toBeNull()
    expect(argbOf(next.getCell(4, col('主体类型')))).toBeUndefined()
  })

  it('puts the column next to the header of a plain file whose header is not on row 1', async () => {
    const original = await sheetFile(MIN_HEADER, [minRow(1), [...minRow(2).slice(0, 3), '411721100000', ...minRow(2).slice(4)]], { above: [['某镇经营主体台账'], []] })
    const { errors } = await readEntityWorkbook(original, LOOKUP)
    expect(errors.map((e) => e.rowNumber)).toEqual([5])
    const sheet = (await load(await buildErrorReport(original, errors))).getWorksheet('经营主体')!
    expect(sheet.getCell(3, MIN_HEADER.length + 1).value).toBe('错误说明')
    expect(sheet.getCell(5, MIN_HEADER.length + 1).value).toBe('所在村（社区）区划代码：411721100000 不是村（社区）级区划代码（末 3 位不应为 000）')
    expect(sheet.getCell(1, 1).value).toBe('某镇经营主体台账')
    expect(argbOf(sheet.getCell(5, 4))).toBe('FFF4A6A0')
  })

  it('can rebuild the sheet from its values when the original cannot be reloaded, keeping row numbers', async () => {
    const original = await sheetFile(MIN_HEADER, [minRow(1), [], minRow(3)], { above: [['台账']] })
    const { sheet } = await rebuildFromValues(original)
    expect(sheet.name).toBe('经营主体')
    expect(sheet.getCell(1, 1).value).toBe('台账')
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(MIN_HEADER)
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(minRow(1))
    expect(sheet.getRow(4).hasValues).toBe(false)
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual(minRow(3))
  })
})
