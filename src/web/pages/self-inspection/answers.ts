import type { SelfInspectionDto } from '../../../shared/entities'
import type { SelfCheckAnswer } from '../../../shared/self-inspection'

/** One item as the form holds it; `answer` is empty until chosen. */
export interface Answer { answer?: SelfCheckAnswer; measure?: string }
export type Answers = Record<string, Answer>

export const answersOf = (dto: SelfInspectionDto): Answers =>
  Object.fromEntries(dto.items.map((i) => [i.code, { answer: (i.answer ?? undefined) as SelfCheckAnswer | undefined, measure: i.measure ?? undefined }]))

/** What stops a save (every item answered, every 否 with a measure) or a submission (also the summary), by item code. */
export function problemsOf(items: SelfInspectionDto['items'], answers: Answers, summary: string, submit: boolean) {
  const byItem: Record<string, string> = {}
  for (const item of items) {
    const a = answers[item.code]
    if (!a?.answer) byItem[item.code] = '请选择是、否或不适用'
    else if (a.answer === 'no' && !a.measure?.trim()) byItem[item.code] = '选择“否”须填写整改措施'
  }
  const summaryProblem = submit && !summary.trim() ? '提交自查报告须填写自查情况小结' : null
  return { byItem, summary: summaryProblem, count: Object.keys(byItem).length + (summaryProblem ? 1 : 0) }
}

/** The request body's answers: measures only for 否. */
export const toInputAnswers = (answers: Answers) => Object.fromEntries(Object.entries(answers)
  .filter(([, a]) => a.answer)
  .map(([code, a]) => [code, a.answer === 'no' ? { answer: a.answer!, measure: a.measure?.trim() ?? '' } : { answer: a.answer! }]))
