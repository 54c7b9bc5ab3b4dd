import { CASE_SOURCES, CASE_STATUS, PARTY_KINDS, type CaseListQuery, type CaseSummaryDto } from '../../../shared/cases'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { allPages, buildTableWorkbook, excelDate, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { listCases } from './service/cases'

/** The 案件办理 list as .xlsx: every case and clue the filters select (all pages), with its dates and deadline. */

const label = (labels: Record<string, string>, code: string) => labels[code] ?? code
/** The deadline the list shows: 立案 for a clue, 决定 for a filed case not yet decided. */
const deadline = (r: CaseSummaryDto) => (r.status === 'clue' ? r.filingDueOn : r.decidedOn ? null : r.decisionDueOn)

const COLUMNS: ExcelColumn<CaseSummaryDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '立案号', width: 24, value: (r) => r.caseNumber ?? '（线索）' },
  { header: '当事人', width: 30, value: (r) => r.partyName },
  { header: '当事人类型', width: 14, value: (r) => label(PARTY_KINDS, r.partyKind) },
  { header: '案由', width: 36, value: (r) => r.cause },
  { header: '来源', width: 10, value: (r) => label(CASE_SOURCES, r.source) },
  { header: '区域', width: 14, value: (r) => r.regionName },
  { header: '受理日期', width: 12, value: (r) => excelDate(r.clueReceivedOn), date: true },
  { header: '立案日期', width: 12, value: (r) => excelDate(r.filedOn), date: true },
  { header: '期限', width: 12, value: (r) => excelDate(deadline(r)), date: true },
  { header: '决定日期', width: 12, value: (r) => excelDate(r.decidedOn), date: true },
  { header: '结案日期', width: 12, value: (r) => excelDate(r.closedOn), date: true },
  { header: '状态', width: 12, value: (r) => label(CASE_STATUS, r.status) },
  { header: '超期', width: 7, value: (r) => (r.overdue ? '是' : '') },
  { header: '移送公安', width: 9, value: (r) => (r.transferred ? '已移送' : '') },
]

export async function casesWorkbook(ctx: SignedInContext, query: CaseListQuery) {
  const rows = await allPages((page, pageSize) => listCases(ctx, { ...query, page, pageSize }))
  const today = todayOf(ctx)
  const what = query.year ? `${query.year}年` : ''
  return {
    buffer: await buildTableWorkbook({ sheetName: '案件', title: `案件办理${what ? `（${what}）` : ''}，${today} 导出`, columns: COLUMNS, rows }),
    fileName: xlsxName('案件', what, today),
  }
}
