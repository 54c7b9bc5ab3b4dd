import { planSpans, segments, type SourceSpan } from './highlights'

const span = (start: number, end: number, kind: SourceSpan['kind'], taskId: string | null = 't1'): SourceSpan => ({ start, end, kind, taskId })

describe('segments', () => {
  it('cuts a task at its unit and target, keeping the task on every piece', () => {
    expect(segments(20, [span(2, 18, 'task'), span(5, 8, 'target'), span(12, 16, 'unit-unresolved')])).toEqual([
      { start: 0, end: 2, kind: null, taskId: null },
      { start: 2, end: 5, kind: null, taskId: 't1' },
      { start: 5, end: 8, kind: 'target', taskId: 't1' },
      { start: 8, end: 12, kind: null, taskId: 't1' },
      { start: 12, end: 16, kind: 'unit-unresolved', taskId: 't1' },
      { start: 16, end: 18, kind: null, taskId: 't1' },
      { start: 18, end: 20, kind: null, taskId: null },
    ])
  })

  it('gives an overlap to the shorter span and clamps spans past the end', () => {
    expect(segments(10, [span(0, 6, 'deadline', null), span(4, 14, 'unit', null)])).toEqual([
      { start: 0, end: 6, kind: 'deadline', taskId: null },
      { start: 6, end: 10, kind: 'unit', taskId: null },
    ])
  })

  it('is the whole text as one plain piece without spans', () => {
    expect(segments(5, [])).toEqual([{ start: 0, end: 5, kind: null, taskId: null }])
    expect(segments(0, [])).toEqual([])
  })
})

describe('planSpans', () => {
  it('marks unit names by whether they are resolved and skips parts without a place', () => {
    const none = { sourceStart: null, sourceEnd: null }
    const spans = planSpans({
      generalDeadlines: [{ id: 'g', text: '每季度末', kind: 'recurring', context: '', fromProgress: false, dueDates: [], sourceStart: 40, sourceEnd: 44 }],
      tasks: [{
        id: 't1', number: '（一）', sectionNumber: null, title: 't', text: '', progressText: null, sourceStart: 0, sourceEnd: 30,
        units: [
          { id: 'a', role: 'lead', nameAsWritten: 'A', unitId: 'u', unitName: 'A', collective: null, sourceStart: 20, sourceEnd: 22 },
          { id: 'b', role: 'cooperating', nameAsWritten: 'B', unitId: null, unitName: null, collective: null, sourceStart: 23, sourceEnd: 25 },
          { id: 'c', role: 'cooperating', nameAsWritten: 'C', unitId: null, unitName: null, collective: 'none', ...none },
        ],
        targets: [], deadlines: [],
      }],
    })
    expect(spans.map((s) => [s.kind, s.start, s.taskId])).toEqual([['task', 0, 't1'], ['unit', 20, 't1'], ['unit-unresolved', 23, 't1'], ['deadline', 40, null]])
  })
})
