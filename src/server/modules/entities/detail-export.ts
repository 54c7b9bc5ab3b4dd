import { Type, type Static } from 'typebox'
import { Uuid } from '../../../shared/common'
import type { EntityDetailDto, RiskAssessmentDto, TimelineEventDto } from '../../../shared/entities'
import { CERTIFICATION_KINDS, LICENCE_KINDS, PERSON_ROLES, RISK_GRADE_LABELS } from '../../../shared/entity-catalogue'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { buildTableWorkbook, excelDate, excelDateTime, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { listAssessments } from './service/grading'
import { entityTimeline } from './service/history'
import { getEntity } from './service/register'

/**
 * The tables of one entity's detail tabs (证照, 人员, 认证, 风险分级评定, 变更记录) as .xlsx, one workbook a tab
 * (the shared table layout has one sheet), each read through the tab's own service call: 404 outside the caller's scope.
 * The 检查与整改 tab uses the inspections module's exports filtered by entityId.
 */

const label = (labels: Record<string, string>, code: string) => labels[code] ?? code
const expiry = (days: number | null) => (days === null ? null : days < 0 ? `已过期 ${-days} 天` : `${days} 天`)

type Licence = EntityDetailDto['licences'][number]
type Person = EntityDetailDto['people'][number]
type Certification = EntityDetailDto['certifications'][number]
type ChangeRow = { at: string; actor: string | null; actionLabel: string; field: string | null; before: string | null; after: string | null }

const LICENCE_COLUMNS: ExcelColumn<Licence>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '证照类型', width: 20, value: (r) => LICENCE_KINDS[r.kind as keyof typeof LICENCE_KINDS]?.label ?? r.kind },
  { header: '电子证书', width: 9, value: (r) => (r.electronic ? '是' : '否') },
  { header: '编号', width: 24, value: (r) => r.number },
  { header: '许可类别（经营项目）', width: 30, value: (r) => r.category },
  { header: '发证日期', width: 12, value: (r) => excelDate(r.issuedOn), date: true },
  { header: '有效期至', width: 12, value: (r) => excelDate(r.expiresOn), date: true },
  { header: '剩余天数', width: 14, value: (r) => expiry(r.daysToExpiry) },
  { header: '发证机关', width: 24, value: (r) => r.issuer },
]

const PERSON_COLUMNS: ExcelColumn<Person>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '岗位', width: 14, value: (r) => label(PERSON_ROLES, r.role) },
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '联系电话', width: 16, value: (r) => r.phone },
  { header: '任命日期', width: 12, value: (r) => excelDate(r.appointedOn), date: true },
  { header: '考核日期', width: 12, value: (r) => excelDate(r.assessedOn), date: true },
  { header: '考核结果', width: 10, value: (r) => (r.assessmentPassed === null ? '未考核' : r.assessmentPassed ? '合格' : '不合格') },
  { header: '考核成绩', width: 10, value: (r) => r.assessmentScore },
]

const CERTIFICATION_COLUMNS: ExcelColumn<Certification>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '认证类型', width: 16, value: (r) => label(CERTIFICATION_KINDS, r.kind) },
  { header: '证书编号', width: 24, value: (r) => r.number },
  { header: '认证机构', width: 30, value: (r) => r.issuer },
  { header: '发证日期', width: 12, value: (r) => excelDate(r.issuedOn), date: true },
  { header: '有效期至', width: 12, value: (r) => excelDate(r.expiresOn), date: true },
  { header: '剩余天数', width: 14, value: (r) => expiry(r.daysToExpiry) },
]

const ASSESSMENT_COLUMNS: ExcelColumn<RiskAssessmentDto>[] = [
  { header: '评定日期', width: 12, value: (r) => excelDate(r.assessedOn), date: true },
  { header: '静态分', width: 8, value: (r) => r.staticScore },
  { header: '动态分', width: 8, value: (r) => r.dynamicScore },
  { header: '总分', width: 8, value: (r) => r.totalScore },
  { header: '等级', width: 18, value: (r) => label(RISK_GRADE_LABELS, r.grade) },
  { header: '规则版本', width: 10, value: (r) => `第 ${r.ruleVersion} 版` },
  { header: '来源', width: 10, value: (r) => label({ manual: '人工评定', import: '导入' }, r.source) },
  { header: '评定人', width: 12, value: (r) => r.assessedBy },
  { header: '说明', width: 40, value: (r) => r.note },
]

const CHANGE_COLUMNS: ExcelColumn<ChangeRow>[] = [
  { header: '时间', width: 20, value: (r) => excelDateTime(r.at), dateTime: true },
  { header: '操作人', width: 12, value: (r) => r.actor ?? '系统' },
  { header: '操作', width: 16, value: (r) => r.actionLabel },
  { header: '字段', width: 20, value: (r) => r.field },
  { header: '原值', width: 30, value: (r) => r.before },
  { header: '新值', width: 30, value: (r) => r.after },
]

/** One row per changed field, newest event first, as the tab lists them (a new record's empty fields say nothing). */
const changeRows = (events: TimelineEventDto[]): ChangeRow[] => [...events].sort((a, b) => b.at.localeCompare(a.at)).flatMap((e): ChangeRow[] => {
  const changes = e.changes.filter((c) => c.before !== null || c.after !== null)
  const base = { at: e.at, actor: e.actor, actionLabel: e.actionLabel }
  return changes.length ? changes.map((c) => ({ ...base, ...c })) : [{ ...base, field: null, before: null, after: null }]
})

interface Tab<T> { label: string; columns: ExcelColumn<T>[]; rows: (ctx: SignedInContext, entity: EntityDetailDto) => Promise<T[]> | T[] }
const tab = <T,>(t: Tab<T>) => t as unknown as Tab<unknown>
const TABS: Record<string, Tab<unknown>> = {
  licences: tab({ label: '证照', columns: LICENCE_COLUMNS, rows: (_ctx, e) => e.licences }),
  people: tab({ label: '人员', columns: PERSON_COLUMNS, rows: (_ctx, e) => e.people }),
  certifications: tab({ label: '认证', columns: CERTIFICATION_COLUMNS, rows: (_ctx, e) => e.certifications }),
  assessments: tab({ label: '风险分级评定记录', columns: ASSESSMENT_COLUMNS, rows: (ctx, e) => listAssessments(ctx, e.id) }),
  timeline: tab({ label: '变更记录', columns: CHANGE_COLUMNS, rows: async (ctx, e) => changeRows(await entityTimeline(ctx, e.id)) }),
}

export const EntityTableParams = Type.Object({
  id: Uuid('经营主体'), table: Type.Union(Object.keys(TABS).map((k) => Type.Literal(k)), { title: '表格' }),
}, { additionalProperties: false })

export async function entityTableWorkbook(ctx: SignedInContext, params: Static<typeof EntityTableParams>) {
  const entity = await getEntity(ctx, params.id)
  const def = TABS[params.table]
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({
      sheetName: def.label, title: `${entity.name}：${def.label}，${today} 导出`, columns: def.columns, rows: await def.rows(ctx, entity),
    }),
    fileName: xlsxName(entity.name, def.label, today),
  }
}
