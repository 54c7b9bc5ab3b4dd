import { DISPOSAL_OUTCOMES, DISPOSAL_STATUS, type DisposalListItemDto, type DisposalListQuery } from '../../../../shared/disposals'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { allPages, buildTableWorkbook, excelDate, xlsxName, type ExcelColumn } from '../../../platform/excel-table'
import { regionNames } from '../../regions/service'
import { listDisposals } from './read'

/** The 核查处置 list as .xlsx: every file the filters select (all pages), with its deadlines and late steps. */

type Row = DisposalListItemDto & { regionName: string }
const label = (labels: Record<string, string>, code: string | null) => (code === null ? '' : labels[code] ?? code)

const COLUMNS: ExcelColumn<Row>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '样品编号', width: 20, value: (r) => r.sampleNumber },
  { header: '样品', width: 16, value: (r) => r.productName },
  { header: '被抽样单位', width: 30, value: (r) => r.entityName },
  { header: '区域', width: 14, value: (r) => r.regionName },
  { header: '收到不合格报告', width: 14, value: (r) => excelDate(r.openedOn), date: true },
  { header: '送达期限', width: 12, value: (r) => excelDate(r.notifyDueOn), date: true },
  { header: '送达日期', width: 12, value: (r) => excelDate(r.notifiedOn), date: true },
  { header: '启动处置', width: 12, value: (r) => excelDate(r.startedOn), date: true },
  { header: '办结期限', width: 12, value: (r) => excelDate(r.closeDueOn), date: true },
  { header: '延期天数', width: 9, value: (r) => r.extensionDays || null },
  { header: '办结日期', width: 12, value: (r) => excelDate(r.closedOn), date: true },
  { header: '处置结果', width: 12, value: (r) => label(DISPOSAL_OUTCOMES, r.outcome) },
  { header: '状态', width: 9, value: (r) => label(DISPOSAL_STATUS, r.status) },
  { header: '逾期环节', width: 30, value: (r) => r.overdueSteps.map((s) => `${s.label}（应于 ${s.dueOn}）`).join('；') },
]

export async function disposalsWorkbook(ctx: SignedInContext, query: DisposalListQuery) {
  const items = await allPages((page, pageSize) => listDisposals(ctx, { ...query, page, pageSize }))
  const names = await regionNames(ctx, items.map((r) => r.regionCode))
  const rows = items.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionCode }))
  const today = todayOf(ctx)
  const what = [query.year ? `${query.year}年` : '', query.status ? label(DISPOSAL_STATUS, query.status) : ''].filter(Boolean).join('，')
  return {
    buffer: await buildTableWorkbook({ sheetName: '核查处置', title: `不合格食品核查处置${what ? `（${what}）` : ''}，${today} 导出`, columns: COLUMNS, rows }),
    fileName: xlsxName('核查处置', what.replace('，', '_'), today),
  }
}
