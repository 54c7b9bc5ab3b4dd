import { describe, expect, it } from 'vitest'
import { targetsOf } from './test-helpers'

const figures = (text: string) => targetsOf(text).map((t) => `${t.comparator} ${t.value} ${t.unit}`)

describe('targets', () => {
  it('reads the comparator from the wording', () => {
    expect(figures('农药利用率达到40%，覆盖率达95%以上。')).toEqual(['>= 40 %', '>= 95 %'])
    expect(figures('考核权重不低于3%，抽检不少于800批次，至少开展2次。')).toEqual(['>= 3 %', '>= 800 批次', '>= 2 次'])
    expect(figures('合格率稳定在98%以上，达标率超过 80%。')).toEqual(['>= 98 %', '> 80 %'])
    expect(figures('抽检 4 批次/千人、报告率 100%，实现 100%。')).toEqual(['= 4 批次/千人', '= 100 %', '= 100 %'])
    expect(figures('不合格率控制在2%以内，投诉处理率≥95%。')).toEqual(['<= 2 %', '>= 95 %'])
  })

  it('reads 不得低于 / 不得超过 and cuts the whole comparator word off the metric', () => {
    expect(figures('处置率不得低于90%，不合格率不得超过2%。')).toEqual(['>= 90 %', '<= 2 %'])
    expect(targetsOf('食品安全抽检合格率不低于98%。').map((t) => t.metric)).toEqual(['食品安全抽检合格率'])
  })

  it('does not read 达 inside 达标 as a comparator', () => {
    expect(figures('规范化建设达标率 90%。')).toEqual(['= 90 %'])
  })

  it('keeps 以上 before the figure out of it (规模以上)', () => {
    expect(figures('规模以上食品生产企业自查率达到100%。')).toEqual(['>= 100 %'])
  })

  it('reads counts under an action verb or a comparator, and lists that follow one', () => {
    expect(figures('完成省级例行监测样本 40 个、市级 15 个。')).toEqual(['= 40 个', '= 15 个'])
    expect(figures('新建6个以上省级食用农产品追溯点。')).toEqual(['>= 6 个'])
    expect(figures('创建放心餐饮示范街区2条。')).toEqual(['= 2 条'])
  })

  it('reads rates per head', () => {
    expect(figures('食品抽检量达到每千人5批次，经费每千人不少于2元。')).toEqual(['>= 5 批次/千人', '>= 2 元/千人'])
  })

  it('reads counts per period as 次/年, 次/两年, 期/月', () => {
    expect(figures('全年不少于2次。')).toEqual(['>= 2 次/年'])
    expect(figures('每两年至少开展一次满意度调查。')).toEqual(['>= 1 次/两年'])
    expect(figures('每月编发 2期简报。')).toEqual(['= 2 期/月'])
    expect(figures('每半年对各乡镇（街道）、各有关部门开展一次督导。')).toEqual(['= 1 次/半年'])
  })

  it('treats volumes over a year as plain targets', () => {
    expect(figures('全年抽检样品不少于600批次。')).toEqual(['>= 600 批次'])
  })

  it('ignores numbers that are not figures', () => {
    for (const text of [
      '“十三五”规划收官之年，开展“昆仑 2020”行动。',
      '推行ISO22000等质量管理体系，引导实施 6S 标准化管理。',
      '畅通12315热线，2023年3月开展集中整治。',
      '对全县285个行政村开展排查。',
      '依法处1万元以下罚款，24小时内上报。',
      '推进一、二、三产业融合发展，实施“三品”行动。',
      '依据《食品安全法》第34条查处。',
    ]) expect(figures(text), text).toEqual([])
  })

  it('counts qualitative coverage as no figure', () => {
    expect(figures('实现协管员全覆盖。')).toEqual([])
  })

  it('names the subject of a bare rate from the clause before', () => {
    const [t] = targetsOf('引导实施 6S 标准化管理，覆盖率达到 90%以上。')
    expect(t.text).toBe('引导实施 6S 标准化管理，覆盖率达到 90%以上')
  })

  it('keeps a figure wrapped across lines whole', () => {
    expect(figures('检查门店不少于30\n0家次，合格率达到9\n5%。')).toEqual(['>= 300 家次', '>= 95 %'])
  })
})
