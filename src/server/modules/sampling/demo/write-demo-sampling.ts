import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { judgeResult, plainDecimal, sampleVerdict } from '../../../../shared/sample-verdict'
import { FOOD_CATEGORIES, LEAN_MEAT_POWDER_ITEMS, RAPID_TEST_ITEMS, type FoodCategory, type RapidTestItem } from '../../../../shared/sampling-catalogue'
import { bulkInsert } from '../../../platform/bulk-insert'
import type { SignedInContext } from '../../../platform/context'
import type { Transaction } from '../../../platform/db'
import { addDays, daysBetween, isWorkday } from '../../../platform/working-days'
import { syncTestItemCatalogue } from '../catalogue/sync'
import { openDisposal } from '../disposals/service'
import { countyTotal, shareOut } from '../plans/quotas'
import { rapidTests, sampleResults, samples, samplingPlans, samplingQuotas, type SampleRow, type TestItemRow } from '../schema'
import { currentTimeLimits, dueOn } from '../time-limits/service'
import { FARM_CATEGORIES, FARM_LAB, MARKET_CATEGORIES, MARKET_LABS, OPERATORS, prng, productOf, type Rng } from './catalogue'

/**
 * A year of sampling for the demo county, up to today: the county's market-supervision plan (4.0 批次/千人)
 * and agriculture's routine-monitoring plan (1.7 批次/千人 at farms), each about 70 % done; lab results from
 * the test-item catalogue with about 2 % failing (their 核查处置 files opened through openDisposal, most
 * closed on time, some late, a few open and overdue); and a few thousand rapid tests at markets, canteens
 * and farms (incl. 瘦肉精) with a handful of positives, some already confirmed by a lab sample.
 * Seeded PRNG and entities read in a fixed order: the same data on every load. No audit rows except the
 * disposal.open rows openDisposal writes (actor: system). Skipped when the county already has a plan this year.
 */
type Ent = { id: string; type: string; region_code: string; name: string }
type Stage = 'production' | 'circulation' | 'catering' | 'planting'
const POOLS: Record<Stage, string[]> = {
  production: ['food_producer', 'small_workshop'],
  circulation: ['supermarket', 'farmers_market', 'wholesale_market', 'grocery', 'convenience_store'],
  catering: ['large_restaurant', 'medium_restaurant', 'small_restaurant', 'canteen', 'central_kitchen'],
  planting: ['cooperative', 'family_farm'],
}

