CREATE TYPE "public"."pay_type" AS ENUM('HOURLY', 'COMMISSION');--> statement-breakpoint
CREATE TABLE "instructor_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instructor_id" uuid NOT NULL,
	"name" text NOT NULL,
	"discipline" text,
	"level" text,
	"expires_on" date
);
--> statement-breakpoint
CREATE TABLE "instructor_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instructor_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	CONSTRAINT "instructor_hours_valid" CHECK ("instructor_hours"."weekday" between 1 and 7 and "instructor_hours"."start_time" < "instructor_hours"."end_time")
);
--> statement-breakpoint
CREATE TABLE "instructor_locations" (
	"instructor_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	CONSTRAINT "instructor_locations_instructor_id_location_id_pk" PRIMARY KEY("instructor_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "instructor_time_off" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instructor_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text,
	CONSTRAINT "instructor_time_off_valid" CHECK ("instructor_time_off"."starts_at" < "instructor_time_off"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "instructors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"bio" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"disciplines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pay_type" "pay_type" DEFAULT 'HOURLY' NOT NULL,
	"pay_amount" integer DEFAULT 0 NOT NULL,
	"pay_currency" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "instructor_certifications" ADD CONSTRAINT "instructor_certifications_instructor_id_instructors_id_fk" FOREIGN KEY ("instructor_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructor_hours" ADD CONSTRAINT "instructor_hours_instructor_id_instructors_id_fk" FOREIGN KEY ("instructor_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructor_hours" ADD CONSTRAINT "instructor_hours_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructor_locations" ADD CONSTRAINT "instructor_locations_instructor_id_instructors_id_fk" FOREIGN KEY ("instructor_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructor_locations" ADD CONSTRAINT "instructor_locations_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructor_time_off" ADD CONSTRAINT "instructor_time_off_instructor_id_instructors_id_fk" FOREIGN KEY ("instructor_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructors" ADD CONSTRAINT "instructors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "instructor_certifications_instructor_idx" ON "instructor_certifications" USING btree ("instructor_id");--> statement-breakpoint
CREATE INDEX "instructor_hours_instructor_idx" ON "instructor_hours" USING btree ("instructor_id","location_id");--> statement-breakpoint
CREATE INDEX "instructor_time_off_instructor_idx" ON "instructor_time_off" USING btree ("instructor_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "instructors_user_id_key" ON "instructors" USING btree ("user_id") WHERE "instructors"."user_id" is not null;