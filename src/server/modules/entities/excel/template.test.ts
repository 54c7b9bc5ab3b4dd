import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import { describe, expect, it } from 'vitest'
import type { EntitySeed } from '../seed-types'
import { COLUMNS } from './columns'
import { readEntityWorkbook } from './read-rows'
import { buildTemplate } from './template'
import { jy, LOOKUP, seedIsValid, uscc, utc } from './test-helpers'

const loadBook = async (buf: Buffer) => {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(buf as unknown as XL.Buffer)
  return book
}
type Validations = { model: Record<string, XL.DataValidation | undefined> }
const validationsOf = (s: XL.Worksheet) => (s as unknown as { dataValidations: Validations }).dataValidations.model

describe('import template', () => {
  it('has the header, notes, frozen pane, dropdowns, example row and guide', async () => {
    const book = await loadBook(await buildTemplate())
    expect(book.worksheets.map((s) => s.name)).toEqual(['经营主体', '填写说明', '选项'])
    expect(book.getWorksheet('选项')!.state).toBe('hidden')
    const sheet = book.getWorksheet('经营主体')!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toHaveLength(COLUMNS.length)
    expect(header).toContain('主体名称＊')
    expect(header).toContain('主体类型＊')
    expect(header).toContain('所在村（社区）区划代码＊')
    expect(header).toContain('统一社会信用代码')
    expect(String(sheet.getCell('A1').note)).toContain('必填')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })

    const example = sheet.getRow(2)
    expect(String(example.getCell(1).value)).toMatch(/^示例/)
    expect(example.getCell(1).font).toMatchObject({ italic: true, color: { argb: 'FF808080' } })

    const dv = validationsOf(sheet)
    const col = (h: string) => sheet.getColumn(header.indexOf(h) + 1).letter
    expect(dv[`${col('主体类型＊')}3`]).toMatchObject({ type: 'list', formulae: ["'选项'!$A$2:$A$26"] })
    expect(dv[`${col('校长陪餐')}20001`]).toMatchObject({ type: 'list', formulae: ['"是,否"'] })
    for (const h of ['食堂类别', '学校类别', '证照类型', '明厨亮灶', '量化分级', '经营状态', '电子证书']) expect(dv[`${col(h)}5`]?.type).toBe('list')
    const options = book.getWorksheet('选项')!
    expect(options.getCell('A2').value).toBe('食品生产企业')

    const guide = book.getWorksheet('填写说明')!
    const text: string[] = []
    guide.eachRow((r) => r.eachCell((c) => { text.push(String(c.value)) }))
    const all = text.join('\n')
    for (const phrase of ['GB 32100', '20,000', '全部导入', '统一社会信用代码', '证照编号', '示例', '互联网+明厨亮灶', '12 位']) expect(all).toContain(phrase)
    for (const c of COLUMNS) expect(text).toContain(c.header)
  })

  it('reads back three filled rows as the expected seeds (the example row ignored)', async () => {
    const book = await loadBook(await buildTemplate())
    const sheet = book.getWorksheet('经营主体')!
    const header = (sheet.getRow(1).values as string[]).map((h) => (h ?? '').replace('＊', ''))
    const put = (rowNumber: number, values: Record<string, XL.CellValue>) => {
      for (const [h, v] of Object.entries(values)) {
        const col = header.indexOf(h)
        if (col < 1) throw new Error(`no column ${h}`)
        sheet.getCell(rowNumber, col).value = v
      }
    }
    put(3, {
      主体名称: '西平县好运来饭店', 统一社会信用代码: uscc(1), 主体类型: '中型餐饮', '法定代表人（负责人）': '王五', 经营地址: '西平县柏城街道人民路 8 号',
      '所在村（社区）区划代码': '411721001001', 经度: 114.03, 纬度: 33.39, 联系人: '王五', 联系电话: '13900000001', 经营状态: '在业', 开业日期: utc('2018-04-02'),
      明厨亮灶: '互联网+明厨亮灶', 明厨亮灶视频地址: 'https://video.example.cn/k/1', 量化分级: 'A 级（优秀）', 证照类型: '食品经营许可证', 证照编号: jy(1),
      '许可类别（经营项目）': '热食类食品制售', 发证日期: utc('2023-04-02'), 有效期至: utc('2028-04-01'), 电子证书: '是', 发证机关: '西平县市场监督管理局',
      食品安全总监: '赵六', 总监电话: '13900000002', 食品安全员: '钱七', 安全员电话: '13900000003', 认证: 'HACCP、ISO9001', 上次检查日期: utc('2025-12-01'),
    })
    put(4, {
      主体名称: '西平县第一初级中学食堂', 统一社会信用代码: uscc(2), 主体类型: '单位食堂', 食堂类别: '学校食堂', 学校类别: '初中', 校长陪餐: '是',
      '所在村（社区）区划代码': '411721100201', 证照类型: '食品经营许可证', 证照编号: jy(2), 有效期至: utc('2027-09-01'), 食品安全员: '孙八',
    })
    put(5, { 主体名称: '李记烧饼摊', 主体类型: '小摊点（摊贩）', '所在村（社区）区划代码': '春明村', 证照类型: '食品小摊点备案卡', 证照编号: '豫西摊备2024001', 经营状态: '停业' })
    const buf = Buffer.from(await book.xlsx.writeBuffer())

    const result = await readEntityWorkbook(buf, LOOKUP)
    expect(result.errors).toEqual([])
    expect(result.totalRows).toBe(3)
    expect(result.rows.map((r) => r.rowNumber)).toEqual([3, 4, 5])
    const nulls = { canteenKind: null, schoolCategory: null, principalAccompanies: null, legalRepresentative: null, address: null, longitude: null, latitude: null, contactName: null, contactPhone: null, openedOn: null, openKitchenUrl: null, cateringGrade: null, lastInspectedOn: null }
    const licence = { category: null, issuedOn: null, expiresOn: null, electronic: false, issuer: null }
    const person = { appointedOn: null, assessedOn: null, assessmentScore: null, assessmentPassed: null }
    const cert = { number: null, issuer: null, issuedOn: null, expiresOn: null }
    const expected: EntitySeed[] = [
      {
        entity: {
          name: '西平县好运来饭店', uscc: uscc(1), type: 'medium_restaurant', canteenKind: null, schoolCategory: null, principalAccompanies: null,
          legalRepresentative: '王五', address: '西平县柏城街道人民路 8 号', regionCode: '411721001001', longitude: 114.03, latitude: 33.39,
          contactName: '王五', contactPhone: '13900000001', status: 'active', openedOn: '2018-04-02', openKitchen: 'internet',
          openKitchenUrl: 'https://video.example.cn/k/1', cateringGrade: 'A', staticFactors: {}, lastInspectedOn: '2025-12-01',
        },
        licences: [{ kind: 'operation', number: jy(1), category: '热食类食品制售', issuedOn: '2023-04-02', expiresOn: '2028-04-01', electronic: true, issuer: '西平县市场监督管理局' }],
        people: [{ role: 'director', name: '赵六', phone: '13900000002', ...person }, { role: 'officer', name: '钱七', phone: '13900000003', ...person }],
        certifications: [{ kind: 'haccp', ...cert }, { kind: 'iso9001', ...cert }],
        assessment: null,
      },
      {
        entity: { ...nulls, name: '西平县第一初级中学食堂', uscc: uscc(2), type: 'canteen', canteenKind: 'school', schoolCategory: 'junior', principalAccompanies: true, regionCode: '411721100201', status: 'active', openKitchen: 'none', staticFactors: {} },
        licences: [{ kind: 'operation', number: jy(2), ...licence, expiresOn: '2027-09-01' }],
        people: [{ role: 'officer', name: '孙八', phone: null, ...person }],
        certifications: [],
        assessment: null,
      },
      {
        entity: { ...nulls, name: '李记烧饼摊', uscc: null, type: 'food_stall', regionCode: '411721100201', status: 'suspended', openKitchen: 'none', staticFactors: {} },
        licences: [{ kind: 'stall_filing', number: '豫西摊备2024001', ...licence }],
        people: [],
        certifications: [],
        assessment: null,
      },
    ]
    expect(result.rows.map((r) => r.seed)).toEqual(expected)
    for (const r of result.rows) expect(seedIsValid(r.seed)).toBe(true)
  })

  it('reads the untouched template as an empty register', async () => {
    const result = await readEntityWorkbook(await buildTemplate(), LOOKUP)
    expect(result).toEqual({ rows: [], errors: [], totalRows: 0 })
  })
})
