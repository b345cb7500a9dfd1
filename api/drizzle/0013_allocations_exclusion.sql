-- Written by hand: drizzle-kit cannot express EXCLUDE constraints (drizzle-orm issue 2813).
-- No two active allocations of one resource may overlap in time. This constraint is the
-- guarantee against double booking; the service's advisory locks only keep bursts of
-- conflicting inserts from deadlocking on it. Ranges are half-open: 10:00-12:00 and
-- 12:00-14:00 touch but do not overlap. btree_gist (migration 0000) gives uuid `=` in gist.
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_no_overlap"
  EXCLUDE USING gist ("resource_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("active");
--> statement-breakpoint
-- The availability engine and the calendar read allocations by resource and time.
CREATE INDEX "allocations_resource_range_idx" ON "allocations" USING gist ("resource_id", tstzrange("starts_at", "ends_at", '[)'));
--> statement-breakpoint
-- Time off recorded before allocations existed becomes allocations too.
INSERT INTO "allocations" ("resource_type", "resource_id", "kind", "source_id", "starts_at", "ends_at")
  SELECT 'INSTRUCTOR', "instructor_id", 'TIME_OFF', "id", "starts_at", "ends_at" FROM "instructor_time_off";
--> statement-breakpoint
-- A new booking's resources are claimed (and checked) before its row is written, in the same
-- transaction: the foreign key to bookings is checked at commit.
ALTER TABLE "allocations" ALTER CONSTRAINT "allocations_booking_id_bookings_id_fk" DEFERRABLE INITIALLY DEFERRED;
