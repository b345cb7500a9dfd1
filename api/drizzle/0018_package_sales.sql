ALTER TABLE "customer_packages" ADD COLUMN "validity_days" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "vouchers" ADD COLUMN "expired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vouchers" ADD COLUMN "expiry_journal_id" uuid;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_expiry_journal_id_journal_entries_id_fk" FOREIGN KEY ("expiry_journal_id") REFERENCES "public"."journal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vouchers_location_issued_idx" ON "vouchers" USING btree ("location_id","issued_at");--> statement-breakpoint
CREATE INDEX "vouchers_expiry_idx" ON "vouchers" USING btree ("expires_at") WHERE "vouchers"."redeemed_at" is null and "vouchers"."expired_at" is null;