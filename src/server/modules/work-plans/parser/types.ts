/**
 * The JSON a work plan is read into (shared/workplans/CONVENTIONS.md). Fields marked "extra" are not in
 * the conventions: they carry provenance for the review page and are ignored by the scorer.
 */

/** Character offsets into `ParsedPlan.sourceText` (end exclusive). */
export interface SourceSpan { start: number; end: number }

/** `<=`/`<` are an extension for 不超过/以内/低于 wording; the conventions only name the first three. */
export type Comparator = '>=' | '>' | '=' | '<=' | '<'

export interface Target {
  text: string
  metric: string
  comparator: Comparator
  value: number
  unit: string
  from?: '工作进度'
  sourceSpans?: SourceSpan[] // extra
}

export type DeadlineKind = 'by-date' | 'recurring' | 'count-per-period'

export interface Deadline {
  text: string
  kind: DeadlineKind
  context: string
  from?: '工作进度'
  appliesTo?: string
  sourceSpans?: SourceSpan[] // extra
}

export interface UnitMention { name: string; start: number; end: number } // extra: where a unit was written

export interface Responsibility {
  text: string
  leads: string[]
  cooperating: string[]
  sourceSpans?: SourceSpan[] // extra
  units?: UnitMention[] // extra
}

export interface Section { number: string; title: string }

export interface Task {
  number: string
  section: string | null
  title: string
  text: string
  leads: string[]
  cooperating: string[]
  responsibilityText: string[]
  responsibilities: Responsibility[]
  targets: Target[]
  deadlines: Deadline[]
  progressText?: string
  sourceSpans?: SourceSpan[] // extra
}

export interface Goal { number: string; text: string; targets: Target[]; sourceSpans?: SourceSpan[] }

export interface Measure {
  number: string
  section: string | null
  title: string
  text: string
  deadlines: Deadline[]
  sourceSpans?: SourceSpan[]
}

export interface ParsedPlan {
  title: string | null
  issuer: string | null
  year: number | [number, number] | null
  sections: Section[]
  tasks: Task[]
  generalDeadlines: Deadline[]
  unitCanonical: Record<string, string>
  goals?: Goal[]
  measures?: Measure[]
  sourceText: string // extra: the normalised text every sourceSpan points into
}
