-- Commune search: trigram index for similarity and word similarity on the normalised name.
CREATE INDEX IF NOT EXISTS communes_nom_recherche_trgm_idx ON communes USING gin (nom_recherche gin_trgm_ops);
--> statement-breakpoint
-- Prefix search (LIKE 'abc%') whatever the database collation.
CREATE INDEX IF NOT EXISTS communes_nom_recherche_prefixe_idx ON communes (nom_recherche text_pattern_ops);
--> statement-breakpoint
-- Postal code search (codes_postaux @> ARRAY['02000']).
CREATE INDEX IF NOT EXISTS communes_codes_postaux_idx ON communes USING gin (codes_postaux);
