// The demo county's register of food businesses (经营主体): about 6,000 entries for 西平县, generated
// by code from a fixed seed. The same regions give the same businesses, codes and licence numbers on
// any day; `today` only moves the dates, so expiry reminders and due inspections always have work.
import type { CertificationKind, RiskGrade } from '../../../../shared/entity-catalogue'
import type { EntitySeed } from '../../entities/seed-types'
import type { DemoRegion } from '../county-data'
import { countyContext } from './context'
import { Identifiers } from './identifiers'
import { planRegister, type Draft } from './plan'
import { buildSeed, type Fixed, type SeedContext } from './seed'
import { Rng } from './util'

/** 2021 grading of the county's 93 food production enterprises (self-inspection report). */
export const PRODUCTION_GRADES: Record<RiskGrade, number> = { A: 0, B: 41, C: 15, D: 37 }

/** Producers holding each certificate in the report: ISO22000 14 (4 of them meat), HACCP 5, ISO9001 7, ISO14001 7. */
export const PRODUCTION_CERTIFICATES = { iso22000: 14, iso22000Meat: 4, haccp: 5, iso9001: 7, iso14001: 7 }

const PRODUCER_TYPES = new Set(['food_producer', 'additive_producer', 'health_food_producer', 'special_food_producer'])

/**
 * Grades and certificates of the producers, fixed to the report's figures: grades shuffled over all
 * 93; certificates go to the meat and dairy producers and the large firms first, as they do in reality.
 * 6S covers all meat producers and most of the small ones (the report: over 90% of small firms).
 */
function planProducers(producers: Draft[], rng: Rng): Map<Draft, Fixed> {
  const grades = rng.shuffle(
    (Object.entries(PRODUCTION_GRADES) as [RiskGrade, number][]).flatMap(([g, n]) => Array<RiskGrade>(n).fill(g)),
  )
  if (grades.length !== producers.length) throw new Error(`plan has ${producers.length} producers, report ${grades.length}`)
  const fixed = new Map<Draft, Fixed>(producers.map((d, i) => [d, { grade: grades[i], certifications: [] }]))
  const give = (d: Draft, k: CertificationKind) => fixed.get(d)!.certifications!.push(k)
  const meat = producers.filter((d) => d.category?.code === '04')
  const dairy = producers.filter((d) => d.category?.code === '05')
  const others = rng.shuffle(producers.filter((d) => !meat.includes(d))).sort((a, b) => Number(b.large) - Number(a.large))
  const c = PRODUCTION_CERTIFICATES
  rng.shuffle([...meat]).slice(0, c.iso22000Meat).forEach((d) => give(d, 'iso22000'))
  others.slice(0, c.iso22000 - c.iso22000Meat).forEach((d) => give(d, 'iso22000'))
  const haccp = [...dairy, ...others.filter((d) => !dairy.includes(d))].slice(0, c.haccp)
  haccp.forEach((d) => give(d, 'haccp'))
  rng.shuffle(others.slice(0, 30)).slice(0, c.iso9001).forEach((d) => give(d, 'iso9001'))
  rng.shuffle(others.slice(0, 30)).slice(0, c.iso14001).forEach((d) => give(d, 'iso14001'))
  for (const d of producers) if (meat.includes(d) || (!d.large && rng.chance(0.9))) give(d, 'six_s')
  return fixed
}

export function buildDemoRegister(regions: DemoRegion[], today: string): EntitySeed[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, got ${today}`)
  const county = countyContext(regions)
  const drafts = planRegister(county, new Rng(0x411721))
  const fixed = planProducers(drafts.filter((d) => PRODUCER_TYPES.has(d.type)), new Rng(0x93))
  const rng = new Rng(0x5eed)
  const ctx: SeedContext = { rng, ids: new Identifiers(rng.fork(0x1d)), today, usedNames: new Set(), ordinals: new Map(), certSerial: { n: 0 } }
  return drafts.map((d) => buildSeed(d, fixed.get(d) ?? {}, ctx))
}
