/**
 * The dashboard bench's extra data on top of the inspections bench's 500,000 inspections: register entities
 * up to ENTITIES in all, and SAMPLES samples (2024-01-01 … 2026-11-30) with a result each and a 核查处置
 * file for every failed one. Made in SQL, entities from the demo register's own as templates (type, sector,
 * grade …), spread by arithmetic on the row number, so every run and machine gets the same rows. Each kind
 * has its own id prefix, so the bench counts and replaces its own rows and no others. Fixture data: no audit.
 */
import type pg from 'pg'

export const ENTITY_PREFIX = 'bec5'
export const SAMPLE_PREFIX = 'bec6'
const DAYS = 1065 // 2024-01-01 … 2026-11-30
const range = (prefix: string) => `id BETWEEN '${prefix}0000-0000-0000-0000-000000000000' AND '${prefix}ffff-ffff-ffff-ffff-ffffffffffff'`
/** A uuid of the prefix from the row number g (an SQL expression). */
const idOf = (prefix: string) => `('${prefix}' || lpad(to_hex(g >> 16), 4, '0') || '-' || lpad(to_hex(g & 65535), 4, '0') || '-4000-8000-000000000000')::uuid`

/** The kinds of sample the county takes, in turn: plan level, department, purpose, food category, 食用农产品, stage, product. */
const KINDS: (string | boolean)[][] = [
  ['county', 'market', 'supervision', 'vegetables', true, 'circulation', '普通白菜'],
  ['county', 'market', 'supervision', 'livestock_meat', true, 'circulation', '猪肉'],
  ['county', 'market', 'supervision', 'grain_products', false, 'production', '小麦粉'],
  ['county', 'market', 'supervision', 'condiments', false, 'catering', '酱油'],
  ['city', 'market', 'supervision', 'edible_oil', false, 'circulation', '菜籽油'],
  ['county', 'agriculture', 'routine', 'vegetables', true, 'planting', '豇豆'],
  ['county', 'agriculture', 'routine', 'fruits', true, 'planting', '柑橘'],
  ['county', 'market', 'risk', 'aquatic', true, 'circulation', '鲫鱼'],
  ['county', 'market', 'supervision', 'meat_products', false, 'catering', '卤牛肉'],
  ['county', 'market', 'evaluation', 'fresh_eggs', true, 'circulation', '鸡蛋'],
]
const literal = (v: string | boolean) => (typeof v === 'boolean' ? String(v) : `'${v}'`)

export async function countRows(pool: pg.Pool) {
  const { rows: [r] } = await pool.query(`SELECT
    (SELECT count(*)::int FROM entities) AS entities, (SELECT count(*)::int FROM entities WHERE ${range(ENTITY_PREFIX)}) AS "benchEntities",
    (SELECT count(*)::int FROM samples) AS samples, (SELECT count(*)::int FROM samples WHERE ${range(SAMPLE_PREFIX)}) AS "benchSamples",
    (SELECT count(*)::int FROM inspections) AS inspections, (SELECT count(*)::int FROM disposals) AS disposals`)
  return r as { entities: number; benchEntities: number; samples: number; benchSamples: number; inspections: number; disposals: number }
}

/** Entities up to `total` in all: copies of the demo register's entities (type, sector, grade …) in other villages. */
export async function generateEntities(pool: pg.Pool, total: number): Promise<number> {
  const { rows: [{ n }] } = await pool.query(`SELECT count(*)::int AS n FROM entities`)
  const want = total - n
  if (want <= 0) return 0
  await pool.query(`
    WITH t AS (SELECT *, row_number() OVER (ORDER BY id) - 1 AS i FROM entities WHERE NOT (${range(ENTITY_PREFIX)})),
         v AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i FROM regions WHERE level = 'village'),
         g AS (SELECT g FROM generate_series(${n}, ${n + want - 1}) g)
    INSERT INTO entities (id, name, type, sector, canteen_kind, school_category, principal_accompanies, legal_representative,
      address, region_code, status, opened_on, open_kitchen, catering_grade, static_factors, risk_grade, risk_score, risk_assessed_on, last_inspected_on)
    SELECT ${idOf(ENTITY_PREFIX)}, left(t.name, 100) || '（第' || g || '号店）', t.type, t.sector, t.canteen_kind, t.school_category, t.principal_accompanies,
      t.legal_representative, t.address, v.code, t.status, t.opened_on, t.open_kitchen, t.catering_grade, t.static_factors, t.risk_grade,
      t.risk_score, t.risk_assessed_on, t.last_inspected_on
    FROM g
    JOIN t ON t.i = g % (SELECT count(*) FROM t)
    JOIN v ON v.i = (g * 7919) % (SELECT count(*) FROM v)`)
  return want
}

