import { createHash } from 'node:crypto'
import type { PlanSummaryDto } from '../../../../shared/work-plans'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { AppError, isUniqueViolation } from '../../../platform/errors'
import { findUnitByNameOrAlias } from '../../regions/service'
import { dueDatesFor, type DeadlineKind } from '../due-dates'
import { parsePlanFile, parsePlanText, PlanReadError, type Deadline, type ParsedPlan, type SourceSpan } from '../parser'
import * as q from '../queries'
import { collectiveOf } from '../rules'
import { toPlanSummary } from './plan-view'

export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')
const span = (spans?: SourceSpan[]) => ({ sourceStart: spans?.[0]?.start ?? null, sourceEnd: spans?.[0]?.end ?? null })

function readError(e: unknown): never {
  if (e instanceof PlanReadError) throw new AppError(e.code === 'too_large' ? 413 : 422, `plan_${e.code}`, e.message)
  throw e
}

/** Upload → draft. The same bytes uploaded again return the existing plan; a failure leaves nothing behind. */
export async function importPlanFile(ctx: SignedInContext, buffer: Buffer, fileName: string) {
  if (buffer.length > MAX_PLAN_FILE_BYTES) throw new AppError(413, 'plan_too_large', '文件超过 20 MB，请压缩或拆分后再上传')
  if (!buffer.length) throw new AppError(422, 'plan_empty', '文件为空')
  const hash = sha256(buffer)
  const existing = await q.findPlanByHash(ctx.db, ctx.account, hash)
  if (existing) return alreadyImported(ctx, existing)
  const parsed = await parsePlanFile(buffer, fileName).catch(readError)
  return createDraft(ctx, parsed, fileName, hash)
}

export async function importPlanText(ctx: SignedInContext, text: string, fileName = '粘贴的方案文本') {
  const hash = sha256(text)
  const existing = await q.findPlanByHash(ctx.db, ctx.account, hash)
  if (existing) return alreadyImported(ctx, existing)
  const parsed = parsePlanText(text)
  if (!parsed.tasks.length) throw new AppError(422, 'plan_no_tasks', '未能在文本中识别出任何工作任务：任务应按“（一）”“1.”编号，或以表格逐行列出')
  return createDraft(ctx, parsed, fileName, hash)
}

/** The same document again: its existing plan, nothing created. */
const alreadyImported = async (ctx: SignedInContext, existing: q.PlanRow) =>
  ({ plan: toPlanSummary(existing, await q.countTasks(ctx.db, existing.id)), duplicate: true })

type Resolver = (name: string) => Promise<{ unitId: string | null; collective: string | null }>

/** Names resolve to a collective, a unit by name or remembered alias, or the parser's canonical form of the name. */
function unitResolver(db: Executor, canonical: Record<string, string>): Resolver {
  const cache = new Map<string, { unitId: string | null; collective: string | null }>()
  return async (name) => {
    const hit = cache.get(name)
    if (hit) return hit
    const collective = collectiveOf(name)
    const unit = collective ? undefined : (await findUnitByNameOrAlias(db, name)) ?? (canonical[name] ? await findUnitByNameOrAlias(db, canonical[name]) : undefined)
    const resolved = { unitId: unit?.id ?? null, collective }
    cache.set(name, resolved)
    return resolved
  }
}

export async function insertDeadlineWithDates(tx: Executor, base: { planId: string; taskId: string | null; regionCode: string; sortOrder: number },
  d: Pick<Deadline, 'text' | 'kind' | 'context' | 'from' | 'sourceSpans'>, year: number | [number, number], manualDates?: string[]) {
  const row = await q.insertDeadline(tx, {
    ...base, text: d.text, kind: d.kind, context: d.context ?? '', fromProgress: d.from === '工作进度', ...span(d.sourceSpans),
  })
  const dates = manualDates?.length
    ? manualDates.map((on) => ({ dueOn: on, nominalOn: on, periodLabel: `${on.slice(0, 4)}年`, periodStart: `${on.slice(0, 4)}-01-01`, periodEnd: `${on.slice(0, 4)}-12-31`, requiredCount: null }))
    : dueDatesFor(d.kind as DeadlineKind, d.text, year).dueDates
  await q.insertDueDates(tx, dates.map((dd) => ({ ...dd, planId: base.planId, deadlineId: row.id, taskId: base.taskId, regionCode: base.regionCode })))
  return row
}

