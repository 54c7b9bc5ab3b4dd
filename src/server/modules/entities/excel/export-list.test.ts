import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import { describe, expect, it } from 'vitest'
import type { EntitySummaryDto } from '../../../../shared/entities'
import { buildEntityExport } from './export-list'
import { readEntityWorkbook, WorkbookError } from './read-rows'
import { jy, LOOKUP, uscc } from './test-helpers'

const row = (over: Partial<EntitySummaryDto>): EntitySummaryDto => ({
  id: 'e1', name: '好运来饭店', uscc: uscc(1), type: 'medium_restaurant', typeLabel: '中型餐饮', sector: 'catering', regionCode: '411721001001',
  regionName: '九龙社区', townshipName: '柏城街道', address: '人民路 8 号', status: 'active', riskGrade: 'B', openKitchen: 'internet', cateringGrade: 'A',
  licenceNumber: jy(1), licenceExpiresOn: '2028-04-01', lastInspectedOn: '2025-12-01', ...over,
})

describe('register list export', () => {
  it('writes a title, a frozen filtered header and one labelled row per entity', async () => {
    const rows = [
      row({}),
      row({ id: 'e2', name: '李记烧饼摊', uscc: null, type: 'food_stall', typeLabel: '小摊点（摊贩）', address: null, status: 'suspended', riskGrade: null, openKitchen: 'none', cateringGrade: null, licenceNumber: null, licenceExpiresOn: null, lastInspectedOn: null }),
    ]
    const buf = await buildEntityExport(rows, '经营主体名录（柏城街道，2026-03-10 导出）')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buf as unknown as XL.Buffer)
    const sheet = book.getWorksheet('经营主体')!
    expect(sheet.getCell('A1').value).toBe('经营主体名录（柏城街道，2026-03-10 导出）')
    expect(sheet.getCell('A1').isMerged).toBe(true)
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '主体名称', '统一社会信用代码', '主体类型', '乡镇（街道）', '村（社区）', '地址', '风险等级', '明厨亮灶', '量化分级', '证照编号', '证照有效期至', '上次检查日期', '经营状态'])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(sheet.autoFilter).toBe('A2:N4')
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
    expect(values(3)).toEqual([1, '好运来饭店', uscc(1), '中型餐饮', '柏城街道', '九龙社区', '人民路 8 号', 'B 级（较低风险）', '互联网+明厨亮灶', 'A 级（优秀）', jy(1), new Date('2028-04-01T00:00:00Z'), new Date('2025-12-01T00:00:00Z'), '在业'])
    expect(values(4)).toEqual([2, '李记烧饼摊', '', '小摊点（摊贩）', '柏城街道', '九龙社区', '', '未评定', '未实施', '', '', undefined, undefined, '停业'])
    expect(sheet.getCell('L3').numFmt).toBe('yyyy-mm-dd')
  })

  it('is not mistaken for an import file', async () => {
    const buf = await buildEntityExport([row({})], '名录')
    await expect(readEntityWorkbook(buf, LOOKUP)).rejects.toBeInstanceOf(WorkbookError)
  })
})
