/**
 * The bench's data set: N inspections of the demo register's entities over 2024-01-01 … 2026-11-30
 * (workdays), judged from generated checklist answers by the real rule (≈ 80 % 符合, 12 % 基本符合,
 * 8 % 不符合). Seeded, so every run and machine gets the same rows for the same register. Rows go in
 * directly through the platform's bulkInsert (no audit rows: this is fixture data, not user actions).
 */
import type pg from 'pg'
import type { Database } from '../../src/server/platform/db'
import { bulkInsert } from '../../src/server/platform/bulk-insert'
import { addDays, addWorkdays, isWorkday } from '../../src/server/platform/working-days'
import { inspections } from '../../src/server/modules/inspections/schema'
import { applicableItems, checklistFor, type FlatItem } from '../../src/shared/inspection-checklists'
import { overallResult, resultCounts, resultRuleFor, type ItemOutcome, type ResultRule } from '../../src/shared/inspection-result'
import { makeRng, type Rng } from '../lib/prng'

export const SEED = 20260601
export const FIRST_DAY = '2024-01-01'
export const LAST_DAY = '2026-11-30'
/** Every bench row's id starts with this, so the bench can count and replace its own rows and no others. */
export const ID_PREFIX = 'bec4'
const ID_LOW = `${ID_PREFIX}0000-0000-0000-0000-000000000000`
const ID_HIGH = `${ID_PREFIX}ffff-ffff-ffff-ffff-ffffffffffff`
export const BENCH_ROWS_WHERE = `id BETWEEN '${ID_LOW}' AND '${ID_HIGH}'`

const NOTES = [
  '从业人员未持有效健康证明上岗', '冷藏柜温度记录不全', '库房食品未离地离墙存放', '发现超过保质期的预包装食品一批次',
  '餐具消毒记录缺失', '进货查验记录不完整，缺少供货者资质', '防鼠防蝇设施破损', '食品添加剂未专人专柜管理',
  '生熟食品容器未区分标识', '加工场所地面有积水', '未按规定公示食品经营许可证', '留样不足 125 克或未满 48 小时',
]
const CAMPAIGNS = ['校园食品安全专项检查', '春节节日市场专项检查', '农村集体聚餐专项检查', '冷链食品专项检查']
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂'

interface EntityRef { id: string; type: string; regionCode: string }
interface Inspector { id: string; unitId: string | null }
interface TypeInfo { code: string; rule: ResultRule; ruleRef: { code: string; version: number }; items: FlatItem[] }

