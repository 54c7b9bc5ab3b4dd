import type { RapidImportDto, RapidImportProblem } from '../../../../shared/rapid-tests'
import { RAPID_TEST_ITEMS, RAPID_TEST_PLACES } from '../../../../shared/sampling-catalogue'
import { bulkInsert } from '../../../platform/bulk-insert'
import { writeAudit } from '../../../platform/audit'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { badRequest } from '../../../platform/errors'
import ExcelJS, { type CellValue } from '../../../platform/exceljs'
import { listRegionsInScope } from '../../regions/service'
import { rapidTests } from '../schema'
import * as q from './queries'
import { rapidRow } from './service'

/**
 * 快检 records from a spreadsheet (the 快检车 / market 快检室 daily sheet): all or nothing — any bad row
 * and nothing is written, with every problem listed by row and column. Rows identical to ones already
 * stored (same day, place, item, sample, reading, result, operator) are skipped, so importing a file
 * twice adds nothing.
 */
export const MAX_IMPORT_ROWS = 5000
export const COLUMNS = ['检测日期', '所在区划代码', '地点类型', '地点名称', '检测项目', '样品名称', '检测读数', '检测结果', '检测人员', '试剂批号', '检测方法'] as const
type Column = (typeof COLUMNS)[number]
const REQUIRED: Column[] = ['检测日期', '所在区划代码', '地点类型', '地点名称', '检测项目', '样品名称', '检测人员']

const lookup = (o: Record<string, string | { label: string }>) => new Map(Object.entries(o).flatMap(([k, v]) => [[k, k], [typeof v === 'string' ? v : v.label, k]]))
const PLACE = lookup(RAPID_TEST_PLACES)
const ITEM = lookup(RAPID_TEST_ITEMS)
const RESULT = new Map([['阴性', 'negative'], ['阳性', 'positive'], ['negative', 'negative'], ['positive', 'positive']])

function text(v: CellValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10) // Excel dates are read as UTC midnight
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim()
    if ('result' in v) return text(v.result as CellValue)
    if ('text' in v) return String(v.text).trim()
    return ''
  }
  return String(v).trim()
}

function dateOf(s: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (!m) return null
  const d = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  return new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d ? d : null
}

