import { describe, expect, it } from 'vitest'
import { compareDecimal, judgeResult, limitProblems, limitText, plainDecimal, sampleVerdict, type JudgedResult } from './sample-verdict'

const base: JudgedResult = { limitKind: 'max', limitValue: '0.02', limitMax: null, planN: null, planC: null, detected: true, value: null, lod: null, unitValues: null, unit: 'mg/kg' }
const max = (value: string | null, limitValue = '0.02', detected = true) => judgeResult({ ...base, value, limitValue, detected })
const min = (value: string | null, limitValue = '3', detected = true) => judgeResult({ ...base, limitKind: 'min', value, limitValue, detected })
const banned = (over: Partial<JudgedResult>) => judgeResult({ ...base, limitKind: 'not_detected', limitValue: null, ...over })
const microbe = (unitValues: string[], over: Partial<JudgedResult> = {}) =>
  judgeResult({ ...base, limitKind: 'microbe', limitValue: '10000', limitMax: '100000', planN: 5, planC: 2, unitValues, unit: 'CFU/g', ...over })

describe('compareDecimal', () => {
  it('compares exactly, whatever the number of decimals', () => {
    expect(compareDecimal('0.020000', '0.02')).toBe(0)
    expect(compareDecimal('0.020001', '0.02')).toBe(1)
    expect(compareDecimal('0.019999', '0.02')).toBe(-1)
    expect(compareDecimal('10', '9.999999')).toBe(1)
    // 0.1 + 0.2 is not 0.3 in floating point; here the strings are what is compared.
    expect(compareDecimal('0.3', '0.30')).toBe(0)
    expect(compareDecimal('12345678.000001', '12345678')).toBe(1)
    expect(compareDecimal('-1', '0')).toBe(-1)
  })
  it('refuses text that is not a decimal', () => {
    expect(() => compareDecimal('abc', '1')).toThrow()
  })
  it('drops trailing zeros for display', () => {
    expect(plainDecimal('0.020000')).toBe('0.02')
    expect(plainDecimal('10000.000000')).toBe('10000')
    expect(plainDecimal('250')).toBe('250')
  })
})

describe('judgeResult', () => {
  it('max: at the limit passes, a millionth above fails, 未检出 passes', () => {
    expect(max('0.02')).toBe('pass')
    expect(max('0.020000')).toBe('pass')
    expect(max('0.020001')).toBe('fail')
    expect(max('0.019999')).toBe('pass')
    expect(max(null, '0.02', false)).toBe('pass')
    expect(max('250', '250')).toBe('pass')
    expect(max('250.000001', '250')).toBe('fail')
  })
  it('min: at the limit passes, below fails, nothing found fails', () => {
    expect(min('3')).toBe('pass')
    expect(min('3.000001')).toBe('pass')
    expect(min('2.999999')).toBe('fail')
    expect(min(null, '3', false)).toBe('fail')
  })
  it('not_detected: 未检出 passes, any detection fails unless at or below the LOD', () => {
    expect(banned({ detected: false })).toBe('pass')
    expect(banned({ detected: true, value: '0.5' })).toBe('fail')
    expect(banned({ detected: true, value: '0.000001' })).toBe('fail')
    expect(banned({ detected: true, value: '0.001', lod: '0.001' })).toBe('pass')
    expect(banned({ detected: true, value: '0.001001', lod: '0.001' })).toBe('fail')
    expect(banned({ detected: true, value: null })).toBe('fail')
  })
  it('microbe n=5 c=2 m M: at most c above m, none above M, exactly n values', () => {
    expect(microbe(['100', '200', '10000', '10000', '10000'])).toBe('pass')
    expect(microbe(['100', '20000', '30000', '10000', '10000'])).toBe('pass')
    expect(microbe(['20000', '20000', '10000.001', '100', '100'])).toBe('fail')
    expect(microbe(['100', '100', '100', '100', '100000'])).toBe('pass')
    expect(microbe(['100', '100', '100', '100', '100000.001'])).toBe('fail')
    expect(microbe(['100', '100', '100', '100'])).toBe('fail')
  })
  it('microbe without M (two-class plan, e.g. 沙门氏菌 0/25 g): every unit at or below m', () => {
    const salmonella = { limitValue: '0', limitMax: null, planC: 0, unit: '/25g' }
    expect(microbe(['0', '0', '0', '0', '0'], salmonella)).toBe('pass')
    expect(microbe(['0', '0', '1', '0', '0'], salmonella)).toBe('fail')
  })
  it('a sample fails when any item fails', () => {
    expect(sampleVerdict(['pass', 'pass'])).toBe('pass')
    expect(sampleVerdict(['pass', 'fail', 'pass'])).toBe('fail')
  })
})

describe('limitText and limitProblems', () => {
  it('writes the limit as people write it', () => {
    expect(limitText({ ...base, limitValue: '0.020000' })).toBe('≤ 0.02 mg/kg')
    expect(limitText({ ...base, limitKind: 'min', limitValue: '3', unit: '%' })).toBe('≥ 3 %')
    expect(limitText({ ...base, limitKind: 'not_detected', limitValue: null })).toBe('不得检出')
    expect(limitText({ ...base, limitKind: 'microbe', limitValue: '10000', limitMax: '100000', planN: 5, planC: 2, unit: 'CFU/g' })).toBe('n=5, c=2, m=10000, M=100000 CFU/g')
    expect(limitText({ ...base, limitKind: 'microbe', limitValue: '0', limitMax: null, planN: 5, planC: 0, unit: '/25g' })).toBe('n=5, c=0, m=0 /25g')
  })
  it('names what each kind of limit needs', () => {
    expect(limitProblems({ limitKind: 'max', limitValue: null, limitMax: null, planN: null, planC: null })).toEqual(['限量值：最大限量或最低含量须填写限量值'])
    expect(limitProblems({ limitKind: 'not_detected', limitValue: '0.1', limitMax: null, planN: null, planC: null })).toEqual(['限量值：不得检出的项目不填限量值'])
    expect(limitProblems({ limitKind: 'microbe', limitValue: '100', limitMax: null, planN: 5, planC: 1 })).toEqual(['c（允许超 m 数）：没有 M 值（二级采样方案）时 c 应为 0'])
    expect(limitProblems({ limitKind: 'microbe', limitValue: '100', limitMax: '10', planN: 5, planC: 6 })).toEqual(['c（允许超 m 数）：不能大于 n', 'M 值：不能小于 m 值'])
    expect(limitProblems({ limitKind: 'microbe', limitValue: '100', limitMax: '1000', planN: 5, planC: 1 })).toEqual([])
  })
})
