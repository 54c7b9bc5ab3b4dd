import { eq } from 'drizzle-orm'
import { TIME_LIMITS, TIME_LIMIT_CODES, type TimeLimitCode, type TimeLimitDef } from '../../../../shared/sampling-catalogue'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest } from '../../../platform/errors'
import { addDays, addWorkdays } from '../../../platform/working-days'
import { samplingTimeLimits } from '../schema'

export type TimeLimits = Record<TimeLimitCode, TimeLimitDef & { changed: boolean }>

/** The time limits in force: the regulation's defaults, overridden by the office's stored values. */
export async function currentTimeLimits(db: Executor): Promise<TimeLimits> {
  const stored = await db.select().from(samplingTimeLimits)
  const byCode = new Map(stored.map((r) => [r.code, r]))
  return Object.fromEntries(TIME_LIMIT_CODES.map((code) => {
    const def = TIME_LIMITS[code]
    const s = byCode.get(code)
    const unit = (s?.unit ?? def.unit) as TimeLimitDef['unit']
    const days = s?.days ?? def.days
    return [code, { ...def, days, unit, changed: days !== def.days || unit !== def.unit }]
  })) as TimeLimits
}

/** The due date of a step that starts on `from` (a working-day limit skips weekends and statutory holidays). */
export function dueOn(limits: TimeLimits, code: TimeLimitCode, from: string): string {
  const { days, unit } = limits[code]
  return unit === 'workday' ? addWorkdays(from, days) : addDays(from, days)
}

/** The office changes a limit (e.g. the province fixes a U value); records keep the due dates they got. */
export async function updateTimeLimit(ctx: SignedInContext, code: string, input: { days: number; unit: 'workday' | 'day' }) {
  if (!(TIME_LIMIT_CODES as string[]).includes(code)) throw badRequest('时限规则：不存在该规则')
  if (!Number.isInteger(input.days) || input.days < 0 || input.days > 365) throw badRequest('时限：须为 0–365 的整数')
  if (input.unit !== 'workday' && input.unit !== 'day') throw badRequest('时限单位：须为工作日或自然日')
  await ctx.db.transaction(async (tx) => {
    const before = (await currentTimeLimits(tx))[code as TimeLimitCode]
    const [existing] = await tx.select().from(samplingTimeLimits).where(eq(samplingTimeLimits.code, code))
    const values = { code, days: input.days, unit: input.unit, updatedBy: ctx.account.id, updatedAt: new Date() }
    if (existing) await tx.update(samplingTimeLimits).set(values).where(eq(samplingTimeLimits.code, code))
    else await tx.insert(samplingTimeLimits).values(values)
    await writeAudit(tx, ctx, {
      action: 'sampling_time_limit.update', entityType: 'sampling_time_limit', entityId: code,
      before: { days: before.days, unit: before.unit }, after: { days: input.days, unit: input.unit },
    })
  })
  return currentTimeLimits(ctx.db)
}
