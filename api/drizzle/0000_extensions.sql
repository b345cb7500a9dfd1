-- Extensions first, before any table: drizzle-kit cannot declare them.
-- btree_gist lets the allocations table's exclusion constraint combine "same resource"
-- (=) with "overlapping time range" (&&), which is how PostgreSQL itself forbids double booking.
CREATE EXTENSION IF NOT EXISTS btree_gist;
