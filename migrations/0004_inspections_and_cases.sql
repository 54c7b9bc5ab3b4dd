CREATE TABLE "case_penalties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(24) NOT NULL,
	"person_name" varchar(32),
	"person_role" varchar(32),
	"person_id_number" varchar(18),
	"amount" numeric(14, 2),
	"ban_years" smallint,
	"note" varchar(300)
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"case_number" varchar(64),
	"entity_id" uuid,
	"party_name" varchar(128) NOT NULL,
	"party_kind" varchar(16) NOT NULL,
	"source" varchar(16) NOT NULL,
	"source_ref" uuid,
	"cause" varchar(300) NOT NULL,
	"status" varchar(16) NOT NULL,
	"clue_received_on" date NOT NULL,
	"filing_due_on" date NOT NULL,
	"filed_on" date,
	"decision_due_on" date,
	"decision_extended_days" integer DEFAULT 0 NOT NULL,
	"investigated_on" date,
	"notified_on" date,
	"decided_on" date,
	"executed_on" date,
	"closed_on" date,
	"not_filed_reason" varchar(300),
	"goods_value" numeric(14, 2),
	"officer_ids" uuid[] NOT NULL,
	"unit_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_caseNumber_unique" UNIQUE("case_number")
);
--> statement-breakpoint
CREATE TABLE "credit_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"case_id" uuid,
	"kind" varchar(20) NOT NULL,
	"summary" varchar(500) NOT NULL,
	"recorded_on" date NOT NULL,
	"publish_due_on" date NOT NULL,
	"published_on" date,
	"display_until" date NOT NULL,
	"repaired_on" date
);
--> statement-breakpoint
CREATE TABLE "police_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"police_unit" varchar(64) NOT NULL,
	"transferred_on" date NOT NULL,
	"status" varchar(12) NOT NULL,
	"accepted_on" date,
	"decided_on" date,
	"decision_due_on" date NOT NULL,
	"detained_count" integer DEFAULT 0 NOT NULL,
	"arrested_count" integer DEFAULT 0 NOT NULL,
	"bailed_count" integer DEFAULT 0 NOT NULL,
	"prosecuted_count" integer DEFAULT 0 NOT NULL,
	"sentenced_count" integer DEFAULT 0 NOT NULL,
	"note" varchar(500),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "serious_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"case_id" uuid NOT NULL,
	"reason" varchar(500) NOT NULL,
	"decision_number" varchar(64),
	"listed_on" date NOT NULL,
	"published_on" date,
	"repair_eligible_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"removed_on" date,
	"removal_reason" varchar(16),
	"removal_note" varchar(500),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"title" varchar(100) NOT NULL,
	"matter" varchar(200) NOT NULL,
	"year" integer NOT NULL,
	"entity_filter" jsonb NOT NULL,
	"selection" jsonb NOT NULL,
	"same_unit_required" boolean DEFAULT false NOT NULL,
	"entity_list" text NOT NULL,
	"inspector_list" text NOT NULL,
	"entity_list_hash" varchar(64) NOT NULL,
	"inspector_list_hash" varchar(64) NOT NULL,
	"avoidance_hash" varchar(64) NOT NULL,
	"avoidance_pairs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" varchar(12) NOT NULL,
	"seed" varchar(200),
	"seed_source" varchar(500),
	"record" jsonb,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"drawn_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"campaign" varchar(100),
	"draw_id" uuid,
	"checklist_code" varchar(32) NOT NULL,
	"result_rule" jsonb NOT NULL,
	"inspected_on" date NOT NULL,
	"inspector_ids" uuid[] NOT NULL,
	"unit_id" uuid,
	"answers" jsonb NOT NULL,
	"key_failures" smallint NOT NULL,
	"general_failures" smallint NOT NULL,
	"not_applicable" smallint NOT NULL,
	"result" varchar(12) NOT NULL,
	"handling" varchar(16) NOT NULL,
	"findings" varchar(2000),
	"operations_halted" boolean DEFAULT false NOT NULL,
	"photo_ids" varchar(64)[] DEFAULT '{}'::varchar[] NOT NULL,
	"signature_sha256" varchar(64),
	"signer_name" varchar(32),
	"signature_refused" boolean DEFAULT false NOT NULL,
	"publish_due_on" date NOT NULL,
	"published_at" timestamp with time zone,
	"verifies_order_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspector_avoidances" (
	"account_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"reason" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspector_avoidances_account_id_entity_id_pk" PRIMARY KEY("account_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "inspector_roster" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"unit_id" uuid,
	"certificate_number" varchar(32) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(12) NOT NULL,
	"document_number" varchar(64),
	"item_codes" varchar(16)[] NOT NULL,
	"requirements" varchar(2000) NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" varchar(12) NOT NULL,
	"reported_on" date,
	"report_note" varchar(2000),
	"verified_on" date,
	"verified_by" uuid,
	"verification_note" varchar(2000),
	"follow_up_inspection_id" uuid,
	"case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_penalties" ADD CONSTRAINT "case_penalties_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_transfers" ADD CONSTRAINT "police_transfers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serious_violations" ADD CONSTRAINT "serious_violations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serious_violations" ADD CONSTRAINT "serious_violations_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_draws" ADD CONSTRAINT "inspection_draws_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_avoidances" ADD CONSTRAINT "inspector_avoidances_account_id_inspector_roster_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."inspector_roster"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_roster" ADD CONSTRAINT "inspector_roster_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_verified_by_accounts_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_penalties_case_id_index" ON "case_penalties" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_region_idx" ON "cases" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_status_index" ON "cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cases_entity_id_index" ON "cases" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "cases_filed_on_index" ON "cases" USING btree ("filed_on");--> statement-breakpoint
CREATE INDEX "cases_decided_on_index" ON "cases" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "cases_source_ref_index" ON "cases" USING btree ("source_ref");--> statement-breakpoint
CREATE INDEX "credit_records_entity_id_index" ON "credit_records" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "credit_records_case_id_index" ON "credit_records" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "police_transfers_region_idx" ON "police_transfers" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "police_transfers_case_id_index" ON "police_transfers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "police_transfers_transferred_on_index" ON "police_transfers" USING btree ("transferred_on");--> statement-breakpoint
CREATE INDEX "serious_violations_region_idx" ON "serious_violations" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "serious_violations_entity_id_index" ON "serious_violations" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "serious_violations_removed_on_index" ON "serious_violations" USING btree ("removed_on");--> statement-breakpoint
CREATE INDEX "inspection_draws_region_code_index" ON "inspection_draws" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "inspection_draws_status_index" ON "inspection_draws" USING btree ("status");--> statement-breakpoint
CREATE INDEX "inspections_region_date_idx" ON "inspections" USING btree ("region_code" varchar_pattern_ops,"inspected_on","result");--> statement-breakpoint
CREATE INDEX "inspections_result_date_idx" ON "inspections" USING btree ("result","inspected_on" DESC,"region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "inspections_entity_id_inspected_on_index" ON "inspections" USING btree ("entity_id","inspected_on");--> statement-breakpoint
CREATE INDEX "inspections_inspected_on_index" ON "inspections" USING btree ("inspected_on");--> statement-breakpoint
CREATE INDEX "inspections_draw_id_index" ON "inspections" USING btree ("draw_id");--> statement-breakpoint
CREATE INDEX "inspector_avoidances_entity_id_index" ON "inspector_avoidances" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "inspector_roster_region_code_index" ON "inspector_roster" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "rectification_orders_region_idx" ON "rectification_orders" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "rectification_orders_status_due_on_index" ON "rectification_orders" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "rectification_orders_inspection_id_index" ON "rectification_orders" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "rectification_orders_entity_id_index" ON "rectification_orders" USING btree ("entity_id");--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_entity_fk" FOREIGN KEY ("entity_id") REFERENCES "entities"("id");--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "regions"("code");--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_unit_fk" FOREIGN KEY ("unit_id") REFERENCES "units"("id");--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_draw_fk" FOREIGN KEY ("draw_id") REFERENCES "inspection_draws"("id");--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_entity_fk" FOREIGN KEY ("entity_id") REFERENCES "entities"("id");--> statement-breakpoint
ALTER TABLE "inspector_roster" ADD CONSTRAINT "inspector_roster_unit_fk" FOREIGN KEY ("unit_id") REFERENCES "units"("id");--> statement-breakpoint
ALTER TABLE "inspector_avoidances" ADD CONSTRAINT "inspector_avoidances_entity_fk" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_entity_fk" FOREIGN KEY ("entity_id") REFERENCES "entities"("id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "regions"("code");--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_entity_fk" FOREIGN KEY ("entity_id") REFERENCES "entities"("id");--> statement-breakpoint
ALTER TABLE "serious_violations" ADD CONSTRAINT "serious_violations_entity_fk" FOREIGN KEY ("entity_id") REFERENCES "entities"("id");