export async function importRapidTests(ctx: SignedInContext, buffer: Buffer, fileName: string): Promise<RapidImportDto> {
  const book = new ExcelJS.Workbook()
  try { await book.xlsx.load(buffer as unknown as ArrayBuffer) } catch { throw badRequest(`导入文件（${fileName}）：不是有效的 .xlsx 文件`) }
  const sheet = book.worksheets[0]
  if (!sheet) throw badRequest(`导入文件（${fileName}）：没有工作表`)
  const header = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, col) => header.set(text(cell.value), col))
  const missing = REQUIRED.filter((c) => !header.has(c))
  if (missing.length) throw badRequest(`导入文件：缺少列“${missing.join('”“')}”，请使用导入模板`)
  const regions = new Set((await listRegionsInScope(ctx)).map((r) => r.code))
  const today = todayOf(ctx)
  const problems: RapidImportProblem[] = []
  const rows: (NonNullable<ReturnType<typeof rapidRow>['row']> & { createdBy: string })[] = []
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const cell = (c: Column) => (header.has(c) ? text(row.getCell(header.get(c)!).value) : '')
    if (COLUMNS.every((c) => !cell(c))) continue
    if (rows.length + problems.length >= MAX_IMPORT_ROWS) throw badRequest(`导入文件：一次最多导入 ${MAX_IMPORT_ROWS} 行`)
    const bad = (column: string, message: string) => problems.push({ row: r, column, message })
    const before = problems.length
    for (const c of REQUIRED) if (!cell(c)) bad(c, '不能为空')
    if (problems.length > before) continue
    const testedOn = dateOf(cell('检测日期'))
    if (!testedOn) bad('检测日期', `“${cell('检测日期')}”不是有效日期（如 2026-05-01）`)
    if (!regions.has(cell('所在区划代码'))) bad('所在区划代码', `“${cell('所在区划代码')}”不在本账号管辖范围内，或区划代码不存在`)
    const placeKind = PLACE.get(cell('地点类型'))
    if (!placeKind) bad('地点类型', `“${cell('地点类型')}”不在目录中，可填：${Object.values(RAPID_TEST_PLACES).join('、')}`)
    const item = ITEM.get(cell('检测项目'))
    if (!item) bad('检测项目', `“${cell('检测项目')}”不在快检项目目录中`)
    const typed = cell('检测结果') ? RESULT.get(cell('检测结果')) : null
    if (typed === undefined) bad('检测结果', `“${cell('检测结果')}”应为阴性或阳性`)
    const reading = cell('检测读数').replace(/%$/, '') || null
    if (reading !== null && !/^\d{1,6}(\.\d{1,3})?$/.test(reading)) bad('检测读数', `“${cell('检测读数')}”应为非负数，最多 3 位小数`)
    for (const [c, max] of [['地点名称', 100], ['样品名称', 64], ['检测人员', 32], ['试剂批号', 64], ['检测方法', 64]] as const) {
      if (cell(c).length > max) bad(c, `不能超过 ${max} 个字`)
    }
    if (problems.length > before) continue
    const made = rapidRow({
      placeKind: placeKind!, placeName: cell('地点名称'), testedOn: testedOn!, item: item!, method: cell('检测方法') || null, sampleName: cell('样品名称'),
      reading, result: typed ?? null, operatorName: cell('检测人员'), kitBatch: cell('试剂批号') || null,
    }, { regionCode: cell('所在区划代码'), entityId: null, placeName: cell('地点名称') }, today)
    if (made.problem) bad(made.problem.field, made.problem.message.split('：').slice(1).join('：'))
    else rows.push({ ...made.row, createdBy: ctx.account.id })
  }
  if (problems.length) {
    const [p] = problems
    throw badRequest(`导入文件：第 ${p.row} 行“${p.column}”${p.message}${problems.length > 1 ? `（共 ${problems.length} 处问题，均未导入）` : '（均未导入）'}`, problems)
  }
  if (!rows.length) throw badRequest('导入文件：没有数据行')
  return ctx.db.transaction(async (tx) => {
    const existing = await q.existingKeys(tx, rows.map((r) => r.testedOn))
    const fresh = rows.filter((r) => !existing.has(q.naturalKey(r)))
    await bulkInsert(tx, rapidTests, fresh)
    await writeAudit(tx, ctx, { action: 'rapid_test.import', entityType: 'rapid_test', after: { fileName, imported: fresh.length, skipped: rows.length - fresh.length } })
    return { imported: fresh.length, skipped: rows.length - fresh.length }
  })
}

/** The template: the columns, one example row, and a sheet listing the allowed values. */
export async function buildRapidTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('快检记录')
  sheet.addRow([...COLUMNS])
  sheet.addRow(['2026-05-06', '411721100201', '农贸市场', '城关镇农贸市场', '有机磷和氨基甲酸酯类农药（抑制率）', '韭菜', '12.5', '', '张检测', 'KJ20260501', ''])
  sheet.addRow(['2026-05-06', '411721100201', '种养殖基地', '某生猪养殖场', '克伦特罗', '猪尿', '', '阴性', '张检测', 'JT2026-03', ''])
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((c, i) => { c.width = i === 4 ? 36 : 16 })
  const help = book.addWorksheet('填写说明')
  help.addRow(['检测项目', '检测方法（不填时默认）', '读数与判定'])
  for (const v of Object.values(RAPID_TEST_ITEMS)) {
    help.addRow([v.label, v.method, v.readingUnit ? `填读数（${v.readingUnit}），≥ ${v.positiveAtOrAbove}${v.readingUnit} 为阳性，结果不填` : '不填读数，检测结果填阴性或阳性'])
  }
  help.addRow([])
  help.addRow(['地点类型', Object.values(RAPID_TEST_PLACES).join('、')])
  help.addRow(['所在区划代码', '12 位统计用区划代码（乡镇或村、社区），须在本账号管辖范围内'])
  help.columns.forEach((c) => { c.width = 40 })
  return Buffer.from(await book.xlsx.writeBuffer())
}
