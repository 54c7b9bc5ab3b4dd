import { describe, expect, it } from 'vitest'
import { buildUnitCanonical, canonicalContext } from './unit-canonical'

const canonical = (units: string[], title: string) => buildUnitCanonical(units, canonicalContext(units, title))

describe('unitCanonical', () => {
  it('adds back the level prefix a list dropped', () => {
    const c = canonical(['县市场监管局', '农业农村局', '法院', '县卫健委', '卫生健康委'], '2020年西平县食品安全工作要点')
    expect(c).toMatchObject({ 农业农村局: '县农业农村局', 法院: '县法院', 县市场监管局: '县市场监管局' })
  })

  it('merges spelled-out and abbreviated names of one office', () => {
    const c = canonical(['县卫健委', '卫生健康委', '县市场监督管理局', '市场监管局'], '2023年某县食品安全工作要点')
    expect(c.卫生健康委).toBe('县卫健委')
    expect(c.县市场监督管理局).toBe('县市场监管局')
    expect(c.市场监管局).toBe('县市场监管局')
  })

  it('leaves collective phrases, other levels, named bodies and combined offices as written', () => {
    const c = canonical(['县公安局', '各乡镇（街道）', '有关部门', '市生态环境局西平分局', '西平火车站', '发改委（商务局）', '县政府食安委各成员单位'], '2020年西平县食品安全工作要点')
    expect(c).toMatchObject({
      '各乡镇（街道）': '各乡镇（街道）', 有关部门: '有关部门', 市生态环境局西平分局: '市生态环境局西平分局',
      西平火车站: '西平火车站', '发改委（商务局）': '县发改委（商务局）', 县政府食安委各成员单位: '县政府食安委各成员单位',
    })
  })

  it('takes 市场监管局 as a department, not as 市 + 场监管局', () => {
    const c = canonical(['市市场监管局', '市场监管局', '市卫健委', '三门峡市生态环境局义马分局', '供销社'], '义马市深化食品安全放心工程建设攻坚行动工作方案')
    expect(c).toMatchObject({ 市场监管局: '市市场监管局', 供销社: '市供销社', 三门峡市生态环境局义马分局: '三门峡市生态环境局义马分局' })
  })

  it('writes the prefix in the document’s own script', () => {
    const c = canonical(['縣農業農村局', '市場監管局', '縣公安局'], '汝陽縣2022年食品安全工作要點')
    expect(c.市場監管局).toBe('縣市場監管局')
  })
})
