import type { DeadlineDto, DeadlineKindName } from '../../../../shared/work-plans'
import type { DeadlinesInput } from '../api'

type DeadlineInput = DeadlinesInput['deadlines'][number]

/**
 * Dates the office typed (the server stores them as whole-year periods, due on the date itself).
 * Saving a task's deadlines replaces them all, so typed dates must be sent again or the server would
 * recompute them from text it could not read.
 */
export const hasTypedDates = (d: DeadlineDto) => d.dueDates.length > 0
  && d.dueDates.every((x) => x.nominalOn === x.dueOn && x.periodLabel === `${x.dueOn.slice(0, 4)}年` && x.requiredCount === null)

/** The deadline as input, with `dates` replacing its dates when given. */
export const deadlineInput = (d: DeadlineDto, dates?: string[]): DeadlineInput => ({
  text: d.text, kind: d.kind as DeadlineKindName, context: d.context,
  ...(dates?.length ? { dueDates: dates } : hasTypedDates(d) ? { dueDates: d.dueDates.map((x) => x.dueOn) } : {}),
})
