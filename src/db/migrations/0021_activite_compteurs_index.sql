-- Indexes for the raw statistics aggregation (the truth and the benchmark baseline): accompaniments
-- by scope and date, and the digital themes of activities (filter "at least one of these themes").
CREATE INDEX IF NOT EXISTS "accompagnements_structure_date_idx" ON "accompagnements" ("structure_id", "date");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accompagnements_conseiller_date_idx" ON "accompagnements" ("conseiller_id", "date");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accompagnements_departement_date_idx" ON "accompagnements" ("departement_code", "date");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accompagnements_date_idx" ON "accompagnements" ("date");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "activites_thematiques_numeriques_idx" ON "activites" USING gin ("thematiques_numeriques");
