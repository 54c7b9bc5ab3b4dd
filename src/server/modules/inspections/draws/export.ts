import { Type, type Static } from 'typebox'
import { Uuid } from '../../../../shared/common'
import {
  DRAW_STATUS, selectionText, type AssignmentDto, type AvoidanceDto, type DrawListQuery, type DrawResultRowDto, type DrawSummaryDto, type RosterEntryDto,
} from '../../../../shared/draws'
import { entityTypeDef } from '../../../../shared/entity-catalogue'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { allPages, buildTableWorkbook, excelDate, excelDateTime, xlsxName, type ExcelColumn } from '../../../platform/excel-table'
import { getDraw, listDraws } from './draw-service'
import { listAssignments } from './record-service'
import { getRosterEntry, listAvoidances, listRoster } from './roster-service'

/**
 * 双随机 draws list, one draw's result and task tables, the 执法检查人员名录库 and an officer's avoidance list as
 * .xlsx, through the pages' own service calls (the caller's region).
 */

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

const RESULT_COLUMNS: ExcelColumn<DrawResultRowDto>[] = [
  { header: '位次', width: 7, value: (r) => r.position },
  { header: '检查对象', width: 32, value: (r) => r.entity.name },
  { header: '类型', width: 14, value: (r) => entityTypeDef(r.entity.type)?.label ?? r.entity.type },
  { header: '许可证号 / 信用代码', width: 24, value: (r) => r.entity.licenceNumber ?? r.entity.uscc },
  { header: '执法检查人员', width: 44, value: (r) => (r.unassignedReason ? `未分配：${r.unassignedReason}` : r.inspectors.map((p) => `${p.name}（${p.unit}）`).join('、')) },
  { header: '执法证号', width: 30, value: (r) => r.inspectors.map((p) => p.certificateNumber).join('、') },
]

const ASSIGNMENT_COLUMNS: ExcelColumn<AssignmentDto>[] = [
  { header: '位次', width: 7, value: (r) => r.position },
  { header: '检查对象', width: 32, value: (r) => r.entityName },
  { header: '执法检查人员', width: 24, value: (r) => r.unassignedReason ?? r.inspectors.map((p) => p.name).join('、') },
  { header: '完成情况', width: 10, value: (r) => (r.done ? '已检查' : '未检查') },
  { header: '检查日期', width: 12, value: (r) => excelDate(r.inspectedOn), date: true },
]

const DRAW_TABLES = { results: '抽取结果', assignments: '检查任务完成情况' } as const
export const DrawTableParams = Type.Object({
  id: Uuid('编号'), table: Type.Union(Object.keys(DRAW_TABLES).map((k) => Type.Literal(k)), { title: '表格' }),
}, { additionalProperties: false })

/** 抽取结果 or 检查任务完成情况 of one draw, as the draw page shows them (getDraw / listAssignments: 404 outside the caller's region). */
export async function drawTableWorkbook(ctx: SignedInContext, params: Static<typeof DrawTableParams>) {
  const draw = await getDraw(ctx, params.id)
  const table = params.table as keyof typeof DRAW_TABLES
  const label = DRAW_TABLES[table]
  const today = todayOf(ctx)
  const book = { sheetName: label, title: `${draw.title}：${label}，${today} 导出` }
  const buffer = table === 'results'
    ? await buildTableWorkbook({ ...book, columns: RESULT_COLUMNS, rows: draw.rows })
    : await (async () => {
      const list = await listAssignments(ctx, params.id)
      return buildTableWorkbook({ ...book, columns: ASSIGNMENT_COLUMNS, rows: list.items, notes: [`已检查 ${list.done} / ${list.total} 户。`] })
    })()
  return { buffer, fileName: xlsxName(draw.title, label, today) }
}

const AVOIDANCE_COLUMNS: ExcelColumn<AvoidanceDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '经营主体', width: 36, value: (r) => r.entityName },
  { header: '回避事由', width: 36, value: (r) => r.reason },
  { header: '登记时间', width: 20, value: (r) => excelDateTime(r.createdAt), dateTime: true },
]

/** One officer's avoidance list (personal data: for the office's own records, never published). */
export async function avoidancesWorkbook(ctx: SignedInContext, accountId: string) {
  const [officer, rows] = await Promise.all([getRosterEntry(ctx, accountId), listAvoidances(ctx, accountId)])
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({
      sheetName: '回避名单', title: `回避名单：${officer.name}（${officer.certificateNumber}），${today} 导出`, columns: AVOIDANCE_COLUMNS, rows,
      notes: ['回避名单涉及个人信息，仅用于抽取时排除，不得公示。'],
    }),
    fileName: xlsxName('回避名单', officer.name, today),
  }
}
