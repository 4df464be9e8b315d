-- Commune search: trigram index for similarity and word similarity on the normalised name.
CREATE INDEX IF NOT EXISTS communes_nom_recherche_trgm_idx ON communes USING gin (nom_recherche gin_trgm_ops);
--> statement-breakpoint
-- Prefix search (LIKE 'abc%') whatever the database collation.
CREATE INDEX IF NOT EXISTS communes_nom_recherche_prefixe_idx ON communes (nom_recherche text_pattern_ops);
--> statement-breakpoint
-- Postal codes as one string (" 02000 02001"), so that a trigram index answers "a code starts with 020".
CREATE OR REPLACE FUNCTION codes_postaux_texte(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT ' ' || array_to_string($1, ' ') $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS communes_codes_postaux_trgm_idx ON communes USING gin (codes_postaux_texte(codes_postaux) gin_trgm_ops);
