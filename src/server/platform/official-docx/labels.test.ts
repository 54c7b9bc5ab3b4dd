import { chineseDate, chineseNumeral, figureText, headingLabels, signatureIndents } from './labels'
import type { Block } from './model'

const h = (level: 1 | 2 | 3 | 4, text = '标题'): Block => ({ kind: 'heading', level, text })

describe('heading numbers', () => {
  it('counts each level in order and restarts it under every parent', () => {
    const blocks: Block[] = [
      h(1), h(2), h(3), h(4), h(4), h(3), { kind: 'paragraph', runs: ['正文'] }, h(2), h(1), h(3), h(2), h(2),
    ]
    expect([...headingLabels(blocks).entries()]).toEqual([
      [0, '一、'], [1, '（一）'], [2, '1.'], [3, '（1）'], [4, '（2）'], [5, '2.'],
      [7, '（二）'], [8, '二、'], [9, '1.'], [10, '（一）'], [11, '（二）'],
    ])
  })

  it('writes Chinese numerals up to 99', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九'])
    expect(() => chineseNumeral(100)).toThrow()
  })

  it('refuses a heading that carries its own number', () => {
    for (const text of ['一、总体情况', '（二）加强领导', '3.建立台账', '（4）按月调度']) {
      expect(() => headingLabels([{ kind: 'heading', level: 1, text }])).toThrow(/carries its own number/)
    }
    expect(headingLabels([h(3, '3.5万元专项资金到位')]).get(0)).toBe('1.')
  })
})

describe('figures, dates and the signature', () => {
  it('prints figures plainly and a missing one as a blank, never 0', () => {
    expect(figureText({ figure: 12345 })).toBe('12345')
    expect(figureText({ figure: 98.456 })).toBe('98.46')
    expect(figureText({ figure: 97, decimals: 1 })).toBe('97.0')
    expect(figureText({ figure: null, label: '快检批次' })).toEqual({ blank: '快检批次' })
    expect(figureText({ figure: Number.NaN })).toEqual({ blank: '数据' })
  })

  it('writes the date without leading zeros and aligns it under the issuer (7.3.5.2)', () => {
    expect(chineseDate('2021-03-05')).toBe('2021年3月5日')
    expect(() => chineseDate('2021-3-5')).toThrow()
    // 13 characters of issuer; the 7-character date (8 half-width digits) starts two characters further right.
    expect(signatureIndents('西平县食品安全委员会办公室', '2021年12月20日')).toEqual({ issuer: 2, date: 6 })
    // A date longer than the issuer keeps 右空二字 and moves the issuer left.
    expect(signatureIndents('食安办', '2021年12月20日')).toEqual({ issuer: 8, date: 2 })
  })
})