export async function writeDemoSampling(tx: Transaction, today: string, samplers: { local: { township: string; ids: string[] }; county: string[] }) {
  await syncTestItemCatalogue(tx)
  const year = Number(today.slice(0, 4))
  const { rows: [county] } = await tx.execute<{ code: string; population: number }>(sql`SELECT code, population FROM regions WHERE level = 'county' ORDER BY code LIMIT 1`)
  if (!county) return null
  const { rows: existing } = await tx.execute(sql`SELECT 1 FROM sampling_plans WHERE region_code = ${county.code} AND year = ${year} LIMIT 1`)
  if (existing.length) return null
  const { rows: townships } = await tx.execute<{ code: string; population: number }>(sql`SELECT code, population FROM regions WHERE parent_code = ${county.code} ORDER BY code`)
  const { rows: ents } = await tx.execute<Ent>(sql`SELECT id, type, region_code, name FROM entities WHERE status = 'active' ORDER BY region_code, name, id`)
  const items = (await tx.execute<TestItemRow>(sql`SELECT id, name, "group", categories, limit_kind AS "limitKind", limit_value AS "limitValue", unit, standard
    FROM test_items WHERE active AND limit_kind IN ('max', 'not_detected') ORDER BY seed_key`)).rows
  const itemsFor = (c: FoodCategory) => items.filter((i) => i.categories.includes(c))
  const rng = prng(20260101)
  const limits = await currentTimeLimits(tx)
  // Working-day arithmetic on the holiday calendar is the slow part: a few hundred distinct dates, memoised.
  const memo = new Map<string, string>()
  const due = (code: Parameters<typeof dueOn>[1], from: string) => {
    const key = `${code}|${from}`
    if (!memo.has(key)) memo.set(key, dueOn(limits, code, from))
    return memo.get(key)!
  }

  // Plans, published at the start of the year.
  const plans = [
    { id: randomUUID(), name: `${year}年西平县食品安全监督抽检计划`, department: 'market', per: '4.00', cats: MARKET_CATEGORIES.map(([c, w]) => [c, w] as const) },
    { id: randomUUID(), name: `${year}年西平县食用农产品质量安全例行监测计划`, department: 'agriculture', per: '1.70', cats: FARM_CATEGORIES },
  ]
  const quotaRows: Record<string, unknown>[] = []
  const totals = new Map<string, number>()
  for (const p of plans) {
    const total = countyTotal(county.population, p.per)
    totals.set(p.id, total)
    const shares = shareOut(total, townships)
    for (const t of townships) quotaRows.push({ planId: p.id, regionCode: t.code, category: null, batches: shares.get(t.code) ?? 0 })
    const byCat = shareOut(total, p.cats.map(([c, w]) => ({ code: c, population: w })))
    for (const [c] of p.cats) quotaRows.push({ planId: p.id, regionCode: county.code, category: c, batches: byCat.get(c) ?? 0 })
  }
  await bulkInsert(tx, samplingPlans, plans.map((p) => ({
    id: p.id, regionCode: county.code, year, name: p.name, level: 'county', department: p.department, batchesPerThousand: p.per, status: 'published',
    createdAt: `${year}-01-05T02:00:00Z`, updatedAt: `${year}-01-05T02:00:00Z`,
  })))
  await bulkInsert(tx, samplingQuotas, quotaRows)

  const pools = Object.fromEntries(Object.entries(POOLS).map(([stage, types]) => [stage, ents.filter((e) => types.includes(e.type))])) as Record<Stage, Ent[]>
  const livestock = ents.filter((e) => e.type === 'livestock_farm')
  const workdays: string[] = []
  for (let d = `${year}-01-04`; d <= today; d = addDays(d, 1)) if (isWorkday(d)) workdays.push(d)
  if (!workdays.length || !pools.circulation.length) return null
  const pairFor = (region: string) => (region.startsWith(samplers.local.township.slice(0, 9)) ? samplers.local.ids : samplers.county)
  // The sampling unit: 农业农村局 for its monitoring; for market sampling the local station where its pair works, else the county bureau.
  const station = `msa-${samplers.local.township.slice(0, 9)}`
  const { rows: units } = await tx.execute<{ id: string; code: string }>(sql`SELECT id, code FROM units WHERE code IN ('msa', 'agri', ${station})`)
  const unitOf = (code: string) => units.find((u) => u.code === code)?.id ?? null
  const unitFor = (department: string, region: string) =>
    unitOf(department === 'agriculture' ? 'agri' : region.startsWith(samplers.local.township.slice(0, 9)) ? station : 'msa')

  const sampleRows: Record<string, unknown>[] = []
  const resultRows: Record<string, unknown>[] = []
  let seq = 0
  function addSample(s: { planId: string | null; department: string; purpose: string; category: FoodCategory; stage: Stage; entity: Ent; sampledOn: string; lab: string }) {
    const id = randomUUID()
    const sentOn = addDays(s.sampledOn, 1 + rng.int(3))
    const received = addDays(sentOn, 12 + rng.int(16))
    const reported = received <= today && sentOn <= today
    const chosen = pickItems(rng, itemsFor(s.category), s.category)
    const failing = reported && rng.next() < 0.02 && chosen.length ? chosen[0] : null
    const verdicts = chosen.map((item, k) => {
      const r = resultOf(rng, item, item === failing)
      const verdict = judgeResult({ ...r, limitKind: item.limitKind, limitValue: item.limitValue, limitMax: null, planN: null, planC: null, lod: null, unitValues: null, unit: item.unit })
      if (reported) resultRows.push({ sampleId: id, testItemId: item.id, itemName: item.name, ...r, unit: item.unit, limitKind: item.limitKind, limitValue: item.limitValue, standard: item.standard, verdict, sortOrder: k })
      return verdict
    })
    const number = `XP${year}${s.department === 'market' ? 'SJ' : 'NY'}${String(++seq).padStart(5, '0')}`
    sampleRows.push({
      id, sampleNumber: number, planId: s.planId, entityId: s.entity.id, regionCode: s.entity.region_code, level: 'county', department: s.department, purpose: s.purpose,
      category: s.category, agricultural: FOOD_CATEGORIES[s.category].agricultural, stage: s.stage, productName: productOf(rng, s.category),
      manufacturer: s.stage === 'production' ? s.entity.name : null, sampledOn: s.sampledOn, samplerIds: pairFor(s.entity.region_code), unitId: unitFor(s.department, s.entity.region_code), quantity: `${1 + rng.int(3)} kg`,
      price: s.department === 'market' ? (20 + rng.int(180)).toFixed(2) : null, lab: s.lab, sentDueOn: due('send_to_lab', s.sampledOn),
      sentOn: sentOn <= today ? sentOn : null, reportDueOn: sentOn <= today ? due('lab_report', sentOn) : null,
      reportReceivedOn: reported ? received : null, reportNumber: reported ? `JC${number.slice(2)}` : null, verdict: reported ? sampleVerdict(verdicts) : null,
      publishedAt: reported && addDays(received, 20) < today ? `${addDays(received, 20)}T02:00:00Z` : null, createdAt: `${s.sampledOn}T03:00:00Z`,
    })
    return sampleRows[sampleRows.length - 1]
  }

  const [market, farm] = plans
  // The township first, by its quota, then a business there: each township's progress stays near the county's.
  const townshipOf = (planId: string) => rng.weighted(quotaRows.filter((q) => q.planId === planId && q.category === null).map((q) => [q.regionCode as string, q.batches as number] as const))
  const inTownship = (pool: Ent[], township: string) => {
    const local = pool.filter((e) => e.region_code.startsWith(township.slice(0, 9)))
    return rng.pick(local.length ? local : pool)
  }
  for (let n = Math.round(totals.get(market.id)! * 0.7); n > 0; n--) {
    const [category, , stage] = rng.weighted(MARKET_CATEGORIES.map((c) => [c, c[1]] as const))
    const pool = pools[stage].length ? pools[stage] : pools.circulation
    addSample({ planId: market.id, department: 'market', purpose: 'supervision', category, stage, entity: inTownship(pool, townshipOf(market.id)), sampledOn: rng.pick(workdays), lab: rng.pick(MARKET_LABS) })
  }
  for (let n = Math.round(totals.get(farm.id)! * 0.7); n > 0; n--) {
    const category = rng.weighted(FARM_CATEGORIES)
    const animal = category === 'livestock_meat' || category === 'fresh_eggs'
    const pool = animal && livestock.length ? livestock : pools.planting.length ? pools.planting : pools.circulation
    addSample({ planId: farm.id, department: 'agriculture', purpose: 'routine', category, stage: 'planting', entity: inTownship(pool, townshipOf(farm.id)), sampledOn: rng.pick(workdays), lab: FARM_LAB })
  }

  const rapid = demoRapidTests(rng, ents, workdays, today, (entity, testedOn, category) =>
    addSample({ planId: null, department: 'market', purpose: 'supervision', category, stage: 'circulation', entity, sampledOn: testedOn, lab: MARKET_LABS[0] }).id as string)
  await bulkInsert(tx, samples, sampleRows, 2000)
  await bulkInsert(tx, sampleResults, resultRows, 5000)
  await bulkInsert(tx, rapidTests, rapid, 2000)
  const disposals = await demoDisposals(tx, today, sampleRows.filter((s) => s.verdict === 'fail'), rng, limits)
  return { plans: plans.length, samples: sampleRows.length, results: resultRows.length, rapidTests: rapid.length, disposals }
}

