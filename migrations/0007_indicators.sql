CREATE TABLE "indicator_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"period" varchar(7) NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date NOT NULL,
	"status" varchar(8) NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"closed_by" uuid NOT NULL,
	"reopened_at" timestamp with time zone,
	"reopened_by" uuid,
	"reopen_reason" varchar(300),
	CONSTRAINT "indicator_periods_regionCode_period_unique" UNIQUE("region_code","period")
);
--> statement-breakpoint
CREATE TABLE "indicator_snapshots" (
	"period_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"indicator_id" varchar(64) NOT NULL,
	"numerator" numeric,
	"denominator" numeric,
	"value" numeric,
	CONSTRAINT "indicator_snapshots_period_id_region_code_indicator_id_pk" PRIMARY KEY("period_id","region_code","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "target_bindings" (
	"target_id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"indicator_id" varchar(64),
	"confirmed_by" uuid NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_periods" ADD CONSTRAINT "indicator_periods_closed_by_accounts_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_periods" ADD CONSTRAINT "indicator_periods_reopened_by_accounts_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_period_id_indicator_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."indicator_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_bindings" ADD CONSTRAINT "target_bindings_confirmed_by_accounts_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "target_bindings_plan_id_index" ON "target_bindings" USING btree ("plan_id");--> statement-breakpoint
-- Keys to other modules' tables, added by hand.
ALTER TABLE "target_bindings" ADD CONSTRAINT "target_bindings_target_fk" FOREIGN KEY ("target_id") REFERENCES "plan_targets"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "target_bindings" ADD CONSTRAINT "target_bindings_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "work_plans"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "indicator_periods" ADD CONSTRAINT "indicator_periods_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "regions"("code");--> statement-breakpoint
ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "regions"("code");
