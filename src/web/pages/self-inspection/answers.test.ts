import { problemsOf, toInputAnswers } from './answers'

const items = [{ code: 'C01', text: '证照有效', answer: null, measure: null }, { code: 'C02', text: '配备安全员', answer: null, measure: null }]

describe('self-inspection answers', () => {
  it('asks for every item, a measure for each 否, and a summary only to submit', () => {
    expect(problemsOf(items, {}, '', false).byItem).toEqual({ C01: '请选择是、否或不适用', C02: '请选择是、否或不适用' })
    const answers = { C01: { answer: 'yes' as const }, C02: { answer: 'no' as const, measure: '  ' } }
    expect(problemsOf(items, answers, '', false)).toEqual({ byItem: { C02: '选择“否”须填写整改措施' }, summary: null, count: 1 })
    const fixed = { ...answers, C02: { answer: 'no' as const, measure: '本周内补配' } }
    expect(problemsOf(items, fixed, '', false).count).toBe(0)
    expect(problemsOf(items, fixed, ' ', true)).toMatchObject({ summary: '提交自查报告须填写自查情况小结', count: 1 })
  })

  it('sends measures only with 否', () => {
    expect(toInputAnswers({ C01: { answer: 'yes', measure: 'stale' }, C02: { answer: 'no', measure: ' 补配 ' }, C03: {} }))
      .toEqual({ C01: { answer: 'yes' }, C02: { answer: 'no', measure: '补配' } })
  })
})