export async function countBenchRows(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM inspections WHERE ${BENCH_ROWS_WHERE}`)
  return rows[0].n
}

function workdays(): { day: string; publishDue: string }[] {
  const out: { day: string; publishDue: string }[] = []
  for (let d = FIRST_DAY; d <= LAST_DAY; d = addDays(d, 1)) {
    // 第三十九条 (REGULATIONS.md): results are published within 20 working days.
    if (isWorkday(d)) out.push({ day: d, publishDue: addWorkdays(d, 20) })
  }
  return out
}

const uuid = (rng: Rng) => `${ID_PREFIX}${rng.hex(4)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`

/** Answers aiming at the drawn class; the result itself is always computed from them by the rule. */
function answersFor(info: TypeInfo, target: 'conform' | 'basic' | 'nonconform', rng: Rng) {
  const outcome = new Map<string, ItemOutcome>()
  for (const it of info.items) outcome.set(it.code, rng.next() < 0.05 ? 'na' : 'conform')
  const open = (key: boolean) => info.items.filter((it) => it.key === key && outcome.get(it.code) === 'conform')
  const fail = (key: boolean, n: number) => {
    const candidates = open(key)
    for (let i = 0; i < n && candidates.length; i++) outcome.set(candidates.splice(rng.int(candidates.length), 1)[0].code, 'nonconform')
  }
  if (target === 'basic') {
    // Catering: one key failure alone is still 基本符合; otherwise a few general failures.
    if (info.rule.basicMaxKeyFailures > 0 && rng.next() < 0.3) fail(true, 1)
    else fail(false, 1 + rng.int(info.rule.basicMinGeneralPassRate !== null ? 2 : 3))
  } else if (target === 'nonconform') {
    fail(true, info.rule.basicMaxKeyFailures + 1)
    fail(false, rng.int(3))
  }
  const answers: Record<string, { outcome: string; note?: string }> = {}
  const notes: string[] = []
  for (const it of info.items) {
    const o = outcome.get(it.code)!
    if (o === 'nonconform') {
      const note = rng.pick(NOTES)
      notes.push(`${it.code} ${note}`)
      answers[it.code] = { outcome: o, note }
    } else answers[it.code] = { outcome: o }
  }
  const results = info.items.map((it) => ({ code: it.code, key: it.key, outcome: outcome.get(it.code)! }))
  return { answers, notes, counts: resultCounts(results), result: overallResult(results, info.rule) }
}

export interface GenerateInput {
  db: Database
  rows: number
  entities: EntityRef[]
  inspectors: [Inspector, Inspector]
  log: (line: string) => void
}

/** Inserts `rows` bench inspections in batches, two batches in flight (one per core). */
export async function generateInspections({ db, rows, entities, inspectors, log }: GenerateInput) {
  const rng = makeRng(SEED)
  const days = workdays()
  const types = new Map<string, TypeInfo>()
  const infoFor = (type: string) => {
    let info = types.get(type)
    if (!info) {
      const template = checklistFor(type)
      const rule = resultRuleFor(template)
      info = { code: template.code, rule, ruleRef: { code: rule.code, version: rule.version }, items: applicableItems(template, type) }
      types.set(type, info)
    }
    return info
  }
  const mix = { conform: 0, basic: 0, nonconform: 0 }
  // Rows go in in date order, as records arrive in a live system: the heap is then correlated with
  // inspected_on (as in production), which is what the newest-first list reads along.
  const dayOf = new Int32Array(rows).map(() => rng.int(days.length)).sort()
  const makeRow = (n: number) => {
    const entity = entities[rng.int(entities.length)]
    const info = infoFor(entity.type)
    const { day, publishDue } = days[dayOf[n]]
    const r = rng.next()
    const { answers, notes, counts, result } = answersFor(info, r < 0.8 ? 'conform' : r < 0.92 ? 'basic' : 'nonconform', rng)
    mix[result]++
    const k = rng.next()
    const kind = k < 0.82 ? 'daily' : k < 0.92 ? 'campaign' : k < 0.95 ? 'flying' : 'random'
    const lead = rng.int(2)
    const h = rng.next()
    const handling = result === 'conform' ? 'none' : result === 'basic' ? (h < 0.7 ? 'on_the_spot' : 'rectification') : (h < 0.85 ? 'rectification' : 'investigation')
    const refused = rng.next() < 0.03
    const photos = Array.from({ length: result === 'conform' ? 1 : 2 + rng.int(3) }, () => rng.hex(64))
    const time = `${String(8 + rng.int(9)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:00+08:00`
    return {
      id: uuid(rng), entityId: entity.id, regionCode: entity.regionCode, kind,
      campaign: kind === 'campaign' ? rng.pick(CAMPAIGNS) : null,
      checklistCode: info.code, resultRule: info.ruleRef, inspectedOn: day,
      inspectorIds: [inspectors[lead].id, inspectors[1 - lead].id], unitId: inspectors[lead].unitId,
      answers, keyFailures: counts.keyFailures, generalFailures: counts.generalFailures, notApplicable: counts.notApplicable,
      result, handling, findings: notes.length ? notes.join('；') : null, photoIds: photos,
      signatureSha256: refused ? null : rng.hex(64),
      signerName: refused ? null : rng.pick([...SURNAMES]) + rng.pick([...GIVEN]) + (rng.next() < 0.5 ? rng.pick([...GIVEN]) : ''),
      signatureRefused: refused, publishDueOn: publishDue,
      publishedAt: publishDue <= '2026-11-20' ? `${addDays(day, 1 + rng.int(10))}T10:00:00+08:00` : null,
      createdBy: inspectors[lead].id, createdAt: `${day}T${time}`,
    }
  }
  const BATCH = 10_000
  const t0 = performance.now()
  let done = 0
  let bytes = 0
  const inFlight: Promise<void>[] = []
  for (let start = 0; start < rows; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, rows - start) }, (_, k) => makeRow(start + k))
    for (const row of batch) bytes += JSON.stringify(row.answers).length
    if (inFlight.length >= 2) await inFlight.shift()
    inFlight.push(bulkInsert(db, inspections, batch, 2500).then(() => {
      done += batch.length
      if (done % 100_000 === 0 || done === rows) log(`  ${done.toLocaleString('en')} rows  ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    }))
  }
  await Promise.all(inFlight)
  const insertMs = performance.now() - t0
  const t1 = performance.now()
  // VACUUM as well as ANALYZE: the visibility map of a table that has lived a while (autovacuum), so
  // that index-only scans behave as in production.
  await db.$client.query('VACUUM (ANALYZE) inspections')
  return { insertMs, vacuumMs: performance.now() - t1, mix, answersBytesAvg: bytes / rows }
}
