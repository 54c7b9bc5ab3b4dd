/**
 * The plain-SQL side: each API call's exact result written as one prepared statement, the way a
 * careful DBA would (same filters incl. the region prefix LIKE, same order, one round trip). Scope is
 * the same LIKE on the office account's county prefix; for (a) and (b) the township's LIKE implies it.
 */
import type { PreparedQuery } from './load'

const INSPECTOR_NAMES = `ARRAY(SELECT a.display_name FROM unnest(i.inspector_ids) WITH ORDINALITY AS u(id, ord)
         JOIN accounts a ON a.id = u.id ORDER BY u.ord) AS inspector_names`

/** (a) a township's 不符合 inspections, newest first, 20 rows, with the total the page shows. */
export const LIST_SQL = `
SELECT i.id, i.entity_id, e.name AS entity_name, e.type AS entity_type, i.region_code, i.kind, i.inspected_on, i.result,
       i.key_failures, i.general_failures, i.handling,
       ${INSPECTOR_NAMES},
       (SELECT count(*) FROM inspections WHERE region_code LIKE $1 AND result = $2)::int AS total
  FROM inspections i JOIN entities e ON e.id = i.entity_id
 WHERE i.region_code LIKE $1 AND i.result = $2
 ORDER BY i.inspected_on DESC, i.created_at DESC
 LIMIT 20`

/** (b) counts by result for a township and a year. */
export const STATS_SQL = `
SELECT result, count(*)::int AS n
  FROM inspections
 WHERE region_code LIKE $1 AND inspected_on BETWEEN $2 AND $3
 GROUP BY result`

/**
 * (b) again, over the trigger-kept tallies the API reads (migration 0006). Not the bar's comparison (that is
 * the count a DBA would write over the inspections); printed to show what the API itself costs per call.
 */
export const STATS_TALLY_SQL = `
SELECT result, sum(n)::int AS n
  FROM inspection_tallies
 WHERE region_code LIKE $1 AND month BETWEEN $2 AND $3
 GROUP BY result`

/** (c) one inspection with what its page shows: entity, officers' names, orders, and the case if handed to one. */
export const ITEM_SQL = `
SELECT i.*, e.name AS entity_name, e.type AS entity_type, e.address AS entity_address,
       ${INSPECTOR_NAMES},
       coalesce((SELECT json_agg(o ORDER BY o.due_on, o.created_at) FROM rectification_orders o WHERE o.inspection_id = i.id), '[]') AS orders,
       CASE WHEN i.handling = 'investigation'
            THEN (SELECT c.id FROM cases c WHERE c.source = 'inspection' AND c.source_ref = i.id LIMIT 1) END AS case_id
  FROM inspections i JOIN entities e ON e.id = i.entity_id
 WHERE i.id = $1 AND i.region_code LIKE $2`

export const prefixOf = (township: string) => `${township.slice(0, 9)}%`

export const listQuery = (township: string): PreparedQuery => ({ name: 'bench_list', text: LIST_SQL, values: [prefixOf(township), 'nonconform'] })
export const statsQuery = (township: string, year: number): PreparedQuery =>
  ({ name: 'bench_stats', text: STATS_SQL, values: [prefixOf(township), `${year}-01-01`, `${year}-12-31`] })
export const statsTallyQuery = (township: string, year: number): PreparedQuery =>
  ({ name: 'bench_stats_tally', text: STATS_TALLY_SQL, values: [prefixOf(township), `${year}-01-01`, `${year}-12-01`] })
export const itemQuery = (id: string, countyPrefix: string): PreparedQuery => ({ name: 'bench_item', text: ITEM_SQL, values: [id, `${countyPrefix}%`] })
