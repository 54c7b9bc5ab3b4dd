import { assemble } from './assemble'
import { extractText } from './extract-text'
import { readFrontMatter } from './front-matter'
import { normaliseText } from './normalise-text'
import { PlanReadError } from './plan-read-error'
import { shadowOf, splitLines } from './text-block'
import type { ParsedPlan } from './types'

/**
 * The work-plan reader: a pure, offline function from a document to the JSON of
 * shared/workplans/CONVENTIONS.md. No network, no model: every rule is in this folder.
 */
export { PlanReadError } from './plan-read-error'
export { MAX_PLAN_BYTES, extractText } from './extract-text'
export { preloadPdfReader } from './pdf-text'
export type { PlanReadErrorCode } from './plan-read-error'
export type * from './types'

/** Reads plan text (already extracted). Never throws for lack of tasks: the result may have none. */
export function parsePlanText(text: string): ParsedPlan {
  const source = normaliseText(text)
  const shadow = shadowOf(source)
  const lines = splitLines(source, shadow)
  const doc = { source, shadow, lines }
  return assemble(doc, readFrontMatter(source, shadow, lines))
}

/** Reads a .docx, .pdf or .txt file; throws PlanReadError when it cannot be read or holds no tasks. */
export async function parsePlanFile(buffer: Buffer, fileName: string): Promise<ParsedPlan> {
  const text = await extractText(buffer, fileName)
  const plan = parsePlanText(text)
  if (plan.tasks.length === 0) throw new PlanReadError('no_tasks', '未能在文件中识别出任何工作任务：请确认这是一份工作要点或工作方案（任务应按“（一）”“1.”编号，或以表格逐行列出）')
  return plan
}
