import dayjs from 'dayjs'
import { DEFAULT_RECTIFICATION_DAYS, type Handling, type InspectionInput } from '../../../shared/inspections'
import { applicableItems, checklistFor, type ChecklistGroup, type FlatItem } from '../../../shared/inspection-checklists'
import { overallResult, resultCounts, resultRuleFor, type ItemOutcome, type OverallResult, type ResultCounts } from '../../../shared/inspection-result'

export { DEFAULT_RECTIFICATION_DAYS }

export interface Answer { outcome?: ItemOutcome; note?: string }
export type Answers = Record<string, Answer>

export interface Checklist {
  title: string
  /** Groups with only the items this entity type must answer, in table order. */
  groups: { group: ChecklistGroup; items: FlatItem[] }[]
  items: FlatItem[]
  ruleTitle: string
  judge: (answers: Answers) => Judgement
}

export interface Judgement {
  counts: ResultCounts
  /** Null until an item is answered: an empty form has no result yet. */
  result: OverallResult | null
  answered: number
  unanswered: number
  failed: FlatItem[]
}

/** The entity type's checklist and the rule its result is judged by — the same functions the server uses. */
export function checklistOf(entityType: string): Checklist {
  const template = checklistFor(entityType)
  const items = applicableItems(template, entityType)
  const rule = resultRuleFor(template)
  const groups = template.groups.map((group) => ({ group, items: items.filter((it) => it.group.code === group.code) })).filter((g) => g.items.length > 0)
  const judge = (answers: Answers): Judgement => {
    const done = items.filter((it) => answers[it.code]?.outcome).map((it) => ({ code: it.code, key: it.key, outcome: answers[it.code].outcome! }))
    return {
      counts: resultCounts(done), result: done.length ? overallResult(done, rule) : null, answered: done.length, unanswered: items.length - done.length,
      failed: items.filter((it) => answers[it.code]?.outcome === 'nonconform'),
    }
  }
  return { title: template.title, groups, items, ruleTitle: rule.title, judge }
}

/** 第三十二、三十三条 as the server applies them: what may be done with the findings. */
export function allowedHandlings(counts: ResultCounts): Handling[] {
  if (counts.keyFailures + counts.generalFailures === 0) return ['none']
  return counts.keyFailures > 0 ? ['rectification', 'investigation'] : ['on_the_spot', 'rectification', 'investigation']
}

/** The order's requirements, one line per failed item with the inspector's note. */
export const requirementsFrom = (failed: FlatItem[], answers: Answers) =>
  failed.map((it, k) => `${k + 1}. ${it.code}${it.key ? '（重点项）' : ''} ${it.text}${answers[it.code]?.note?.trim() ? `：${answers[it.code].note!.trim()}` : ''}`).join('\n')

export const defaultDueOn = (inspectedOn: string) => dayjs(inspectedOn).add(DEFAULT_RECTIFICATION_DAYS, 'day').format('YYYY-MM-DD')

export interface FormValues {
  entityId: string
  kind: string
  campaign?: string
  drawId?: string
  verifiesOrderId?: string
  inspectedOn: string
  inspectorIds: string[]
  answers: Answers
  handling: Handling
  findings?: string
  orderKind?: string
  dueOn?: string
  requirements?: string
  documentNumber?: string
  signerName?: string
  signatureRefused: boolean
}

const text = (s: string | undefined) => s?.trim() || null

/** The API's input from the form; fields of another kind or handling are dropped, not sent. */
export function toInput(v: FormValues, items: FlatItem[], photoIds: string[], signatureSha256: string | null): InspectionInput {
  return {
    entityId: v.entityId, kind: v.kind, inspectedOn: v.inspectedOn, inspectorIds: v.inspectorIds,
    campaign: v.kind === 'campaign' ? text(v.campaign) : null,
    drawId: v.kind === 'random' ? v.drawId ?? null : null,
    verifiesOrderId: v.kind === 'follow_up' ? v.verifiesOrderId ?? null : null,
    answers: items.filter((it) => v.answers[it.code]?.outcome).map((it) => {
      const a = v.answers[it.code]
      const note = a.outcome === 'nonconform' ? text(a.note) : null
      return note ? { code: it.code, outcome: a.outcome!, note } : { code: it.code, outcome: a.outcome! }
    }),
    handling: v.handling, findings: text(v.findings), photoIds,
    signatureSha256: v.signatureRefused ? null : signatureSha256,
    signerName: v.signatureRefused ? null : text(v.signerName),
    signatureRefused: v.signatureRefused,
    rectification: v.handling === 'rectification'
      ? { kind: v.orderKind ?? 'rectify', dueOn: v.dueOn ?? '', requirements: v.requirements?.trim() ?? '', documentNumber: text(v.documentNumber) }
      : null,
  }
}

/**
 * Form field → the name the server's messages use (`整改期限：应晚于检查日期`), so a 400 lands under its field.
 * 整改通知 (the whole order missing) goes under the deadline, the first of its fields.
 */
export const FIELD_LABELS: Record<string, string> = {
  entityId: '检查对象', kind: '检查类型', campaign: '专项名称', drawId: '双随机抽查', verifiesOrderId: '复查的整改通知', inspectedOn: '检查日期',
  inspectorIds: '执法人员', answers: '检查项目', handling: '处理措施', findings: '检查发现的问题', photos: '照片', signature: '企业签名',
  signerName: '签字人', orderKind: '整改文书', dueOn: '整改期限', requirements: '整改要求', documentNumber: '文书编号',
}
export const LABEL_ALIASES: Record<string, string> = { 整改通知: 'dueOn' }
