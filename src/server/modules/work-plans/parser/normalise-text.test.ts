import { describe, expect, it } from 'vitest'
import { chineseNumeral, markerOf } from './markers'
import { isPageNumberLine, normaliseText } from './normalise-text'
import { shadowOf } from './text-block'

describe('normaliseText', () => {
  it('drops page-number lines and keeps everything else', () => {
    const text = '（一）落实责任。加强婴幼儿配方乳粉质\n\n— 15 —\n\n量监管。\n- 3 -\n第 4 页 共 12 页\n16\n达到 80%以上'
    expect(normaliseText(text)).toBe('（一）落实责任。加强婴幼儿配方乳粉质\n\n量监管。\n达到 80%以上')
    for (const l of ['— 15 —', '- 3 -', '15', '第3页', '3 / 12']) expect(isPageNumberLine(l), l).toBe(true)
    for (const l of ['12月3日前', '（一）', '2020年']) expect(isPageNumberLine(l), l).toBe(false)
  })

  it('maps Kangxi radicals and compatibility ideographs from PDF fonts back, leaving （）：， alone', () => {
    expect(normaliseText('⻝品安全⼯作（⼀）：⽣产，⺠政')).toBe('食品安全工作（一）：生产，民政')
  })

  it('removes a byte-order mark, zero-width characters and CR line ends', () => {
    expect(normaliseText('\uFEFF一、总体\u200B要求\r\n正文')).toBe('一、总体要求\n正文')
  })
})

describe('shadow text', () => {
  it('reads traditional characters and half-width punctuation one to one', () => {
    const s = '(縣農業農村局負責),[1]：１２％'
    const shadow = shadowOf(s)
    expect(shadow).toHaveLength(s.length)
    expect(shadow).toBe('（县农业农村局负责），〔1〕：12%')
  })
})

describe('numbering', () => {
  it('reads Chinese numerals', () => {
    expect([chineseNumeral('一'), chineseNumeral('十'), chineseNumeral('十二'), chineseNumeral('二十一'), chineseNumeral('一百零五')]).toEqual([1, 10, 12, 21, 105])
  })

  it('tells the levels apart', () => {
    expect(markerOf('一、总体要求')).toMatchObject({ kind: 'chapter', numeral: 1 })
    expect(markerOf('（十二）开展行动。')).toMatchObject({ kind: 'paren', numeral: 12 })
    expect(markerOf('（12）开展行动。')).toMatchObject({ kind: 'arabicParen', numeral: 12 })
    expect(markerOf('3.推进建设')).toMatchObject({ kind: 'arabic', numeral: 3 })
    expect(markerOf('10、推进建设')).toMatchObject({ kind: 'arabic', numeral: 10 })
    expect(markerOf('第二部分重点任务')).toMatchObject({ kind: 'part', numeral: 2 })
  })

  it('does not take enumerations, decimals or dates for numbering', () => {
    expect(markerOf('一、二、三产业融合发展')).toBeNull()
    expect(markerOf('1.5万元经费')).toBeNull()
    expect(markerOf('12月3日前报送')).toBeNull()
    expect(markerOf('2020年是关键之年')).toBeNull()
  })
})
