-- Every statement that changes lieux appends one row: search indexes held in memory by each process
-- compare count(*) and max(id) to know they are stale (append-only: writers never wait on each other).
CREATE OR REPLACE FUNCTION lieux_journaliser_modification() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO lieux_journal_modifications DEFAULT VALUES;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS lieux_journal_modifications_trg ON lieux;
--> statement-breakpoint
CREATE TRIGGER lieux_journal_modifications_trg
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON lieux
  FOR EACH STATEMENT EXECUTE FUNCTION lieux_journaliser_modification();
