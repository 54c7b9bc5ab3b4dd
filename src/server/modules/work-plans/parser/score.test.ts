import { describe, expect, it } from 'vitest'
import { belowBar, figures, scorePlan, type AnswerPlan } from './score'

const task = (over: Partial<AnswerPlan['tasks'][number]> = {}) => ({
  number: '（一）', section: '一', title: '落实责任', leads: ['县食安办'], cooperating: ['县公安局'],
  targets: [{ value: 98, comparator: '>=', unit: '%' }], deadlines: [{ text: '年底前', kind: 'by-date' }], ...over,
})

describe('scorer', () => {
  it('scores a perfect reading at 1 everywhere, ignoring whitespace and extra fields', () => {
    const expected: AnswerPlan = { tasks: [task()], generalDeadlines: [{ text: '每季度末 20 日前', kind: 'recurring' }] }
    const parsed = { tasks: [{ ...task({ title: '落实 责任' }), text: 'x', sourceSpans: [] }], generalDeadlines: [{ text: '每季度末20日前', kind: 'recurring' }] }
    const f = figures(scorePlan(parsed as AnswerPlan, expected))
    expect(f).toMatchObject({ taskRecall: 1, titleExact: 1, leadExact: 1, cooperating: { f1: 1 }, targets: { f1: 1 }, deadlines: { f1: 1 } })
    expect(belowBar(f)).toEqual([])
  })

  it('counts a missing task against recall and its units, targets and deadlines as missed', () => {
    const expected: AnswerPlan = { tasks: [task(), task({ number: '（二）', title: '加强监管' })] }
    const c = scorePlan({ tasks: [task()] }, expected)
    const f = figures(c)
    expect(f.taskRecall).toBe(0.5)
    expect(c.cooperating).toEqual({ tp: 1, fp: 0, fn: 1 })
    expect(belowBar(f)).toContain('task recall')
    expect(c.mismatches[0]).toContain('任务缺失')
  })

  it('matches targets on value, comparator and unit', () => {
    const c = scorePlan({ tasks: [task({ targets: [{ value: 98, comparator: '=', unit: '%' }] })] }, { tasks: [task()] })
    expect(c.targets).toEqual({ tp: 0, fp: 1, fn: 1 })
  })
})
