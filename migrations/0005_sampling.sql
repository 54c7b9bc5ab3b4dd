CREATE TABLE "disposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"opened_on" date NOT NULL,
	"notify_due_on" date NOT NULL,
	"notified_on" date,
	"start_due_on" date NOT NULL,
	"retest_due_on" date,
	"retest_requested_on" date,
	"retest_verdict" varchar(8),
	"retest_result_on" date,
	"control_measures" varchar(12)[] DEFAULT '{}'::varchar[] NOT NULL,
	"controlled_on" date,
	"controlled_quantity" varchar(64),
	"cause" varchar(500),
	"cause_found_on" date,
	"rectification" varchar(500),
	"rectified_on" date,
	"case_id" uuid,
	"follow_up_sample_id" uuid,
	"close_due_on" date NOT NULL,
	"extension_days" smallint DEFAULT 0 NOT NULL,
	"extension_reason" varchar(300),
	"closed_on" date,
	"outcome" varchar(16),
	"note" varchar(500),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disposals_sampleId_unique" UNIQUE("sample_id")
);
--> statement-breakpoint
CREATE TABLE "rapid_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"entity_id" uuid,
	"place_kind" varchar(16) NOT NULL,
	"place_name" varchar(100) NOT NULL,
	"tested_on" date NOT NULL,
	"item" varchar(24) NOT NULL,
	"method" varchar(64) NOT NULL,
	"sample_name" varchar(64) NOT NULL,
	"reading" numeric(10, 3),
	"result" varchar(8) NOT NULL,
	"operator_name" varchar(32) NOT NULL,
	"kit_batch" varchar(64),
	"confirm_sample_id" uuid,
	"disposal_note" varchar(300),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sample_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid NOT NULL,
	"test_item_id" uuid,
	"item_name" varchar(64) NOT NULL,
	"value" numeric(14, 6),
	"detected" boolean NOT NULL,
	"lod" numeric(14, 6),
	"unit_values" numeric(14, 3)[],
	"unit" varchar(16) NOT NULL,
	"limit_kind" varchar(16) NOT NULL,
	"limit_value" numeric(14, 6),
	"limit_max" numeric(14, 6),
	"plan_n" smallint,
	"plan_c" smallint,
	"standard" varchar(100) NOT NULL,
	"verdict" varchar(8) NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_number" varchar(40) NOT NULL,
	"plan_id" uuid,
	"request_id" uuid,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"level" varchar(12) NOT NULL,
	"department" varchar(12) NOT NULL,
	"purpose" varchar(12) NOT NULL,
	"category" varchar(24) NOT NULL,
	"agricultural" boolean NOT NULL,
	"stage" varchar(12) NOT NULL,
	"product_name" varchar(100) NOT NULL,
	"brand" varchar(64),
	"specification" varchar(64),
	"batch_number" varchar(64),
	"production_date" date,
	"manufacturer" varchar(128),
	"sampled_on" date NOT NULL,
	"sampler_ids" uuid[] NOT NULL,
	"quantity" varchar(32) NOT NULL,
	"price" numeric(10, 2),
	"lab" varchar(100) NOT NULL,
	"photo_ids" varchar(64)[] DEFAULT '{}'::varchar[] NOT NULL,
	"sent_due_on" date NOT NULL,
	"sent_on" date,
	"report_due_on" date,
	"report_received_on" date,
	"report_number" varchar(64),
	"verdict" varchar(8),
	"published_at" timestamp with time zone,
	"unit_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "samples_sampleNumber_unique" UNIQUE("sample_number")
);
--> statement-breakpoint
CREATE TABLE "sampling_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"name" varchar(100) NOT NULL,
	"level" varchar(12) NOT NULL,
	"department" varchar(12) NOT NULL,
	"batches_per_thousand" numeric(6, 2) NOT NULL,
	"status" varchar(12) NOT NULL,
	"unit_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sampling_quotas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"category" varchar(24),
	"batches" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sampling_time_limits" (
	"code" varchar(32) PRIMARY KEY NOT NULL,
	"days" smallint NOT NULL,
	"unit" varchar(8) NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seed_key" varchar(48),
	"name" varchar(64) NOT NULL,
	"group" varchar(16) NOT NULL,
	"food_scope" varchar(100) NOT NULL,
	"categories" varchar(24)[] DEFAULT '{}'::varchar[] NOT NULL,
	"limit_kind" varchar(16) NOT NULL,
	"limit_value" numeric(14, 6),
	"limit_max" numeric(14, 6),
	"plan_n" smallint,
	"plan_c" smallint,
	"unit" varchar(16) NOT NULL,
	"standard" varchar(100) NOT NULL,
	"status" varchar(1) NOT NULL,
	"note" varchar(200),
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "test_items_seedKey_unique" UNIQUE("seed_key")
);
--> statement-breakpoint
CREATE TABLE "test_request_votes" (
	"request_id" uuid NOT NULL,
	"ip_hash" varchar(64) NOT NULL,
	"voted_on" date NOT NULL,
	CONSTRAINT "test_request_votes_request_id_ip_hash_voted_on_pk" PRIMARY KEY("request_id","ip_hash","voted_on")
);
--> statement-breakpoint
CREATE TABLE "test_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"food" varchar(64) NOT NULL,
	"place" varchar(100) NOT NULL,
	"reason" varchar(300),
	"proposer_name" varchar(32),
	"proposer_phone" varchar(20),
	"ip_hash" varchar(64) NOT NULL,
	"votes" integer DEFAULT 0 NOT NULL,
	"status" varchar(12) NOT NULL,
	"plan_id" uuid,
	"decision_note" varchar(300),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disposals" ADD CONSTRAINT "disposals_sample_id_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapid_tests" ADD CONSTRAINT "rapid_tests_confirm_sample_id_samples_id_fk" FOREIGN KEY ("confirm_sample_id") REFERENCES "public"."samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapid_tests" ADD CONSTRAINT "rapid_tests_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_results" ADD CONSTRAINT "sample_results_sample_id_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."samples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_results" ADD CONSTRAINT "sample_results_test_item_id_test_items_id_fk" FOREIGN KEY ("test_item_id") REFERENCES "public"."test_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_plan_id_sampling_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_plans" ADD CONSTRAINT "sampling_plans_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_quotas" ADD CONSTRAINT "sampling_quotas_plan_id_sampling_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_time_limits" ADD CONSTRAINT "sampling_time_limits_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_items" ADD CONSTRAINT "test_items_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_request_votes" ADD CONSTRAINT "test_request_votes_request_id_test_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."test_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_requests" ADD CONSTRAINT "test_requests_plan_id_sampling_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disposals_region_idx" ON "disposals" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "disposals_close_due_on_index" ON "disposals" USING btree ("close_due_on");--> statement-breakpoint
