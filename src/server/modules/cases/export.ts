import type { Static } from 'typebox'
import {
  CASE_SOURCES, CASE_STATUS, LISTING_STATE_LABELS, PARTY_KINDS, REMOVAL_REASONS, TRANSFER_STATUS, type CaseListQuery, type CaseSummaryDto,
  type ListingQuery, type SeriousViolationDto, type TransferDto, type TransferListQuery,
} from '../../../shared/cases'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { allPages, buildTableWorkbook, excelDate, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { listCases } from './service/cases'
import { listListings } from './service/credit'
import { listTransfers } from './service/transfers'

/** The 案件办理, 行刑衔接 and 严重违法失信名单 lists as .xlsx: every row the page's filters select (all pages), through its own service call. */

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

const TRANSFER_COLUMNS: ExcelColumn<TransferDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '立案号', width: 24, value: (r) => r.caseNumber },
  { header: '当事人', width: 30, value: (r) => r.partyName },
  { header: '公安机关', width: 24, value: (r) => r.policeUnit },
  { header: '移送日期', width: 12, value: (r) => excelDate(r.transferredOn), date: true },
  { header: '立案期限', width: 12, value: (r) => excelDate(r.decisionDueOn), date: true },
  { header: '超期', width: 7, value: (r) => (r.overdue ? '是' : '') },
  { header: '状态', width: 12, value: (r) => label(TRANSFER_STATUS, r.status) },
  { header: '受理日期', width: 12, value: (r) => excelDate(r.acceptedOn), date: true },
  { header: '决定日期', width: 12, value: (r) => excelDate(r.decidedOn), date: true },
  { header: '刑拘', width: 7, value: (r) => r.detainedCount },
  { header: '逮捕', width: 7, value: (r) => r.arrestedCount },
  { header: '取保候审', width: 9, value: (r) => r.bailedCount },
  { header: '起诉', width: 7, value: (r) => r.prosecutedCount },
  { header: '判决', width: 7, value: (r) => r.sentencedCount },
  { header: '备注', width: 30, value: (r) => r.note },
]

export async function transfersWorkbook(ctx: SignedInContext, query: Static<typeof TransferListQuery>) {
  const rows = await allPages((page, pageSize) => listTransfers(ctx, { ...query, page, pageSize }))
  const today = todayOf(ctx)
  const what = [query.year ? `${query.year}年` : '', query.status ? label(TRANSFER_STATUS, query.status) : ''].filter(Boolean)
  return {
    buffer: await buildTableWorkbook({ sheetName: '行刑衔接', title: `行刑衔接台账${what.length ? `（${what.join('，')}）` : ''}，${today} 导出`, columns: TRANSFER_COLUMNS, rows }),
    fileName: xlsxName('行刑衔接', ...what, today),
  }
}

const LISTING_COLUMNS: ExcelColumn<SeriousViolationDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '经营主体', width: 30, value: (r) => r.entityName },
  { header: '统一社会信用代码', width: 22, value: (r) => r.uscc },
  { header: '列入事由', width: 40, value: (r) => r.reason },
  { header: '决定书文号', width: 26, value: (r) => r.decisionNumber ?? r.caseNumber },
  { header: '列入日期', width: 12, value: (r) => excelDate(r.listedOn), date: true },
  { header: '公示日期', width: 12, value: (r) => excelDate(r.publishedOn), date: true },
  { header: '可申请修复', width: 12, value: (r) => excelDate(r.repairEligibleOn), date: true },
  { header: '期满', width: 12, value: (r) => excelDate(r.expiresOn), date: true },
  { header: '状态', width: 13, value: (r) => label(LISTING_STATE_LABELS, r.state) },
  { header: '移出日期', width: 12, value: (r) => excelDate(r.removedOn), date: true },
  { header: '移出原因', width: 12, value: (r) => (r.removalReason ? label(REMOVAL_REASONS, r.removalReason) : null) },
]

export async function listingsWorkbook(ctx: SignedInContext, query: Static<typeof ListingQuery>) {
  const rows = await allPages((page, pageSize) => listListings(ctx, { ...query, page, pageSize }))
  const today = todayOf(ctx)
  const state = query.state ? label(LISTING_STATE_LABELS, query.state) : ''
  return {
    buffer: await buildTableWorkbook({ sheetName: '严重违法失信名单', title: `严重违法失信名单${state ? `（${state}）` : ''}，${today} 导出`, columns: LISTING_COLUMNS, rows }),
    fileName: xlsxName('严重违法失信名单', state, today),
  }
}
