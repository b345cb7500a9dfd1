ALTER TABLE "booking_participants" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "booking_participants" ADD COLUMN "cancellation_fee_minor" integer;