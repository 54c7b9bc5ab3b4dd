ALTER TABLE "inspection_tallies" DROP CONSTRAINT "inspection_tallies_region_code_month_kind_result_pk";--> statement-breakpoint
ALTER TABLE "inspection_tallies" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "inspection_tallies" ADD CONSTRAINT "inspection_tallies_key" UNIQUE NULLS NOT DISTINCT("region_code","month","unit_id","kind","result");--> statement-breakpoint
-- Hand-written: the tallies gain the inspecting unit (rankings by unit). The changed rows are written once, with a
-- sign (+1 new, -1 old), and one upsert per (village, month, unit, kind, result) adds them up in key order. EXECUTE
-- because a statement may name only the transition tables its trigger declares.
CREATE OR REPLACE FUNCTION "inspection_tallies_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
    WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
    ELSE 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO inspection_tallies AS t (region_code, month, unit_id, kind, result, n, problems, problems_handled, operations_halted, investigations)
      SELECT region_code, month, unit_id, kind, result, sum(dn)::int, sum(dp)::int, sum(dh)::int, sum(dx)::int, sum(di)::int FROM (
        SELECT region_code, date_trunc('month', inspected_on)::date AS month, unit_id, kind, result, sign AS dn,
          sign * (key_failures + general_failures > 0)::int AS dp,
          sign * (key_failures + general_failures > 0 AND (handling <> 'rectification' OR NOT orders_pending))::int AS dh,
          sign * operations_halted::int AS dx, sign * (handling = 'investigation')::int AS di
          FROM (%s) c
      ) changed GROUP BY 1, 2, 3, 4, 5
      HAVING sum(dn) <> 0 OR sum(dp) <> 0 OR sum(dh) <> 0 OR sum(dx) <> 0 OR sum(di) <> 0 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ON CONSTRAINT inspection_tallies_key DO UPDATE SET n = t.n + excluded.n, problems = t.problems + excluded.problems,
        problems_handled = t.problems_handled + excluded.problems_handled, operations_halted = t.operations_halted + excluded.operations_halted,
        investigations = t.investigations + excluded.investigations
  $sql$, changed);
  RETURN NULL;
END $$;
--> statement-breakpoint
TRUNCATE "inspection_tallies";
--> statement-breakpoint
INSERT INTO "inspection_tallies" (region_code, month, unit_id, kind, result, n, problems, problems_handled, operations_halted, investigations)
  SELECT region_code, date_trunc('month', inspected_on)::date, unit_id, kind, result, count(*)::int,
    count(*) FILTER (WHERE key_failures + general_failures > 0)::int,
    count(*) FILTER (WHERE key_failures + general_failures > 0 AND (handling <> 'rectification' OR NOT orders_pending))::int,
    count(*) FILTER (WHERE operations_halted)::int, count(*) FILTER (WHERE handling = 'investigation')::int
    FROM inspections GROUP BY 1, 2, 3, 4, 5;
