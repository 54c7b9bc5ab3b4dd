import type { InspectionDetailDto, InspectionInput } from '../../../../shared/inspections'
import { todayOf } from '../../../platform/config'
import { applicableItems, checklistFor, unansweredItems } from '../../../../shared/inspection-checklists'
import { dynamicRiskAnswersFromInspection, overallResult, resultCounts, resultRuleFor, type ItemOutcome } from '../../../../shared/inspection-result'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Transaction } from '../../../platform/db'
import { badRequest } from '../../../platform/errors'
import { isWithinRegion } from '../../../platform/scope'
import { addDays, addWorkdays } from '../../../platform/working-days'
import { openCaseFromInspection } from '../../cases/service/cases'
import { assessFromInspection } from '../../entities/service/grading'
import { findEntityOr404 } from '../../entities/service/register'
import * as q from '../queries'
import { PUBLISH_WITHIN_WORKDAYS } from '../rules'
import { getInspection, staffViewer } from './read'
import { verifyByFollowUp } from './orders'

type Entity = Awaited<ReturnType<typeof findEntityOr404>>

/** The checklist answers against the entity's template: every code known and applicable, once; all answered unless flying. */
function checkAnswers(input: InspectionInput, entity: Entity) {
  const template = checklistFor(entity.type)
  const applicable = new Map(applicableItems(template, entity.type).map((it) => [it.code, it]))
  const seen = new Set<string>()
  for (const a of input.answers) {
    if (!applicable.has(a.code)) throw badRequest(`检查项目：${a.code} 不是本检查表（${template.title}）适用于该主体的项目`)
    if (seen.has(a.code)) throw badRequest(`检查项目：${a.code} 填写了两次`)
    seen.add(a.code)
  }
  // 第二十七条: except 飞行检查, an inspection covers every item of the table.
  if (input.kind !== 'flying') {
    const missing = unansweredItems(template, entity.type, input.answers)
    if (missing.length) throw badRequest(`检查项目：还有 ${missing.length} 项未填写（${missing.slice(0, 5).join('、')}${missing.length > 5 ? '等' : ''}），除飞行检查外应逐项检查`)
  }
  if (input.answers.length === 0) throw badRequest('检查项目：至少填写一项')
  const items = input.answers.map((a) => ({ code: a.code, key: applicable.get(a.code)!.key, outcome: a.outcome as ItemOutcome }))
  const rule = resultRuleFor(template)
  return { template, rule, items, counts: resultCounts(items), result: overallResult(items, rule) }
}

/** 第三十二、三十三条: what may be done with the findings. */
function checkHandling(input: InspectionInput, counts: ReturnType<typeof resultCounts>, today: string) {
  const failures = counts.keyFailures + counts.generalFailures
  if (failures === 0 && input.handling !== 'none') throw badRequest('处理措施：没有不符合项，应选“无需处理”')
  if (failures === 0 && input.operationsHalted) throw badRequest('责令停止生产经营：没有不符合项，不能责令停止生产经营')
  if (failures > 0 && input.handling === 'none') throw badRequest('处理措施：有不符合项，应选择当场整改、限期整改或立案调查')
  if (counts.keyFailures > 0 && input.handling === 'on_the_spot') throw badRequest('处理措施：重点项目不符合，不能以当场整改了结，应限期整改或立案调查')
  if (input.handling === 'rectification') {
    const r = input.rectification
    if (!r) throw badRequest('整改通知：选择限期整改时应填写整改期限和整改要求')
    if (r.dueOn <= input.inspectedOn) throw badRequest('整改期限：应晚于检查日期')
    if (r.dueOn > addDays(today, 366)) throw badRequest('整改期限：不能超过一年')
  } else if (input.rectification) {
    throw badRequest('整改通知：只有限期整改才下达整改通知')
  }
}

async function checkOfficers(tx: Transaction, input: InspectionInput, entity: Entity) {
  const found = await q.officers(tx, input.inspectorIds)
  for (const id of input.inspectorIds) {
    const o = found.find((f) => f.id === id)
    // An officer outside the entity's region answers like a missing one.
    if (!o || o.disabled || !isWithinRegion(entity.regionCode, o.regionCode)) throw badRequest('执法人员：有人员不存在、已停用或不负责该主体所在区域')
    if (o.role !== 'inspector') throw badRequest(`执法人员：${o.name} 不是执法检查人员`)
  }
}

async function checkLinks(tx: Transaction, ctx: SignedInContext, input: InspectionInput, entity: Entity) {
  if (input.kind === 'campaign' && !input.campaign?.trim()) throw badRequest('专项名称：专项检查应写明专项名称')
  if (input.kind === 'random') {
    if (!input.drawId) throw badRequest('双随机抽查：双随机检查应关联抽查记录')
    const draw = await q.findDraw(tx, input.drawId)
    if (!draw || !isWithinRegion(draw.regionCode, ctx.account.regionCode) && !isWithinRegion(ctx.account.regionCode, draw.regionCode)) throw badRequest('双随机抽查：抽查记录不存在')
    const drawn = (draw.record as { assignments?: { entityId: string }[] } | null)?.assignments ?? []
    if (draw.status === 'frozen' || !drawn.some((a) => a.entityId === entity.id)) throw badRequest('双随机抽查：该主体不在这次抽查的抽中名单内')
  } else if (input.drawId) throw badRequest('双随机抽查：只有双随机检查关联抽查记录')
  if (input.kind === 'follow_up') {
    if (!input.verifiesOrderId) throw badRequest('复查的整改通知：整改复查应关联整改通知')
    const order = await q.findOrder(tx, staffViewer(ctx), input.verifiesOrderId)
    if (!order || order.o.entityId !== entity.id) throw badRequest('复查的整改通知：该主体没有这份整改通知')
    if (order.o.status === 'passed' || order.o.status === 'failed') throw badRequest('复查的整改通知：这份整改通知已验证完毕')
    if (input.inspectedOn < order.o.issuedOn) throw badRequest('检查日期：复查不能早于整改通知下达日期')
    return order
  } else if (input.verifiesOrderId) throw badRequest('复查的整改通知：只有整改复查关联整改通知')
  return null
}

