import type { Static } from 'typebox'
import { RESULT_LABELS } from '../../../shared/inspection-result'
import type { InspectionListItemDto, InspectionListQuery, OrderDto, OrderListQuery } from '../../../shared/inspections'
import { HANDLINGS, INSPECTION_KINDS, ORDER_KINDS, ORDER_STATUS } from '../../../shared/inspections'
import { entityTypeDef } from '../../../shared/entity-catalogue'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { allPages, buildTableWorkbook, excelDate, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { daysBetween } from '../../platform/working-days'
import { regionNames } from '../regions/service'
import { listOrders } from './service/orders'
import { listInspections } from './service/read'

/** 监督检查 and 整改跟踪 lists as .xlsx: every row the filters select (all pages), labels not codes, real dates. */

const label = (labels: Record<string, string>, code: string) => labels[code] ?? code
type Named<T> = T & { regionName: string }

/** Each row with the name of its village (the lists carry only the code). */
async function withRegionNames<T extends { regionCode: string }>(ctx: SignedInContext, rows: T[]): Promise<Named<T>[]> {
  const names = await regionNames(ctx, rows.map((r) => r.regionCode))
  return rows.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionCode }))
}

const INSPECTION_COLUMNS: ExcelColumn<Named<InspectionListItemDto>>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '检查日期', width: 12, value: (r) => excelDate(r.inspectedOn), date: true },
  { header: '检查对象', width: 32, value: (r) => r.entityName },
  { header: '主体类型', width: 16, value: (r) => entityTypeDef(r.entityType)?.label ?? r.entityType },
  { header: '区域', width: 14, value: (r) => r.regionName },
  { header: '检查类型', width: 12, value: (r) => label(INSPECTION_KINDS, r.kind) },
  { header: '结果', width: 10, value: (r) => label(RESULT_LABELS, r.result) },
  { header: '重点项不符合', width: 12, value: (r) => r.keyFailures },
  { header: '一般项不符合', width: 12, value: (r) => r.generalFailures },
  { header: '处理措施', width: 12, value: (r) => label(HANDLINGS, r.handling) },
  { header: '执法人员', width: 20, value: (r) => r.inspectorNames.join('、') },
]

const span = (q: { from?: string; to?: string }) => (q.from || q.to ? `${q.from ?? ''}至${q.to ?? ''}` : '')

export async function inspectionsWorkbook(ctx: SignedInContext, query: InspectionListQuery) {
  const rows = await withRegionNames(ctx, await allPages((page, pageSize) => listInspections(ctx, { ...query, page, pageSize })))
  const today = todayOf(ctx)
  const what = span(query)
  return {
    buffer: await buildTableWorkbook({ sheetName: '监督检查', title: `监督检查记录${what ? `（${what}）` : ''}，${today} 导出`, columns: INSPECTION_COLUMNS, rows }),
    fileName: xlsxName('监督检查记录', what, today),
  }
}

const orderColumns = (today: string): ExcelColumn<Named<OrderDto>>[] => [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '经营主体', width: 32, value: (r) => r.entityName },
  { header: '区域', width: 14, value: (r) => r.regionName },
  { header: '整改文书', width: 16, value: (r) => label(ORDER_KINDS, r.kind) },
  { header: '文书编号', width: 20, value: (r) => r.documentNumber ?? '' },
  { header: '下达日期', width: 12, value: (r) => excelDate(r.issuedOn), date: true },
  { header: '整改期限', width: 12, value: (r) => excelDate(r.dueOn), date: true },
  { header: '状态', width: 12, value: (r) => label(ORDER_STATUS, r.status) },
  { header: '逾期天数', width: 10, value: (r) => (r.overdue ? daysBetween(r.dueOn, today) : null) },
  { header: '整改要求', width: 40, value: (r) => r.requirements },
  { header: '企业回复日期', width: 12, value: (r) => excelDate(r.reportedOn), date: true },
  { header: '企业回复', width: 30, value: (r) => r.reportNote ?? '' },
  { header: '验证日期', width: 12, value: (r) => excelDate(r.verifiedOn), date: true },
  { header: '验证情况', width: 30, value: (r) => r.verificationNote ?? '' },
]

export async function ordersWorkbook(ctx: SignedInContext, query: Static<typeof OrderListQuery>) {
  const rows = await withRegionNames(ctx, await allPages((page, pageSize) => listOrders(ctx, { ...query, page, pageSize })))
  const today = todayOf(ctx)
  const what = query.overdue ? '逾期' : query.status ? label(ORDER_STATUS, query.status) : ''
  return {
    buffer: await buildTableWorkbook({ sheetName: '整改跟踪', title: `整改通知${what ? `（${what}）` : ''}，${today} 导出`, columns: orderColumns(today), rows }),
    fileName: xlsxName('整改通知', what, today),
  }
}