/**
 * `count` samples spread evenly over the days, each of an entity picked across the whole register, with the
 * fields of a demo sample (department, purpose, category, stage, lab …); ≈ 3 % fail, the newest ≈ 20 days'
 * samples of every fifth are still at the lab. One result per sample; a disposal for every failed one,
 * closed on time, late, or still open as its age and number say.
 */
export async function generateSamples(pool: pg.Pool, count: number): Promise<void> {
  await pool.query(`DELETE FROM disposals WHERE sample_id IN (SELECT id FROM samples WHERE ${range(SAMPLE_PREFIX)})`)
  await pool.query(`DELETE FROM samples WHERE ${range(SAMPLE_PREFIX)}`)
  await pool.query(`
    WITH t AS (SELECT *, row_number() OVER () - 1 AS i FROM (VALUES ${KINDS.map((k) => `(${k.map(literal).join(', ')})`).join(', ')})
                 AS k(level, department, purpose, category, agricultural, stage, product_name)),
         e AS (SELECT id, region_code, row_number() OVER (ORDER BY id) - 1 AS i FROM entities),
         officers AS (SELECT array_agg(id ORDER BY username) AS ids FROM accounts WHERE username IN ('brigade1', 'brigade2')),
         g AS (SELECT g, DATE '2024-01-01' + (g::bigint * ${DAYS} / ${count})::int AS day FROM generate_series(0, ${count - 1}) g)
    INSERT INTO samples (id, sample_number, entity_id, region_code, level, department, purpose, category, agricultural, stage, product_name,
      batch_number, production_date, sampled_on, sampler_ids, quantity, price, lab, sent_due_on, sent_on,
      report_due_on, report_received_on, report_number, verdict, created_by)
    SELECT ${idOf(SAMPLE_PREFIX)}, 'BENCH' || lpad(g::text, 7, '0'), e.id, e.region_code, t.level, t.department, t.purpose, t.category,
      t.agricultural, t.stage, t.product_name, 'P' || g, g.day - 10, g.day, officers.ids, '2 kg', 30, '县食品检验检测中心', g.day + 7, g.day + 2,
      g.day + 30, lab.received, CASE WHEN lab.received IS NOT NULL THEN 'BR' || g END,
      CASE WHEN lab.received IS NULL THEN NULL WHEN (g * 7919) % 100 < 3 THEN 'fail' ELSE 'pass' END, officers.ids[1]
    FROM g
    CROSS JOIN officers
    JOIN t ON t.i = g % ${KINDS.length}
    JOIN e ON e.i = (g::bigint * 104729) % (SELECT count(*) FROM e)
    CROSS JOIN LATERAL (SELECT CASE WHEN g.day > DATE '2026-11-10' AND g % 5 = 0 THEN NULL ELSE g.day + 18 END AS received) lab`)
  await pool.query(`
    INSERT INTO sample_results (sample_id, item_name, value, detected, unit, limit_kind, limit_value, standard, verdict)
    SELECT id, '铅（以Pb计）', CASE verdict WHEN 'fail' THEN 0.35 ELSE 0.04 END, true, 'mg/kg', 'max', 0.2, 'GB 2762-2022', verdict
    FROM samples WHERE ${range(SAMPLE_PREFIX)} AND verdict IS NOT NULL`)
  // Older files are closed (one in four late); the last 100 days' are open, some past their steps' due dates.
  await pool.query(`
    INSERT INTO disposals (sample_id, entity_id, region_code, opened_on, notify_due_on, notified_on, start_due_on, control_measures,
      controlled_on, close_due_on, closed_on, outcome)
    SELECT s.id, s.entity_id, s.region_code, s.report_received_on, s.report_received_on + 5,
      CASE WHEN n % 7 <> 0 THEN s.report_received_on + 3 END, s.report_received_on + 5, '{removed}',
      CASE WHEN n % 7 <> 0 THEN s.report_received_on + 4 END, s.report_received_on + 90,
      CASE WHEN s.report_received_on < DATE '2026-08-20' THEN LEAST(s.report_received_on + CASE WHEN n % 4 = 0 THEN 120 ELSE 60 END, DATE '2026-11-30') END,
      CASE WHEN s.report_received_on < DATE '2026-08-20' THEN 'disposed' END
    FROM (SELECT *, row_number() OVER (ORDER BY sample_number) AS n FROM samples WHERE ${range(SAMPLE_PREFIX)} AND verdict = 'fail') s`)
  await pool.query(`VACUUM (ANALYZE) entities, samples, sample_results, disposals`)
}
