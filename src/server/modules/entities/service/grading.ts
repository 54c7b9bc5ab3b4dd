import { eq, sql } from 'drizzle-orm'
import type { RiskAssessmentDto, RiskAssessmentInput } from '../../../../shared/entities'
import type { RiskGrade } from '../../../../shared/entity-catalogue'
import { checkRiskRules, DEFAULT_RISK_RULES, dynamicScore, gradeOf, staticScore, type DynamicAnswer, type RiskRules } from '../../../../shared/risk-rules'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, notFound } from '../../../platform/errors'
import * as q from '../queries'
import { toAssessmentDto } from '../presenter'
import { nextInspectionDue } from '../rules'
import { entities, type EntityRow } from '../schema'

/** The grading rules in force: the newest version; version 1 is the documented default. */
export async function currentRules(db: Executor): Promise<{ id: string; version: number; rules: RiskRules; createdAt: Date }> {
  const found = await q.latestRuleSet(db)
  if (found) return { ...found, rules: found.rules as RiskRules }
  // Two first requests may race to create version 1: the unique version decides, quietly.
  await db.execute(sql`INSERT INTO risk_rule_sets (version, rules, note) VALUES (1, ${JSON.stringify(DEFAULT_RISK_RULES)}::jsonb, '默认规则（来源见规则说明）') ON CONFLICT (version) DO NOTHING`)
  const created = await q.latestRuleSet(db)
  return { ...created!, rules: created!.rules as RiskRules }
}

export async function getRules(ctx: SignedInContext) {
  const r = await currentRules(ctx.db)
  return { version: r.version, rules: r.rules, createdAt: r.createdAt.toISOString() }
}

export async function updateRules(ctx: SignedInContext, input: { rules: Omit<RiskRules, 'sources'>; note: string | null }) {
  const problem = checkRiskRules({ ...input.rules, sources: [] })
  if (problem) throw badRequest(problem)
  await ctx.db.transaction(async (tx) => {
    const current = await currentRules(tx)
    const rules: RiskRules = { ...input.rules, sources: current.rules.sources }
    const row = await q.insertRuleSet(tx, { version: current.version + 1, rules, note: input.note, createdBy: ctx.account.id })
    await writeAudit(tx, ctx, { action: 'risk_rules.update', entityType: 'risk_rules', entityId: row.version, before: current.rules, after: rules })
  })
  return getRules(ctx)
}

export function scoreOf(entity: Pick<EntityRow, 'type'>, input: Pick<RiskAssessmentInput, 'staticFactors' | 'answers'>, rules: RiskRules) {
  const s = staticScore({ type: entity.type, factors: input.staticFactors }, rules)
  const d = dynamicScore(input.answers, rules)
  const total = Math.round((s + d) * 10) / 10
  return { staticScore: s, dynamicScore: d, totalScore: total, grade: gradeOf(total, rules) }
}

/**
 * Records a risk assessment with the rules in force and makes its grade the entity's current one
 * (unless a later-dated assessment exists: back-dated paper forms do not override newer grades).
 */
export async function assessEntity(ctx: SignedInContext, entityId: string, input: RiskAssessmentInput, source = 'manual'): Promise<RiskAssessmentDto> {
  return ctx.db.transaction(async (tx) => {
    const entity = await q.findEntity(tx, ctx.account, entityId)
    if (!entity) throw notFound('经营主体')
    const rules = await currentRules(tx)
    const score = scoreOf(entity, input, rules.rules)
    const row = await q.insertAssessment(tx, {
      entityId, regionCode: entity.regionCode, ruleSetId: rules.id, staticFactors: input.staticFactors as Record<string, boolean>,
      answers: input.answers, ...score, source, note: input.note, assessedOn: input.assessedOn, assessedBy: ctx.account.id,
    })
    if (!entity.riskAssessedOn || input.assessedOn >= entity.riskAssessedOn) {
      await tx.update(entities).set({ riskGrade: score.grade, riskScore: score.totalScore, riskAssessedOn: input.assessedOn, staticFactors: input.staticFactors as Record<string, boolean> })
        .where(eq(entities.id, entityId))
    }
    await writeAudit(tx, ctx, {
      action: 'entity.assess', entityType: 'entity', entityId,
      before: { riskGrade: entity.riskGrade, riskScore: entity.riskScore }, after: { riskGrade: score.grade, riskScore: score.totalScore, assessedOn: input.assessedOn, ruleVersion: rules.version },
    })
    return toAssessmentDto(row, rules.version, ctx.account.displayName)
  })
}

/**
 * What an inspection tells the register (called by the inspections service inside its transaction):
 * the entity was inspected on that day, and the dynamic risk items the checklist covered take the
 * inspection's findings. Items it did not cover keep the latest assessment's answers, so a narrow
 * special-campaign inspection does not wipe an earlier finding. The static part is the entity's own.
 */
export async function assessFromInspection(tx: Executor, ctx: SignedInContext, entity: EntityRow, input: { inspectionId: string; inspectedOn: string; answers: Partial<Record<string, DynamicAnswer>> }) {
  const [latest] = await q.assessmentsOf(tx, entity.id).limit(1)
  const answers = { ...(latest?.a.answers ?? {}), ...input.answers } as Record<string, DynamicAnswer>
  const rules = await currentRules(tx)
  const score = scoreOf(entity, { staticFactors: entity.staticFactors, answers }, rules.rules)
  await q.insertAssessment(tx, {
    entityId: entity.id, regionCode: entity.regionCode, ruleSetId: rules.id, staticFactors: entity.staticFactors, answers, ...score,
    source: 'inspection', note: `监督检查 ${input.inspectionId}`, assessedOn: input.inspectedOn, assessedBy: ctx.account.id,
  })
  const newer = !entity.riskAssessedOn || input.inspectedOn >= entity.riskAssessedOn
  const lastInspectedOn = !entity.lastInspectedOn || input.inspectedOn > entity.lastInspectedOn ? input.inspectedOn : entity.lastInspectedOn
  await tx.update(entities).set({
    lastInspectedOn, ...(newer ? { riskGrade: score.grade, riskScore: score.totalScore, riskAssessedOn: input.inspectedOn } : {}),
  }).where(eq(entities.id, entity.id))
  return { grade: score.grade, totalScore: score.totalScore, applied: newer }
}

export async function listAssessments(ctx: SignedInContext, entityId: string): Promise<RiskAssessmentDto[]> {
  const entity = await q.findEntity(ctx.db, ctx.account, entityId)
  if (!entity) throw notFound('经营主体')
  const rows = await q.assessmentsOf(ctx.db, entityId)
  return rows.map((r) => toAssessmentDto(r.a, r.version, r.assessor))
}

/** Inspections a year the entity's grade asks for, and when the next one falls due. */
export function inspectionDueOf(e: Pick<EntityRow, 'riskGrade' | 'lastInspectedOn' | 'openedOn' | 'status'>, rules: RiskRules, today: string) {
  if (e.status !== 'active') return null
  // Ungraded entities are inspected at least once a year until graded (the 2-year full coverage rule is the floor).
  const perYear = e.riskGrade ? rules.frequency[e.riskGrade as RiskGrade] : { min: 1, max: 1 }
  const nextDueOn = nextInspectionDue({ perYearMin: perYear.min, lastInspectedOn: e.lastInspectedOn, openedOn: e.openedOn, year: Number(today.slice(0, 4)) })
  return { perYear, nextDueOn, overdue: nextDueOn < today }
}
