-- The ledger's own guards, which drizzle cannot declare (no triggers in drizzle-kit).
--
-- 1. Every journal entry balances per currency. A deferred constraint trigger checks each
--    entry touched by a transaction at commit, so a service inserts an entry's lines in any
--    order and a half-written entry can never commit.
CREATE OR REPLACE FUNCTION journal_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT currency, sum(amount_minor) AS total INTO bad
    FROM journal_lines
   WHERE journal_id = NEW.journal_id
   GROUP BY currency
  HAVING sum(amount_minor) <> 0
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'journal entry % does not balance in %: off by %', NEW.journal_id, bad.currency, bad.total
      USING ERRCODE = '23514', CONSTRAINT = 'journal_lines_balanced';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journal_lines_balanced
  AFTER INSERT ON journal_lines
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION journal_check_balanced();
--> statement-breakpoint
-- 2. Entries are never edited or deleted: a mistake is undone by a reversal entry.
CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed or deleted: post a reversal instead', TG_TABLE_NAME
    USING ERRCODE = '55000';
END
$$;
--> statement-breakpoint
CREATE TRIGGER journal_entries_immutable
  BEFORE UPDATE OR DELETE ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER journal_lines_immutable
  BEFORE UPDATE OR DELETE ON journal_lines
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
