/**
 * The verdict rule of a tested item and of a sample (shared by server and browser, no dependencies).
 * Values and limits are decimal strings compared exactly: 0.020001 against 0.02 must fail, which a
 * float comparison may get wrong after rounding. SAMPLING-LIMITS.md §0 gives the modelling rules.
 */

export type LimitKind = 'max' | 'min' | 'not_detected' | 'microbe'
export type Verdict = 'pass' | 'fail'

export interface JudgedResult {
  limitKind: string
  /** The limit; m of a microbial plan. */
  limitValue: string | null
  /** M of a microbial plan (null: a two-class plan, c must be 0). */
  limitMax: string | null
  planN: number | null
  planC: number | null
  /** false = 未检出 (below the method's limit of detection). */
  detected: boolean
  value: string | null
  /** The method's limit of detection: a detection at or below it counts as 未检出. */
  lod: string | null
  /** The n unit results of a microbial plan. */
  unitValues: string[] | null
  unit: string
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/

/** Compares two decimal strings exactly: -1, 0 or 1. Throws on text that is not a decimal. */
export function compareDecimal(a: string, b: string): number {
  const pa = DECIMAL.exec(a.trim())
  const pb = DECIMAL.exec(b.trim())
  if (!pa || !pb) throw new Error(`not a decimal: ${pa ? b : a}`)
  const scale = Math.max(pa[3]?.length ?? 0, pb[3]?.length ?? 0)
  const big = (p: RegExpExecArray) => BigInt(`${p[1]}${p[2]}${(p[3] ?? '').padEnd(scale, '0')}`)
  const x = big(pa)
  const y = big(pb)
  return x < y ? -1 : x > y ? 1 : 0
}

/** A decimal without trailing zeros: the database's 0.020000 reads 0.02, 10000.000000 reads 10000. */
export function plainDecimal(s: string): string {
  if (!s.includes('.')) return s
  const t = s.replace(/0+$/, '').replace(/\.$/, '')
  return t === '-0' ? '0' : t
}

const above = (v: string, limit: string) => compareDecimal(v, limit) > 0

/** The verdict of one item from its value and limit (the caller has checked the shape of the input). */
export function judgeResult(r: JudgedResult): Verdict {
  switch (r.limitKind) {
    case 'max':
      if (!r.detected || r.value === null) return 'pass'
      return above(r.value, r.limitValue!) ? 'fail' : 'pass'
    case 'min':
      // A content not found cannot reach a minimum.
      if (!r.detected || r.value === null) return 'fail'
      return compareDecimal(r.value, r.limitValue!) >= 0 ? 'pass' : 'fail'
    case 'not_detected':
      if (!r.detected) return 'pass'
      if (r.value !== null && r.lod !== null && !above(r.value, r.lod)) return 'pass'
      return 'fail'
    case 'microbe': {
      const values = r.unitValues ?? []
      const m = r.limitValue!
      if (values.length !== r.planN) return 'fail'
      if (r.limitMax === null) return values.some((v) => above(v, m)) ? 'fail' : 'pass'
      if (values.some((v) => above(v, r.limitMax!))) return 'fail'
      return values.filter((v) => above(v, m)).length <= (r.planC ?? 0) ? 'pass' : 'fail'
    }
    default:
      throw new Error(`unknown limit kind ${r.limitKind}`)
  }
}

/** A sample fails when any of its items fails. */
export const sampleVerdict = (verdicts: readonly Verdict[]): Verdict => (verdicts.includes('fail') ? 'fail' : 'pass')

type LimitOf = Pick<JudgedResult, 'limitKind' | 'limitValue' | 'limitMax' | 'planN' | 'planC' | 'unit'>

/** The limit as people write it: ≤ 0.02 mg/kg, ≥ 3 %, 不得检出, n=5, c=2, m=10000, M=100000 CFU/g. */
export function limitText(r: LimitOf): string {
  const v = r.limitValue === null ? '' : plainDecimal(r.limitValue)
  switch (r.limitKind) {
    case 'max': return `≤ ${v} ${r.unit}`
    case 'min': return `≥ ${v} ${r.unit}`
    case 'not_detected': return '不得检出'
    case 'microbe': return `n=${r.planN}, c=${r.planC}, m=${v}${r.limitMax === null ? '' : `, M=${plainDecimal(r.limitMax)}`} ${r.unit}`
    default: return r.limitKind
  }
}

/**
 * What a limit of this kind needs (catalogue rows and typed report items alike), as Chinese messages
 * naming the field; empty when the limit is complete.
 */
export function limitProblems(r: Omit<LimitOf, 'unit'>): string[] {
  const problems: string[] = []
  const none = (value: unknown, field: string, why: string) => { if (value !== null && value !== undefined) problems.push(`${field}：${why}`) }
  if (r.limitKind === 'max' || r.limitKind === 'min') {
    if (r.limitValue === null) problems.push('限量值：最大限量或最低含量须填写限量值')
    none(r.limitMax, 'M 值', '只有微生物采样方案填写 M 值')
    none(r.planN, 'n（样品数）', '只有微生物采样方案填写 n')
    none(r.planC, 'c（允许超 m 数）', '只有微生物采样方案填写 c')
  } else if (r.limitKind === 'not_detected') {
    none(r.limitValue, '限量值', '不得检出的项目不填限量值')
    none(r.limitMax, 'M 值', '不得检出的项目不填 M 值')
    none(r.planN, 'n（样品数）', '不得检出的项目不填 n')
    none(r.planC, 'c（允许超 m 数）', '不得检出的项目不填 c')
  } else if (r.limitKind === 'microbe') {
    if (r.limitValue === null) problems.push('限量值：微生物采样方案须填写 m 值')
    if (r.planN === null) problems.push('n（样品数）：微生物采样方案须填写 n')
    if (r.planC === null) problems.push('c（允许超 m 数）：微生物采样方案须填写 c')
    if (r.planN !== null && r.planC !== null && r.planC > r.planN) problems.push('c（允许超 m 数）：不能大于 n')
    if (r.limitMax === null && r.planC !== null && r.planC > 0) problems.push('c（允许超 m 数）：没有 M 值（二级采样方案）时 c 应为 0')
    if (r.limitMax !== null && r.limitValue !== null && compareDecimal(r.limitMax, r.limitValue) < 0) problems.push('M 值：不能小于 m 值')
  } else {
    problems.push('判定方式：应为最大限量、最低含量、不得检出或微生物采样方案')
  }
  return problems
}
