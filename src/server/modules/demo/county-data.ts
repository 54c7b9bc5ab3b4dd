// Deterministic demo county (西平县, 411721) for seeding and tests: the region tree
// (county → 20 townships → 285 villages/communities) with 12-digit statistical codes,
// urban-rural class codes and populations, and the food-safety organisation units
// (county 食安办, committee member units, one 市场监管所 and one 食安办 per township).
// No randomness at runtime: populations and village names come from a fixed-seed PRNG.
import {
  COUNTY_CODE,
  COUNTY_NAME,
  COUNTY_POPULATION_TARGET,
  MEMBER_SPECS,
  OFFICE_SPEC,
  STREET_COMMUNITIES,
  TOWN_COMMUNITY_SUFFIXES,
  TOWNSHIPS,
  VILLAGE_SUFFIXES,
  VILLAGE_SURNAMES,
  type MemberSpec,
  type TownshipSpec,
} from './county-names.js'

export type RegionLevel = 'county' | 'township' | 'village'

export interface DemoRegion {
  code: string // 12-digit statistical code
  name: string // short usual form: 柏城街道, 出山镇, 王庄村, 城东社区
  level: RegionLevel
  parentCode: string | null
  population: number // villages sum to their township, townships to the county
  urbanRuralClass: string | null // 111/112/121/122/210/220 for villages, null above
}

export type UnitKind = 'office' | 'member' | 'market_station' | 'township_office'

export interface DemoUnit {
  code: string // stable ascii code: 'fsc-office', 'msa', 'msa-411721101', 'tso-411721101'
  name: string // canonical Chinese name
  shortName: string
  kind: UnitKind
  regionCode: string // county code for county units, township code for stations/offices
  parentCode: string | null // a station's parent is 'msa'; others null
  aliases: string[] // other ways plans write the unit, excluding name
}

export interface DemoCounty {
  county: DemoRegion
  regions: DemoRegion[]
  units: DemoUnit[]
}

/** Where the demo accounts sit (codes are stable across builds). */
export const DEMO_TOWNSHIP_FOR = {
  /** inspector of 柏亭市场监督管理所 */
  inspector: '411721002000', // 柏亭街道
  /** township 食安办 staff (a 镇 with rural villages, for collective dining) */
  township: '411721100000', // 出山镇
  /** village coordinator (协管员) in the first 村 of 出山镇 */
  coordinatorVillage: '411721100200',
} as const

/** mulberry32: tiny deterministic PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Integer in [lo, hi], skewed towards lo when skew > 1. */
function between(rng: () => number, lo: number, hi: number, skew = 1): number {
  return Math.round(lo + (hi - lo) * Math.pow(rng(), skew))
}

const pad3 = (n: number) => String(n).padStart(3, '0')
const countyPrefix = COUNTY_CODE.slice(0, 6)

type TownshipType = 'street' | 'town' | 'xiang'

function townshipType(seq: string): TownshipType {
  const n = Number(seq)
  if (n >= 1 && n <= 99) return 'street'
  if (n >= 100 && n <= 199) return 'town'
  if (n >= 200 && n <= 399) return 'xiang'
  throw new Error(`township seq ${seq} outside 001–399`)
}

/** A village-level unit before its population is scaled to the county target. */
interface VillageDraft {
  seq: number // digits 10–12
  name: string
  cls: string
  raw: number
}

/** Picks a <surname><suffix>村 name not used anywhere in the county yet. */
function villageName(rng: () => number, used: Set<string>): string {
  for (;;) {
    const surname = VILLAGE_SURNAMES[Math.floor(rng() * VILLAGE_SURNAMES.length)]
    const suffix = VILLAGE_SUFFIXES[Math.floor(rng() * VILLAGE_SUFFIXES.length)]
    const name = `${surname}${suffix}村`
    if (!used.has(name)) {
      used.add(name)
      return name
    }
  }
}

function communityNames(t: TownshipSpec, type: TownshipType): string[] {
  if (type === 'street') {
    const names = STREET_COMMUNITIES[t.base] ?? []
    if (names.length !== t.communities) throw new Error(`community names for ${t.name}`)
    return names
  }
  return [`${t.base}社区`, ...TOWN_COMMUNITY_SUFFIXES].slice(0, t.communities)
}

/**
 * Draft villages of one township: 社区 (居委会) get codes from 001, 村 (村委会) from 200.
 * 街道: 社区 111 (the outer ones 112), 村 112. 镇: seat 社区 121, others 122, 村 220.
 * 乡: the seat village (named after the 乡) 210, all others 220.
 */
