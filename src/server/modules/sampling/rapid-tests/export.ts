import { RAPID_RESULTS, type RapidTestDto, type RapidTestListQuery } from '../../../../shared/rapid-tests'
import { RAPID_TEST_ITEMS, RAPID_TEST_PLACES } from '../../../../shared/sampling-catalogue'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { allPages, buildTableWorkbook, excelDate, xlsxName, type ExcelColumn } from '../../../platform/excel-table'
import { listRapidTests } from './service'

/** The 快检 list as .xlsx: every record the filters select (all pages), with its reading, result and confirmatory sample. */

const label = (labels: Record<string, string>, code: string) => labels[code] ?? code

const COLUMNS: ExcelColumn<RapidTestDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '检测日期', width: 12, value: (r) => excelDate(r.testedOn), date: true },
  { header: '地点', width: 30, value: (r) => r.placeName },
  { header: '地点类型', width: 11, value: (r) => label(RAPID_TEST_PLACES, r.placeKind) },
  { header: '区域', width: 14, value: (r) => r.regionName },
  { header: '检测项目', width: 30, value: (r) => r.itemLabel },
  { header: '检测方法', width: 30, value: (r) => r.method },
  { header: '样品', width: 12, value: (r) => r.sampleName },
  { header: '读数', width: 10, value: (r) => (r.reading === null ? null : `${r.reading}${r.readingUnit ?? ''}`) },
  { header: '结果', width: 8, value: (r) => label(RAPID_RESULTS, r.result) },
  { header: '送检', width: 22, value: (r) => (r.confirmSampleNumber ? `已送检 ${r.confirmSampleNumber}` : r.pendingConfirm ? '待送检' : '') },
  { header: '处置情况', width: 30, value: (r) => r.disposalNote },
  { header: '检测人员', width: 10, value: (r) => r.operatorName },
  { header: '试剂批号', width: 14, value: (r) => r.kitBatch },
]

export async function rapidTestsWorkbook(ctx: SignedInContext, query: RapidTestListQuery) {
  const rows = await allPages((page, pageSize) => listRapidTests(ctx, { ...query, page, pageSize }))
  const today = todayOf(ctx)
  const period = query.from || query.to ? `${query.from ?? ''}至${query.to ?? today}` : ''
  const what = [period, query.item ? RAPID_TEST_ITEMS[query.item as keyof typeof RAPID_TEST_ITEMS]?.label ?? query.item : '',
    query.result ? label(RAPID_RESULTS, query.result) : '', query.pending ? '待送检' : ''].filter(Boolean)
  return {
    buffer: await buildTableWorkbook({ sheetName: '快检', title: `快检记录${what.length ? `（${what.join('，')}）` : ''}，${today} 导出`, columns: COLUMNS, rows }),
    fileName: xlsxName('快检', ...what.slice(0, 1), today),
  }
}