async function createDraft(ctx: SignedInContext, parsed: ParsedPlan, fileName: string, hash: string): Promise<{ plan: PlanSummaryDto; duplicate: boolean }> {
  const thisYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4))
  const year = parsed.year ?? thisYear
  const [yearFrom, yearTo] = Array.isArray(year) ? year : [year, year]
  const regionCode = ctx.account.regionCode
  try {
    return await ctx.db.transaction(async (tx) => {
      const plan = await q.insertPlan(tx, {
        regionCode, title: (parsed.title ?? fileName).slice(0, 200), issuer: parsed.issuer?.slice(0, 100) ?? null, yearFrom, yearTo, status: 'draft',
        sourceFileName: fileName.slice(0, 255), sourceHash: hash, sourceText: parsed.sourceText, parsed, createdBy: ctx.account.id,
      })
      await q.insertSections(tx, parsed.sections.map((s, i) => ({ planId: plan.id, regionCode, number: s.number, title: s.title.slice(0, 200), sortOrder: i })))
      const resolve = unitResolver(tx, parsed.unitCanonical)
      // Numbered per chapter, （一） recurs: the chapter goes in front (二（一）) so every message names one task.
      const numbers = parsed.tasks.map((t) => t.number)
      const perChapter = new Set(numbers).size < numbers.length
      for (const [i, t] of parsed.tasks.entries()) {
        const task = await q.insertTask(tx, {
          planId: plan.id, regionCode, sectionNumber: t.section, number: perChapter && t.section ? `${t.section}${t.number}` : t.number, title: t.title.slice(0, 300), text: t.text,
          progressText: t.progressText ?? null, sortOrder: i, ...span(t.sourceSpans),
        })
        const mentions = t.responsibilities.flatMap((r) => r.units ?? [])
        const named = [...t.leads.map((name) => ({ name, role: 'lead' })), ...t.cooperating.map((name) => ({ name, role: 'cooperating' }))]
        const units = []
        for (const [j, u] of named.entries()) {
          const mention = mentions.find((m) => m.name === u.name)
          units.push({ planId: plan.id, taskId: task.id, regionCode, role: u.role, nameAsWritten: u.name.slice(0, 100), sortOrder: j,
            sourceStart: mention?.start ?? null, sourceEnd: mention?.end ?? null, ...(await resolve(u.name)) })
        }
        await q.insertTaskUnits(tx, units)
        await q.insertTargets(tx, t.targets.map((g, j) => ({
          planId: plan.id, taskId: task.id, regionCode, text: g.text, metric: g.metric.slice(0, 200), comparator: g.comparator, value: g.value,
          unit: g.unit.slice(0, 32), fromProgress: g.from === '工作进度', sortOrder: j, ...span(g.sourceSpans),
        })))
        for (const [j, d] of t.deadlines.entries()) await insertDeadlineWithDates(tx, { planId: plan.id, taskId: task.id, regionCode, sortOrder: j }, d, year)
      }
      for (const [j, d] of parsed.generalDeadlines.entries()) await insertDeadlineWithDates(tx, { planId: plan.id, taskId: null, regionCode, sortOrder: j }, d, year)
      await writeAudit(tx, ctx, { action: 'workplan.import', entityType: 'work_plan', entityId: plan.id,
        after: { title: plan.title, fileName, sha256: hash, tasks: parsed.tasks.length } })
      return { plan: toPlanSummary(plan, parsed.tasks.length), duplicate: false }
    })
  } catch (e) {
    // The same document uploaded twice at once: the unique (region, hash) index lets one through.
    if (isUniqueViolation(e)) {
      const existing = await q.findPlanByHash(ctx.db, ctx.account, hash)
      if (existing) return alreadyImported(ctx, existing)
    }
    throw e
  }
}
