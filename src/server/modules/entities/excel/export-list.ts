import { buildTableWorkbook, excelDate, type ExcelColumn } from '../../../platform/excel-table'
import type { EntitySummaryDto } from '../../../../shared/entities'
import { CATERING_GRADES, ENTITY_STATUS, entityTypeDef, OPEN_KITCHEN, RISK_GRADE_LABELS } from '../../../../shared/entity-catalogue'

/** A filtered register list as a tidy .xlsx: title row, header, one row per entity, labels not codes. */

const label = (labels: Record<string, string>, code: string | null, none = '') => (code === null ? none : labels[code] ?? code)
const COLUMNS: ExcelColumn<EntitySummaryDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '主体名称', width: 32, value: (r) => r.name },
  { header: '统一社会信用代码', width: 22, value: (r) => r.uscc ?? '' },
  { header: '主体类型', width: 18, value: (r) => r.typeLabel || (entityTypeDef(r.type)?.label ?? r.type) },
  { header: '乡镇（街道）', width: 14, value: (r) => r.townshipName },
  { header: '村（社区）', width: 14, value: (r) => r.regionName },
  { header: '地址', width: 36, value: (r) => r.address ?? '' },
  { header: '风险等级', width: 16, value: (r) => label(RISK_GRADE_LABELS, r.riskGrade, '未评定') },
  { header: '明厨亮灶', width: 16, value: (r) => label(OPEN_KITCHEN, r.openKitchen) },
  { header: '量化分级', width: 13, value: (r) => label(CATERING_GRADES, r.cateringGrade) },
  { header: '证照编号', width: 20, value: (r) => r.licenceNumber ?? '' },
  { header: '证照有效期至', width: 13, value: (r) => excelDate(r.licenceExpiresOn), date: true },
  { header: '上次检查日期', width: 13, value: (r) => excelDate(r.lastInspectedOn), date: true },
  { header: '经营状态', width: 10, value: (r) => label(ENTITY_STATUS, r.status) },
]

export const buildEntityExport = (rows: readonly EntitySummaryDto[], title: string): Promise<Buffer> =>
  buildTableWorkbook({ sheetName: '经营主体', title, columns: COLUMNS, rows })
