CREATE TABLE "entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(128) NOT NULL,
	"uscc" varchar(18),
	"type" varchar(32) NOT NULL,
	"sector" varchar(16) NOT NULL,
	"canteen_kind" varchar(16),
	"school_category" varchar(16),
	"principal_accompanies" boolean,
	"legal_representative" varchar(32),
	"address" varchar(200),
	"region_code" varchar(12) NOT NULL,
	"longitude" double precision,
	"latitude" double precision,
	"contact_name" varchar(32),
	"contact_phone" varchar(32),
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"opened_on" date,
	"open_kitchen" varchar(16) DEFAULT 'none' NOT NULL,
	"open_kitchen_url" varchar(300),
	"catering_grade" varchar(1),
	"static_factors" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"risk_grade" varchar(1),
	"risk_score" real,
	"risk_assessed_on" date,
	"last_inspected_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entities_uscc_unique" UNIQUE("uscc")
);
--> statement-breakpoint
CREATE TABLE "entity_accounts" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"entity_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"number" varchar(64),
	"issuer" varchar(64),
	"issued_on" date,
	"expires_on" date
);
--> statement-breakpoint
CREATE TABLE "entity_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"file_name" varchar(200) NOT NULL,
	"file_sha256" varchar(64) NOT NULL,
	"status" varchar(16) NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"checked_rows" integer DEFAULT 0 NOT NULL,
	"written_rows" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"report_sha256" varchar(64),
	"message" varchar(500),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "entity_licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(32) NOT NULL,
	"number" varchar(40) NOT NULL,
	"category" varchar(200),
	"issued_on" date,
	"expires_on" date,
	"electronic" boolean DEFAULT false NOT NULL,
	"issuer" varchar(64),
	CONSTRAINT "entity_licences_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "entity_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"role" varchar(16) NOT NULL,
	"name" varchar(32) NOT NULL,
	"phone" varchar(32),
	"appointed_on" date,
	"assessed_on" date,
	"assessment_score" integer,
	"assessment_passed" boolean
);
--> statement-breakpoint
CREATE TABLE "risk_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"static_factors" jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"static_score" real NOT NULL,
	"dynamic_score" real NOT NULL,
	"total_score" real NOT NULL,
	"grade" varchar(1) NOT NULL,
	"source" varchar(16) NOT NULL,
	"note" varchar(500),
	"assessed_on" date NOT NULL,
	"assessed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"note" varchar(200),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_rule_sets_version_unique" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "self_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"period" varchar(7) NOT NULL,
	"answers" jsonb NOT NULL,
	"problem_count" integer NOT NULL,
	"summary" varchar(2000),
	"status" varchar(16) NOT NULL,
	"filled_by" uuid,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_inspections_entityId_period_unique" UNIQUE("entity_id","period")
);
--> statement-breakpoint
ALTER TABLE "entity_accounts" ADD CONSTRAINT "entity_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_accounts" ADD CONSTRAINT "entity_accounts_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_certifications" ADD CONSTRAINT "entity_certifications_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_imports" ADD CONSTRAINT "entity_imports_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_imports" ADD CONSTRAINT "entity_imports_report_sha256_stored_files_sha256_fk" FOREIGN KEY ("report_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_imports" ADD CONSTRAINT "entity_imports_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_licences" ADD CONSTRAINT "entity_licences_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_people" ADD CONSTRAINT "entity_people_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_rule_set_id_risk_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."risk_rule_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_assessed_by_accounts_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_rule_sets" ADD CONSTRAINT "risk_rule_sets_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspections" ADD CONSTRAINT "self_inspections_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspections" ADD CONSTRAINT "self_inspections_filled_by_accounts_id_fk" FOREIGN KEY ("filled_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entities_region_code_pattern_idx" ON "entities" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "entities_type_index" ON "entities" USING btree ("type");--> statement-breakpoint
CREATE INDEX "entities_risk_grade_index" ON "entities" USING btree ("risk_grade");--> statement-breakpoint
CREATE INDEX "entities_name_index" ON "entities" USING btree ("name");--> statement-breakpoint
CREATE INDEX "entity_accounts_entity_id_index" ON "entity_accounts" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "entity_certifications_entity_id_index" ON "entity_certifications" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "entity_certifications_kind_index" ON "entity_certifications" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "entity_licences_entity_id_index" ON "entity_licences" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "entity_licences_expires_on_index" ON "entity_licences" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "entity_people_entity_id_index" ON "entity_people" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "risk_assessments_entity_id_assessed_on_index" ON "risk_assessments" USING btree ("entity_id","assessed_on");--> statement-breakpoint
CREATE INDEX "self_inspections_region_code_pattern_idx" ON "self_inspections" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "regions"("code");
