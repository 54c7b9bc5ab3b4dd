import { describe, expect, it } from 'vitest'
import { deadlinesOf } from './test-helpers'

const found = (text: string, cell = false) => deadlinesOf(text, cell).map((d) => `${d.kind}:${d.text}`)

describe('deadlines', () => {
  it('reads by-date deadlines', () => {
    expect(found('年底前，实施比例达到80%。')).toEqual(['by-date:年底前'])
    expect(found('于12月3日前报告，6月底前完成整治。')).toEqual(['by-date:12月3日前', 'by-date:6月底前'])
    expect(found('到2024年年底，实现以下目标。')).toEqual(['by-date:到2024年年底'])
    expect(found('12月上旬完成考核，9月份开展检查。')).toEqual(['by-date:12月上旬', 'by-date:9月份'])
    expect(found('2025年11月底前,并长期坚持。')).toEqual(['by-date:2025年11月底前'])
    expect(found('三季度末前完成评估，第四季度开展督查，下半年组织考核，年内完成扩建。')).toEqual([
      'by-date:三季度末前', 'by-date:第四季度', 'by-date:下半年', 'by-date:年内',
    ])
    expect(found('即日起至2023年12月31日。')).toEqual(['by-date:2023年12月31日'])
  })

  it('reads recurring deadlines', () => {
    expect(found('每季度末 20 日前、每年 11 月 20 日前报送。')).toEqual(['recurring:每季度末 20 日前', 'recurring:每年 11 月 20 日前'])
    expect(found('每月调度，每年12月底前完成总结，按季度通报。')).toEqual(['recurring:每月', 'recurring:每年12月底前', 'recurring:按季度'])
  })

  it('reads counts per period once, as count-per-period', () => {
    expect(found('全年不少于2次，每两年至少开展一次调查，每月编发 2期简报。')).toEqual([
      'count-per-period:全年不少于2次', 'count-per-period:每两年至少开展一次', 'count-per-period:每月编发 2期',
    ])
  })

  it('ignores vague timing, spans, start dates and issue dates', () => {
    for (const text of [
      '定期开展调研，及时研究部署，适时开展督查，按时间节点推进。',
      '常态化开展检查，开学季开展联合检查，节假日等重点时段加强巡查。',
      '落实日管控、周排查、月调度、年总结机制。',
      '2023年3月至5月开展集中整治。',
      '自2023年10月1日起实施。',
      '2022年7月19日印发',
      '2020年，是全面建成小康社会的决胜之年。',
    ]) expect(found(text), text).toEqual([])
  })

  it('takes any date in a 完成时限 cell', () => {
    expect(found('2025年6月', true)).toEqual(['by-date:2025年6月'])
    expect(found('长期坚持', true)).toEqual([])
    expect(found('每季度', true)).toEqual(['recurring:每季度'])
  })

  it('reads a bare month when an action follows it', () => {
    expect(found('6月开展食品安全宣传周活动。')).toEqual(['by-date:6月'])
  })
})
