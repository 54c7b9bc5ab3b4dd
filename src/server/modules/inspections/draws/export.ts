import { DRAW_STATUS, selectionText, type DrawListQuery, type DrawSummaryDto, type RosterEntryDto } from '../../../../shared/draws'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { allPages, buildTableWorkbook, excelDateTime, xlsxName, type ExcelColumn } from '../../../platform/excel-table'
import { listDraws } from './draw-service'
import { listRoster } from './roster-service'

/** 双随机 draws list and the 执法检查人员名录库 as .xlsx, through the pages' own service calls (the caller's region). */

const DRAW_COLUMNS: ExcelColumn<DrawSummaryDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '抽查任务', width: 36, value: (r) => r.title },
  { header: '抽查事项', width: 30, value: (r) => r.matter },
  { header: '年度', width: 7, value: (r) => r.year },
  { header: '区域', width: 14, value: (r) => r.regionName },
  { header: '名录库主体（户）', width: 12, value: (r) => r.entityCount },
  { header: '执法人员（人）', width: 12, value: (r) => r.inspectorCount },
  { header: '抽取', width: 12, value: (r) => (r.drawnCount !== null ? `${r.drawnCount} 户` : selectionText(r.selection)) },
  { header: '状态', width: 11, value: (r) => r.statusLabel },
  { header: '冻结时间', width: 20, value: (r) => excelDateTime(r.frozenAt), dateTime: true },
  { header: '抽取时间', width: 20, value: (r) => excelDateTime(r.drawnAt), dateTime: true },
  { header: '公示时间', width: 20, value: (r) => excelDateTime(r.publishedAt), dateTime: true },
]

export async function drawsWorkbook(ctx: SignedInContext, query: DrawListQuery) {
  const rows = await allPages((page, pageSize) => listDraws(ctx, { ...query, page, pageSize }))
  const today = todayOf(ctx)
  const what = [query.year ? `${query.year}年` : '', query.status ? DRAW_STATUS[query.status as keyof typeof DRAW_STATUS] : ''].filter(Boolean)
  return {
    buffer: await buildTableWorkbook({ sheetName: '双随机抽查', title: `双随机抽查${what.length ? `（${what.join('，')}）` : ''}，${today} 导出`, columns: DRAW_COLUMNS, rows }),
    fileName: xlsxName('双随机抽查', ...what, today),
  }
}

const ROSTER_COLUMNS: ExcelColumn<RosterEntryDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '用户名', width: 16, value: (r) => r.username },
  { header: '执法单位', width: 30, value: (r) => r.unitName },
  { header: '区域', width: 14, value: (r) => r.regionName },
  { header: '执法证号', width: 20, value: (r) => r.certificateNumber },
  { header: '在岗', width: 7, value: (r) => (r.active ? '是' : '否') },
  { header: '账号状态', width: 10, value: (r) => (r.accountDisabled ? '已停用' : '正常') },
  { header: '回避（户）', width: 10, value: (r) => r.avoidanceCount },
  { header: '更新时间', width: 20, value: (r) => excelDateTime(r.updatedAt), dateTime: true },
]

export async function rosterWorkbook(ctx: SignedInContext) {
  const rows = await listRoster(ctx)
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({ sheetName: '名录库', title: `执法检查人员名录库，${today} 导出`, columns: ROSTER_COLUMNS, rows }),
    fileName: xlsxName('执法检查人员名录库', today),
  }
}
