CREATE TABLE "inspection_tallies" (
	"region_code" varchar(12) NOT NULL,
	"month" date NOT NULL,
	"kind" varchar(16) NOT NULL,
	"result" varchar(12) NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "inspection_tallies_region_code_month_kind_result_pk" PRIMARY KEY("region_code","month","kind","result")
);
--> statement-breakpoint
CREATE INDEX "inspection_tallies_region_month_idx" ON "inspection_tallies" USING btree ("region_code" varchar_pattern_ops,"month");--> statement-breakpoint
-- Hand-written: the tallies follow every insert, update and delete of inspections, one upsert per
-- (village, month, kind, result) per statement (transition tables), in key order so that concurrent
-- writers lock the same rows in the same order.
CREATE FUNCTION "inspection_tallies_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO inspection_tallies AS t (region_code, month, kind, result, n)
      SELECT region_code, date_trunc('month', inspected_on)::date, kind, result, count(*)::int
        FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (region_code, month, kind, result) DO UPDATE SET n = t.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO inspection_tallies AS t (region_code, month, kind, result, n)
      SELECT region_code, date_trunc('month', inspected_on)::date, kind, result, -count(*)::int
        FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (region_code, month, kind, result) DO UPDATE SET n = t.n + excluded.n;
  ELSE
    INSERT INTO inspection_tallies AS t (region_code, month, kind, result, n)
      SELECT region_code, month, kind, result, sum(delta)::int FROM (
        SELECT region_code, date_trunc('month', inspected_on)::date AS month, kind, result, 1 AS delta FROM new_rows
        UNION ALL
        SELECT region_code, date_trunc('month', inspected_on)::date, kind, result, -1 FROM old_rows
      ) changed GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4
      ON CONFLICT (region_code, month, kind, result) DO UPDATE SET n = t.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "inspection_tallies_insert" AFTER INSERT ON "inspections" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "inspection_tallies_follow"();
--> statement-breakpoint
CREATE TRIGGER "inspection_tallies_update" AFTER UPDATE ON "inspections" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "inspection_tallies_follow"();
--> statement-breakpoint
CREATE TRIGGER "inspection_tallies_delete" AFTER DELETE ON "inspections" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "inspection_tallies_follow"();
--> statement-breakpoint
CREATE FUNCTION "inspection_tallies_empty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE inspection_tallies;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "inspection_tallies_truncate" AFTER TRUNCATE ON "inspections" FOR EACH STATEMENT EXECUTE FUNCTION "inspection_tallies_empty"();
--> statement-breakpoint
-- The inspections already recorded.
INSERT INTO "inspection_tallies" (region_code, month, kind, result, n)
  SELECT region_code, date_trunc('month', inspected_on)::date, kind, result, count(*)::int FROM inspections GROUP BY 1, 2, 3, 4;
