import type { DueInspectionListDto, TimelineEventDto } from '../../../../shared/entities'
import { CERTIFICATION_KINDS, ENTITY_STATUS, ENTITY_TYPES, LICENCE_KINDS, OPEN_KITCHEN, PERSON_ROLES } from '../../../../shared/entity-catalogue'
import { EntityInput, LicenceInput, PersonInput } from '../../../../shared/entities'
import { auditTrail } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import * as q from '../queries'
import type { Static } from 'typebox'
import { currentRules, inspectionDueOf } from './grading'
import { findEntityOr404, summaries, todayOf } from './register'

/** An entity's history, read from the audit log (every write to it is audited on the entity). */

const ACTION_LABELS: Record<string, string> = {
  'entity.create': '登记', 'entity.update': '修改信息', 'entity.import_create': '导入登记', 'entity.import_update': '导入更新',
  'entity.licence_add': '新增证照', 'entity.licence_update': '修改证照', 'entity.licence_remove': '删除证照',
  'entity.person_add': '新增人员', 'entity.person_update': '修改人员', 'entity.person_remove': '删除人员',
  'entity.certification_add': '新增认证', 'entity.certification_update': '修改认证', 'entity.certification_remove': '删除认证',
  'entity.assess': '风险分级评定', 'entity.account_create': '开通企业账号',
}

// Field labels are the titles the forms show, taken from the schemas so the two never drift apart.
const titles = (schema: { properties: Record<string, unknown> }) =>
  Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, String((v as { title?: string; anyOf?: { title?: string }[] }).title ?? (v as { anyOf?: { title?: string }[] }).anyOf?.find((x) => x.title)?.title ?? k)]))
const FIELD_LABELS: Record<string, string> = {
  ...titles(PersonInput as never), ...titles(LicenceInput as never), ...titles(EntityInput as never),
  riskGrade: '风险等级', riskScore: '风险分值', assessedOn: '评定日期', ruleVersion: '规则版本', lastInspectedOn: '上次检查日期', licences: '证照', id: '编号',
}
const VALUE_LABELS: Record<string, Record<string, string>> = {
  type: Object.fromEntries(Object.entries(ENTITY_TYPES).map(([k, v]) => [k, v.label])), status: ENTITY_STATUS, openKitchen: OPEN_KITCHEN,
  kind: { ...Object.fromEntries(Object.entries(LICENCE_KINDS).map(([k, v]) => [k, v.label])), ...CERTIFICATION_KINDS }, role: PERSON_ROLES,
}

function show(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'string') return VALUE_LABELS[field]?.[value] ?? value
  if (Array.isArray(value)) return value.map((v) => show(field, v)).join('、')
  if (typeof value === 'object') return Object.entries(value).filter(([k]) => k !== 'id').map(([k, v]) => `${FIELD_LABELS[k] ?? k}：${show(k, v) ?? '—'}`).join('；')
  return String(value)
}

const fieldLabel = (key: string) => {
  const [kind, name] = key.split(' ')
  const prefix = { licence: '证照', person: '人员', certification: '认证' }[kind]
  return prefix && name ? `${prefix} ${VALUE_LABELS.kind[name] ?? name}` : FIELD_LABELS[key] ?? key
}

export async function entityTimeline(ctx: SignedInContext, id: string): Promise<TimelineEventDto[]> {
  await findEntityOr404(ctx.db, ctx, id)
  const rows = await auditTrail(ctx.db, 'entity', id)
  return rows.map((r) => {
    const before = (r.before ?? {}) as Record<string, unknown>
    const after = (r.after ?? {}) as Record<string, unknown>
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'id' && k !== 'staticFactors')
    return {
      at: r.at.toISOString(), actor: r.actorUsername, action: r.action, actionLabel: ACTION_LABELS[r.action] ?? r.action,
      changes: keys.map((k) => ({ field: fieldLabel(k), before: show(k, before[k]), after: show(k, after[k]) })),
    }
  })
}

/** Entities due or overdue for inspection this year, by the frequency their grade asks for. */
export async function listDueInspections(ctx: SignedInContext, query: { region?: string; overdueOnly?: boolean; page?: number; pageSize?: number }): Promise<Static<typeof DueInspectionListDto>> {
  const today = todayOf(ctx)
  const year = Number(today.slice(0, 4))
  const rules = (await currentRules(ctx.db)).rules
  const rows = await q.listEntityIds(ctx.db, q.entityWhere(ctx.account, { region: query.region, status: 'active' }), 200_000)
  const due = rows.map((e) => ({ e, due: inspectionDueOf(e, rules, today)! }))
    .filter(({ due }) => due.nextDueOn <= `${year}-12-31` && (!query.overdueOnly || due.overdue))
    .sort((a, b) => a.due.nextDueOn.localeCompare(b.due.nextDueOn) || a.e.name.localeCompare(b.e.name))
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const slice = due.slice((page - 1) * pageSize, page * pageSize)
  const items = await summaries(ctx, slice.map((d) => d.e))
  return {
    year, total: due.length, overdue: due.filter((d) => d.due.overdue).length, page, pageSize,
    items: items.map((s, i) => ({ ...s, perYearMin: slice[i].due.perYear.min, nextDueOn: slice[i].due.nextDueOn, overdue: slice[i].due.overdue })),
  }
}
