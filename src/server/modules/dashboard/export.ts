import { Type, type Static } from 'typebox'
import type { DashboardQuery } from '../../../shared/dashboard'
import type { OffTrackDto } from '../../../shared/indicators'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { allPages, buildTableWorkbook, excelDate, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { forbidden, notFound } from '../../platform/errors'
import { offTrackTargets } from '../indicators/scoreboard'
import { goalColumns } from '../indicators/scoreboard-export'
import { resolvePeriod } from '../indicators/service'
import { findRegionInScope } from '../regions/service'
import {
  failedSamplesOf, overdueDisposalsOf, overdueOrdersOf, planLists, toFailedSample, toOverdueDisposal, toOverdueOrder,
  type FailedSampleDto, type OverdueDisposalDto, type OverdueOrderDto, type OverduePlanTaskDto,
} from './service'

/**
 * The dashboard's list cards as .xlsx, each in full (the card shows its first ten): read from the same
 * service calls with the same filters, so a row is in the file exactly when it is counted on the card.
 */

interface Where { ctx: SignedInContext; region: string; today: string }
interface ListExport<T> {
  title: string
  /** The card is shown only with this permission; without it the export is refused. */
  permission: string
  read: (w: Where) => Promise<T[]>
  columns: ExcelColumn<T>[]
  /** Off-track targets are the caller's plans for this year, whatever region is picked (as on the card). */
  regionless?: boolean
}

const seq = <T>(): ExcelColumn<T> => ({ header: '序号', width: 7, value: (_r, i) => i + 1 })
/** The first columns of both sample lists: which sample, of what, from whom. */
const sampleColumns = <T extends { sampleNumber: string; productName: string; entityName: string }>(): ExcelColumn<T>[] => [
  seq(),
  { header: '样品编号', width: 20, value: (r) => r.sampleNumber },
  { header: '产品名称', width: 20, value: (r) => r.productName },
  { header: '经营主体', width: 30, value: (r) => r.entityName },
]

type OffTrack = OffTrackDto[number]
const offTrack: ListExport<OffTrack> = {
  title: '方案目标未达标及进行中', permission: 'indicators.read', regionless: true,
  read: ({ ctx }) => offTrackTargets(ctx),
  columns: [
    seq(),
    { header: '方案', width: 36, value: (r) => r.planTitle },
    { header: '任务', width: 8, value: (r) => r.taskNumber },
    ...goalColumns<OffTrack>(),
    { header: '期限', width: 13, value: (r) => excelDate(r.deadline), date: true },
    { header: '状态', width: 9, value: (r) => (r.status === 'missed' ? '未达标' : '进行中') },
  ],
}

const overduePlanTasks: ListExport<OverduePlanTaskDto> = {
  title: '工作方案逾期任务', permission: 'workplans.read',
  read: async ({ ctx, region }) => (await planLists(ctx, region)).overdue,
  columns: [
    seq(),
    { header: '方案', width: 36, value: (r) => r.planTitle },
    { header: '任务', width: 8, value: (r) => r.taskNumber },
    { header: '任务名称', width: 34, value: (r) => r.taskTitle },
    { header: '牵头单位', width: 20, value: (r) => r.unitName },
    { header: '报送期次', width: 14, value: (r) => r.periodLabel },
    { header: '应报日期', width: 13, value: (r) => excelDate(r.dueOn), date: true },
    { header: '逾期天数', width: 10, value: (r) => r.daysOverdue },
  ],
}

const overdueOrders: ListExport<OverdueOrderDto> = {
  title: '整改逾期', permission: 'inspections.read',
  read: async ({ ctx, region, today }) => (await allPages((page, pageSize) => overdueOrdersOf(ctx, { region, page, pageSize }))).map((o) => toOverdueOrder(o, today)),
  columns: [
    seq(),
    { header: '经营主体', width: 34, value: (r) => r.entityName },
    { header: '下达日期', width: 13, value: (r) => excelDate(r.issuedOn), date: true },
    { header: '整改期限', width: 13, value: (r) => excelDate(r.dueOn), date: true },
    { header: '逾期天数', width: 10, value: (r) => r.daysOverdue },
  ],
}

const overdueDisposals: ListExport<OverdueDisposalDto> = {
  title: '核查处置逾期', permission: 'sampling.read',
  read: async ({ ctx, region }) => (await allPages((page, pageSize) => overdueDisposalsOf(ctx, { region, page, pageSize }))).map(toOverdueDisposal),
  columns: [
    ...sampleColumns<OverdueDisposalDto>(),
    { header: '启动日期', width: 13, value: (r) => excelDate(r.openedOn), date: true },
    { header: '逾期环节', width: 14, value: (r) => r.lateStep },
    { header: '应完成日期', width: 13, value: (r) => excelDate(r.lateSince), date: true },
  ],
}

const failedSamples: ListExport<FailedSampleDto> = {
  title: '不合格样品', permission: 'sampling.read',
  read: async ({ ctx, region }) => (await allPages((page, pageSize) => failedSamplesOf(ctx, { region, page, pageSize }))).map(toFailedSample),
  columns: [
    ...sampleColumns<FailedSampleDto>(),
    { header: '区域', width: 16, value: (r) => r.regionName },
    { header: '抽样日期', width: 13, value: (r) => excelDate(r.sampledOn), date: true },
    { header: '不合格项目', width: 30, value: (r) => r.failedItems.join('、') },
    { header: '核查处置', width: 10, value: (r) => (r.disposalId ? '已启动' : '未启动') },
  ],
}

const LISTS = {
  'off-track': offTrack, 'overdue-plan-tasks': overduePlanTasks, 'overdue-orders': overdueOrders,
  'overdue-disposals': overdueDisposals, 'failed-samples': failedSamples,
} as Record<string, ListExport<unknown>>

export const DashboardListParams = Type.Object({
  list: Type.Union(Object.keys(LISTS).map((k) => Type.Literal(k)), { title: '清单' }),
}, { additionalProperties: false })
export type DashboardListParams = Static<typeof DashboardListParams>

export async function dashboardListWorkbook(ctx: SignedInContext, list: string, query: DashboardQuery) {
  const def = LISTS[list]
  if (!def.regionless) resolvePeriod(ctx, query) // the same 400 as the dashboard for a from later than its to
  if (!ctx.account.permissions.has(def.permission)) throw forbidden(`没有查看“${def.title}”的权限`)
  const region = await findRegionInScope(ctx, query.region ?? ctx.account.regionCode)
  if (!region) throw notFound('行政区划')
  const today = todayOf(ctx)
  const rows = await def.read({ ctx, region: region.code, today })
  const where = def.regionless ? `${today.slice(0, 4)}年` : region.name
  return {
    buffer: await buildTableWorkbook({ sheetName: def.title, title: `${def.title}（${where}，截至 ${today}）`, columns: def.columns, rows }),
    fileName: xlsxName('工作看板', def.title, where, `截至${today}`),
  }
}
