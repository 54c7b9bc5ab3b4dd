CREATE TABLE "sample_tallies" (
	"region_code" varchar(12) NOT NULL,
	"month" date NOT NULL,
	"department" varchar(12) NOT NULL,
	"purpose" varchar(12) NOT NULL,
	"stage" varchar(12) NOT NULL,
	"verdict" varchar(8) NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "sample_tallies_region_code_month_department_purpose_stage_verdict_pk" PRIMARY KEY("region_code","month","department","purpose","stage","verdict")
);
--> statement-breakpoint
CREATE INDEX "sample_tallies_region_month_idx" ON "sample_tallies" USING btree ("region_code" varchar_pattern_ops,"month");--> statement-breakpoint
-- Hand-written: the tallies follow every insert, update and delete of samples, one upsert per key per
-- statement (transition tables), in key order so that concurrent writers lock the same rows in the same order.
CREATE FUNCTION "sample_tallies_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO sample_tallies AS t (region_code, month, department, purpose, stage, verdict, n)
      SELECT region_code, date_trunc('month', sampled_on)::date, department, purpose, stage, coalesce(verdict, ''), count(*)::int
        FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (region_code, month, department, purpose, stage, verdict) DO UPDATE SET n = t.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO sample_tallies AS t (region_code, month, department, purpose, stage, verdict, n)
      SELECT region_code, date_trunc('month', sampled_on)::date, department, purpose, stage, coalesce(verdict, ''), -count(*)::int
        FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (region_code, month, department, purpose, stage, verdict) DO UPDATE SET n = t.n + excluded.n;
  ELSE
    INSERT INTO sample_tallies AS t (region_code, month, department, purpose, stage, verdict, n)
      SELECT region_code, month, department, purpose, stage, verdict, sum(delta)::int FROM (
        SELECT region_code, date_trunc('month', sampled_on)::date AS month, department, purpose, stage, coalesce(verdict, '') AS verdict, 1 AS delta FROM new_rows
        UNION ALL
        SELECT region_code, date_trunc('month', sampled_on)::date, department, purpose, stage, coalesce(verdict, ''), -1 FROM old_rows
      ) changed GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (region_code, month, department, purpose, stage, verdict) DO UPDATE SET n = t.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "sample_tallies_insert" AFTER INSERT ON "samples" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "sample_tallies_follow"();
--> statement-breakpoint
CREATE TRIGGER "sample_tallies_update" AFTER UPDATE ON "samples" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "sample_tallies_follow"();
--> statement-breakpoint
CREATE TRIGGER "sample_tallies_delete" AFTER DELETE ON "samples" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "sample_tallies_follow"();
--> statement-breakpoint
CREATE FUNCTION "sample_tallies_empty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE sample_tallies;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "sample_tallies_truncate" AFTER TRUNCATE ON "samples" FOR EACH STATEMENT EXECUTE FUNCTION "sample_tallies_empty"();
--> statement-breakpoint
-- The samples already recorded.
INSERT INTO "sample_tallies" (region_code, month, department, purpose, stage, verdict, n)
  SELECT region_code, date_trunc('month', sampled_on)::date, department, purpose, stage, coalesce(verdict, ''), count(*)::int FROM samples GROUP BY 1, 2, 3, 4, 5, 6;
