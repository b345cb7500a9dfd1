-- pg_trgm gives customer search its typo tolerance: trigram similarity over name, email and
-- phone, served by GIN indexes (customers list and duplicate detection).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
