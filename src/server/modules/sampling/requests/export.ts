import { TEST_REQUEST_STATUSES, type TestRequestDto, type TestRequestListQuery } from '../../../../shared/test-requests'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { allPages, buildTableWorkbook, excelDateTime, xlsxName, type ExcelColumn } from '../../../platform/excel-table'
import { listRequests } from './service/office'

/** The office's 你点我检 list as .xlsx (with the proposers' contacts, as on the page), every page the filters select. */

const status = (code: string) => TEST_REQUEST_STATUSES[code as keyof typeof TEST_REQUEST_STATUSES]?.label ?? code
const verdict = (v: string | null) => (v === null ? '检验中' : v === 'pass' ? '合格' : '不合格')

const COLUMNS: ExcelColumn<TestRequestDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '食品', width: 16, value: (r) => r.food },
  { header: '状态', width: 11, value: (r) => status(r.status) },
  { header: '票数', width: 7, value: (r) => r.votes },
  { header: '地点', width: 28, value: (r) => r.place },
  { header: '区域', width: 14, value: (r) => r.regionName },
  { header: '建议人', width: 12, value: (r) => (r.proposerName || r.proposerPhone ? r.proposerName : '匿名') },
  { header: '联系电话', width: 14, value: (r) => r.proposerPhone },
  { header: '列入计划', width: 30, value: (r) => r.planName },
  { header: '说明', width: 30, value: (r) => r.decisionNote },
  { header: '抽检样品', width: 36, value: (r) => r.samples.map((s) => `${s.sampleNumber} ${verdict(s.verdict)}${s.published ? '（已公布）' : ''}`).join('；') },
  { header: '理由', width: 30, value: (r) => r.reason },
  { header: '提出时间', width: 20, value: (r) => excelDateTime(r.createdAt), dateTime: true },
]

export async function requestsWorkbook(ctx: SignedInContext, query: TestRequestListQuery) {
  const rows = await allPages((page, pageSize) => listRequests(ctx, { ...query, page, pageSize }))
  const today = todayOf(ctx)
  const what = query.status ? status(query.status) : ''
  return {
    buffer: await buildTableWorkbook({ sheetName: '你点我检', title: `你点我检建议${what ? `（${what}）` : ''}，${today} 导出`, columns: COLUMNS, rows }),
    fileName: xlsxName('你点我检', what, today),
  }
}
