CREATE TYPE "public"."equipment_event_kind" AS ENUM('PURCHASED', 'CHECKED_OUT', 'RETURNED', 'DAMAGED', 'REPAIRED', 'INSPECTED', 'RETIRED', 'NOTE');--> statement-breakpoint
CREATE TYPE "public"."maintenance_task_kind" AS ENUM('SERVICE', 'REPAIR');--> statement-breakpoint
CREATE TYPE "public"."maintenance_task_status" AS ENUM('OPEN', 'DONE', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."deposit_method" AS ENUM('NONE', 'CASH', 'CARD', 'ID_DOCUMENT');--> statement-breakpoint
CREATE TYPE "public"."rental_status" AS ENUM('OUT', 'RETURNED');--> statement-breakpoint
ALTER TYPE "public"."legal_document_kind" ADD VALUE 'RENTAL';--> statement-breakpoint
ALTER TYPE "public"."allocation_kind" ADD VALUE 'RENTAL';--> statement-breakpoint
CREATE TABLE "equipment_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"equipment_id" uuid NOT NULL,
	"kind" "equipment_event_kind" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"rental_id" uuid,
	"task_id" uuid,
	"notes" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "maintenance_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"every_usage_hours" integer,
	"every_days" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maintenance_rules_interval" CHECK (("maintenance_rules"."every_usage_hours" is not null or "maintenance_rules"."every_days" is not null) and coalesce("maintenance_rules"."every_usage_hours", 1) > 0 and coalesce("maintenance_rules"."every_days", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "maintenance_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"equipment_id" uuid NOT NULL,
	"rule_id" uuid,
	"kind" "maintenance_task_kind" NOT NULL,
	"status" "maintenance_task_status" DEFAULT 'OPEN' NOT NULL,
	"title" text NOT NULL,
	"notes" text,
	"due_at" timestamp with time zone,
	"due_usage_minutes" integer,
	"rental_id" uuid,
	"window_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"resolution" text,
	"reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rental_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rental_id" uuid NOT NULL,
	"equipment_id" uuid NOT NULL,
	"allocation_id" uuid,
	"condition_out" text,
	"condition_in" text,
	"damaged" boolean DEFAULT false NOT NULL,
	"damage_charge" integer DEFAULT 0 NOT NULL,
	"repair_task_id" uuid,
	"returned_at" timestamp with time zone,
	CONSTRAINT "rental_items_charge_valid" CHECK ("rental_items"."damage_charge" >= 0)
);
--> statement-breakpoint
CREATE TABLE "rentals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"customer_id" uuid NOT NULL,
	"booking_id" uuid,
	"status" "rental_status" DEFAULT 'OUT' NOT NULL,
	"checked_out_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"returned_at" timestamp with time zone,
	"terms_document_id" uuid,
	"terms_version" integer,
	"signer_name" text NOT NULL,
	"signature_key" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"deposit_amount" integer DEFAULT 0 NOT NULL,
	"deposit_currency" text NOT NULL,
	"deposit_method" "deposit_method" DEFAULT 'NONE' NOT NULL,
	"deposit_returned_at" timestamp with time zone,
	"deposit_retained" integer DEFAULT 0 NOT NULL,
	"notes" text,
	"overdue_reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rentals_location_number_key" UNIQUE("location_id","number"),
	CONSTRAINT "rentals_due_after_checkout" CHECK ("rentals"."checked_out_at" < "rentals"."due_at"),
	CONSTRAINT "rentals_deposit_valid" CHECK ("rentals"."deposit_amount" >= 0 and "rentals"."deposit_retained" >= 0)
);
--> statement-breakpoint
ALTER TABLE "equipment" ADD COLUMN "purchase_date" date;--> statement-breakpoint
ALTER TABLE "equipment" ADD COLUMN "purchase_cost" integer;--> statement-breakpoint
ALTER TABLE "equipment" ADD COLUMN "purchase_currency" text;--> statement-breakpoint
ALTER TABLE "equipment" ADD COLUMN "usage_minutes_base" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "equipment" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "equipment" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "equipment" ADD COLUMN "retired_reason" text;--> statement-breakpoint
ALTER TABLE "equipment_events" ADD CONSTRAINT "equipment_events_equipment_id_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."equipment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_events" ADD CONSTRAINT "equipment_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_rules" ADD CONSTRAINT "maintenance_rules_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_tasks" ADD CONSTRAINT "maintenance_tasks_equipment_id_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."equipment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_tasks" ADD CONSTRAINT "maintenance_tasks_rule_id_maintenance_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."maintenance_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_tasks" ADD CONSTRAINT "maintenance_tasks_window_id_maintenance_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."maintenance_windows"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_tasks" ADD CONSTRAINT "maintenance_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maintenance_tasks" ADD CONSTRAINT "maintenance_tasks_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rental_items" ADD CONSTRAINT "rental_items_rental_id_rentals_id_fk" FOREIGN KEY ("rental_id") REFERENCES "public"."rentals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rental_items" ADD CONSTRAINT "rental_items_equipment_id_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."equipment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rental_items" ADD CONSTRAINT "rental_items_allocation_id_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."allocations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rentals" ADD CONSTRAINT "rentals_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rentals" ADD CONSTRAINT "rentals_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rentals" ADD CONSTRAINT "rentals_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rentals" ADD CONSTRAINT "rentals_terms_document_id_legal_documents_id_fk" FOREIGN KEY ("terms_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rentals" ADD CONSTRAINT "rentals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "equipment_events_equipment_at_idx" ON "equipment_events" USING btree ("equipment_id","at");--> statement-breakpoint
CREATE INDEX "maintenance_rules_category_idx" ON "maintenance_rules" USING btree ("category");--> statement-breakpoint
CREATE INDEX "maintenance_tasks_equipment_idx" ON "maintenance_tasks" USING btree ("equipment_id","status");--> statement-breakpoint
CREATE INDEX "maintenance_tasks_open_due_idx" ON "maintenance_tasks" USING btree ("due_at") WHERE "maintenance_tasks"."status" = 'OPEN';--> statement-breakpoint
CREATE UNIQUE INDEX "maintenance_tasks_one_open_per_rule" ON "maintenance_tasks" USING btree ("equipment_id","rule_id") WHERE "maintenance_tasks"."status" = 'OPEN' and "maintenance_tasks"."rule_id" is not null;--> statement-breakpoint
CREATE INDEX "rental_items_rental_idx" ON "rental_items" USING btree ("rental_id");--> statement-breakpoint
CREATE INDEX "rental_items_equipment_idx" ON "rental_items" USING btree ("equipment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rental_items_one_out" ON "rental_items" USING btree ("equipment_id") WHERE "rental_items"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "rentals_customer_idx" ON "rentals" USING btree ("customer_id","checked_out_at");--> statement-breakpoint
CREATE INDEX "rentals_booking_idx" ON "rentals" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "rentals_out_due_idx" ON "rentals" USING btree ("due_at") WHERE "rentals"."status" = 'OUT';--> statement-breakpoint
ALTER TABLE "equipment" ADD CONSTRAINT "equipment_purchase_cost_currency" CHECK (("equipment"."purchase_cost" is null) = ("equipment"."purchase_currency" is null));--> statement-breakpoint
ALTER TABLE "equipment" ADD CONSTRAINT "equipment_purchase_cost_valid" CHECK ("equipment"."purchase_cost" is null or "equipment"."purchase_cost" >= 0);--> statement-breakpoint
ALTER TABLE "equipment" ADD CONSTRAINT "equipment_usage_base_valid" CHECK ("equipment"."usage_minutes_base" >= 0);