async function checkFiles(tx: Transaction, input: InspectionInput) {
  const wanted = [...input.photoIds, ...(input.signatureSha256 ? [input.signatureSha256] : [])]
  const have = await q.existingFiles(tx, wanted)
  if (input.photoIds.some((p) => !have.has(p))) throw badRequest('照片：有照片尚未上传成功，请重新上传')
  if (input.signatureSha256 && !have.has(input.signatureSha256)) throw badRequest('企业签名：签名图片尚未上传成功，请重新签名')
  if (!input.signatureRefused && !input.signerName) throw badRequest('签字人：应由被检查单位签字确认，拒绝签字的请注明')
  if (input.signatureRefused && input.signatureSha256) throw badRequest('企业签名：已注明拒绝签字，不应再有签名')
}

/**
 * Records an inspection: the result is judged from the answers by the template's rule, a 限期整改
 * order or a case clue follows from the handling, a follow-up verifies its order, and the register
 * learns the date and the dynamic risk findings — all in one transaction with its audit row.
 */
export async function recordInspection(ctx: SignedInContext, input: InspectionInput): Promise<InspectionDetailDto> {
  const today = todayOf(ctx)
  if (input.inspectedOn > today) throw badRequest('检查日期：不能晚于今天')
  if (input.inspectedOn < '2000-01-01') throw badRequest('检查日期：日期有误')
  const id = await ctx.db.transaction(async (tx) => {
    const entity = await findEntityOr404(tx, ctx, input.entityId)
    const judged = checkAnswers(input, entity)
    checkHandling(input, judged.counts, today)
    await checkOfficers(tx, input, entity)
    const order = await checkLinks(tx, ctx, input, entity)
    await checkFiles(tx, input)
    const failedCodes = judged.items.filter((i) => i.outcome === 'nonconform').map((i) => i.code)
    const row = await q.insertInspection(tx, {
      entityId: entity.id, regionCode: entity.regionCode, kind: input.kind, campaign: input.campaign, drawId: input.drawId,
      checklistCode: judged.template.code, resultRule: { ...judged.rule, templateVersion: judged.template.version }, inspectedOn: input.inspectedOn,
      inspectorIds: input.inspectorIds, unitId: ctx.account.unitId,
      answers: Object.fromEntries(input.answers.map((a) => [a.code, a.note ? { outcome: a.outcome, note: a.note } : { outcome: a.outcome }])),
      keyFailures: judged.counts.keyFailures, generalFailures: judged.counts.generalFailures, notApplicable: judged.counts.notApplicable,
      result: judged.result, handling: input.handling, findings: input.findings, operationsHalted: input.operationsHalted ?? false, photoIds: input.photoIds,
      signatureSha256: input.signatureSha256, signerName: input.signatureRefused ? null : input.signerName, signatureRefused: input.signatureRefused,
      publishDueOn: addWorkdays(input.inspectedOn, PUBLISH_WITHIN_WORKDAYS), verifiesOrderId: input.verifiesOrderId, createdBy: ctx.account.id,
    })
    if (input.handling === 'rectification' && input.rectification) {
      const r = input.rectification
      const created = await q.insertOrder(tx, {
        inspectionId: row.id, entityId: entity.id, regionCode: entity.regionCode, kind: r.kind, documentNumber: r.documentNumber,
        itemCodes: failedCodes, requirements: r.requirements, issuedOn: input.inspectedOn, dueOn: r.dueOn, status: 'open',
      })
      await writeAudit(tx, ctx, { action: 'rectification.issue', entityType: 'rectification_order', entityId: created.id, after: { inspectionId: row.id, dueOn: r.dueOn, itemCodes: failedCodes } })
    }
    if (input.handling === 'investigation') {
      await openCaseFromInspection(tx, ctx, {
        inspectionId: row.id, entityId: entity.id, regionCode: entity.regionCode, partyName: entity.name,
        cause: `监督检查发现不符合项：${failedCodes.join('、')}${input.findings ? `（${input.findings.slice(0, 200)}）` : ''}`.slice(0, 300),
        clueReceivedOn: input.inspectedOn, officerIds: input.inspectorIds,
      })
    }
    if (order) await verifyByFollowUp(tx, ctx, order, row)
    const risk = await assessFromInspection(tx, ctx, entity, { inspectionId: row.id, inspectedOn: input.inspectedOn, answers: dynamicRiskAnswersFromInspection(judged.items, judged.template) })
    await writeAudit(tx, ctx, {
      action: 'inspection.create', entityType: 'inspection', entityId: row.id,
      after: { entityId: entity.id, kind: input.kind, inspectedOn: input.inspectedOn, result: judged.result, handling: input.handling, failedCodes, riskGrade: risk.grade },
    })
    return row.id
  })
  return getInspection(ctx, id)
}
