import { AUDIT_ACTION_LABELS, ENTITY_TYPE_LABELS, type AuditDto, type AuditQuery } from '../../../shared/audit'
import { ROLE_LABELS, type Role } from '../../../shared/roles'
import { writeAudit } from '../../platform/audit'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { allPages, buildTableWorkbook, excelDateTime, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { searchAudit } from './service'

/** The 审计日志 as .xlsx for the auditor: every row the filters select (all pages), newest first, with its before/after. */

/** An Excel cell holds at most 32,767 characters; a longer change record is cut and says so. */
const json = (v: unknown) => {
  if (v === null || v === undefined) return null
  const text = JSON.stringify(v)
  return text.length > 32_000 ? `${text.slice(0, 32_000)}…（已截断）` : text
}

const COLUMNS: ExcelColumn<AuditDto>[] = [
  { header: '记录编号', width: 10, value: (r) => r.id },
  { header: '时间', width: 20, value: (r) => excelDateTime(r.at), dateTime: true },
  { header: '操作人', width: 16, value: (r) => r.actorUsername },
  { header: '角色', width: 14, value: (r) => (r.actorRole ? ROLE_LABELS[r.actorRole as Role] ?? r.actorRole : null) },
  { header: 'IP 地址', width: 16, value: (r) => r.ip },
  { header: '操作', width: 18, value: (r) => AUDIT_ACTION_LABELS[r.action] ?? r.action },
  { header: '操作代码', width: 24, value: (r) => r.action },
  { header: '对象', width: 14, value: (r) => (r.entityType ? ENTITY_TYPE_LABELS[r.entityType] ?? r.entityType : null) },
  { header: '对象编号', width: 38, value: (r) => r.entityId },
  { header: '变更前', width: 40, value: (r) => json(r.before) },
  { header: '变更后', width: 40, value: (r) => json(r.after) },
  { header: '哈希', width: 66, value: (r) => r.hash },
]

/** The export is itself audited (who took a copy of the log, with which filters, how many rows). */
export async function auditWorkbook(ctx: SignedInContext, query: AuditQuery) {
  const filters = { ...query, page: undefined, pageSize: undefined }
  const rows = await allPages((page, pageSize) => searchAudit(ctx, { ...filters, page, pageSize }))
  await writeAudit(ctx.db, ctx, { action: 'audit.export', after: { filters, rows: rows.length } })
  const today = todayOf(ctx)
  const period = query.from || query.to ? `${query.from ?? ''}至${query.to ?? today}` : ''
  return {
    buffer: await buildTableWorkbook({ sheetName: '审计日志', title: `审计日志${period ? `（${period}）` : ''}，${today} 导出`, columns: COLUMNS, rows }),
    fileName: xlsxName('审计日志', period, today),
  }
}
