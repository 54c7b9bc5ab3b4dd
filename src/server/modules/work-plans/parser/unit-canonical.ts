import { shadowOf } from './text-block'

/**
 * unitCanonical: each unit as written → one canonical name. Lists drop the level prefix after their
 * first unit (县市场监管局、农业农村局、财政局), so a bare department gets the plan's prefix back
 * (县, 市 or 区, written in the document's own script); spelled-out and abbreviated names of one office
 * merge (卫生健康委 → 县卫健委). Collective phrases, units of another level (市生态环境局西平分局 in a
 * county plan) and named bodies (西平火车站) stay as written; combined offices (发改委（商务局）) stay
 * distinct.
 */

// Long official names → the short forms plans use; keys only, the output keeps a written form.
const ABBREVIATIONS: [RegExp, string][] = [
  [/卫生和?健康委员会|卫生健康委/, '卫健委'], [/卫生健康局/, '卫健局'],
  [/市场监督管理局/, '市场监管局'],
  [/发展和?改革委员会|发展改革委/, '发改委'], [/发展和?改革局/, '发改局'],
  [/教育和?体育局/, '教体局'], [/文化广电和?旅游局/, '文广旅局'], [/文化和?旅游局/, '文旅局'],
  [/住房和?城乡建设局/, '住建局'], [/人力资源和?社会保障局/, '人社局'],
  [/科学技术和工业信息化局|科技和工业信息化局/, '科工局'], [/工业和?信息化局/, '工信局'], [/科学技术局/, '科技局'],
  [/城市管理(?:综合执法)?局/, '城管局'], [/应急管理局/, '应急局'], [/医疗保障局/, '医保局'],
  [/交通运输局/, '交通局'], [/粮食和物资储备局/, '粮储局'], [/供销合作社(?:联合社)?/, '供销社'],
  [/人民法院/, '法院'], [/人民检察院/, '检察院'],
  [/食品安全委员会办公室|食品安全办公室/, '食安办'], [/食品安全委员会/, '食安委'],
  [/人民政府办公室/, '政府办'], [/农业农村委员会/, '农委'],
]

// A level prefix: 县…, 市… (not 市场…), 区… (not 区域…).
const LEVEL_PREFIX = /^(?:县|市(?!场)|区(?!域))/
const OTHER_LEVEL = /^(?:省|州|旗|国家|中央|中国|中共|各|全|有关|相关|其他|其它|团|驻)|成员单位|部门$|单位$/
const OTHER_PLACE = /^[\u4e00-\u9fff]{2,5}?(?:省|市(?!场)|县|区(?!域)|镇|乡)/

function abbreviate(name: string): string {
  let out = name
  for (const [re, short] of ABBREVIATIONS) out = out.replace(re, short)
  return out
}

export interface CanonicalContext { level: string | null; place: string | null }

/** The plan's own level (县/市/区, as written) and place name, from the units and the title. */
export function canonicalContext(units: string[], title: string | null): CanonicalContext {
  const counts = new Map<string, number>()
  for (const u of units) {
    if (LEVEL_PREFIX.test(shadowOf(u)) && u.length > 2) counts.set(u[0], (counts.get(u[0]) ?? 0) + 1)
  }
  let level: string | null = null
  let best = 0
  for (const [k, n] of counts) if (n > best) { level = k; best = n }
  let place: string | null = null
  const t = (title ?? '').replace(/^(?:20\d{2}\s*年度?|（[^）]*）)/, '')
  const m = /^([\u4e00-\u9fff]{2,4}?)(县|縣|市|区|區|旗)/.exec(t)
  if (m && !/^(?:全|各|我)/.test(m[1])) {
    place = m[1]
    level ??= m[2]
  }
  return { level, place }
}

export function buildUnitCanonical(units: string[], ctx: CanonicalContext): Record<string, string> {
  const written = [...new Set(units.map((u) => u.replace(/\s+/g, '')))]
  const ownLevel = (u: string) => !!ctx.level && u.startsWith(ctx.level) && LEVEL_PREFIX.test(shadowOf(u))
  // A unit of this plan's own level: written with its prefix, or a bare department name.
  const isLocal = (u: string) => {
    const s = shadowOf(u)
    if (ctx.place && s.startsWith(shadowOf(ctx.place))) return false
    if (ownLevel(u)) return true
    return !LEVEL_PREFIX.test(s) && !OTHER_LEVEL.test(s) && !OTHER_PLACE.test(s)
  }
  const bare = (u: string) => (ownLevel(u) ? u.slice(ctx.level!.length) : u)
  const keyOf = (u: string) => abbreviate(shadowOf(bare(u)))
  // Group this plan's own units by their abbreviated form; pick the written form the plan uses most.
  const freq = new Map<string, number>()
  for (const u of units) freq.set(u.replace(/\s+/g, ''), (freq.get(u.replace(/\s+/g, '')) ?? 0) + 1)
  const groups = new Map<string, string[]>()
  for (const u of written) {
    if (!isLocal(u)) continue
    const k = keyOf(u)
    groups.set(k, [...(groups.get(k) ?? []), u])
  }
  const out: Record<string, string> = {}
  for (const u of written) {
    if (!isLocal(u) || !ctx.level) { out[u] = u; continue }
    const members = groups.get(keyOf(u)) ?? [u]
    const bases = members.map(bare)
    const short = bases.find((b) => shadowOf(b) === keyOf(u))
    const chosen = short ?? bases.sort((a, b) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0) || a.length - b.length)[0]
    out[u] = ctx.level + chosen
  }
  return out
}