/** Up to four items of the category, a pesticide or veterinary-drug item first where there is one (what county plans test first). */
function pickItems(rng: Rng, pool: TestItemRow[], category: FoodCategory): TestItemRow[] {
  if (!pool.length) return []
  const first = FOOD_CATEGORIES[category].agricultural ? pool.filter((i) => i.group === 'pesticide' || i.group === 'vet_drug') : []
  const rest = [...pool]
  const out: TestItemRow[] = []
  if (first.length) out.push(rng.pick(first))
  while (out.length < Math.min(4, pool.length)) {
    const i = rest.splice(rng.int(rest.length), 1)[0]
    if (!out.includes(i)) out.push(i)
  }
  return out
}

/** A passing value: mostly 未检出, else well under the limit; a failing one: 1.5–4 × the limit, or a banned substance detected. */
function resultOf(rng: Rng, item: TestItemRow, fail: boolean) {
  const limit = Number(item.limitValue ?? 0)
  if (item.limitKind === 'not_detected') return fail ? { detected: true, value: (0.5 + rng.int(50) / 10).toFixed(1) } : { detected: false, value: null }
  if (fail) return { detected: true, value: plainDecimal((limit * (1.5 + rng.next() * 2.5)).toFixed(4)) }
  if (rng.next() < 0.6 || limit === 0) return { detected: false, value: null }
  const v = plainDecimal((limit * (0.02 + rng.next() * 0.5)).toFixed(4))
  return Number(v) > 0 ? { detected: true, value: v } : { detected: false, value: null }
}

