import type { TimeLimitDto, TimeLimitInput, TimeLimitListDto } from '../../../../shared/disposals'
import { TIME_LIMITS, TIME_LIMIT_CODES } from '../../../../shared/sampling-catalogue'
import type { SignedInContext } from '../../../platform/context'
import { currentTimeLimits, updateTimeLimit, type TimeLimits } from '../time-limits/service'

/** The sampling time limits as the settings page shows them: value in force, the regulation's default, source, status. */
const toDtos = (limits: TimeLimits): TimeLimitDto[] => TIME_LIMIT_CODES.map((code) => {
  const l = limits[code]
  return {
    code, label: l.label, from: l.from, days: l.days, unit: l.unit, defaultDays: TIME_LIMITS[code].days, defaultUnit: TIME_LIMITS[code].unit,
    source: l.source, status: l.status, changed: l.changed,
  }
})

export const listTimeLimits = async (ctx: SignedInContext): Promise<TimeLimitListDto> => ({ items: toDtos(await currentTimeLimits(ctx.db)) })

/** New due dates use the new value; files already open keep the dates they got. */
export const changeTimeLimit = async (ctx: SignedInContext, code: string, input: TimeLimitInput): Promise<TimeLimitListDto> =>
  ({ items: toDtos(await updateTimeLimit(ctx, code, { days: input.days, unit: input.unit as 'workday' | 'day' })) })
