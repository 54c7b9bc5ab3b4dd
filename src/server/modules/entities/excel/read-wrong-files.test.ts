import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { readEntityWorkbook, WorkbookError, type WorkbookErrorCode } from './read-rows'
import { LOOKUP, MIN_HEADER, minRow, sheetFile } from './test-helpers'

async function refusal(buffer: Buffer): Promise<WorkbookError> {
  try {
    await readEntityWorkbook(buffer, LOOKUP)
  } catch (e) {
    if (e instanceof WorkbookError) return e
    throw e
  }
  throw new Error('expected a WorkbookError')
}

const expectRefused = async (buffer: Buffer, code: WorkbookErrorCode, ...phrases: string[]) => {
  const e = await refusal(buffer)
  expect(e.code).toBe(code)
  expect(e.message).toMatch(/[\u4e00-\u9fff]/)
  for (const p of phrases) expect(e.message).toContain(p)
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

describe('files that cannot be imported', () => {
  it('refuses what is not an xlsx, saying what is wrong', async () => {
    await expectRefused(Buffer.alloc(0), 'not_xlsx', '空')
    await expectRefused(Buffer.from('主体名称,统一社会信用代码\n某店,91411721MA0000001X\n'), 'not_xlsx', '不是 Excel 工作簿')
    await expectRefused(Buffer.concat([OLE_MAGIC, Buffer.alloc(600)]), 'xls', '.xls', '另存为')
    const encrypted = Buffer.concat([OLE_MAGIC, Buffer.alloc(100), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')])
    await expectRefused(encrypted, 'encrypted', '密码')
    await expectRefused(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 7)]), 'corrupt', '无法读取')
  })

  it('refuses a zip that is not a workbook (a .docx renamed)', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('经营主体')] }] }))
    await expectRefused(Buffer.from(docx), 'corrupt', '没有工作表')
  })

  it('refuses a workbook without the register sheet or header', async () => {
    await expectRefused(await sheetFile(['姓名', '年龄'], [['张三', 30]], { sheetName: 'Sheet1' }), 'no_header', '未找到「经营主体」工作表', 'Sheet1', '主体名称')
    await expectRefused(await sheetFile(['姓名', '年龄'], [['张三', 30]]), 'no_header', '「经营主体」工作表', '表头')
    const tenRowsOfNotes = Array.from({ length: 10 }, (_, i) => [`说明 ${i + 1}`])
    await expectRefused(await sheetFile(MIN_HEADER, [minRow(1)], { above: tenRowsOfNotes }), 'no_header')
  })

  it('names the missing required columns', async () => {
    await expectRefused(await sheetFile(['主体名称', '统一社会信用代码', '联系人'], [['某店', null, null]]), 'missing_columns', '主体类型', '所在村（社区）区划代码')
    await expectRefused(await sheetFile(['主体名称＊', '主体类型＊', '所在村（社区）区划代码＊'], []), 'missing_columns', '统一社会信用代码（或证照编号）')
    const e = await refusal(await sheetFile(['主体名称', '主体类型', '联系人', '经营地址'], []))
    expect(e.message).toBe('第 1 行表头缺少必需的列：所在村（社区）区划代码、统一社会信用代码（或证照编号）')
  })

  it('refuses a header with the same column twice', async () => {
    await expectRefused(await sheetFile([...MIN_HEADER, '地址', '经营地址'], []), 'duplicate_column', '经营地址')
  })
})
