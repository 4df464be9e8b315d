-- Distance search: earth_box(ll_to_earth(:lat, :lon), :metres) @> ll_to_earth(latitude, longitude).
CREATE INDEX IF NOT EXISTS "lieux_position_idx" ON "lieux" USING gist (ll_to_earth("latitude", "longitude"))
  WHERE "latitude" IS NOT NULL AND "longitude" IS NOT NULL;
--> statement-breakpoint
-- Name search and duplicate detection: nom_recherche % :q, similarity(nom_recherche, :q).
CREATE INDEX IF NOT EXISTS "lieux_nom_trgm_idx" ON "lieux" USING gin ("nom_recherche" gin_trgm_ops);
