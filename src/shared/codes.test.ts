import { describe, expect, it } from 'vitest'
import { checkLicenceNumber, checkUscc, isValidIdCardNumber, isValidOrgCode, maskIdCardNumber, usccCheckChar } from './codes'

// Real, published codes of well-known companies (from their business licences as shown on the national
// enterprise credit system), and the synthetic vectors of shared/domain/REGIONS.md §2.
const REAL = {
  '91440300708461136T': '深圳市腾讯计算机系统有限公司',
  '91330100716105852F': '阿里巴巴（中国）有限公司',
  '914403001922038216': '华为技术有限公司',
}

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real codes and the documented vectors', () => {
    for (const code of [...Object.keys(REAL), '91411721MA9ABC128H', '92411721MA4X00012B']) {
      expect(checkUscc(code), code).toEqual({ error: null, orgCodeWarning: null })
    }
  })

  it('computes the check character from the first 17', () => {
    expect(usccCheckChar('91440300708461136')).toBe('T')
    expect(usccCheckChar('91411721MA9ABC128')).toBe('H')
    expect(usccCheckChar('9144030070846113I')).toBeNull() // I is not in the charset
  })

  it('refuses any single changed character, naming the right check character', () => {
    expect(checkUscc('91440300708461136A').error).toBe('校验码错误（第 18 位应为 T）')
    const code = '91330100716105852F'
    for (let i = 0; i < 17; i++) {
      const swapped = code.slice(0, i) + (code[i] === '1' ? '2' : '1') + code.slice(i + 1)
      expect(checkUscc(swapped).error, swapped).not.toBeNull()
    }
  })

  it('explains length and forbidden characters', () => {
    expect(checkUscc('9144030070846113').error).toBe('应为 18 位（现为 16 位）')
    expect(checkUscc('91440300708461136O').error).toContain('不允许的字符')
    expect(checkUscc('9144O300708461136T').error).toContain('第 3–8 位不是数字')
    expect(checkUscc(' 91440300708461136t ').error).toBeNull() // trimmed and upper-cased
  })

  it('warns, without refusing, when the embedded organisation code fails its own check', () => {
    expect(isValidOrgCode('MA9ABC128')).toBe(true)
    expect(isValidOrgCode('708461136')).toBe(true)
    const first17 = '92411721000000001'
    const code = first17 + usccCheckChar(first17)
    expect(checkUscc(code).error).toBeNull()
    expect(checkUscc(code).orgCodeWarning).toContain('组织机构代码校验不通过')
  })
})

describe('ID card numbers (GB 11643) and licences', () => {
  it('checks the ID card check digit and masks the number', () => {
    expect(isValidIdCardNumber('11010519491231002X')).toBe(true) // the standard's own example
    expect(isValidIdCardNumber('110105194912310021')).toBe(false)
    expect(maskIdCardNumber('11010519491231002X')).toBe('1101**********002X')
  })

  it('checks SC and JY formats and leaves 三小 numbers free', () => {
    expect(checkLicenceNumber('production', 'SC10641172100019')).toBeNull()
    expect(checkLicenceNumber('production', 'SC30641172100019')).toContain('第 1 位为 1（食品）或 2（食品添加剂）')
    expect(checkLicenceNumber('production', 'QS410001010001')).not.toBeNull()
    expect(checkLicenceNumber('operation', 'jy24117210000001')).toBeNull()
    expect(checkLicenceNumber('operation', 'JY2411721000001')).toBe('格式应为JY 加 14 位数字')
    expect(checkLicenceNumber('workshop_registration', '豫食小作坊登字411721001')).toBeNull()
    expect(checkLicenceNumber('stall_filing', ' ')).toBe('不能为空')
  })
})
