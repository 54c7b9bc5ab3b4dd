import { createHash, randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { applicableItems, checklistFor } from '../../../../shared/inspection-checklists'
import { overallResult, resultCounts, resultRuleFor, type ItemOutcome } from '../../../../shared/inspection-result'
import { DEFAULT_RISK_RULES } from '../../../../shared/risk-rules'
import type { RiskGrade } from '../../../../shared/entity-catalogue'
import { bulkInsert } from '../../../platform/bulk-insert'
import type { Executor } from '../../../platform/db'
import { addDays, addWorkdays, daysBetween } from '../../../platform/working-days'
import { DEFAULT_RECTIFICATION_DAYS, PUBLISH_WITHIN_WORKDAYS } from '../rules'
import { inspections, rectificationOrders } from '../schema'

/**
 * A year of inspections for the demo register, so that the plan, the rectification list and the
 * report figures have something true to show. Each active business is inspected as often as its grade
 * asks over the twelve months up to today; about one in eight finds general problems (mostly put
 * right on the spot, else a 限期整改 order — most verified, some now overdue), one in sixty a key item.
 * Decided by hashes of the entity's id and the visit number: the same every load. Officers: the local
 * station's pair in the inspector's township, the county brigade's pair elsewhere; the inspecting unit is
 * that station or the county 市场监督管理局 (so the big screen ranks units).
 */
export async function writeDemoInspections(tx: Executor, today: string, officers: { local: { township: string; ids: string[] }; county: string[] }) {
  const { rows } = await tx.execute<{ id: string; type: string; region_code: string; risk_grade: string | null }>(
    sql`SELECT id, type, region_code, risk_grade FROM entities WHERE status = 'active' ORDER BY id`)
  // The twelve months up to today, so the demo has a year of work whatever the date it is loaded on.
  const { rows: units } = await tx.execute<{ id: string; code: string }>(
    sql`SELECT id, code FROM units WHERE code IN ('msa', ${`msa-${officers.local.township.slice(0, 9)}`})`)
  const unitOf = (code: string) => units.find((u) => u.code === code)?.id ?? null
  const localUnit = unitOf(`msa-${officers.local.township.slice(0, 9)}`)
  const countyUnit = unitOf('msa')
  const yearStart = addDays(today, -365)
  const elapsed = daysBetween(yearStart, today)
  const share = 1
  const out: Record<string, unknown>[] = []
  const orders: Record<string, unknown>[] = []
  const last = new Map<string, string>()
  for (const e of rows) {
    const perYear = DEFAULT_RISK_RULES.frequency[(e.risk_grade ?? 'B') as RiskGrade].min
    const h0 = createHash('sha256').update(`demo-inspection|${e.id}`).digest()
    const visits = Math.floor(perYear * share + h0[0] / 256)
    const items = applicableItems(checklistFor(e.type), e.type)
    const template = checklistFor(e.type)
    const local = e.region_code.startsWith(officers.local.township.slice(0, 9))
    const pair = local ? officers.local.ids : officers.county
    for (let v = 0; v < visits; v++) {
      const h = createHash('sha256').update(`demo-inspection|${e.id}|${v}`).digest()
      const inspectedOn = onWorkday(addDays(yearStart, Math.floor(((v + h[1] / 256) / visits) * elapsed)), today)
      const general = items.filter((i) => !i.key)
      const failed = new Set<string>()
      if (h[2] < 32 && general.length) for (let k = 0; k <= h[3] % 3; k++) failed.add(general[(h[4] + k * 7) % general.length].code)
      const keyItems = items.filter((i) => i.key)
      if (h[5] < 4 && keyItems.length) failed.add(keyItems[h[6] % keyItems.length].code)
      const answered = items.map((i) => ({ code: i.code, key: i.key, outcome: (failed.has(i.code) ? 'nonconform' : 'conform') as ItemOutcome }))
      const counts = resultCounts(answered)
      const rule = resultRuleFor(template)
      const handling = failed.size === 0 ? 'none' : counts.keyFailures === 0 && h[7] < 160 ? 'on_the_spot' : 'rectification'
      const id = randomUUID()
      out.push({
        id, entityId: e.id, regionCode: e.region_code, kind: v === 0 && h[8] < 20 ? 'campaign' : 'daily', campaign: v === 0 && h[8] < 20 ? '春季校园及周边食品安全专项检查' : null,
        checklistCode: template.code, resultRule: { ...rule, templateVersion: template.version }, inspectedOn, inspectorIds: pair, unitId: local ? localUnit : countyUnit,
        answers: Object.fromEntries(answered.map((a) => [a.code, failed.has(a.code) ? { outcome: a.outcome, note: '现场检查发现问题' } : { outcome: a.outcome }])),
        keyFailures: counts.keyFailures, generalFailures: counts.generalFailures, notApplicable: 0, result: overallResult(answered, rule), handling,
        findings: failed.size ? '现场检查发现不符合项，已告知经营者' : null, photoIds: [], signerName: '负责人', signatureRefused: false,
        publishDueOn: addWorkdays(inspectedOn, PUBLISH_WITHIN_WORKDAYS), publishedAt: addWorkdays(inspectedOn, 10) < today ? `${addWorkdays(inspectedOn, 10)}T02:00:00Z` : null,
      })
      if (handling === 'rectification') {
        const dueOn = addDays(inspectedOn, DEFAULT_RECTIFICATION_DAYS)
        const closed = dueOn < today && h[9] < 225
        const verifiedOn = closed ? addDays(dueOn, (h[10] % 8) - 5) : null
        const reported = !closed && dueOn >= today && h[11] >= 128
        orders.push({
          id: randomUUID(), inspectionId: id, entityId: e.id, regionCode: e.region_code, kind: 'rectify', itemCodes: [...failed],
          requirements: `对检查发现的 ${failed.size} 项问题于 ${dueOn} 前整改完毕并书面报告`, issuedOn: inspectedOn, dueOn,
          status: closed ? 'passed' : reported ? 'reported' : 'open', reportedOn: closed ? verifiedOn : reported ? addDays(inspectedOn, 3) : null,
          verifiedOn, verificationNote: closed ? '复查：整改项目均已符合' : null,
        })
      }
      if (!last.has(e.id) || last.get(e.id)! < inspectedOn) last.set(e.id, inspectedOn)
    }
  }
  await bulkInsert(tx, inspections, out, 2000)
  await bulkInsert(tx, rectificationOrders, orders)
  const latest = JSON.stringify([...last].map(([id, on]) => ({ id, on })))
  await tx.execute(sql`UPDATE entities e SET last_inspected_on = x.on FROM jsonb_to_recordset(${latest}::jsonb) AS x(id uuid, "on" date)
    WHERE e.id = x.id AND (e.last_inspected_on IS NULL OR e.last_inspected_on < x.on)`)
  return { inspections: out.length, orders: orders.length }
}

/** A weekday on or after the date, never after today (inspectors do not work weekends in the demo). */
function onWorkday(date: string, today: string) {
  let d = date
  for (let i = 0; i < 7 && new Date(`${d}T00:00:00Z`).getUTCDay() % 6 === 0; i++) d = addDays(d, 1)
  return d > today ? date : d
}