function draftVillages(
  t: TownshipSpec,
  popRng: () => number,
  nameRng: () => number,
  usedNames: Set<string>,
): VillageDraft[] {
  const type = townshipType(t.seq)
  const drafts: VillageDraft[] = []
  communityNames(t, type).forEach((name, i) => {
    let cls: string
    let raw: number
    if (type === 'street') {
      cls = i < Math.ceil(t.communities * 0.7) ? '111' : '112'
      raw = cls === '111' ? between(popRng, 6000, 13000) : between(popRng, 4000, 8000)
    } else {
      cls = i === 0 ? '121' : '122'
      raw = cls === '121' ? between(popRng, 6000, 11000) : between(popRng, 3000, 6500)
    }
    drafts.push({ seq: i + 1, name, cls, raw })
  })
  for (let i = 0; i < t.villages; i++) {
    const seat = type === 'xiang' && i === 0
    const name = seat ? `${t.base}村` : villageName(nameRng, usedNames)
    let cls: string
    let raw: number
    if (seat) {
      cls = '210'
      raw = between(popRng, 3000, 5500)
    } else if (type === 'street') {
      cls = '112'
      raw = between(popRng, 2500, 5000)
    } else {
      cls = '220'
      raw = type === 'town' ? between(popRng, 1000, 4500, 1.4) : between(popRng, 900, 4000, 1.4)
    }
    drafts.push({ seq: 200 + i, name, cls, raw })
  }
  return drafts
}

function buildRegions(): { county: DemoRegion; regions: DemoRegion[] } {
  const popRng = mulberry32(0x411721)
  const nameRng = mulberry32(0x5a1ce)
  // Seat villages of the 乡 are named after the 乡; reserve them so no other 村 takes the name.
  const usedNames = new Set(
    TOWNSHIPS.filter((t) => townshipType(t.seq) === 'xiang').map((t) => `${t.base}村`),
  )
  const drafts = TOWNSHIPS.map((t) => draftVillages(t, popRng, nameRng, usedNames))
  const rawTotal = drafts.flat().reduce((s, v) => s + v.raw, 0)
  const scale = COUNTY_POPULATION_TARGET / rawTotal

  const county: DemoRegion = {
    code: COUNTY_CODE,
    name: COUNTY_NAME,
    level: 'county',
    parentCode: null,
    population: 0,
    urbanRuralClass: null,
  }
  const regions: DemoRegion[] = [county]
  TOWNSHIPS.forEach((t, i) => {
    const townshipCode = `${countyPrefix}${t.seq}000`
    const villages: DemoRegion[] = drafts[i].map((v) => ({
      code: `${countyPrefix}${t.seq}${pad3(v.seq)}`,
      name: v.name,
      level: 'village',
      parentCode: townshipCode,
      population: Math.round(v.raw * scale),
      urbanRuralClass: v.cls,
    }))
    const township: DemoRegion = {
      code: townshipCode,
      name: t.name,
      level: 'township',
      parentCode: COUNTY_CODE,
      population: villages.reduce((s, v) => s + v.population, 0),
      urbanRuralClass: null,
    }
    county.population += township.population
    regions.push(township, ...villages)
  })
  return { county, regions }
}

function countyUnit([code, name, shortName, aliases]: MemberSpec, kind: UnitKind): DemoUnit {
  return {
    code,
    name,
    shortName,
    kind,
    regionCode: COUNTY_CODE,
    parentCode: null,
    aliases: [...new Set(aliases.filter((a) => a !== name))],
  }
}

function buildUnits(): DemoUnit[] {
  const units: DemoUnit[] = [
    countyUnit(OFFICE_SPEC, 'office'),
    ...MEMBER_SPECS.map((spec) => countyUnit(spec, 'member')),
  ]
  for (const t of TOWNSHIPS) {
    const code9 = `${countyPrefix}${t.seq}`
    const regionCode = `${code9}000`
    units.push({
      code: `msa-${code9}`,
      name: `${t.base}市场监督管理所`,
      shortName: `${t.base}市场监管所`,
      kind: 'market_station',
      regionCode,
      parentCode: 'msa',
      aliases: [`${t.base}市场监管所`, `${t.base}所`, `${t.name}市场监管所`],
    })
  }
  for (const t of TOWNSHIPS) {
    const code9 = `${countyPrefix}${t.seq}`
    units.push({
      code: `tso-${code9}`,
      name: `${t.name}食品安全委员会办公室`,
      shortName: `${t.name}食安办`,
      kind: 'township_office',
      regionCode: `${code9}000`,
      parentCode: null,
      aliases: [`${t.name}食安办`, `${t.name}食安委办公室`],
    })
  }
  return units
}

/** Builds the demo county; every call returns an equal, freshly allocated structure. */
export function buildDemoCounty(): DemoCounty {
  const { county, regions } = buildRegions()
  return { county, regions, units: buildUnits() }
}
