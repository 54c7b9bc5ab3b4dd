// The county as the register needs it: village-level units with their township, the township seats
// (where markets, 中学, 卫生院 and 敬老院 sit), rough coordinates and street addresses.
import type { DemoRegion } from '../county-data'
import { CITY_ROADS, TOWN_STREETS } from './names'
import { Rng, WeightedTable } from './util'

export type TownshipType = 'street' | 'town' | 'xiang'

export interface Village {
  region: DemoRegion
  township: Township
  cls: string
  /** 村民委员会 (codes 200–399) rather than a 社区. */
  isVillage: boolean
  /** The name without 村/社区, as schools and co-operatives use it (王庄村 → 王庄). */
  stem: string
  lon: number
  lat: number
}

export interface Township {
  region: DemoRegion
  type: TownshipType
  /** The name without 街道/镇/乡 (and 回族乡). */
  base: string
  villages: Village[]
  /** The town centre (121/210), or for a 街道 its most populous 社区. */
  seat: Village
}

export interface County {
  townships: Township[]
  villages: Village[]
}

/** 西平县 county town (柏城); townships lie around it within about 20 km. */
const CENTRE = { lon: 114.02, lat: 33.38 }

const typeOf = (code: string): TownshipType => {
  const n = Number(code.slice(6, 9))
  return n < 100 ? 'street' : n < 200 ? 'town' : 'xiang'
}

export function countyContext(regions: DemoRegion[]): County {
  const rng = new Rng(0x6e0)
  const townshipRegions = regions.filter((r) => r.level === 'township').sort((a, b) => a.code.localeCompare(b.code))
  const rural = townshipRegions.filter((t) => typeOf(t.code) !== 'street')
  const townships: Township[] = townshipRegions.map((region) => {
    const type = typeOf(region.code)
    const i = rural.indexOf(region)
    // 街道 hug the centre; 镇 and 乡 sit on a ring, in code order round the compass.
    const angle = type === 'street' ? rng.next() * 2 * Math.PI : (i / rural.length) * 2 * Math.PI + rng.next() * 0.3
    const radius = type === 'street' ? 0.008 + rng.next() * 0.012 : 0.09 + rng.next() * 0.08
    // A degree of longitude is about 0.84 of a degree of latitude here: stretch longitudes to keep the ring round.
    const centre = { lon: CENTRE.lon + radius * Math.cos(angle) * 1.2, lat: CENTRE.lat + radius * Math.sin(angle) }
    // The seat is set below, once the villages (which point back at the township) exist.
    const township: Township = { region, type, base: region.name.replace(/(回族乡|街道|镇|乡)$/, ''), villages: [], seat: undefined as unknown as Village }
    const own = regions.filter((r) => r.level === 'village' && r.parentCode === region.code).sort((a, b) => a.code.localeCompare(b.code))
    for (const r of own) {
      const cls = r.urbanRuralClass ?? '220'
      const central = cls === '111' || cls === '121' || cls === '210'
      const spread = type === 'street' ? (cls === '111' ? 0.008 : 0.016) : central ? 0.006 : 0.045
      township.villages.push({
        region: r, township, cls, isVillage: Number(r.code.slice(9)) >= 200, stem: r.name.replace(/(村|社区)$/, ''),
        lon: centre.lon + (rng.next() - 0.5) * 2 * spread * 1.2, lat: centre.lat + (rng.next() - 0.5) * 2 * spread,
      })
    }
    const seats = township.villages.filter((v) => v.cls === '121' || v.cls === '210' || v.cls === '111')
    const candidates = seats.length ? seats : township.villages
    if (candidates.length) township.seat = candidates.reduce((a, b) => (b.region.population > a.region.population ? b : a))
    return township
  })
  return { townships: townships.filter((t) => t.villages.length > 0), villages: townships.flatMap((t) => t.villages) }
}

/** How strongly a kind of business favours each urban-rural class, per head of population. */
export const PROFILES = {
  /** supermarkets, large restaurants, chains: the county town and town centres */
  urban: { '111': 4, '112': 2.5, '121': 3, '122': 1.2, '210': 1.2, '220': 0.06 },
  /** groceries, small eateries, stalls: everywhere, a little denser in centres */
  general: { '111': 1.5, '112': 1.3, '121': 1.8, '122': 1.2, '210': 1.6, '220': 0.75 },
  /** farms, co-operatives, collective dining: the countryside */
  rural: { '111': 0, '112': 0.25, '121': 0.05, '122': 0.3, '210': 0.5, '220': 1 },
  /** factories: the fringe of the county town and of the towns, some in villages */
  industrial: { '111': 0.2, '112': 3, '121': 0.8, '122': 2, '210': 0.6, '220': 0.25 },
} satisfies Record<string, Record<string, number>>
export type Profile = keyof typeof PROFILES

export function placementTables(county: County): Record<Profile, WeightedTable<Village>> {
  const table = (p: Profile) =>
    new WeightedTable(county.villages, (v) => {
      const w = v.region.population * (PROFILES[p][v.cls as keyof (typeof PROFILES)[Profile]] ?? 0.5)
      // The county's industrial park (工业园社区) takes a large share of the factories.
      return p === 'industrial' && v.region.name === '工业园社区' ? w * 12 : w
    })
  return { urban: table('urban'), general: table('general'), rural: table('rural'), industrial: table('industrial') }
}

/** A point near the village's centre; town shops are closer together than farms. */
export function pointIn(v: Village, rng: Rng, spread = v.isVillage ? 0.006 : 0.003): { longitude: number; latitude: number } {
  const round = (x: number) => Math.round(x * 1e6) / 1e6
  return { longitude: round(v.lon + (rng.next() - 0.5) * 2 * spread), latitude: round(v.lat + (rng.next() - 0.5) * 2 * spread) }
}

export function addressIn(v: Village, rng: Rng): string {
  const where = `西平县${v.township.region.name}${v.region.name}`
  if (v.isVillage) {
    return rng.chance(0.7) ? `${where}${rng.int(1, 12)}组${rng.int(1, 80)}号` : `${where}村委会${rng.pick(['东', '西', '南', '北'])}${rng.int(1, 30) * 10}米`
  }
  const named = CITY_ROADS.find((r) => v.region.name.startsWith(r.replace(/(路|街|大道)$/, '')))
  const road = v.township.type === 'street' ? (named && rng.chance(0.6) ? named : rng.pick(CITY_ROADS)) : rng.pick(TOWN_STREETS)
  return `${where}${road}${rng.int(1, 399)}号`
}
