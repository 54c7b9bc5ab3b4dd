import type { DueInspectionListDto, TimelineEventDto } from '../../../../shared/entities'
import { todayOf } from '../../../platform/config'
import { CERTIFICATION_KINDS, ENTITY_STATUS, ENTITY_TYPES, LICENCE_KINDS, OPEN_KITCHEN, PERSON_ROLES } from '../../../../shared/entity-catalogue'
import { CertificationInput, EntityInput, LicenceInput, PersonInput } from '../../../../shared/entities'
import { auditTrail } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import * as q from '../queries'
import type { Static } from 'typebox'
import { currentRules, inspectionDueOf } from './grading'
import { findEntityOr404, namesFor, summaries } from './register'

/** An entity's history, read from the audit log (every write to it is audited on the entity). */

const ACTION_LABELS: Record<string, string> = {
  'entity.create': '登记', 'entity.update': '修改信息', 'entity.import_create': '导入登记', 'entity.import_update': '导入更新',
  'entity.licence_add': '新增证照', 'entity.licence_update': '修改证照', 'entity.licence_remove': '删除证照',
  'entity.person_add': '新增人员', 'entity.person_update': '修改人员', 'entity.person_remove': '删除人员',
  'entity.certification_add': '新增认证', 'entity.certification_update': '修改认证', 'entity.certification_remove': '删除认证',
  'entity.assess': '风险分级评定', 'entity.account_create': '开通企业账号',
}

// Field labels are the titles the forms show, taken from the schemas so the two never drift apart;
// each kind of record has its own (姓名 for a person, 主体名称 for the entity).
const titles = (schema: { properties: Record<string, unknown> }) =>
  Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, String((v as { title?: string; anyOf?: { title?: string }[] }).title ?? (v as { anyOf?: { title?: string }[] }).anyOf?.find((x) => x.title)?.title ?? k)]))
const COMMON_LABELS = { riskGrade: '风险等级', riskScore: '风险分值', assessedOn: '评定日期', ruleVersion: '规则版本', lastInspectedOn: '上次检查日期', licences: '证照' }
const LABELS_BY_KIND: Record<string, Record<string, string>> = {
  entity: { ...titles(EntityInput as never), ...COMMON_LABELS },
  licence: titles(LicenceInput as never),
  person: { ...titles(PersonInput as never), assessedOn: '考核日期' },
  certification: titles(CertificationInput as never),
}
const kindOf = (action: string) => (/_(licence|person|certification)_/.exec(action.replace('entity.', '_'))?.[1] ?? 'entity')

const TYPE_LABELS = Object.fromEntries(Object.entries(ENTITY_TYPES).map(([k, v]) => [k, v.label]))
const LICENCE_LABELS = Object.fromEntries(Object.entries(LICENCE_KINDS).map(([k, v]) => [k, v.label]))
const VALUE_LABELS: Record<string, Record<string, Record<string, string>>> = {
  entity: { type: TYPE_LABELS, status: ENTITY_STATUS, openKitchen: OPEN_KITCHEN },
  licence: { kind: LICENCE_LABELS },
  person: { role: PERSON_ROLES, assessmentPassed: { true: '合格', false: '不合格' } },
  certification: { kind: CERTIFICATION_KINDS },
}

function show(kind: string, field: string, value: unknown, regions: Map<string, string>): string | null {
  if (value === null || value === undefined || value === '') return null
  const labels = VALUE_LABELS[kind]?.[field]
  if (labels && String(value) in labels) return labels[String(value)]
  if (field === 'regionCode' && typeof value === 'string') return regions.get(value) ?? value
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (Array.isArray(value)) return value.map((v) => show(kind, field, v, regions)).join('、')
  if (typeof value === 'object') {
    // Import rows nest a child under "licence JY…": show it with that kind's labels.
    const inner = field.split(' ')[0]
    const innerKind = inner in LABELS_BY_KIND ? inner : kind
    return Object.entries(value).filter(([k]) => k !== 'id' && k !== 'entityId' && k !== 'regionCode')
      .map(([k, v]) => `${LABELS_BY_KIND[innerKind][k] ?? k}：${show(innerKind, k, v, regions) ?? '—'}`).join('；')
  }
  return String(value)
}

const fieldLabel = (kind: string, key: string) => {
  const [child, name] = key.split(' ')
  const prefix = { licence: '证照', person: '人员', certification: '认证' }[child]
  return prefix && name ? `${prefix} ${VALUE_LABELS.certification.kind[name as never] ?? name}` : LABELS_BY_KIND[kind][key] ?? key
}

export async function entityTimeline(ctx: SignedInContext, id: string): Promise<TimelineEventDto[]> {
  await findEntityOr404(ctx.db, ctx, id)
  const rows = await auditTrail(ctx.db, 'entity', id)
  const codes = rows.flatMap((r) => [r.before, r.after].map((v) => (v as { regionCode?: string } | null)?.regionCode)).filter((c): c is string => Boolean(c))
  const regions = await namesFor(ctx, [...new Set(codes)])
  return rows.map((r) => {
    const kind = kindOf(r.action)
    const before = (r.before ?? {}) as Record<string, unknown>
    const after = (r.after ?? {}) as Record<string, unknown>
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'id' && k !== 'staticFactors')
    return {
      at: r.at.toISOString(), actor: r.actorUsername, action: r.action, actionLabel: ACTION_LABELS[r.action] ?? r.action,
      changes: keys.map((k) => ({ field: fieldLabel(kind, k), before: show(kind, k, before[k], regions), after: show(kind, k, after[k], regions) }))
        .filter((c) => c.before !== null || c.after !== null),
    }
  })
}

/** Entities due or overdue for inspection this year, by the frequency their grade asks for. */
export async function listDueInspections(ctx: SignedInContext, query: { region?: string; overdueOnly?: boolean; page?: number; pageSize?: number }): Promise<Static<typeof DueInspectionListDto>> {
  const today = todayOf(ctx)
  const year = Number(today.slice(0, 4))
  const rules = (await currentRules(ctx.db)).rules
  const rows = await q.listEntityIds(ctx.db, q.entityWhere(ctx.account, { region: query.region, status: 'active' }), 200_000)
  const dueThisYear = rows.map((e) => ({ e, due: inspectionDueOf(e, rules, today)! })).filter(({ due }) => due.nextDueOn <= `${year}-12-31`)
  const overdue = dueThisYear.filter((d) => d.due.overdue).length
  const due = dueThisYear.filter(({ due }) => !query.overdueOnly || due.overdue)
    .sort((a, b) => a.due.nextDueOn.localeCompare(b.due.nextDueOn) || a.e.name.localeCompare(b.e.name))
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const slice = due.slice((page - 1) * pageSize, page * pageSize)
  const items = await summaries(ctx, slice.map((d) => d.e))
  return {
    year, total: due.length, dueThisYear: dueThisYear.length, overdue, page, pageSize,
    items: items.map((s, i) => ({ ...s, perYearMin: slice[i].due.perYear.min, nextDueOn: slice[i].due.nextDueOn, overdue: slice[i].due.overdue })),
  }
}
