/**
 * Code formats Shian validates (shared/domain/REGIONS.md §2–4): the unified social credit code with its
 * GB 32100-2015 check character and the embedded GB 11714 organisation code, the ID-card check digit
 * (GB 11643), and food licence numbers. Pure functions: the server validates with them and the forms
 * use the same ones for inline messages.
 */

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
export const USCC_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'

/** The 18th character a USCC must end with, from its first 17 (null when they use a forbidden character). */
export function usccCheckChar(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i])
    if (v < 0) return null
    sum += v * USCC_WEIGHTS[i]
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]
}

/** GB 11714 organisation code (9 characters, positions 9–17 of a USCC): is its last character right? */
export function isValidOrgCode(code: string): boolean {
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return false
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 8; i++) sum += parseInt(code[i], 36) * weights[i]
  const c = 11 - (sum % 11)
  return code[8] === (c === 10 ? 'X' : c === 11 ? '0' : String(c))
}

export interface UsccCheck {
  /** Null when valid; otherwise the Chinese reason. */
  error: string | null
  /** The embedded organisation code fails its own check: some legacy codes do, so warn, never reject. */
  orgCodeWarning: string | null
}

export function checkUscc(raw: string): UsccCheck {
  const code = raw.trim().toUpperCase()
  if (code.length !== 18) return { error: `应为 18 位（现为 ${code.length} 位）`, orgCodeWarning: null }
  if (!new RegExp(USCC_PATTERN).test(code)) return { error: '含有不允许的字符（不使用 I、O、S、V、Z），或第 3–8 位不是数字', orgCodeWarning: null }
  const expected = usccCheckChar(code.slice(0, 17))
  if (expected !== code[17]) return { error: `校验码错误（第 18 位应为 ${expected}）`, orgCodeWarning: null }
  return { error: null, orgCodeWarning: isValidOrgCode(code.slice(8, 17)) ? null : '第 9–17 位组织机构代码校验不通过（部分早期代码如此，请核对）' }
}

export const isValidUscc = (code: string) => checkUscc(code).error === null

/** 居民身份证号 (GB 11643): 17 digits and a check digit or X. */
export function isValidIdCardNumber(raw: string): boolean {
  const id = raw.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((s, w, i) => s + w * Number(id[i]), 0)
  return '10X98765432'[sum % 11] === id[17]
}

/** Shown masked (4117**********123X): the full number is personal data. */
export const maskIdCardNumber = (id: string) => (id.length > 10 ? id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4) : '****')

/**
 * Licence numbers. SC and JY check digits are computed by an unpublished algorithm (REGIONS.md §4, U):
 * only the format is checked. The JY first digit set (1 销售, 2 餐饮, 3 单位食堂) is unconfirmed, so any
 * digit is allowed. 三小 registration numbers are set by the province: free text.
 */
export const LICENCE_PATTERNS: Record<string, { pattern: RegExp; hint: string } | undefined> = {
  production: { pattern: /^SC[12]\d{13}$/, hint: 'SC 加 14 位数字，第 1 位为 1（食品）或 2（食品添加剂）' },
  operation: { pattern: /^JY\d{14}$/, hint: 'JY 加 14 位数字' },
}

/** Null when the number suits the licence kind; otherwise the Chinese reason. */
export function checkLicenceNumber(kind: string, raw: string): string | null {
  const number = raw.trim().toUpperCase()
  if (!number) return '不能为空'
  const rule = LICENCE_PATTERNS[kind]
  if (rule && !rule.pattern.test(number)) return `格式应为${rule.hint}`
  if (!rule && number.length > 40) return '不超过 40 个字符'
  return null
}
