/**
 * What a unit name looks like, and how a written list of units splits into units (on the shadow text).
 * A list is cut at 、，; collective local-government phrases (各乡镇党委、政府、街道党工委、办事处) stay one
 * unit; `X和有关部门` / `X及Y` split into two when both sides are units; a trailing 等 is dropped.
 */

const UNIT_SUFFIX = new RegExp(
  '(?:局|委|办|部|院|厅|处|所|队|站|社|会|中心|公司|单位|部门|政府|街道|乡镇|镇|乡|组|台|室|馆|团|联|校|庭|行|' +
  '党委|工委|管委会|办事处|机关|集团|企业|医院|学校|银行|海关|车站|机场|大队|支队|中队|协会|商会|学会|基地|园区|' +
  '开发区|集聚区|社区|村|居委会|村委会|班子|小组|指挥部|领导小组|分局|股|科|总队|营业部|联社|合作社|网格|机构|协|主体)$',
)

/** A written name ends like an office, with any parenthetical (`发改委（商务局）`, `各乡镇（街道）`) set aside. */
export function looksLikeUnit(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false
  if (/\d{4}|[。；！？]/.test(name)) return false
  const base = name.replace(/（[^（）]*）$/, '').replace(/〔[^〔〕]*〕$/, '')
  return base.length >= 2 && UNIT_SUFFIX.test(base)
}

/** Words of local government that a collective phrase strings together. */
const LOCAL_WORD = /^(?:各)?(?:乡镇|乡|镇|街道|社区|村|区县|县区|县市区|园区)?(?:人民)?(?:（[^（）]*）)?(?:党委|党工委|街道党工委|政府|人民政府|党委政府|党委和政府|办事处|街道办事处|街道办|管委会|管理委员会|居委会|村委会|村（居）委会|乡镇|街道|社区|镇|乡|村)?(?:（[^（）]*）)?$/

const COLLECTIVE_START = /^各(?:乡镇|乡|镇|街道|社区|村|区县|县区|县（市、区）|县市区|县（市）|区|县|市|园区|产业集聚区)/

export const isCollectiveStart = (name: string) => COLLECTIVE_START.test(name)

/** `政府`, `街道党工委`, `办事处`, `街道党工委和办事处`: words that continue a collective phrase. */
function continuesCollective(part: string): boolean {
  if (!part) return false
  return part.split(/和|及|与/).every((p) => p.length > 0 && LOCAL_WORD.test(p) && p !== '各')
}

export interface Piece { from: number; to: number } // a range in the shadow string

const trimRange = (s: string, r: Piece): Piece => {
  let { from, to } = r
  while (from < to && /[、，,\s]/.test(s[from])) from++
  while (to > from && /[、，,\s]/.test(s[to - 1])) to--
  return { from, to }
}

/** Splits s[from,to) at the given separators outside brackets. */
export function splitTopLevel(s: string, from: number, to: number, seps: string): Piece[] {
  const out: Piece[] = []
  let depth = 0
  let start = from
  for (let i = from; i < to; i++) {
    const c = s[i]
    if (c === '（' || c === '〔' || c === '《' || c === '“') depth++
    else if ((c === '）' || c === '〕' || c === '》' || c === '”') && depth > 0) depth--
    else if (depth === 0 && seps.includes(c)) { out.push({ from: start, to: i }); start = i + 1 }
  }
  out.push({ from: start, to })
  return out.map((p) => trimRange(s, p)).filter((p) => p.to > p.from)
}

const TRAILING_ETC = /(?:等(?:有关|相关)?(?:部门|单位|成员单位)?|等)$/
const LEADING_NOISE = /^(?:由|请|并由|会同|联合)/

/** Splits a list of units (no role words left in it) into unit ranges. */
export function splitUnitList(s: string, from: number, to: number): Piece[] {
  const parts = splitTopLevel(s, from, to, '、，')
  const merged: Piece[] = []
  for (let i = 0; i < parts.length; i++) {
    let p = parts[i]
    const text = s.slice(p.from, p.to)
    if (isCollectiveStart(text)) {
      // Absorb the local-government words that follow: 各乡镇党委、政府、街道党工委、办事处 is one unit.
      while (i + 1 < parts.length && s[parts[i + 1].from - 1] === '、' && continuesCollective(s.slice(parts[i + 1].from, parts[i + 1].to))) {
        i++
        p = { from: p.from, to: parts[i].to }
      }
      merged.push(p)
      continue
    }
    merged.push(...splitConjunction(s, p))
  }
  const out: Piece[] = []
  for (const p of merged) {
    let { from: a, to: b } = p
    const lead = LEADING_NOISE.exec(s.slice(a, b))
    if (lead) a += lead[0].length
    const etc = TRAILING_ETC.exec(s.slice(a, b))
    if (etc && b - etc[0].length - a >= 2) b -= etc[0].length
    if (b > a) out.push({ from: a, to: b })
  }
  return out
}

/** `县政府食安委各成员单位和有关部门` → two units; `住房和城乡建设局` stays one (住房 is no unit). */
function splitConjunction(s: string, p: Piece): Piece[] {
  const text = s.slice(p.from, p.to)
  const re = /以及|和|及|与/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const left = text.slice(0, m.index)
    const right = text.slice(m.index + m[0].length)
    if (looksLikeUnit(left) && (looksLikeUnit(right) || /^(?:各|有关|相关|其他)/.test(right))) {
      const rightPiece = { from: p.from + m.index + m[0].length, to: p.to }
      return [{ from: p.from, to: p.from + m.index }, ...splitConjunction(s, rightPiece)]
    }
  }
  return [p]
}
