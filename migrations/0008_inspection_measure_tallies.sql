DROP INDEX "inspections_inspected_on_index";--> statement-breakpoint
ALTER TABLE "inspection_tallies" ADD COLUMN "problems" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_tallies" ADD COLUMN "problems_handled" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_tallies" ADD COLUMN "operations_halted" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_tallies" ADD COLUMN "investigations" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "orders_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "inspections_date_region_entity_idx" ON "inspections" USING btree ("inspected_on","region_code" varchar_pattern_ops,"entity_id");--> statement-breakpoint
-- Hand-written: an inspection's orders_pending follows its rectification orders (one row trigger per order
-- change; orders are few and changed one at a time). The UPDATE it makes moves the inspection's tallies.
CREATE FUNCTION "inspection_orders_pending_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN ids := ARRAY[NEW.inspection_id];
  ELSIF TG_OP = 'DELETE' THEN ids := ARRAY[OLD.inspection_id];
  ELSE ids := ARRAY[OLD.inspection_id, NEW.inspection_id];
  END IF;
  UPDATE inspections i SET orders_pending = p.pending
    FROM (SELECT x.id, EXISTS (SELECT 1 FROM rectification_orders o WHERE o.inspection_id = x.id
            AND (o.status IN ('open', 'reported') OR (o.status = 'failed' AND o.case_id IS NULL))) AS pending
            FROM unnest(ids) AS x(id)) p
   WHERE i.id = p.id AND i.orders_pending IS DISTINCT FROM p.pending;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "inspection_orders_pending_follow" AFTER INSERT OR UPDATE OR DELETE ON "rectification_orders" FOR EACH ROW EXECUTE FUNCTION "inspection_orders_pending_follow"();
--> statement-breakpoint
-- Hand-written: the tallies now carry the indicators' counts beside n (see indicator-sources.ts): one upsert
-- per (village, month, kind, result) per statement, from the transition tables, in key order.
CREATE OR REPLACE FUNCTION "inspection_tallies_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO inspection_tallies AS t (region_code, month, kind, result, n, problems, problems_handled, operations_halted, investigations)
      SELECT region_code, month, kind, result, sum(dn)::int, sum(dp)::int, sum(dh)::int, sum(dx)::int, sum(di)::int FROM (
        SELECT region_code, date_trunc('month', inspected_on)::date AS month, kind, result, 1 AS dn,
          (key_failures + general_failures > 0)::int AS dp,
          (key_failures + general_failures > 0 AND (handling <> 'rectification' OR NOT orders_pending))::int AS dh,
          operations_halted::int AS dx, (handling = 'investigation')::int AS di
          FROM new_rows
      ) changed GROUP BY 1, 2, 3, 4
      HAVING sum(dn) <> 0 OR sum(dp) <> 0 OR sum(dh) <> 0 OR sum(dx) <> 0 OR sum(di) <> 0 ORDER BY 1, 2, 3, 4
      ON CONFLICT (region_code, month, kind, result) DO UPDATE SET n = t.n + excluded.n, problems = t.problems + excluded.problems,
        problems_handled = t.problems_handled + excluded.problems_handled, operations_halted = t.operations_halted + excluded.operations_halted,
        investigations = t.investigations + excluded.investigations;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO inspection_tallies AS t (region_code, month, kind, result, n, problems, problems_handled, operations_halted, investigations)
      SELECT region_code, month, kind, result, sum(dn)::int, sum(dp)::int, sum(dh)::int, sum(dx)::int, sum(di)::int FROM (
        SELECT region_code, date_trunc('month', inspected_on)::date AS month, kind, result, -1 AS dn,
          -(key_failures + general_failures > 0)::int AS dp,
          -(key_failures + general_failures > 0 AND (handling <> 'rectification' OR NOT orders_pending))::int AS dh,
          -operations_halted::int AS dx, -(handling = 'investigation')::int AS di
          FROM old_rows
      ) changed GROUP BY 1, 2, 3, 4
      HAVING sum(dn) <> 0 OR sum(dp) <> 0 OR sum(dh) <> 0 OR sum(dx) <> 0 OR sum(di) <> 0 ORDER BY 1, 2, 3, 4
      ON CONFLICT (region_code, month, kind, result) DO UPDATE SET n = t.n + excluded.n, problems = t.problems + excluded.problems,
        problems_handled = t.problems_handled + excluded.problems_handled, operations_halted = t.operations_halted + excluded.operations_halted,
        investigations = t.investigations + excluded.investigations;
  ELSE
    INSERT INTO inspection_tallies AS t (region_code, month, kind, result, n, problems, problems_handled, operations_halted, investigations)
      SELECT region_code, month, kind, result, sum(dn)::int, sum(dp)::int, sum(dh)::int, sum(dx)::int, sum(di)::int FROM (
        SELECT region_code, date_trunc('month', inspected_on)::date AS month, kind, result, 1 AS dn,
          (key_failures + general_failures > 0)::int AS dp,
          (key_failures + general_failures > 0 AND (handling <> 'rectification' OR NOT orders_pending))::int AS dh,
          operations_halted::int AS dx, (handling = 'investigation')::int AS di
          FROM new_rows
        UNION ALL
        SELECT region_code, date_trunc('month', inspected_on)::date AS month, kind, result, -1 AS dn,
          -(key_failures + general_failures > 0)::int AS dp,
          -(key_failures + general_failures > 0 AND (handling <> 'rectification' OR NOT orders_pending))::int AS dh,
          -operations_halted::int AS dx, -(handling = 'investigation')::int AS di
          FROM old_rows
      ) changed GROUP BY 1, 2, 3, 4
      HAVING sum(dn) <> 0 OR sum(dp) <> 0 OR sum(dh) <> 0 OR sum(dx) <> 0 OR sum(di) <> 0 ORDER BY 1, 2, 3, 4
      ON CONFLICT (region_code, month, kind, result) DO UPDATE SET n = t.n + excluded.n, problems = t.problems + excluded.problems,
        problems_handled = t.problems_handled + excluded.problems_handled, operations_halted = t.operations_halted + excluded.operations_halted,
        investigations = t.investigations + excluded.investigations;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The orders and inspections already recorded: mark pending orders, then count the tallies afresh.
UPDATE "inspections" i SET orders_pending = true WHERE EXISTS (SELECT 1 FROM rectification_orders o WHERE o.inspection_id = i.id
  AND (o.status IN ('open', 'reported') OR (o.status = 'failed' AND o.case_id IS NULL)));
--> statement-breakpoint
TRUNCATE "inspection_tallies";
--> statement-breakpoint
INSERT INTO "inspection_tallies" (region_code, month, kind, result, n, problems, problems_handled, operations_halted, investigations)
  SELECT region_code, month, kind, result, sum(dn)::int, sum(dp)::int, sum(dh)::int, sum(dx)::int, sum(di)::int FROM (
        SELECT region_code, date_trunc('month', inspected_on)::date AS month, kind, result, 1 AS dn,
          (key_failures + general_failures > 0)::int AS dp,
          (key_failures + general_failures > 0 AND (handling <> 'rectification' OR NOT orders_pending))::int AS dh,
          operations_halted::int AS dx, (handling = 'investigation')::int AS di
          FROM inspections
  ) every_inspection GROUP BY 1, 2, 3, 4;
