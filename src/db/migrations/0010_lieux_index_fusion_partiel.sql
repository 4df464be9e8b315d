DROP INDEX "lieux_fusionne_dans_idx";--> statement-breakpoint
CREATE INDEX "lieux_fusionne_dans_idx" ON "lieux" USING btree ("fusionne_dans") WHERE "lieux"."fusionne_dans" is not null;