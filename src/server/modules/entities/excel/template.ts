import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import { usccCheckChar } from '../../../../shared/codes'
import { COLUMNS, EXAMPLE_MARK, GUIDE_SHEET_NAME, MAX_ROWS, SHEET_NAME, templateHeader, type ColumnDef, type ColumnKey } from './columns'
import { addDropdowns } from './dropdowns'

/** The blank import template: 「经营主体」 (header, example row, dropdowns), 「填写说明」, hidden 「选项」. */

const HEADER_FILL: XL.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }
const EXAMPLE_FONT: Partial<XL.Font> = { italic: true, color: { argb: 'FF808080' } }
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** A valid code, computed so the example never drifts from the check-character rule. */
const exampleUscc = () => `92411721MA40A1B2C${usccCheckChar('92411721MA40A1B2C')}`

const EXAMPLE: Partial<Record<ColumnKey, XL.CellValue>> = {
  name: `${EXAMPLE_MARK}：西平县好味道餐饮店（此行为示例，导入时忽略）`,
  uscc: exampleUscc(),
  type: '小型餐饮',
  legalRepresentative: '张三',
  address: '西平县柏城街道解放路 1 号',
  region: '411721001001',
  longitude: 114.02,
  latitude: 33.38,
  contactName: '张三',
  contactPhone: '0396-6212345',
  status: '在业',
  openedOn: utcDate('2019-05-20'),
  openKitchen: '传统明厨亮灶',
  cateringGrade: 'B 级（良好）',
  licenceKind: '食品经营许可证',
  licenceNumber: 'JY24117210000011',
  licenceCategory: '热食类食品制售',
  licenceIssuedOn: utcDate('2024-05-20'),
  licenceExpiresOn: utcDate('2029-05-19'),
  licenceElectronic: '是',
  licenceIssuer: '西平县市场监督管理局',
  officerName: '李四',
  officerPhone: '13800000000',
  certifications: 'HACCP、ISO22000',
  lastInspectedOn: utcDate('2025-11-12'),
}

const NUM_FMT: Partial<Record<ColumnDef['format'], string>> = {
  // Text, so Excel keeps 18-digit codes, leading zeros and 12-digit region codes as typed.
  code: '@',
  date: 'yyyy-mm-dd',
}

function registerSheet(book: XL.Workbook) {
  const sheet = book.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] })
  sheet.columns = COLUMNS.map((c) => ({ width: c.width, style: NUM_FMT[c.format] ? { numFmt: NUM_FMT[c.format] } : {} }))
  const header = sheet.getRow(1)
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = templateHeader(c)
    cell.font = { bold: true, color: { argb: 'required' in c ? 'FFC00000' : 'FF000000' } }
    cell.fill = HEADER_FILL
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
    cell.note = `${'required' in c ? '必填。' : ''}${c.help}`
  })
  header.height = 30
  const example = sheet.getRow(2)
  COLUMNS.forEach((c, i) => {
    const cell = example.getCell(i + 1)
    cell.value = EXAMPLE[c.key] ?? null
    cell.font = EXAMPLE_FONT
  })
  return sheet
}

const GENERAL_NOTES = [
  `1. 在「${SHEET_NAME}」工作表中每行填写一个经营主体及其主要证照；第 1 行为表头，列的顺序可以调整，但列名不要修改。`,
  '2. 列名带「＊」的为必填列；「统一社会信用代码」和「证照编号」至少填写一项（个体摊点等没有信用代码的，填写证照编号）。',
  '3. 统一社会信用代码按 GB 32100-2015 校验：18 位，第 18 位为校验码，不使用字母 I、O、S、V、Z。',
  `4. 第 2 行为示例（灰色斜体，主体名称以「${EXAMPLE_MARK}」开头），导入时忽略，可删除也可保留。空行会被跳过。`,
  '5. 日期可填写 Excel 日期，或文本 2026-03-15、2026/3/15、2026年3月15日；「是/否」列也可填 Y/N。下拉列可选择，也可直接填写对应的中文名称。',
  '6. 整个文件要么全部导入，要么全部不导入：只要有一处错误，系统给出错误报告（标出出错的行和单元格），改正后重新上传整个文件即可。',
  '7. 重复导入不会产生重复数据：已有相同统一社会信用代码（无代码的按证照编号）的主体会被更新，不会新增。同一文件中代码或证照编号不能重复。',
  `8. 每个文件最多 ${MAX_ROWS.toLocaleString('en-US')} 行数据，超过请分成多个文件。`,
]

function guideSheet(book: XL.Workbook) {
  const sheet = book.addWorksheet(GUIDE_SHEET_NAME)
  sheet.columns = [{ width: 24 }, { width: 10 }, { width: 90 }]
  sheet.addRow(['经营主体导入模板 填写说明']).font = { bold: true, size: 14 }
  for (const note of GENERAL_NOTES) {
    const row = sheet.addRow([note])
    sheet.mergeCells(row.number, 1, row.number, 3)
    row.alignment = { wrapText: true, vertical: 'top' }
    row.height = 32
  }
  sheet.addRow([])
  const head = sheet.addRow(['列名', '是否必填', '格式与可选值'])
  head.font = { bold: true }
  head.eachCell((c) => { c.fill = HEADER_FILL })
  for (const c of COLUMNS) {
    const required = 'required' in c ? '必填' : c.key === 'uscc' ? '无证照编号时必填' : ''
    const row = sheet.addRow([c.header, required, c.help])
    row.alignment = { wrapText: true, vertical: 'top' }
  }
}

/** The .xlsx a township downloads to fill in. */
export async function buildTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Shian'
  const sheet = registerSheet(book)
  guideSheet(book)
  // After the guide, so the hidden 「选项」 sheet comes last and 「填写说明」 is the second tab.
  addDropdowns(book, sheet, 1, (i) => i + 1)
  return Buffer.from(await book.xlsx.writeBuffer())
}
