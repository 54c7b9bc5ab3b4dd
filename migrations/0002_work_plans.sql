CREATE TABLE "notification_reads" (
	"notification_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_reads_notification_id_account_id_pk" PRIMARY KEY("notification_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid,
	"account_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(32) NOT NULL,
	"title" varchar(200) NOT NULL,
	"body" text,
	"link" varchar(300),
	"dedupe_key" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_dedupeKey_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"sha256" varchar(64) PRIMARY KEY NOT NULL,
	"size" integer NOT NULL,
	"mime_type" varchar(100) NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"text" varchar(100) NOT NULL,
	"kind" varchar(24) NOT NULL,
	"context" text NOT NULL,
	"from_progress" boolean DEFAULT false NOT NULL,
	"sort_order" integer NOT NULL,
	"source_start" integer,
	"source_end" integer
);
--> statement-breakpoint
CREATE TABLE "plan_due_dates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"deadline_id" uuid NOT NULL,
	"task_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"due_on" date NOT NULL,
	"nominal_on" date NOT NULL,
	"period_label" varchar(32) NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"required_count" integer
);
--> statement-breakpoint
CREATE TABLE "plan_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"number" varchar(16) NOT NULL,
	"title" varchar(200) NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"text" text NOT NULL,
	"metric" varchar(200) NOT NULL,
	"comparator" varchar(2) NOT NULL,
	"value" numeric NOT NULL,
	"unit" varchar(32) NOT NULL,
	"from_progress" boolean DEFAULT false NOT NULL,
	"sort_order" integer NOT NULL,
	"source_start" integer,
	"source_end" integer
);
--> statement-breakpoint
CREATE TABLE "plan_task_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"role" varchar(16) NOT NULL,
	"name_as_written" varchar(100) NOT NULL,
	"unit_id" uuid,
	"collective" varchar(24),
	"sort_order" integer NOT NULL,
	"source_start" integer,
	"source_end" integer
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"section_number" varchar(16),
	"number" varchar(16) NOT NULL,
	"title" varchar(300) NOT NULL,
	"text" text NOT NULL,
	"progress_text" text,
	"sort_order" integer NOT NULL,
	"source_start" integer,
	"source_end" integer
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"due_date_id" uuid,
	"text" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"on_time" boolean NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "report_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"file_sha256" varchar(64) NOT NULL,
	"file_name" varchar(255) NOT NULL,
	"mime_type" varchar(100) NOT NULL,
	"size" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"value" numeric NOT NULL,
	"note" varchar(200),
	CONSTRAINT "report_figures_reportId_targetId_unique" UNIQUE("report_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"due_date_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"serial" integer NOT NULL,
	"reason" text NOT NULL,
	"reply_deadline" date NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid NOT NULL,
	"reply_text" text,
	"replied_at" timestamp with time zone,
	"replied_by" uuid,
	CONSTRAINT "supervision_notices_planId_serial_unique" UNIQUE("plan_id","serial")
);
--> statement-breakpoint
CREATE TABLE "task_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"role" varchar(16) NOT NULL,
	CONSTRAINT "task_assignments_taskId_unitId_unique" UNIQUE("task_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "work_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"title" varchar(200) NOT NULL,
	"issuer" varchar(100),
	"year_from" integer NOT NULL,
	"year_to" integer NOT NULL,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"source_file_name" varchar(255) NOT NULL,
	"source_hash" varchar(64) NOT NULL,
	"source_text" text NOT NULL,
	"parsed" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"assessment_weights" jsonb,
	CONSTRAINT "work_plans_regionCode_sourceHash_unique" UNIQUE("region_code","source_hash")
);
--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_deadlines" ADD CONSTRAINT "plan_deadlines_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_deadlines" ADD CONSTRAINT "plan_deadlines_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_due_dates" ADD CONSTRAINT "plan_due_dates_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_due_dates" ADD CONSTRAINT "plan_due_dates_deadline_id_plan_deadlines_id_fk" FOREIGN KEY ("deadline_id") REFERENCES "public"."plan_deadlines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_sections" ADD CONSTRAINT "plan_sections_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_units" ADD CONSTRAINT "plan_task_units_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_units" ADD CONSTRAINT "plan_task_units_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_assignment_id_task_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."task_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_due_date_id_plan_due_dates_id_fk" FOREIGN KEY ("due_date_id") REFERENCES "public"."plan_due_dates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_evidence" ADD CONSTRAINT "report_evidence_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_figures" ADD CONSTRAINT "report_figures_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_figures" ADD CONSTRAINT "report_figures_target_id_plan_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."plan_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_due_date_id_plan_due_dates_id_fk" FOREIGN KEY ("due_date_id") REFERENCES "public"."plan_due_dates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_unit_id_created_at_index" ON "notifications" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_account_id_created_at_index" ON "notifications" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_deadlines_task_id_index" ON "plan_deadlines" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "plan_deadlines_plan_id_index" ON "plan_deadlines" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_due_dates_deadline_id_index" ON "plan_due_dates" USING btree ("deadline_id");--> statement-breakpoint
CREATE INDEX "plan_due_dates_plan_id_index" ON "plan_due_dates" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_due_dates_due_on_index" ON "plan_due_dates" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "plan_sections_plan_id_index" ON "plan_sections" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_targets_task_id_index" ON "plan_targets" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "plan_targets_plan_id_index" ON "plan_targets" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_task_units_task_id_index" ON "plan_task_units" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "plan_task_units_plan_id_index" ON "plan_task_units" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_id_index" ON "plan_tasks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "progress_reports_task_id_index" ON "progress_reports" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "progress_reports_unit_id_index" ON "progress_reports" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "progress_reports_plan_id_index" ON "progress_reports" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "progress_reports_due_date_id_index" ON "progress_reports" USING btree ("due_date_id");--> statement-breakpoint
CREATE INDEX "report_evidence_report_id_index" ON "report_evidence" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "supervision_notices_unit_id_index" ON "supervision_notices" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "supervision_notices_task_id_index" ON "supervision_notices" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "task_assignments_unit_id_index" ON "task_assignments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "task_assignments_plan_id_index" ON "task_assignments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "work_plans_region_code_index" ON "work_plans" USING btree ("region_code");