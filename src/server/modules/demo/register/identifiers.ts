// Codes the register carries: unified social credit codes (GB 32100, with a valid embedded GB 11714
// organisation code) and licence or registration numbers. Every code is unique within one build and
// depends only on the generation order, never on `today`, so reloading the demo on another day finds
// the same natural keys.
import { usccCheckChar } from '../../../../shared/codes'
import { pad, type Rng } from './util'

const COUNTY = '411721'
const USCC_CHARS = [...'0123456789ABCDEFGHJKLMNPQRTUWXY']
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/**
 * Registering authority and kind (positions 1–2): 91 company, 92 个体工商户, 93 farmers' cooperative,
 * 11 government body, 12 public institution (schools, hospitals), 52 private non-profit (民办幼儿园,
 * 民办养老院), N2 village collective economic organisation.
 */
export type UsccKind = '91' | '92' | '93' | '11' | '12' | '52' | 'N2'

/** GB 11714 check character of the first eight characters of an organisation code. */
export function orgCodeCheckChar(body8: string): string {
  const sum = ORG_WEIGHTS.reduce((s, w, i) => s + parseInt(body8[i], 36) * w, 0)
  const c = 11 - (sum % 11)
  return c === 10 ? 'X' : c === 11 ? '0' : String(c)
}

/** The SC and JY check digits follow an unpublished algorithm (REGIONS.md §4): a digit sum stands in. */
const checkDigit = (digits: string) => String([...digits].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0) % 10)

export type JyCategory = 1 | 2 | 3
export type SmallThree = 'workshop' | 'shop' | 'stall'

export class Identifiers {
  private readonly usedUscc = new Set<string>()
  private sc = 0
  private jy = 0
  private readonly smallThree: Record<SmallThree, number> = { workshop: 0, shop: 0, stall: 0 }

  constructor(private readonly rng: Rng) {}

  /**
   * A fresh USCC. Bodies registered since the 2015 reform start with MA (the new-style organisation code);
   * older ones keep their numeric organisation code, as real re-issued codes do.
   */
  uscc(kind: UsccKind, legacy: boolean): string {
    for (;;) {
      const body = legacy ? this.legacyBody(kind) : `MA${this.rng.pick(['3', '4', '4', '9', '9', 'X'])}${this.chars(5)}`
      const first17 = `${kind}${COUNTY}${body}${orgCodeCheckChar(body)}`
      const code = first17 + usccCheckChar(first17)
      if (!this.usedUscc.has(code)) {
        this.usedUscc.add(code)
        return code
      }
    }
  }

  private chars(n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += this.rng.pick(USCC_CHARS)
    return s
  }

  private legacyBody(kind: UsccKind): string {
    const digits = (n: number) => String(this.rng.int(0, 10 ** n - 1)).padStart(n, '0')
    // Government bodies and institutions got 4172xxxx-style codes from the county's code office.
    if (kind === '11' || kind === '12') return `4172${digits(4)}`
    return `${this.rng.pick(['6', '7', '7', '0'])}${digits(7)}`
  }

  /** SC + 1 (food) or 2 (additive) + 2-digit category + county + 4-digit sequence + check digit. */
  production(category: string, additive: boolean): string {
    this.sc += this.rng.int(1, 4)
    const digits = `${additive ? 2 : 1}${category}${COUNTY}${pad(this.sc, 4)}`
    return `SC${digits}${checkDigit(digits)}`
  }

  /** JY + 主体业态 (1 sales, 2 catering, 3 canteen) + county + 6-digit sequence + check digit. */
  operation(category: JyCategory): string {
    this.jy += this.rng.int(1, 3)
    const digits = `${category}${COUNTY}${pad(10_000 + this.jy, 6)}`
    return `JY${digits}${checkDigit(digits)}`
  }

  /** 三小 numbers are set by the province (free text); this follows the usual 豫食…登字 wording. */
  registration(kind: SmallThree): string {
    const n = (this.smallThree[kind] += this.rng.int(1, 3))
    const head = kind === 'workshop' ? '豫食小作坊登字' : kind === 'shop' ? '豫食小经营店登字' : '豫食小摊点备字'
    return `${head}${COUNTY}${pad(n, 5)}`
  }
}