/** Rapid tests on workdays: vegetables at markets and canteens (enzyme inhibition), 瘦肉精 at farms and slaughterhouses. */
function demoRapidTests(rng: Rng, ents: Ent[], workdays: string[], today: string, confirm: (e: Ent, on: string, category: FoodCategory) => string) {
  const at = (types: string[]) => ents.filter((e) => types.includes(e.type))
  const places = [
    ['market', at(['farmers_market', 'wholesale_market']), 45], ['supermarket', at(['supermarket']), 15], ['canteen', at(['canteen']), 10],
    ['farm', at(['livestock_farm']), 18], ['slaughterhouse', at(['slaughterhouse']), 12],
  ] as const
  const usable = places.filter(([, pool]) => pool.length)
  const out: Record<string, unknown>[] = []
  for (const day of workdays) {
    for (let n = 9 + rng.int(8); n > 0; n--) {
      const [kind, pool] = rng.weighted(usable.map((p) => [p, p[2]] as const))
      const entity = rng.pick(pool)
      const animal = kind === 'farm' || kind === 'slaughterhouse'
      const item: RapidTestItem = animal ? rng.weighted([['clenbuterol', 5], ['ractopamine', 3], ['salbutamol', 2]] as const)
        : rng.weighted([['organophosphate', 75], ['formaldehyde', 8], ['sulfur_dioxide', 7], ['nitrite', 5], ['borax', 5]] as const)
      const def = RAPID_TEST_ITEMS[item]
      const positive = rng.next() < (animal ? 0.004 : 0.008)
      const reading = def.readingUnit ? (positive ? 50 + rng.int(350) / 10 : rng.int(450) / 10).toFixed(1) : null
      const sampleName = animal ? rng.pick(kind === 'farm' ? ['猪尿', '牛尿', '羊尿'] : ['猪肉', '猪肝', '牛肉']) : item === 'organophosphate' ? rng.pick(['韭菜', '芹菜', '豇豆', '菠菜', '小白菜', '黄瓜']) : rng.pick(['粉丝', '腐竹', '银耳', '熟肉'])
      // Positives older than ten days were mostly sent to the lab (确证样品, same business, same day).
      const confirmed = positive && daysBetween(day, today) > 10 && rng.next() < 0.7
      const category: FoodCategory = animal ? 'livestock_meat' : 'vegetables'
      out.push({
        id: randomUUID(), regionCode: entity.region_code, entityId: entity.id, placeKind: kind, placeName: entity.name, testedOn: day, item, method: def.method,
        sampleName, reading, result: positive ? 'positive' : 'negative', operatorName: rng.pick(OPERATORS), kitBatch: `KJ${day.slice(0, 7).replace('-', '')}${(LEAN_MEAT_POWDER_ITEMS as readonly string[]).includes(item) ? 'S' : 'N'}`,
        confirmSampleId: confirmed ? confirm(entity, day, category) : null, disposalNote: confirmed ? '阳性产品已现场封存，已抽样送检确证' : null, createdAt: `${day}T04:00:00Z`,
      })
    }
  }
  return out
}