CREATE INDEX "disposals_closed_on_index" ON "disposals" USING btree ("closed_on");--> statement-breakpoint
CREATE INDEX "rapid_tests_region_date_idx" ON "rapid_tests" USING btree ("region_code" varchar_pattern_ops,"tested_on");--> statement-breakpoint
CREATE INDEX "rapid_tests_tested_on_index" ON "rapid_tests" USING btree ("tested_on");--> statement-breakpoint
CREATE INDEX "rapid_tests_result_index" ON "rapid_tests" USING btree ("result");--> statement-breakpoint
CREATE INDEX "sample_results_sample_id_index" ON "sample_results" USING btree ("sample_id");--> statement-breakpoint
CREATE INDEX "samples_region_date_idx" ON "samples" USING btree ("region_code" varchar_pattern_ops,"sampled_on");--> statement-breakpoint
CREATE INDEX "samples_entity_id_index" ON "samples" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "samples_plan_id_index" ON "samples" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "samples_sampled_on_index" ON "samples" USING btree ("sampled_on");--> statement-breakpoint
CREATE INDEX "samples_verdict_index" ON "samples" USING btree ("verdict");--> statement-breakpoint
CREATE INDEX "samples_request_id_index" ON "samples" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "sampling_plans_region_code_year_index" ON "sampling_plans" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "sampling_quotas_plan_id_index" ON "sampling_quotas" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "test_request_votes_ip_hash_voted_on_index" ON "test_request_votes" USING btree ("ip_hash","voted_on");--> statement-breakpoint
CREATE INDEX "test_requests_region_code_status_index" ON "test_requests" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "test_requests_ip_hash_created_at_index" ON "test_requests" USING btree ("ip_hash","created_at");--> statement-breakpoint
-- Keys to other modules' tables (and the two that would make the schema file's declarations circular), added by hand.
ALTER TABLE "sampling_plans" ADD CONSTRAINT "sampling_plans_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "regions"("code");--> statement-breakpoint
ALTER TABLE "sampling_plans" ADD CONSTRAINT "sampling_plans_unit_fk" FOREIGN KEY ("unit_id") REFERENCES "units"("id");--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_entity_fk" FOREIGN KEY ("entity_id") REFERENCES "entities"("id");--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "regions"("code");--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_unit_fk" FOREIGN KEY ("unit_id") REFERENCES "units"("id");--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_request_fk" FOREIGN KEY ("request_id") REFERENCES "test_requests"("id");--> statement-breakpoint
ALTER TABLE "disposals" ADD CONSTRAINT "disposals_entity_fk" FOREIGN KEY ("entity_id") REFERENCES "entities"("id");--> statement-breakpoint
ALTER TABLE "disposals" ADD CONSTRAINT "disposals_case_fk" FOREIGN KEY ("case_id") REFERENCES "cases"("id");--> statement-breakpoint
ALTER TABLE "disposals" ADD CONSTRAINT "disposals_follow_up_sample_fk" FOREIGN KEY ("follow_up_sample_id") REFERENCES "samples"("id");--> statement-breakpoint
ALTER TABLE "rapid_tests" ADD CONSTRAINT "rapid_tests_entity_fk" FOREIGN KEY ("entity_id") REFERENCES "entities"("id");--> statement-breakpoint
ALTER TABLE "rapid_tests" ADD CONSTRAINT "rapid_tests_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "regions"("code");--> statement-breakpoint
ALTER TABLE "test_requests" ADD CONSTRAINT "test_requests_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "regions"("code");
