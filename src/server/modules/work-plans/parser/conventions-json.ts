import type { ParsedPlan } from './types'

/** Fields the reader adds for the review page (where each item came from); CONVENTIONS.md has none of them. */
const PROVENANCE_KEYS = new Set(['sourceText', 'sourceSpans', 'units'])

/** The plan exactly in the shape of shared/workplans/CONVENTIONS.md: provenance fields removed at every level. */
export function toConventionsJson(plan: ParsedPlan): unknown {
  return JSON.parse(JSON.stringify(plan, (key, value) => (PROVENANCE_KEYS.has(key) ? undefined : value)))
}