/** Files for the failed samples through openDisposal, then their steps: most closed on time, some late, a few still open. */
async function demoDisposals(tx: Transaction, today: string, failed: Record<string, unknown>[], rng: Rng, limits: Awaited<ReturnType<typeof currentTimeLimits>>) {
  const system = { account: null, ip: 'demo', db: tx } as unknown as SignedInContext
  const steps: Record<string, unknown>[] = []
  for (const s of failed) {
    const id = await openDisposal(tx, system, s as unknown as SampleRow)
    const opened = s.reportReceivedOn as string
    const age = daysBetween(opened, today)
    const notifiedOn = addDays(opened, 1 + rng.int(4))
    if (notifiedOn > today) continue
    const controlledOn = addDays(opened, 1 + rng.int(3))
    const r = rng.next()
    const closeDue = addDays(opened, 90)
    const closedOn = age <= 45 ? null : r < 0.72 ? addDays(opened, 30 + rng.int(55)) : r < 0.88 ? addDays(closeDue, 5 + rng.int(25)) : null
    const done = closedOn && closedOn <= today ? closedOn : null
    steps.push({
      id, notifiedOn, retestDueOn: dueOn(limits, 'retest_window', notifiedOn), controlMeasures: controlledOn <= today ? ['removed', 'sealed'] : [], controlledOn: controlledOn <= today ? controlledOn : null,
      controlledQuantity: controlledOn <= today ? `${2 + rng.int(30)} kg` : null,
      cause: age > 30 ? rng.pick(['进货查验不严，供货方产品农药残留超标', '种植户未遵守安全间隔期', '生产过程添加剂超量使用', '贮存条件不当']) : null,
      causeFoundOn: age > 30 ? addDays(opened, 20 + rng.int(10)) : null,
      rectification: done ? '已下架销毁不合格产品，完善进货查验记录，约谈经营者' : null, rectifiedOn: done ? addDays(done, -3) : null,
      closedOn: done, outcome: done ? 'disposed' : null,
    })
  }
  if (steps.length) {
    await tx.execute(sql`UPDATE disposals d SET notified_on = x.notified_on, retest_due_on = x.retest_due_on, control_measures = x.control_measures,
      controlled_on = x.controlled_on, controlled_quantity = x.controlled_quantity, cause = x.cause, cause_found_on = x.cause_found_on,
      rectification = x.rectification, rectified_on = x.rectified_on, closed_on = x.closed_on, outcome = x.outcome
      FROM jsonb_to_recordset(${JSON.stringify(steps.map(snakeKeys))}::jsonb) AS x(id uuid, notified_on date, retest_due_on date, control_measures varchar[], controlled_on date,
        controlled_quantity varchar, cause varchar, cause_found_on date, rectification varchar, rectified_on date, closed_on date, outcome varchar)
      WHERE d.id = x.id`)
  }
  return failed.length
}

const snakeKeys = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]))
